/** Builders for tests: each test makes what it needs, and nothing is shared. */

import type { FastifyInstance } from "fastify";
import { onTestFinished } from "vitest";
import { buildApp } from "../src/app.ts";
import { type Config, loadConfig } from "../src/config.ts";

export const TEST_SECRET = "test-secret-that-is-long-enough-to-pass-validation";

/** Configuration from these values only: the developer's `.env` cannot leak in. */
export function testConfig(overrides: Record<string, string> = {}): Config {
  return loadConfig({ ENVIRONMENT: "test", SECRET_KEY: TEST_SECRET, ...overrides });
}

export type LogLine = Record<string, unknown>;

/** A fresh app, closed when the test ends, with its JSON log lines collected in `logs`. */
export async function testApp(
  config = testConfig(),
): Promise<{ app: FastifyInstance; logs: LogLine[] }> {
  const logs: LogLine[] = [];
  const app = await buildApp(config, {
    write: (line) => {
      logs.push(JSON.parse(line));
    },
  });
  onTestFinished(() => app.close());
  return { app, logs };
}
