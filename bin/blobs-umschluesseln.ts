// `npm run blobs:umschluesseln`: re-wraps every blob's data key under the first key of BLOB_SCHLUESSEL, while the platform runs.
import { unterBlobSperre } from '../db/blob-sperre.js';
import { createDb } from '../db/knex.js';
import { createBlobAdapter } from '../platform/blob-store.js';
import { blobsUmschluesseln, type BlobSperre } from '../platform/blob-umschluesseln.js';
import { ConfigError, loadConfig, requireBlobSchluessel } from '../platform/config.js';

try {
  const config = requireBlobSchluessel(loadConfig());
  const adapter = createBlobAdapter(config.blobStore);
  // The per-blob locks every deletion takes: without them a blob deleted during the run could be written back.
  const db = config.databaseUrl ? createDb(config.databaseUrl, { min: 0, max: 5 }) : undefined;
  if (!db)
    process.stderr.write('blobs:umschluesseln: DATABASE_URL not set; run it only while the platform is stopped\n');
  const sperre: BlobSperre | undefined = db && ((key, arbeit) => unterBlobSperre(db, [key], arbeit));
  try {
    const ergebnis = await blobsUmschluesseln(adapter, config.blobSchluessel, 4, sperre);
    process.stdout.write(`${JSON.stringify({ schluessel: config.blobSchluessel[0]!.id, ...ergebnis }, null, 2)}\n`);
    // Old keys may leave BLOB_SCHLUESSEL only after a run without errors.
    process.exitCode = ergebnis.fehler.length > 0 ? 1 : 0;
  } finally {
    await adapter.close();
    await db?.destroy();
  }
} catch (error) {
  process.stderr.write(
    `blobs:umschluesseln: ${error instanceof ConfigError ? error.message : ((error as Error).stack ?? String(error))}\n`,
  );
  process.exitCode = 1;
}
