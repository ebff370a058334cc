import { expect, it, vi } from "vitest";
import { shutdownOnSignal } from "../src/shutdown.ts";
import { testApp } from "./factories.ts";

it("closes the app on SIGTERM, and a repeated SIGTERM does not cut it short", async () => {
  const { app, logs } = await testApp();
  await app.listen({ host: "127.0.0.1", port: 0 });
  const shutdown = shutdownOnSignal(app, 5000);

  shutdown("SIGTERM");
  shutdown("SIGTERM");

  await vi.waitFor(() => expect(logs.at(-1)?.event).toBe("service.stopped"));
  const events = logs.map((line) => line.event);
  expect(events.filter((event) => event === "service.stopping")).toHaveLength(1);
});
