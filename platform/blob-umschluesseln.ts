// Key rotation: every blob not yet under the newest master key gets its data key re-wrapped (unencrypted ones encrypted).
//
// Runs beside normal operation: each object is rewritten through the adapter's atomic write (temporary file and
// rename, or one S3 upload), so a reader sees the old object or the new one, and both open while the old key is still
// configured. A re-wrap writes a new header before the unchanged frames; nothing is decrypted but the data key.
// Once a run reports no errors, the old keys can be removed from BLOB_SCHLUESSEL. An object deleted between its read
// and its rewrite here would be written back: each object is therefore handled under `sperre`, the per-blob lock every
// deletion through the platform's store takes (platform/blob-store-gesperrt.ts, db/blob-sperre.ts), so a deletion waits
// for the rewrite or the rewrite finds it gone.
import { Readable } from 'node:stream';

import { BlobNotFoundError, type BlobAdapter } from './blob-adapter.js';
import type { BlobSchluessel } from './blob-schluessel.js';
import { istBlobKey } from './blob-store.js';
import { HEADER, kopfKeyId, kopfUmschluesseln, rohAnfang, verschluesselt } from './blob-verschluesselung.js';

export interface UmschluesselnErgebnis {
  /** Encrypted blobs whose data key is now wrapped by the newest key. */
  umgeschluesselt: number;
  /** Blobs from before encryption, now encrypted. */
  verschluesselt: number;
  /** Already under the newest key: untouched. */
  aktuell: number;
  /** Blobs that could not be rewritten (unknown key id, damaged header), with the reason; they are left as they are. */
  fehler: Array<{ key: string; grund: string }>;
}

/** Holds a blob's lock (shared with whoever deletes blobs) while `arbeit` reads and rewrites it. */
export type BlobSperre = <T>(key: string, arbeit: () => Promise<T>) => Promise<T>;

const ohneSperre: BlobSperre = (_key, arbeit) => arbeit();

/** Rewrites every blob under `schluessel[0]`, `gleichzeitig` at a time; any number of runs give the same end state. */
export async function blobsUmschluesseln(
  adapter: BlobAdapter,
  schluessel: readonly BlobSchluessel[],
  gleichzeitig = 4,
  sperre: BlobSperre = ohneSperre,
): Promise<UmschluesselnErgebnis> {
  if (schluessel.length === 0) throw new Error('key rotation needs at least one key');
  const neuester: BlobSchluessel = schluessel[0]!;
  const verschluesselnd = verschluesselt(adapter, schluessel);
  const ergebnis: UmschluesselnErgebnis = { umgeschluesselt: 0, verschluesselt: 0, aktuell: 0, fehler: [] };

  async function eins(key: string): Promise<void> {
    let roh: Readable;
    try {
      roh = await adapter.read(key);
    } catch (error) {
      if (error instanceof BlobNotFoundError) return; // deleted meanwhile
      throw error;
    }
    try {
      const { kopf, anfang, rest } = await rohAnfang(roh);
      const danach = async function* () {
        if (anfang.length > 0) yield anfang;
        yield* { [Symbol.asyncIterator]: () => rest };
      };
      if (!kopf) {
        await verschluesselnd.write(key, Readable.from(danach()));
        ergebnis.verschluesselt++;
      } else if (kopf.length < HEADER) {
        ergebnis.fehler.push({ key, grund: 'header incomplete (truncated object)' });
      } else if (kopfKeyId(kopf) === neuester.id) {
        ergebnis.aktuell++;
      } else {
        const neu = kopfUmschluesseln(key, kopf, schluessel, neuester);
        await adapter.write(
          key,
          Readable.from(
            (async function* () {
              yield neu;
              yield* danach();
            })(),
          ),
        );
        ergebnis.umgeschluesselt++;
      }
    } catch (error) {
      ergebnis.fehler.push({ key, grund: (error as Error).message });
    } finally {
      roh.destroy();
    }
  }

  const keys = adapter.list()[Symbol.asyncIterator]();
  const arbeiter = async () => {
    for (let n = await keys.next(); !n.done; n = await keys.next()) {
      const key = n.value;
      if (!istBlobKey(key)) continue;
      await sperre(key, () => eins(key)).catch((error: unknown) => {
        ergebnis.fehler.push({ key, grund: (error as Error).message });
      });
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, gleichzeitig) }, arbeiter));
  return ergebnis;
}
