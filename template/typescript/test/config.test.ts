import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { environment, loadConfig, logFormat, PLACEHOLDER_SECRET } from "../src/config.ts";
import { testConfig } from "./factories.ts";

describe("loadConfig", () => {
  it("reads typed values from environment variables", () => {
    const config = loadConfig({ ENVIRONMENT: "development", PORT: "9001", LOG_LEVEL: "debug" });

    expect(config.PORT).toBe(9001);
    expect(config.LOG_LEVEL).toBe("DEBUG");
    expect(config.HOST).toBe("127.0.0.1");
  });

  it.each(["production", "test"])("refuses the placeholder secret in %s", (environment) => {
    expect(() => testConfig({ ENVIRONMENT: environment, SECRET_KEY: PLACEHOLDER_SECRET })).toThrow(
      "SECRET_KEY must be a random value",
    );
  });

  it("refuses a short secret outside development", () => {
    expect(() => testConfig({ ENVIRONMENT: "production", SECRET_KEY: "too-short" })).toThrow(
      "SECRET_KEY",
    );
  });

  it("accepts the placeholder secret in development", () => {
    const config = testConfig({ ENVIRONMENT: "development", SECRET_KEY: PLACEHOLDER_SECRET });

    expect(config.SECRET_KEY).toBe(PLACEHOLDER_SECRET);
  });

  it("refuses an invalid port", () => {
    expect(() => testConfig({ PORT: "70000" })).toThrow("PORT");
  });
});

describe("logFormat", () => {
  it.each([
    ["development", "", "console"],
    ["production", "", "json"],
    ["development", "json", "json"],
  ])("in %s with LOG_FORMAT=%j is %s", (environment, format, expected) => {
    expect(logFormat(testConfig({ ENVIRONMENT: environment, LOG_FORMAT: format }))).toBe(expected);
  });
});

describe("environment", () => {
  it("reads .env, and the real environment wins over it", () => {
    const dotenv = join(mkdtempSync(join(tmpdir(), "config-")), ".env");
    writeFileSync(dotenv, "PORT=9001\nHOST=0.0.0.0\n");

    const variables = environment(dotenv, { PORT: "9002" });

    expect(variables).toEqual({ PORT: "9002", HOST: "0.0.0.0" });
  });

  it("does without a missing .env", () => {
    expect(environment("does-not-exist/.env", { PORT: "9002" })).toEqual({ PORT: "9002" });
  });
});
