// `npm run blobs:umschluesseln`: re-wraps every blob's data key under the first key of BLOB_SCHLUESSEL, while the platform runs.
import { createBlobAdapter } from '../platform/blob-store.js';
import { blobsUmschluesseln } from '../platform/blob-umschluesseln.js';
import { ConfigError, loadConfig, requireBlobSchluessel } from '../platform/config.js';

try {
  const config = requireBlobSchluessel(loadConfig());
  const adapter = createBlobAdapter(config.blobStore);
  try {
    const ergebnis = await blobsUmschluesseln(adapter, config.blobSchluessel);
    process.stdout.write(`${JSON.stringify({ schluessel: config.blobSchluessel[0]!.id, ...ergebnis }, null, 2)}\n`);
    // Old keys may leave BLOB_SCHLUESSEL only after a run without errors.
    process.exitCode = ergebnis.fehler.length > 0 ? 1 : 0;
  } finally {
    await adapter.close();
  }
} catch (error) {
  process.stderr.write(
    `blobs:umschluesseln: ${error instanceof ConfigError ? error.message : ((error as Error).stack ?? String(error))}\n`,
  );
  process.exitCode = 1;
}
