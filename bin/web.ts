// Web process entry point: build the context, serve the Koa app, close cleanly on SIGTERM/SIGINT.
// With WEB_PROCESSES > 1 this process forks that many servers sharing the port and restarts any that dies.
import cluster, { type Worker } from 'node:cluster';
import { listen } from '../web/server.js';
import { abgleichStarten } from '../services/eingang/abgleich-schleife.js';
import { ConfigError, loadConfig, requireServices, type Config } from '../platform/config.js';
import { closeAppContext, createAppContext } from '../platform/context.js';
import { createLogger } from '../platform/logger.js';
import { runMain } from '../platform/main.js';

let config: ReturnType<typeof requireServices> & Config;
try {
  config = requireServices(loadConfig());
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  process.stderr.write(`web: ${error.message}\n`);
  process.exit(1);
}
const log = createLogger(config.logLevel, 'web');

if (cluster.isPrimary && config.webProcesses > 1) {
  await runMain('web', async () => {
    let stopping = false;
    const fork = () => cluster.fork();
    cluster.on('exit', (worker, code, signal) => {
      if (stopping) return;
      log.warn({ pid: worker.process.pid, code, signal }, 'web process ended, starting a new one');
      fork();
    });
    for (let i = 0; i < config.webProcesses; i++) fork();
    log.info({ url: config.publicUrl, processes: config.webProcesses }, 'web servers starting');
    return async () => {
      stopping = true;
      const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => Boolean(w));
      await Promise.all(workers.map((w) => new Promise((resolve) => w.once('exit', resolve).process.kill('SIGTERM'))));
    };
  });
} else {
  await runMain('web', async () => {
    const ctx = createAppContext(config, log);
    const server = listen(ctx, config.port);
    await new Promise<void>((resolve, reject) => server.once('listening', resolve).once('error', reject));
    const abgleich = abgleichStarten(ctx);
    log.info({ url: config.publicUrl }, 'web server listening');
    return async () => {
      await abgleich.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closeAppContext(ctx);
    };
  });
}
