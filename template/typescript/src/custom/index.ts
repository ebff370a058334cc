/**
 * Your own endpoints. This folder is yours: `copier update` never touches it.
 *
 * Write a plugin per file and register it below; `routes.ts` already serves
 * this plugin under `/custom`. Tests go in `test/custom/`.
 */

import type { FastifyPluginAsync } from "fastify";
import { hello } from "./hello.ts";

export const custom: FastifyPluginAsync = async (app) => {
  await app.register(hello);
};
