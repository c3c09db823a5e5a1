// A submitted file: bytes in memory (scan channel, tests) or a web form's temporary file; its size, first bytes, storing and reading it.
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { BlobRef, BlobStore } from '../../platform/blob-store.js';

/** A file part of a multipart form as the parser kept it; the temporary file is removed when the request ends. */
export interface HochgeladeneDatei {
  feld: string;
  /** The name the browser sent; empty when the field was left without a file. */
  name: string;
  /** Every byte the sender sent for this file, counted even past a limit. */
  bytes: number;
  /** The first bytes, enough to recognise the file type. */
  kopf: Uint8Array;
  /** Absent when the file was not kept because the submission is over a limit. */
  pfad?: string;
}

export type EingereichteDatei = Uint8Array | HochgeladeneDatei;

export const dateiGroesse = (datei: EingereichteDatei): number =>
  datei instanceof Uint8Array ? datei.byteLength : datei.bytes;

export const dateiKopf = (datei: EingereichteDatei): Uint8Array => (datei instanceof Uint8Array ? datei : datei.kopf);

/** Puts the file into the blob store, streaming a temporary file instead of reading it into memory. */
export function dateiSpeichern(blobs: BlobStore, datei: EingereichteDatei, prefix: string): Promise<BlobRef> {
  if (datei instanceof Uint8Array) return blobs.put(datei, prefix);
  if (!datei.pfad) throw new Error(`file ${datei.feld} was not kept (over a limit)`);
  return blobs.putStream(createReadStream(datei.pfad), prefix);
}

/** The whole file in memory (for PDF work on a file the limits already bounded). */
export async function dateiLesen(datei: EingereichteDatei): Promise<Uint8Array> {
  if (datei instanceof Uint8Array) return datei;
  if (!datei.pfad) throw new Error(`file ${datei.feld} was not kept (over a limit)`);
  return readFile(datei.pfad);
}
