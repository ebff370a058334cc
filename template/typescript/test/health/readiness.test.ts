import { pino } from "pino";
import { expect, it } from "vitest";
import { Readiness } from "../../src/health/readiness.ts";

const silent = pino({ level: "silent" });

it("times out a check that hangs instead of blocking the probe", async () => {
  const readiness = new Readiness(50);
  readiness.register("slow", () => new Promise(() => {}));

  expect(await readiness.report(silent)).toEqual({ slow: "timeout" });
});

it("runs the checks concurrently, each with its own timeout", async () => {
  const readiness = new Readiness(200);
  const started: string[] = [];
  for (const name of ["first", "second"]) {
    readiness.register(name, () => {
      started.push(name);
      return new Promise(() => {});
    });
  }

  const report = readiness.report(silent);

  expect(started).toEqual(["first", "second"]);
  expect(await report).toEqual({ first: "timeout", second: "timeout" });
});
