/**
 * The app factory: one place that builds and wires the service.
 *
 * Tests call `buildApp(config, destination)` to get a fresh, isolated app each
 * time, with its logs in a buffer; `server.ts` calls it once with the
 * configuration from the environment.
 */

import Fastify, { type FastifyInstance } from "fastify";
import type { DestinationStream } from "pino";
import { AccessLog } from "./access-log.ts";
import type { Config } from "./config.ts";
import { Readiness } from "./health/readiness.ts";
import { lifecycle } from "./lifecycle.ts";
import { createLogger } from "./logging.ts";
import { requestId, requestIdHeader } from "./request-id.ts";
import { routes } from "./routes.ts";

declare module "fastify" {
  interface FastifyInstance {
    config: Config;
    readiness: Readiness;
  }
}

export async function buildApp(
  config: Config,
  logDestination?: DestinationStream,
): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: createLogger(config, logDestination),
    logController: new AccessLog(),
    genReqId: requestId,
  });
  app.decorate("config", config);
  app.decorate("readiness", new Readiness(config.READINESS_TIMEOUT_SECONDS * 1000));
  // Hooks first: they apply to the routes registered after them.
  await app.register(requestIdHeader);
  await app.register(lifecycle);
  await app.register(routes);
  return app;
}
