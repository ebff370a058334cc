/**
 * Graceful shutdown: on SIGTERM or SIGINT, `app.close()` stops accepting
 * connections, lets in-flight requests finish and runs the `onClose` hooks;
 * then nothing is left to run and the process ends by itself.
 *
 * Past the timeout the process exits with an error instead. A second SIGINT
 * (Ctrl+C twice) exits at once; a repeated SIGTERM is ignored, because `make`
 * passes on the SIGTERM its process group already received.
 */

import type { FastifyInstance } from "fastify";

export function shutdownOnSignal(
  app: FastifyInstance,
  timeoutMs: number,
): (signal: NodeJS.Signals) => void {
  let closing = false;
  return (signal) => {
    if (closing) {
      if (signal === "SIGINT") {
        app.log.warn({ signal }, "service.interrupted");
        process.exit(130);
      }
      return;
    }
    closing = true;
    app.log.info({ signal }, "service.stopping");
    const deadline = setTimeout(() => {
      app.log.error({ timeout_ms: timeoutMs }, "service.shutdown_timeout");
      process.exit(1);
    }, timeoutMs);
    deadline.unref(); // the deadline alone must not keep a stopped service alive
    app.close().then(
      () => clearTimeout(deadline),
      (error: unknown) => {
        app.log.error({ err: error }, "service.close_failed");
        process.exitCode = 1;
      },
    );
  };
}
