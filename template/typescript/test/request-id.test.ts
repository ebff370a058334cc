import { describe, expect, it } from "vitest";
import { testApp } from "./factories.ts";

describe("X-Request-ID", () => {
  it("is generated for every response", async () => {
    const { app } = await testApp();

    const first = await app.inject({ url: "/healthz" });
    const second = await app.inject({ url: "/healthz" });

    expect(first.headers["x-request-id"]).toMatch(/^[0-9a-f]{32}$/);
    expect(first.headers["x-request-id"]).not.toBe(second.headers["x-request-id"]);
  });

  it("keeps a well-formed incoming id", async () => {
    const { app } = await testApp();

    const response = await app.inject({
      url: "/healthz",
      headers: { "x-request-id": "edge-1234.abc" },
    });

    expect(response.headers["x-request-id"]).toBe("edge-1234.abc");
  });

  it("replaces a malformed incoming id", async () => {
    const { app } = await testApp();

    const response = await app.inject({
      url: "/healthz",
      headers: { "x-request-id": "bad id\twith spaces" },
    });

    expect(response.headers["x-request-id"]).toMatch(/^[0-9a-f]{32}$/);
  });

  it("is on every log line written for the request", async () => {
    const { app, logs } = await testApp();
    app.readiness.register("database", () => Promise.reject(new Error("database is down")));

    await app.inject({ url: "/readyz", headers: { "x-request-id": "trace-7" } });

    const events = logs.filter((line) => line.request_id === "trace-7").map((line) => line.event);
    expect(events).toEqual(["readiness.failed", "http.request"]);
  });
});
