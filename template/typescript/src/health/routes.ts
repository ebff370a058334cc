/** The probe endpoints, at the root (not under `/api`), as orchestrators expect. */

import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import Type from "typebox";

const Liveness = Type.Object({ status: Type.Literal("ok") });

const ReadinessReport = Type.Object({
  status: Type.Enum(["ok", "unavailable"]),
  checks: Type.Record(Type.String(), Type.Enum(["ok", "unavailable", "timeout"])),
});

export const health: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    "/healthz",
    { schema: { summary: "Liveness probe: the process is running", response: { 200: Liveness } } },
    async () => ({ status: "ok" as const }),
  );

  app.get(
    "/readyz",
    {
      schema: {
        summary: "Readiness probe: every dependency answers",
        response: { 200: ReadinessReport, 503: ReadinessReport },
      },
    },
    async (request, reply) => {
      const checks = await app.readiness.report(request.log);
      if (Object.values(checks).every((result) => result === "ok")) {
        return { status: "ok" as const, checks };
      }
      return reply.code(503).send({ status: "unavailable", checks });
    },
  );
};
