import { expect, it } from "vitest";
import { testApp } from "./factories.ts";

it("logs one JSON line per request, with its request id", async () => {
  const { app, logs } = await testApp();

  const response = await app.inject({ url: "/healthz", headers: { "x-request-id": "trace-42" } });

  expect(response.statusCode).toBe(200);
  expect(logs.filter((line) => line.event === "http.request")).toEqual([
    {
      event: "http.request",
      method: "GET",
      path: "/healthz",
      status: 200,
      duration_ms: expect.any(Number),
      request_id: "trace-42",
      level: "info",
      time: expect.any(String),
      pid: process.pid,
      hostname: expect.any(String),
    },
  ]);
});
