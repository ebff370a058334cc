import { describe, expect, it } from "vitest";
import { testApp } from "../factories.ts";

describe("GET /healthz", () => {
  it("says the process is alive", async () => {
    const { app } = await testApp();

    const response = await app.inject({ url: "/healthz" });

    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: "ok" });
  });
});

describe("GET /readyz", () => {
  it("is ready when every check passes", async () => {
    const { app } = await testApp();
    app.readiness.register("dependency", () => Promise.resolve());

    const response = await app.inject({ url: "/readyz" });

    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: "ok", checks: { dependency: "ok" } });
  });

  it("answers 503 when a check fails", async () => {
    const { app } = await testApp();
    app.readiness.register("database", () => Promise.reject(new Error("database is down")));

    const response = await app.inject({ url: "/readyz" });

    expect(response.statusCode).toBe(503);
    expect(response.json()).toEqual({ status: "unavailable", checks: { database: "unavailable" } });
  });
});
