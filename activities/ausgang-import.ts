// Nightly import of outgoing letters from the DMS export folder: <name>.json index + PDF; bad ones go to abgelehnt/ with the reason.
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { Db } from '../db/knex.js';
import { Kunde } from '../db/models/kunde.js';
import { bereiche } from '../domain/bereich.js';
import { grenzen } from '../domain/grenzen.js';
import { neueNummer, normalisiereKundennummer } from '../domain/nummern.js';
import type { BlobStore } from '../platform/blob-store.js';
import { erkenneDateityp } from '../domain/dateityp.js';
import type { QrSchluessel } from '../domain/antwortbogen-code.js';
import { mitAntwortbogen } from '../services/ausgang/antwortbogen.js';

const indexSchema = z.object({
  referenz: z.string().min(1).max(200),
  kundennummer: z.string().min(1).max(20),
  dokumentart: z.string().min(1).max(100),
  bereich: z.enum(bereiche),
  name: z.string().min(1).max(200),
  info: z.string().max(500).optional(),
  datei: z.string().regex(/^[\w.-]+\.pdf$/i, 'a PDF file name in the same folder'),
});

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

    /** Imports one letter; the same DMS reference twice yields the same Ausgangsnummer. Never throws for bad input. */
    async ausgangImportieren({ datei }: { datei: string }): Promise<ImportErgebnis> {
      let pdfDatei: string | undefined;
      try {
        const index = indexSchema.parse(JSON.parse(await readFile(path.join(exportDir, datei), 'utf8')));
        pdfDatei = index.datei;
        const pdf = await readFile(path.join(exportDir, index.datei)).catch(() => undefined);
        if (!pdf) throw new Error(`PDF ${index.datei} fehlt`);
        if (pdf.byteLength > grenzen.bytesProDatei || erkenneDateityp(pdf) !== 'pdf')
          throw new Error(`${index.datei} ist kein PDF bis 25 MB`);
        const kunde = await Kunde.query(db)
          .findOne({ kundennummer: normalisiereKundennummer(index.kundennummer), aktiv: true })
          .select('id', 'kundennummer', 'sprache', 'online_zustellung_seit');
        if (!kunde) throw new Error(`Kundennummer ${index.kundennummer} unbekannt`);
        if (!kunde.online_zustellung_seit)
          throw new Error(`Kundennummer ${index.kundennummer}: keine Einwilligung zur elektronischen Zustellung`);
        const vorhanden = await db('ausgangsdokumente').where({ dms_referenz: index.referenz }).first('ausgangsnummer');
        let ausgangsnummer: string = vorhanden?.ausgangsnummer;
        if (!ausgangsnummer) {
          ausgangsnummer = neueNummer('A');
          const brief = {
            ...index,
            kundennummer: kunde.kundennummer,
            referenz: ausgangsnummer,
            sprache: kunde.sprache,
          };
          const blob = await blobs.put(await mitAntwortbogen(pdf, brief, qrSchluessel), 'ausgang');
          const [neu] = await db('ausgangsdokumente')
            .insert({
              ausgangsnummer,
              dms_referenz: index.referenz,
              kunde_id: kunde.id,
              dokumentart: index.dokumentart,
              bereich: index.bereich,
              name: index.name,
              info: index.info ?? null,
              blob_key: blob.key,
              sha256: blob.sha256,
              bytes: blob.bytes,
              versandstatus: 'bereitgestellt',
            })
            .onConflict('dms_referenz')
            .ignore()
            .returning('ausgangsnummer');
          if (!neu)
            ausgangsnummer = (
              await db('ausgangsdokumente').where({ dms_referenz: index.referenz }).first('ausgangsnummer')
            ).ausgangsnummer;
        }
        await ablegen('erledigt', [datei, index.datei]);
        return { datei, ausgangsnummer };
      } catch (error) {
        const grund =
          error instanceof z.ZodError
            ? `Index ungültig: ${error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`
            : (error as Error).message;
        await ablegen('abgelehnt', pdfDatei ? [datei, pdfDatei] : [datei]);
        await writeFile(path.join(exportDir, 'abgelehnt', `${datei}.fehler.txt`), `${grund}\n`);
        return { datei, fehler: grund };
      }
    },
  };
}
