// Encryption at rest around any blob adapter: AES-256-GCM in authenticated frames, a fresh data key per object.
//
// Layout of an encrypted object (format 1):
//
//   header (100 bytes, fixed)   MAGIC (8) | key id length (1) | key id, zero-padded (31) | wrap IV (12) |
//                               data key encrypted with the master key (32) | its GCM tag (16)
//   frames                      each: ciphertext of FRAME plaintext bytes (the last 0…FRAME) | GCM tag (16)
//
// The data key is random per object and wrapped with AES-256-GCM under the master key the id names; the wrap's
// additional data is the header before it plus the blob key, so a header moved onto another key does not open.
// Frame i is encrypted under the data key with the nonce i (8 bytes big-endian, 4 zero bytes) and the additional
// data MAGIC | i | final flag. So every frame is checked before any of its bytes is released, frames cannot be
// reordered or swapped, a cut at a frame boundary leaves a last frame not marked final (detected), bytes appended
// after the final frame are refused, and a single flipped bit anywhere fails one tag or the unwrap. Memory per
// stream is one frame or two, whatever the blob's size.
//
// Rotation re-wraps only the header: the frames do not depend on the master key, so they are copied unchanged.
// Objects written before encryption existed do not begin with MAGIC (a NUL byte first, then text no upload type
// starts with) and are passed through as they are until the rotation run encrypts them.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';

import type { BlobAdapter } from './blob-adapter.js';
import type { BlobSchluessel } from './blob-schluessel.js';

export const MAGIC = Buffer.from([0x00, 0x4a, 0x43, 0x42, 0x4c, 0x4f, 0x42, 0x01]); // NUL "JCBLOB" 1
/** Plaintext bytes per frame: small enough to hold, large enough that tags and cipher setup cost little. */
export const FRAME = 64 * 1024;
const TAG = 16;
const ID_FELD = 32;
const WRAP_IV = 12;
export const HEADER = MAGIC.length + ID_FELD + WRAP_IV + 32 + TAG;

/** An encrypted blob that cannot be read: altered, truncated, or wrapped by a key not configured. */
export class BlobEntschluesselungError extends Error {
  override name = 'BlobEntschluesselungError';
  constructor(
    readonly key: string,
    grund: string,
  ) {
    super(`blob ${JSON.stringify(key)} cannot be decrypted: ${grund}`);
  }
}

/** What the header says, once the data key is unwrapped. */
interface Kopf {
  keyId: string;
  datenschluessel: Buffer;
}

function idFeld(id: string): Buffer {
  const feld = Buffer.alloc(ID_FELD);
  feld[0] = feld.write(id, 1, 'ascii');
  return feld;
}

function kopfSchreiben(blobKey: string, master: BlobSchluessel, datenschluessel: Buffer): Buffer {
  const vorne = Buffer.concat([MAGIC, idFeld(master.id)]);
  const iv = randomBytes(WRAP_IV);
  const cipher = createCipheriv('aes-256-gcm', master.schluessel, iv);
  cipher.setAAD(Buffer.concat([vorne, Buffer.from(blobKey, 'utf8')]));
  const verpackt = Buffer.concat([cipher.update(datenschluessel), cipher.final()]);
  return Buffer.concat([vorne, iv, verpackt, cipher.getAuthTag()]);
}

/** The key id a header names, without unwrapping (for the rotation run). */
export function kopfKeyId(kopf: Buffer): string {
  const laenge = kopf[MAGIC.length]!;
  return kopf.toString('ascii', MAGIC.length + 1, MAGIC.length + 1 + Math.min(laenge, ID_FELD - 1));
}

