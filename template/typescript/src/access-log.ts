/**
 * One log line per request, `http.request`: method, path, status and duration.
 *
 * Fastify's own request lines ("incoming request", "request completed") are
 * shaped here, through its `LogController`, into the line every stack of
 * backend-roadmap writes. It goes through `request.log`, so it carries the
 * request id like every other line written for the request.
 */

import { type FastifyReply, type FastifyRequest, LogController } from "fastify";

export class AccessLog extends LogController {
  constructor() {
    super({ requestIdLogLabel: "request_id" });
  }

  override incomingRequest(): void {
    // One line per request, written when it completes.
  }

  override requestCompleted(
    error: Error | null | undefined,
    request: FastifyRequest,
    reply: FastifyReply,
  ): void {
    const line = {
      method: request.method,
      path: pathOf(request.url),
      status: reply.statusCode,
      duration_ms: Math.round(reply.elapsedTime * 100) / 100,
    };
    if (error) {
      request.log.error({ ...line, err: error }, "http.request");
    } else {
      request.log.info(line, "http.request");
    }
  }
}

function pathOf(url: string): string {
  const query = url.indexOf("?");
  return query === -1 ? url : url.slice(0, query);
}
