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
import pretty from "pino-pretty";
import { type Config, logFormat } from "./config.ts";

const LEVELS = { DEBUG: "debug", INFO: "info", WARNING: "warn", ERROR: "error" } as const;
const MESSAGE_KEY = "event";

export function createLogger(config: Config, destination?: DestinationStream): FastifyBaseLogger {
  const options: LoggerOptions = { level: LEVELS[config.LOG_LEVEL], messageKey: MESSAGE_KEY };
  if (logFormat(config) === "console") {
    const readable = pretty({
      messageKey: MESSAGE_KEY,
      ignore: "pid,hostname",
      translateTime: "SYS:HH:MM:ss.l",
      sync: true,
      ...(destination && { destination }),
    });
    return pino(options, readable);
  }
  return pino(
    {
      ...options,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    destination ?? pino.destination({ sync: true }),
  );
}