function kopfLesen(blobKey: string, kopf: Buffer, schluessel: readonly BlobSchluessel[]): Kopf {
  const keyId = kopfKeyId(kopf);
  const master = schluessel.find((k) => k.id === keyId);
  if (!master)
    throw new BlobEntschluesselungError(
      blobKey,
      `its data key is wrapped by key id "${keyId}", which BLOB_SCHLUESSEL does not contain (configured: ${schluessel.map((k) => k.id).join(', ')})`,
    );
  const vorne = kopf.subarray(0, MAGIC.length + ID_FELD);
  let start = vorne.length;
  const iv = kopf.subarray(start, (start += WRAP_IV));
  const verpackt = kopf.subarray(start, (start += 32));
  const tag = kopf.subarray(start, (start += TAG));
  try {
    const decipher = createDecipheriv('aes-256-gcm', master.schluessel, iv);
    decipher.setAAD(Buffer.concat([vorne, Buffer.from(blobKey, 'utf8')]));
    decipher.setAuthTag(tag);
    return { keyId, datenschluessel: Buffer.concat([decipher.update(verpackt), decipher.final()]) };
  } catch {
    throw new BlobEntschluesselungError(blobKey, `its header was altered or belongs to another blob (key id ${keyId})`);
  }
}

/** The same data key wrapped under another master key; the frames after the header stay valid as they are. */
export function kopfUmschluesseln(
  blobKey: string,
  kopf: Buffer,
  schluessel: readonly BlobSchluessel[],
  neu: BlobSchluessel,
): Buffer {
  return kopfSchreiben(blobKey, neu, kopfLesen(blobKey, kopf, schluessel).datenschluessel);
}

function nonce(index: number): Buffer {
  const n = Buffer.alloc(12);
  n.writeBigUInt64BE(BigInt(index), 0);
  return n;
}

function aad(index: number, final: boolean): Buffer {
  const a = Buffer.alloc(MAGIC.length + 9);
  MAGIC.copy(a, 0);
  a.writeBigUInt64BE(BigInt(index), MAGIC.length);
  a[MAGIC.length + 8] = final ? 1 : 0;
  return a;
}

function rahmenVerschluesseln(datenschluessel: Buffer, index: number, final: boolean, klar: Buffer): Buffer {
  const cipher = createCipheriv('aes-256-gcm', datenschluessel, nonce(index));
  cipher.setAAD(aad(index, final));
  return Buffer.concat([cipher.update(klar), cipher.final(), cipher.getAuthTag()]);
}

function rahmenEntschluesseln(blobKey: string, datenschluessel: Buffer, index: number, final: boolean, rahmen: Buffer) {
  if (rahmen.length < TAG) throw new BlobEntschluesselungError(blobKey, `it is truncated (frame ${index} incomplete)`);
  const decipher = createDecipheriv('aes-256-gcm', datenschluessel, nonce(index));
  decipher.setAAD(aad(index, final));
  decipher.setAuthTag(rahmen.subarray(rahmen.length - TAG));
  try {
    return Buffer.concat([decipher.update(rahmen.subarray(0, rahmen.length - TAG)), decipher.final()]);
  } catch {
    throw new BlobEntschluesselungError(
      blobKey,
      final
        ? `it was altered or truncated (frame ${index} fails its check or is not the last one written)`
        : `it was altered (frame ${index} fails its check)`,
    );
  }
}

/** Collects incoming chunks and hands out pieces of a given size without copying more than once. */
class Puffer {
  private teile: Buffer[] = [];
  laenge = 0;
  rein(teil: Buffer) {
    this.teile.push(teil);
    this.laenge += teil.length;
  }
  raus(n: number): Buffer {
    const alles = this.teile.length === 1 ? this.teile[0]! : Buffer.concat(this.teile, this.laenge);
    const stueck = alles.subarray(0, n);
    const rest = alles.subarray(n);
    this.teile = rest.length > 0 ? [rest] : [];
    this.laenge = rest.length;
    return stueck;
  }
}

/** Header, then the plaintext in frames; a full frame is written once more bytes follow it, the last at the end. */
async function* verschluesseln(blobKey: string, klartext: AsyncIterable<Buffer>, master: BlobSchluessel) {
  const datenschluessel = randomBytes(32);
  yield kopfSchreiben(blobKey, master, datenschluessel);
  const puffer = new Puffer();
  let index = 0;
  for await (const teil of klartext) {
    puffer.rein(teil);
    while (puffer.laenge > FRAME) yield rahmenVerschluesseln(datenschluessel, index++, false, puffer.raus(FRAME));
  }
  yield rahmenVerschluesseln(datenschluessel, index, true, puffer.raus(puffer.laenge));
}

