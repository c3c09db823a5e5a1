// The master key every test process shares (BLOB_SCHLUESSEL), so blobs one process writes another reads.
import { randomBytes } from 'node:crypto';
import { blobSchluesselLesen, type BlobSchluessel } from '../../platform/blob-schluessel.js';

/** Fixed for the suite: test contexts and the web and worker processes the tests start use it alike. */
export const TEST_BLOB_SCHLUESSEL = 'test1:YRiU+OS9VTO7sZJQr/TfD0EAjwS9+eDsgMFcDTE1T9c=';

export const testBlobSchluessel: BlobSchluessel[] = blobSchluesselLesen(TEST_BLOB_SCHLUESSEL);

/** A fresh key under the given id, for rotation tests. */
export function neuerBlobSchluessel(id: string): BlobSchluessel {
  return { id, schluessel: randomBytes(32) };
}
