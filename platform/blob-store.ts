// Blob store: bytes by server-generated key on a narrow stream adapter (directory or S3); workflows carry only BlobRefs.
import { createHash, randomUUID } from 'node:crypto';
import { PassThrough, Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

import type { BlobRef } from '../domain/eingang.js';
import type { BlobAdapter, BlobEintrag } from './blob-adapter.js';
import type { BlobSchluessel } from './blob-schluessel.js';
import type { BlobStoreZiel } from './blob-store-url.js';
import { createVerzeichnisAdapter } from './blob-store-verzeichnis.js';
import { verschluesselt } from './blob-verschluesselung.js';

export type { BlobRef };
export { BlobNotFoundError, type BlobAdapter, type BlobEintrag } from './blob-adapter.js';
export { BlobEntschluesselungError } from './blob-verschluesselung.js';

export interface BlobStore {
  put(data: Uint8Array, prefix: string): Promise<BlobRef>;
  /** The same for bytes that arrive as a stream: never held in memory whole. */
  putStream(data: Readable, prefix: string): Promise<BlobRef>;
  /** Rejects with BlobNotFoundError when the key holds nothing. */
  get(key: string): Promise<Buffer>;
  /** A missing key surfaces as a BlobNotFoundError on the stream. */
  stream(key: string): Readable;
  size(key: string): Promise<number>;
  /** Nothing happens for a missing key. */
  delete(key: string): Promise<void>;
  /** The same for several keys at once (the key rotation's locks are taken together: platform/blob-store-gesperrt.ts). */
  deleteMany(keys: readonly string[]): Promise<void>;
  /** Every blob after the key `nach`, in key order, with when it was last written (for the orphan sweep). */
  auflisten(nach?: string): AsyncIterable<BlobEintrag>;
  /** Resolves when the bucket (S3) or the directory can be reached; for readiness. */
  erreichbar(): Promise<void>;
  /** Releases connections (S3); the directory has nothing to release. */
  close(): Promise<void>;
}

const KEY = /^[a-z0-9-]+(\/[a-z0-9-]+)*\/[0-9a-f-]{36}$/;

/** Whether a key is one this store makes (anything else under its root is not a blob). */
export const istBlobKey = (key: string) => KEY.test(key);

function pruefen(key: string): string {
  if (!KEY.test(key)) throw new Error(`invalid blob key ${JSON.stringify(key)}`);
  return key;
}

/** The blob store's calls on any adapter: key generation and checks, sha256 and size while the bytes pass. */
export function blobStoreAuf(adapter: BlobAdapter): BlobStore {
  async function speichern(data: Readable, prefix: string): Promise<BlobRef> {
    const key = pruefen(`${prefix}/${randomUUID()}`);
    const hash = createHash('sha256');
    let bytes = 0;
    // Nothing reads the source until the adapter begins (after its own awaits): an error meanwhile, such as a client
    // cutting off its upload, would have no listener and be thrown as uncaught. The stream keeps the error, and the
    // loop below rethrows it when it begins to read.
    data.on('error', () => {});
    const gezaehlt = Readable.from(
      (async function* () {
        for await (const teil of data as AsyncIterable<Buffer>) {
          hash.update(teil);
          bytes += teil.length;
          yield teil;
        }
      })(),
      { objectMode: false },
    );
    try {
      await adapter.write(key, gezaehlt);
    } finally {
      // An adapter that failed without reading to the end must not leave the source open.
      gezaehlt.destroy();
      data.destroy();
    }
    return { key, sha256: hash.digest('hex'), bytes };
  }

  return {
    put: (data, prefix) =>
      speichern(Readable.from([Buffer.from(data.buffer, data.byteOffset, data.byteLength)]), prefix),
    putStream: speichern,
    async get(key) {
      const teile = await (await adapter.read(pruefen(key))).toArray();
      return Buffer.concat(teile as Buffer[]);
    },
    stream(key) {
      pruefen(key);
      const aus = new PassThrough();
      adapter
        .read(key)
        .then((ein) => pipeline(ein, aus))
        .catch((error: Error) => aus.destroy(error));
      return aus;
    },
    size: async (key) => adapter.size(pruefen(key)),
    delete: async (key) => adapter.delete(pruefen(key)),
    async deleteMany(keys) {
      await Promise.all(keys.map(async (key) => adapter.delete(pruefen(key))));
    },
    async *auflisten(nach) {
      for await (const eintrag of adapter.auflisten(nach)) if (istBlobKey(eintrag.key)) yield eintrag;
    },
    erreichbar: () => adapter.erreichbar(),
    close: () => adapter.close(),
  };
}

export function createDirectoryBlobStore(root: string, schluessel: readonly BlobSchluessel[]): BlobStore {
  return createBlobStore({ art: 'verzeichnis', verzeichnis: root }, schluessel);
}

/**
 * The store the configuration names: `$DATA_DIR/blobs` by default, an S3 bucket with BLOB_STORE_URL; every blob
 * encrypted under the first of `schluessel` (platform/blob-verschluesselung.ts).
 */
export function createBlobStore(ziel: BlobStoreZiel, schluessel: readonly BlobSchluessel[]): BlobStore {
  return blobStoreAuf(verschluesselt(createBlobAdapter(ziel), schluessel));
}

/** The backend's bytes as stored (encrypted), for the key rotation run. */
export function createBlobAdapter(ziel: BlobStoreZiel): BlobAdapter {
  if (ziel.art === 'verzeichnis') return createVerzeichnisAdapter(ziel.verzeichnis);
  // The S3 client takes a second or two to load: only processes configured for S3 pay for it, on first use.
  return beiBedarf(async () => (await import('./blob-store-s3.js')).createS3Adapter(ziel));
}

function beiBedarf(laden: () => Promise<BlobAdapter>): BlobAdapter {
  let adapter: Promise<BlobAdapter> | undefined;
  const holen = () => (adapter ??= laden());
  return {
    write: async (key, body) => (await holen()).write(key, body),
    read: async (key) => (await holen()).read(key),
    size: async (key) => (await holen()).size(key),
    delete: async (key) => (await holen()).delete(key),
    erreichbar: async () => (await holen()).erreichbar(),
    async *list() {
      yield* (await holen()).list();
    },
    async *auflisten(nach) {
      yield* (await holen()).auflisten(nach);
    },
    close: async () => {
      if (adapter) await (await adapter).close();
    },
  };
}
