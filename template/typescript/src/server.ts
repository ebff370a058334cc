/**
 * `make run`: read the configuration, build the app, listen, and close
 * gracefully on SIGTERM or SIGINT (see `shutdown.ts`).
 */

import { buildApp } from "./app.ts";
import { type Config, ConfigError, loadConfig } from "./config.ts";
import { shutdownOnSignal } from "./shutdown.ts";

function configOrExit(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) {
      throw error;
    }
    // A misconfigured service must not start; say what to fix and stop.
    process.stderr.write(`Invalid configuration:\n${error.message}\n`);
    process.exit(2);
  }
}

const config = configOrExit();
const app = await buildApp(config);
const shutdown = shutdownOnSignal(app, config.SHUTDOWN_TIMEOUT_SECONDS * 1000);
process.on("SIGTERM", shutdown);
process.on("SIGINT", shutdown);
await app.listen({ host: config.HOST, port: config.PORT });
