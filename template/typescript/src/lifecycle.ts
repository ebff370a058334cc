/**
 * What happens when the service starts and when it stops.
 *
 * Later stages register their resources (database, cache, broker) at the end
 * of this plugin, one `await app.register(...)` line each: a resource is a
 * plugin that opens its connection, registers its readiness check
 * (`app.readiness.register`) and closes the connection in an `onClose` hook.
 */

import fp from "fastify-plugin";

export const lifecycle = fp(
  async (app) => {
    // Fastify runs `onClose` hooks last-registered first: added before any
    // resource, this line is written after every resource has closed.
    app.addHook("onClose", async () => {
      app.log.info("service.stopped");
    });
    app.addHook("onListen", async () => {
      app.log.info({ environment: app.config.ENVIRONMENT }, "service.started");
    });
  },
  { name: "lifecycle" },
);
