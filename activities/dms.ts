// DMS adapter: hot-folder filing of PDF + JSON index, atomic (temp + rename), at most one filing per Eingangsnummer.
import { createWriteStream } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Db } from '../db/knex.js';
import type { BlobRef } from '../domain/eingang.js';
import type { BlobStore } from '../platform/blob-store.js';

/** The index file the DMS import reads beside each PDF (DESIGN.md, DMS adapter). */
export interface DmsIndex {
  eingangsnummer: string;
  kundennummer: string;
  bgNummer: string;
  dokumentart: string;
  bereich: string;
  absender: string;
  kanal: string;
  eingangsdatum: string;
  seiten: number;
  sha256: string;
  /** Scanned replies: the reference of the letter whose Antwortbogen came on top. */
  antwortAuf?: string;
}

export interface AblageAuftrag {
  pdf: BlobRef;
  index: Omit<DmsIndex, 'bgNummer' | 'absender' | 'sha256'>;
}

export function createDmsActivities({ db, blobs, importDir }: { db: Db; blobs: BlobStore; importDir: string }) {
  async function indexVervollstaendigen(auftrag: AblageAuftrag): Promise<DmsIndex> {
    const row = await db('eingangsdokumente as e')
      // By the Kundennummer filed, not the row's client: a scan is filed while its Zuordnung is still being projected.
      .join('kunden as k', (on) => on.onVal('k.kundennummer', auftrag.index.kundennummer))
      .leftJoin('partner as p', 'p.id', 'e.partner_id')
      .where('e.eingangsnummer', auftrag.index.eingangsnummer)
      .first('k.bg_nummer', 'k.vorname', 'k.nachname', 'p.name as partner');
    if (!row) throw new Error(`no projection row for ${auftrag.index.eingangsnummer}`);
    const absender = row.partner ?? `${row.vorname} ${row.nachname}`;
    return { ...auftrag.index, bgNummer: row.bg_nummer, absender, sha256: auftrag.pdf.sha256 };
  }

  return {
    async ablegen(auftrag: AblageAuftrag): Promise<{ referenz: string }> {
      const { eingangsnummer } = auftrag.index;
      const bereits = await db('dms_ablagen').where({ eingangsnummer }).first('referenz');
      if (bereits) return { referenz: bereits.referenz };
      const index = await indexVervollstaendigen(auftrag);
      const pdfZiel = path.join(importDir, `${eingangsnummer}.pdf`);
      const indexZiel = path.join(importDir, `${eingangsnummer}.json`);
      const tmpPdf = path.join(importDir, `.${eingangsnummer}.pdf.tmp`);
      const tmpIndex = path.join(importDir, `.${eingangsnummer}.json.tmp`);
      try {
        await pipeline(blobs.stream(auftrag.pdf.key), createWriteStream(tmpPdf));
        await writeFile(tmpIndex, JSON.stringify(index, null, 2));
        // The PDF first, the index last: a DMS import starts from the index, so it never sees half a filing.
        await rename(tmpPdf, pdfZiel);
        await rename(tmpIndex, indexZiel);
      } catch (error) {
        await Promise.all([rm(tmpPdf, { force: true }), rm(tmpIndex, { force: true })]).catch(() => undefined);
        throw error;
      }
      const referenz = `hotfolder:${eingangsnummer}`;
      await db('dms_ablagen')
        .insert({ eingangsnummer, referenz, sha256: auftrag.pdf.sha256 })
        .onConflict('eingangsnummer')
        .ignore();
      return { referenz };
    },
  };
}
