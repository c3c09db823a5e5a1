// Every deletion of a blob waits for the key rotation's per-blob lock: a rotation never writes a deleted blob back.
import { unterBlobSperre } from '../db/blob-sperre.js';
import type { Db } from '../db/knex.js';
import type { BlobStore } from './blob-store.js';

/**
 * The store every process uses (platform/context.ts): its deletions take the lock the key rotation holds from reading a
 * blob to writing it back (db/blob-sperre.ts), so a deletion either comes first (the rotation finds nothing) or after
 * the rewrite. The lock is taken here and nowhere else for a deletion: a caller already holding it on another
 * connection would wait for itself.
 */
export function mitBlobSperre(blobs: BlobStore, db: Db): BlobStore {
  return {
    ...blobs,
    delete: (key) => unterBlobSperre(db, [key], () => blobs.delete(key)),
    deleteMany: (keys) => unterBlobSperre(db, keys, () => blobs.deleteMany(keys)),
  };
}
