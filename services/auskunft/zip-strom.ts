// Packs files into a zip as a pulled byte stream: a file's bytes are read only as fast as the zip is written away.
import { Readable } from 'node:stream';
import { strToU8, Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import { BlobNotFoundError, type BlobStore } from '../../platform/blob-store.js';
import type { AuskunftDatei } from './auskunft-inhalt.js';

/**
 * Files listed in JSON are deflated; stored files (PDFs, already compressed) pass through. A stored file missing by
 * now (the Löschlauf got there first) is left out and named in `fehlend.json`. `weiter` is called after each part,
 * so a long export can report progress.
 */
export function zipStrom(
  dateien: AsyncIterable<AuskunftDatei>,
  blobs: BlobStore,
  weiter: () => void = () => undefined,
): Readable {
  async function* erzeugen(): AsyncGenerator<Uint8Array> {
    const bereit: Uint8Array[] = [];
    let fehler: Error | null = null;
    const zip = new Zip((err, teil) => {
      if (err) fehler = err;
      else bereit.push(teil);
    });
    function* abholen(): Generator<Uint8Array> {
      if (fehler) throw fehler;
      while (bereit.length > 0) yield bereit.shift()!;
    }
    const jsonDatei = (name: string, inhalt: unknown) => {
      const datei = new ZipDeflate(name, { level: 6 });
      zip.add(datei);
      datei.push(strToU8(JSON.stringify(inhalt, null, 2)), true);
    };
    const fehlend: string[] = [];
    for await (const eintrag of dateien) {
      if ('json' in eintrag) jsonDatei(eintrag.name, eintrag.json);
      else {
        const vorhanden = await blobs.size(eintrag.blobKey).then(
          () => true,
          (error: unknown) => {
            if (error instanceof BlobNotFoundError) return false;
            throw error;
          },
        );
        if (!vorhanden) {
          fehlend.push(eintrag.name);
          continue;
        }
        const datei = new ZipPassThrough(eintrag.name);
        zip.add(datei);
        for await (const teil of blobs.stream(eintrag.blobKey) as AsyncIterable<Buffer>) {
          datei.push(teil);
          yield* abholen();
        }
        datei.push(new Uint8Array(0), true);
      }
      yield* abholen();
      weiter();
    }
    if (fehlend.length > 0) jsonDatei('fehlend.json', fehlend);
    zip.end();
    yield* abholen();
  }
  return Readable.from(erzeugen(), { objectMode: false });
}