/** The frames after a header, checked and decrypted one by one; a frame is released only after its tag verified. */
async function* entschluesseln(blobKey: string, kopf: Kopf, puffer: Puffer, rest: AsyncIterator<Buffer>) {
  let index = 0;
  for (;;) {
    const naechstes = await rest.next();
    if (naechstes.done) break;
    puffer.rein(naechstes.value);
    while (puffer.laenge > FRAME + TAG)
      yield rahmenEntschluesseln(blobKey, kopf.datenschluessel, index++, false, puffer.raus(FRAME + TAG));
  }
  yield rahmenEntschluesseln(blobKey, kopf.datenschluessel, index, true, puffer.raus(puffer.laenge));
}

/** Reads the first `n` bytes of a stream (fewer at its end) and leaves the rest to the iterator. */
async function anfangLesen(iterator: AsyncIterator<Buffer>, n: number): Promise<Puffer> {
  const puffer = new Puffer();
  while (puffer.laenge < n) {
    const naechstes = await iterator.next();
    if (naechstes.done) break;
    puffer.rein(naechstes.value);
  }
  return puffer;
}

const istVerschluesselt = (anfang: Buffer) => anfang.length >= MAGIC.length && anfang.subarray(0, 8).equals(MAGIC);

/** What a stored object begins with: its header when encrypted, and an iterator over what follows. */
export async function rohAnfang(
  roh: Readable,
): Promise<{ kopf: Buffer | undefined; anfang: Buffer; rest: AsyncIterator<Buffer> }> {
  const iterator = (roh as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
  const puffer = await anfangLesen(iterator, HEADER);
  const anfang = puffer.raus(puffer.laenge);
  if (!istVerschluesselt(anfang)) return { kopf: undefined, anfang, rest: iterator };
  return { kopf: anfang.subarray(0, HEADER), anfang: anfang.subarray(HEADER), rest: iterator };
}

/** The plaintext size of an encrypted object of `roh` bytes: the header and a tag per frame taken away. */
export function klartextGroesse(roh: number): number {
  const rahmen = Math.max(1, Math.ceil((roh - HEADER) / (FRAME + TAG)));
  return roh - HEADER - rahmen * TAG;
}

/** Encrypts stored bytes under `schluessel[0]`; decrypts under whichever configured key a blob names. */
export function verschluesselt(adapter: BlobAdapter, schluessel: readonly BlobSchluessel[]): BlobAdapter {
  const neuester = schluessel[0];
  if (!neuester) throw new Error('blob encryption needs at least one key');
  return {
    write: (key, body) => adapter.write(key, Readable.from(verschluesseln(key, body, neuester))),
    async read(key) {
      const roh = await adapter.read(key);
      const weiter = async function* () {
        try {
          const { kopf, anfang, rest } = await rohAnfang(roh);
          if (!kopf) {
            if (anfang.length > 0) yield anfang;
            yield* { [Symbol.asyncIterator]: () => rest };
            return;
          }
          if (kopf.length < HEADER) throw new BlobEntschluesselungError(key, 'it is truncated (header incomplete)');
          const puffer = new Puffer();
          if (anfang.length > 0) puffer.rein(anfang);
          yield* entschluesseln(key, kopfLesen(key, kopf, schluessel), puffer, rest);
        } finally {
          roh.destroy();
        }
      };
      return Readable.from(weiter(), { objectMode: false });
    },
    async size(key) {
      const roh = await adapter.size(key);
      if (roh < MAGIC.length) return roh;
      const strom = await adapter.read(key);
      try {
        const { kopf } = await rohAnfang(strom);
        return kopf ? klartextGroesse(roh) : roh;
      } finally {
        strom.destroy();
      }
    },
    delete: (key) => adapter.delete(key),
    list: () => adapter.list(),
    auflisten: (nach) => adapter.auflisten(nach),
    erreichbar: () => adapter.erreichbar(),
    close: () => adapter.close(),
  };
}
