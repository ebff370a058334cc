/**
 * Readiness: can this instance serve traffic right now?
 *
 * Liveness (`/healthz`) only says the process runs. Readiness (`/readyz`) asks
 * every registered dependency; a load balancer or Kubernetes stops sending
 * traffic while one of them fails. Later stages register their checks
 * (database, cache, broker) at startup; this module never changes for that.
 */

import type { FastifyBaseLogger } from "fastify";

/**
 * A check resolves when its dependency answers and rejects when it does not.
 * It may stop early when `signal` aborts: the probe has stopped waiting.
 */
export type Check = (signal: AbortSignal) => Promise<void>;

export type CheckResult = "ok" | "unavailable" | "timeout";

export class Readiness {
  readonly #checks = new Map<string, Check>();
  readonly #timeoutMs: number;

  constructor(timeoutMs: number) {
    this.#timeoutMs = timeoutMs;
  }

  register(name: string, check: Check): void {
    this.#checks.set(name, check);
  }

  /** Run every check at once; each answers "ok" or a short reason. */
  async report(log: FastifyBaseLogger): Promise<Record<string, CheckResult>> {
    const results = await Promise.all(
      Array.from(
        this.#checks,
        async ([name, check]) => [name, await this.#run(name, check, log)] as const,
      ),
    );
    return Object.fromEntries(results);
  }

  async #run(name: string, check: Check, log: FastifyBaseLogger): Promise<CheckResult> {
    const signal = AbortSignal.timeout(this.#timeoutMs);
    try {
      await Promise.race([check(signal), aborted(signal)]);
      return "ok";
    } catch (error) {
      // Any failure means "not ready", never a 500.
      if (signal.aborted) {
        log.warn({ check: name }, "readiness.timeout");
        return "timeout";
      }
      const reason = error instanceof Error ? error.message : String(error);
      log.warn({ check: name, reason }, "readiness.failed");
      return "unavailable";
    }
  }
}

function aborted(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    signal.addEventListener("abort", () => reject(signal.reason), { once: true });
  });
}
