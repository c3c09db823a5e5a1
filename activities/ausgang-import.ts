// Nightly import of outgoing letters from the DMS export folder: <name>.json index + PDF; bad ones go to abgelehnt/ with the reason.
import { mkdir, open, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { Db } from '../db/knex.js';
import type { QrSchluessel } from '../domain/antwortbogen-code.js';
import { bereiche } from '../domain/bereich.js';
import { FachlicherFehler } from '../domain/fehler.js';
import type { BlobStore } from '../platform/blob-store.js';
import { briefAnnehmen } from '../services/ausgang/brief-annehmen.js';
import type { HochgeladeneDatei } from '../services/upload/datei.js';

const indexSchema = z.object({
  referenz: z.string().min(1).max(200),
  kundennummer: z.string().min(1).max(20),
  dokumentart: z.string().min(1).max(100),
  bereich: z.enum(bereiche),
  name: z.string().min(1).max(200),
  info: z.string().max(500).optional(),
  datei: z.string().regex(/^[\w.-]+\.pdf$/i, 'a PDF file name in the same folder'),
});

/** The exported PDF as a file to stream from (its size and first bytes for the checks); undefined when missing. */
async function exportDatei(pfad: string): Promise<HochgeladeneDatei | undefined> {
  const datei = await open(pfad).catch(() => undefined);
  if (!datei) return undefined;
  try {
    const kopf = new Uint8Array(1024);
    const { bytesRead } = await datei.read(kopf, 0, kopf.length, 0);
    return {
      feld: 'datei',
      name: path.basename(pfad),
      bytes: (await datei.stat()).size,
      kopf: kopf.subarray(0, bytesRead),
      pfad,
    };
  } finally {
    await datei.close();
  }
}

export type ImportErgebnis = { datei: string; ausgangsnummer: string } | { datei: string; fehler: string };

export function createAusgangImportActivities({
  db,
  blobs,
  exportDir,
  qrSchluessel,
}: {
  db: Db;
  blobs: BlobStore;
  exportDir: string;
  qrSchluessel: QrSchluessel[];
}) {
  const ablegen = async (unterordner: 'erledigt' | 'abgelehnt', dateien: string[]) => {
    await mkdir(path.join(exportDir, unterordner), { recursive: true });
    for (const datei of dateien)
      await rename(path.join(exportDir, datei), path.join(exportDir, unterordner, datei)).catch(() => undefined);
  };

  return {
    async ausgangExportLesen(): Promise<string[]> {
      await mkdir(exportDir, { recursive: true });
      return (await readdir(exportDir)).filter((f) => f.toLowerCase().endsWith('.json')).sort();
    },

    /** Imports one letter through the staff page's use case; the same DMS reference twice yields the same Ausgangsnummer. Never throws for bad input. */
    async ausgangImportieren({ datei }: { datei: string }): Promise<ImportErgebnis> {
      let pdfDatei: string | undefined;
      try {
        const index = indexSchema.parse(JSON.parse(await readFile(path.join(exportDir, datei), 'utf8')));
        pdfDatei = index.datei;
        const pdf = await exportDatei(path.join(exportDir, index.datei));
        if (!pdf) throw new Error(`PDF ${index.datei} fehlt`);
        // The import's workflow starts dokumentAusgang right after this; the reconciler only if that never happens.
        const { ausgangsnummer } = await briefAnnehmen(
          { db, blobs, qrSchluessel },
          {
            kundennummer: index.kundennummer,
            dokumentart: index.dokumentart,
            bereich: index.bereich,
            name: index.name,
            info: index.info,
            pdf,
            referenz: { quelle: 'dms', wert: index.referenz },
          },
          { startSpaetestensMs: 10 * 60_000 },
        );
        await ablegen('erledigt', [datei, index.datei]);
        return { datei, ausgangsnummer };
      } catch (error) {
        const grund =
          error instanceof z.ZodError
            ? `Index ungültig: ${error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`
            : error instanceof FachlicherFehler && Object.keys(error.felder).length > 0
              ? `Schreiben abgelehnt: ${Object.entries(error.felder)
                  .map(([feld, code]) => `${feld}: ${code}`)
                  .join('; ')}`
              : (error as Error).message;
        await ablegen('abgelehnt', pdfDatei ? [datei, pdfDatei] : [datei]);
        await writeFile(path.join(exportDir, 'abgelehnt', `${datei}.fehler.txt`), `${grund}\n`);
        return { datei, fehler: grund };
      }
    },
  };
}
