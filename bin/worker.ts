// Worker process entry point: runs the Temporal workers for the queues in WORKER_QUEUES (default: io,pdf).
import { loadConfig, requireBlobSchluessel, requireServices, ConfigError } from '../platform/config.js';
import { closeAppContext, createAppContext } from '../platform/context.js';
import { createLogger } from '../platform/logger.js';
import { runMain } from '../platform/main.js';
import { createWorkers, type Queue } from './create-workers.js';
import { niceFuer, prioritaetSenken } from './worker-prioritaet.js';

function queuesFrom(value = 'io,pdf'): Queue[] {
  const queues = value.split(',').map((q) => q.trim());
  if (queues.length === 0 || queues.some((q) => q !== 'io' && q !== 'pdf')) {
    throw new ConfigError(
      `Configuration error: WORKER_QUEUES must be a comma-separated list of io and pdf (got "${value}")`,
    );
  }
  return queues as Queue[];
}

await runMain('worker', async () => {
  const config = requireBlobSchluessel(requireServices(loadConfig()));
  const queues = queuesFrom(process.env.WORKER_QUEUES);
  const log = createLogger(config.logLevel, 'worker');
  const nice = niceFuer(queues, config.pdfNice);
  if (nice !== undefined) log.info({ nice: prioritaetSenken(nice) }, 'pdf worker runs at lower CPU priority');
  const ctx = createAppContext(config, log);
  const workers = await createWorkers(ctx, queues);
  const running = workers.run();
  log.info({ queues }, 'worker running');
  running.catch((error) => {
    log.fatal({ err: error }, 'worker stopped');
    process.exit(1);
  });
  return async () => {
    workers.shutdown();
    await running.catch(() => undefined);
    await closeAppContext(ctx);
  };
});
