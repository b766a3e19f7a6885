import { buildApp } from './app';
import { loadConfig } from './config';

// Anything this process creates is its owner's alone (buildApp also sets the data folder's modes itself).
process.umask(0o077);
const config = loadConfig();
const app = await buildApp(config);

// Finish what is in flight (uploads above all, bounded by SHUTDOWN_GRACE_SECONDS), then exit.
let closing = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (closing) return;
    closing = true;
    app.log.info(`${signal}: closing after requests in flight`);
    const hardStop = setTimeout(() => {
      app.log.error('shutdown took too long; exiting');
      process.exit(1);
    }, config.shutdownGraceMs + 5_000);
    hardStop.unref();
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        app.log.error(error);
        process.exit(1);
      },
    );
  });
}

await app.listen({ host: config.host, port: config.port });
