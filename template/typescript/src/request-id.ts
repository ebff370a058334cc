/**
 * Give every request an id: in the logs of everything it causes, and in the response.
 *
 * A client (or a proxy in front of us) may send `X-Request-ID`; we keep it when
 * it looks like an id, so one id follows a request across services. Anything
 * else is replaced, so a client cannot write arbitrary text into our logs.
 */

import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";
import fp from "fastify-plugin";

export const REQUEST_ID_HEADER = "x-request-id";
const ACCEPTABLE_ID = /^[A-Za-z0-9._-]{1,128}$/;

/** Fastify's `genReqId`: the incoming id when well formed, a fresh 32-hex-digit one otherwise. */
export function requestId(request: IncomingMessage): string {
  const incoming = request.headers[REQUEST_ID_HEADER];
  if (typeof incoming === "string" && ACCEPTABLE_ID.test(incoming)) {
    return incoming;
  }
  return randomUUID().replaceAll("-", "");
}

/** Return the id on every response, errors and 404s included. */
export const requestIdHeader = fp(
  async (app) => {
    app.addHook("onRequest", async (request, reply) => {
      reply.header(REQUEST_ID_HEADER, request.id);
    });
  },
  { name: "request-id" },
);
