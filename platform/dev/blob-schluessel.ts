// `npm start` without BLOB_SCHLUESSEL: a development master key, made once and kept under the data directory.
import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { blobSchluesselLesen, type BlobSchluessel } from '../blob-schluessel.js';

/** The key in `$DATA_DIR/blob-schluessel` (mode 0600), created on the first start; blobs stay readable across restarts. */
export async function entwicklungsBlobSchluessel(dataDir: string): Promise<BlobSchluessel[]> {
  const datei = path.join(dataDir, 'blob-schluessel');
  const neu = `dev1:${randomBytes(32).toString('base64')}\n`;
  try {
    await writeFile(datei, neu, { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const text = (await readFile(datei, 'utf8')).trim();
  try {
    return blobSchluesselLesen(text);
  } catch (error) {
    throw new Error(
      `${datei} does not hold a blob key (${(error as Error).message}); delete it only if no blob uses it`,
    );
  }
}
