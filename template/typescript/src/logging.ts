/**
 * Structured logs with pino, Fastify's logger: one event per line, JSON in
 * production, readable lines in development.
 *
 * The message key is `event`, so `log.info("service.started")` writes
 * `{"event":"service.started",...}`, the line shape of every stack of
 * backend-roadmap. Writes are synchronous: the last line before an exit is
 * never lost.
 */

import type { FastifyBaseLogger } from "fastify";
import { type DestinationStream, type LoggerOptions, pino } from "pino";
import { prettyFactory } from "pino-pretty";
import { type Config, logFormat } from "./config.ts";

const LEVELS = { DEBUG: "debug", INFO: "info", WARNING: "warn", ERROR: "error" } as const;
const MESSAGE_KEY = "event";

export function createLogger(
  config: Config,
  destination: DestinationStream = pino.destination({ sync: true }),
): FastifyBaseLogger {
  const options: LoggerOptions = { level: LEVELS[config.LOG_LEVEL], messageKey: MESSAGE_KEY };
  if (logFormat(config) === "console") {
    // Formatted in place, not in pino-pretty's stream: a stream would still
    // hold the last lines when the process exits.
    const prettify = prettyFactory({
      messageKey: MESSAGE_KEY,
      ignore: "pid,hostname",
      translateTime: "SYS:HH:MM:ss.l",
    });
    return pino(options, { write: (line) => destination.write(prettify(line)) });
  }
  return pino(
    {
      ...options,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    destination,
  );
}
