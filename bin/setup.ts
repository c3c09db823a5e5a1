// One-shot setup for production (compose runs it before web and worker): migrations, temporal.yaml, demo data.
import { loadConfig, requireBlobSchluessel, requireServices } from '../platform/config.js';
import { createLogger } from '../platform/logger.js';
import { prepare } from './prepare.js';
import { ConfigError } from '../platform/config.js';

try {
  const config = requireBlobSchluessel(requireServices(loadConfig()));
  await prepare(config, createLogger(config.logLevel, 'setup'));
  process.exit(0);
} catch (error) {
  process.stderr.write(
    `setup: ${error instanceof ConfigError ? error.message : ((error as Error).stack ?? String(error))}\n`,
  );
  process.exit(1);
}
