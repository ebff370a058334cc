/**
 * Every route plugin the service serves, in one place.
 *
 * Each roadmap stage adds its plugins here, one line each; your own endpoints
 * live in `custom/`, which updates never touch.
 */

import type { FastifyInstance } from "fastify";
import { custom } from "./custom/index.ts";
import { health } from "./health/routes.ts";

export async function routes(app: FastifyInstance): Promise<void> {
  await app.register(health);
  await app.register(custom, { prefix: "/custom" });
}
