// Encryption at rest: the same puts and reads through the plain adapter and through the encrypting one, in one run.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { blobStoreAuf, createBlobAdapter, createBlobStore, type BlobStore } from '../platform/blob-store.js';
import type { BlobStoreZiel } from '../platform/blob-store-url.js';
import { startS3 } from '../tests/support/s3.js';

const MiB = 1024 * 1024;

export interface Durchsatz {
  klar_ms: number;
  verschluesselt_ms: number;
  /** Time encrypted over time plain: 1.0 costs nothing. */
  verhaeltnis: number;
}

export interface BlobVerschluesselungErgebnis {
  [backend: string]: { gross_64mib_schreiben_lesen: Durchsatz; klein_200x100kib_schreiben_lesen: Durchsatz } | string;
}

/** `groesse` bytes in 1 MiB chunks from one random MiB, made while read. */
function strom(groesse: number, basis: Buffer): Readable {
  return Readable.from(
    (function* () {
      for (let rest = groesse; rest > 0; rest -= MiB) yield basis.subarray(0, Math.min(MiB, rest));
    })(),
  );
}

async function gross(blobs: BlobStore, basis: Buffer): Promise<number> {
  const start = performance.now();
  const ref = await blobs.putStream(strom(64 * MiB, basis), 'bench');
  for await (const _ of blobs.stream(ref.key));
  const ms = performance.now() - start;
  await blobs.delete(ref.key);
  return ms;
}

async function klein(blobs: BlobStore, inhalte: Buffer[]): Promise<number> {
  const start = performance.now();
  const refs: string[] = [];
  for (let i = 0; i < inhalte.length; i += 8)
    refs.push(...(await Promise.all(inhalte.slice(i, i + 8).map((b) => blobs.put(b, 'bench')))).map((r) => r.key));
  for (let i = 0; i < refs.length; i += 8) await Promise.all(refs.slice(i, i + 8).map((k) => blobs.get(k)));
  const ms = performance.now() - start;
  await Promise.all(refs.map((k) => blobs.delete(k)));
  return ms;
}

/** Runs plain and encrypted alternately, `runden` times each, and keeps the median of each. */
async function vergleichen(klar: BlobStore, krypto: BlobStore, messen: (b: BlobStore) => Promise<number>, runden = 3) {
  await messen(klar);
  await messen(krypto);
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < runden; i++) {
    a.push(await messen(klar));
    b.push(await messen(krypto));
  }
  const median = (x: number[]) => x.sort((p, q) => p - q)[Math.floor(x.length / 2)]!;
  const [klar_ms, verschluesselt_ms] = [Math.round(median(a)), Math.round(median(b))];
  return { klar_ms, verschluesselt_ms, verhaeltnis: Math.round((verschluesselt_ms / klar_ms) * 100) / 100 };
}

async function backend(ziel: BlobStoreZiel) {
  const klar = blobStoreAuf(createBlobAdapter(ziel));
  const krypto = createBlobStore(ziel, [{ id: 'bench', schluessel: randomBytes(32) }]);
  try {
    const basis = randomBytes(MiB);
    const inhalte = Array.from({ length: 200 }, () => randomBytes(100 * 1024));
    return {
      gross_64mib_schreiben_lesen: await vergleichen(klar, krypto, (b) => gross(b, basis)),
      klein_200x100kib_schreiben_lesen: await vergleichen(klar, krypto, (b) => klein(b, inhalte)),
    };
  } finally {
    await Promise.all([klar.close(), krypto.close()]);
  }
}

export async function blobVerschluesselungMessen(): Promise<BlobVerschluesselungErgebnis> {
  const dir = await mkdtemp(path.join(tmpdir(), 'bench-blobs-'));
  const ergebnis: BlobVerschluesselungErgebnis = {};
  try {
    ergebnis.verzeichnis = await backend({ art: 'verzeichnis', verzeichnis: dir });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  let s3: Awaited<ReturnType<typeof startS3>> | undefined;
  try {
    s3 = await startS3('bench-blobs');
    ergebnis.s3_versitygw = await backend(s3.ziel);
  } catch (error) {
    ergebnis.s3_versitygw = `not measured: ${(error as Error).message}`;
  } finally {
    await s3?.stop();
  }
  return ergebnis;
}
