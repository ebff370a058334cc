/**
 * `make run`: read the configuration, build the app, listen.
 *
 * On SIGTERM or SIGINT, `app.close()` stops accepting connections and lets
 * in-flight requests finish; past `SHUTDOWN_TIMEOUT_SECONDS` the process exits
 * anyway, with an error. The lifecycle plugin logs the last line.
 */

import closeWithGrace from "close-with-grace";
import { buildApp } from "./app.ts";
import { type Config, ConfigError, loadConfig } from "./config.ts";

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

closeWithGrace(
  { delay: config.SHUTDOWN_TIMEOUT_SECONDS * 1000, logger: app.log },
  async ({ err }) => {
    if (err) {
      app.log.error({ err }, "service.failed");
    }
    await app.close();
  },
);

await app.listen({ host: config.HOST, port: config.PORT });
