// Web process entry point: build the context, serve the Koa app, close cleanly on SIGTERM/SIGINT.
// With WEB_PROCESSES > 1 this process forks that many servers sharing the port and restarts any that dies.
import cluster, { type Worker } from 'node:cluster';
import type { Server } from 'node:http';
import { listen } from '../web/server.js';
import { abgleichStarten } from '../services/eingang/abgleich-schleife.js';
import { ConfigError, loadConfig, requireBlobSchluessel, requireServices, type Config } from '../platform/config.js';
import { closeAppContext, createAppContext, type AppContext } from '../platform/context.js';
import { anClusterMelden, clusterSammler } from '../platform/metriken/cluster.js';
import { geschaeftsMetrikenRegistrieren } from '../platform/metriken/geschaeft.js';
import { prozessMetrikenSammeln, registry } from '../platform/metriken/registry.js';
import { metrikServerStarten } from '../platform/metriken/server.js';
import { codecEndpunkt, codecServerStarten } from '../platform/codec-endpunkt.js';
import { codecOperatorPruefer } from '../web/api/codec-zugang.js';
import { createLogger } from '../platform/logger.js';
import { runMain } from '../platform/main.js';

let config: ReturnType<typeof requireServices> & Config;
try {
  config = requireBlobSchluessel(requireServices(loadConfig()));
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  process.stderr.write(`web: ${error.message}\n`);
  process.exit(1);
}
const log = createLogger(config.logLevel, 'web');
const codec = codecEndpunkt(config, codecOperatorPruefer(config));

/** The codec endpoint on its own port (TEMPORAL_CODEC_PORT) when set; otherwise it rides on the metrics port. */
async function codecBereitstellen(): Promise<{ server?: Server; aufMetrikPort?: typeof codec }> {
  if (!codec) return {};
  if (config.temporalCodecPort === undefined) return { aufMetrikPort: codec };
  return { server: await codecServerStarten(config.metrics.host, config.temporalCodecPort, codec) };
}

/** Business gauges in every server process; the metrics port is served by this process alone, or by the cluster's primary. */
async function metrikenBereitstellen(
  ctx: AppContext,
  config: Config,
  weitere?: typeof codec,
): Promise<Server | undefined> {
  prozessMetrikenSammeln();
  geschaeftsMetrikenRegistrieren(registry, ctx.db, ctx.log);
  if (cluster.isWorker) {
    anClusterMelden();
    return undefined;
  }
  if (!config.metrics.port) return undefined;
  const sammeln = () => registry.metrics();
  return metrikServerStarten({
    ...config.metrics,
    port: config.metrics.port,
    contentType: registry.contentType,
    sammeln,
    log,
    weitere,
  });
}

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
    const codecServer = await codecBereitstellen();
    const metrikServer = config.metrics.port
      ? await metrikServerStarten({
          ...config.metrics,
          port: config.metrics.port,
          ...clusterSammler(),
          log,
          weitere: codecServer.aufMetrikPort,
        })
      : undefined;
    log.info({ url: config.publicUrl, processes: config.webProcesses }, 'web servers starting');
    return async () => {
      stopping = true;
      metrikServer?.close();
      codecServer.server?.close();
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
    // Only the process that serves the metrics port (no cluster) serves the codec endpoint too.
    const codecServer = cluster.isWorker ? {} : await codecBereitstellen();
    const metrikServer = await metrikenBereitstellen(ctx, config, codecServer.aufMetrikPort);
    log.info({ url: config.publicUrl }, 'web server listening');
    return async () => {
      metrikServer?.close();
      codecServer.server?.close();
      await abgleich.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closeAppContext(ctx);
    };
  });
}
