/**
 * Typed configuration, read once at startup from the environment and `.env`.
 *
 * The schema below is the one declaration: the `Config` type is derived from
 * it, and every variable is documented in `.env.example`. A secret left at its
 * placeholder is refused outside development, so a forgotten `SECRET_KEY`
 * stops the service at boot instead of weakening it in production.
 */

import { readFileSync } from "node:fs";
import { parseEnv } from "node:util";
import Type from "typebox";
import Value from "typebox/value";

export const PLACEHOLDER_SECRET = "change-me";
export const MIN_SECRET_LENGTH = 32;
const RANDOM_VALUE_RECIPE = `node -p "crypto.randomBytes(48).toString('base64url')"`;

export const ConfigSchema = Type.Object({
  ENVIRONMENT: Type.Enum(["development", "test", "production"], { default: "production" }),
  HOST: Type.String({ minLength: 1, default: "127.0.0.1" }),
  PORT: Type.Integer({ minimum: 1, maximum: 65535, default: 8000 }),
  LOG_LEVEL: Type.Enum(["DEBUG", "INFO", "WARNING", "ERROR"], { default: "INFO" }),
  // Empty: console lines in development, JSON elsewhere (see `logFormat`).
  LOG_FORMAT: Type.Enum(["json", "console", ""], { default: "" }),
  // The root secret; later stages sign tokens and cookies with it.
  SECRET_KEY: Type.String({ default: PLACEHOLDER_SECRET }),
  SHUTDOWN_TIMEOUT_SECONDS: Type.Number({ exclusiveMinimum: 0, default: 10 }),
  READINESS_TIMEOUT_SECONDS: Type.Number({ exclusiveMinimum: 0, default: 2 }),
});

export type Config = Readonly<Type.Static<typeof ConfigSchema>>;

type Variables = Record<string, string | undefined>;

/** A configuration the service must not start with; the message says what to fix. */
export class ConfigError extends Error {
  override name = "ConfigError";
}

/** The variables of `.env` (if present) overlaid by the real environment, which wins. */
export function environment(dotenvPath = ".env", real: Variables = process.env): Variables {
  return { ...readDotenv(dotenvPath), ...real };
}

/** Validate the variables against the schema: convert, apply defaults, refuse what is wrong. */
export function loadConfig(variables: Variables = environment()): Config {
  const values = Object.fromEntries(
    Object.keys(ConfigSchema.properties).map((name) => [name, variables[name]] as const),
  );
  values.LOG_LEVEL = values.LOG_LEVEL?.toUpperCase(); // `info` means INFO
  const config = Value.Convert(ConfigSchema, Value.Default(ConfigSchema, values));
  if (!Value.Check(ConfigSchema, config)) {
    const errors = Value.Errors(ConfigSchema, config).map(
      (error) => `${error.instancePath.slice(1)} ${error.message}`,
    );
    throw new ConfigError([...errors, "Every variable is documented in .env.example."].join("\n"));
  }
  refuseWeakSecrets(config);
  return Object.freeze(config);
}

/** Console lines for a human in development, JSON for machines elsewhere. */
export function logFormat(config: Config): "json" | "console" {
  if (config.LOG_FORMAT !== "") {
    return config.LOG_FORMAT;
  }
  return config.ENVIRONMENT === "development" ? "console" : "json";
}

function refuseWeakSecrets(config: Config): void {
  if (config.ENVIRONMENT === "development") {
    return;
  }
  const secret = config.SECRET_KEY;
  if (secret === PLACEHOLDER_SECRET || secret.length < MIN_SECRET_LENGTH) {
    throw new ConfigError(
      `SECRET_KEY must be a random value of at least ${MIN_SECRET_LENGTH} characters ` +
        `outside development (ENVIRONMENT=${config.ENVIRONMENT}); generate one with: ${RANDOM_VALUE_RECIPE}`,
    );
  }
}

function readDotenv(path: string): Variables {
  try {
    return parseEnv(readFileSync(path, "utf8"));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") {
      return {};
    }
    throw error;
  }
}
