import { expect, it } from "vitest";
import { testApp } from "./factories.ts";

it("logs service.started once listening, and service.stopped last", async () => {
  const { app, logs } = await testApp();

  await app.listen({ host: "127.0.0.1", port: 0 });
  await app.close();

  const events = logs.map((line) => line.event);
  expect(events).toContain("service.started");
  expect(events.at(-1)).toBe("service.stopped");
});
