// Web process entry point: build the context, serve the Koa app, close cleanly on SIGTERM/SIGINT.
import { createApp } from '../web/app.js';
import { loadConfig, requireServices } from '../platform/config.js';
import { closeAppContext, createAppContext } from '../platform/context.js';
import { createLogger } from '../platform/logger.js';
import { runMain } from '../platform/main.js';

await runMain('web', async () => {
  const config = requireServices(loadConfig());
  const log = createLogger(config.logLevel, 'web');
  const ctx = createAppContext(config, log);
  const server = createApp(ctx).listen(config.port);
  await new Promise<void>((resolve, reject) => server.once('listening', resolve).once('error', reject));
  log.info({ url: config.publicUrl }, 'web server listening');
  return async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeAllConnections();
    await closeAppContext(ctx);
  };
});
