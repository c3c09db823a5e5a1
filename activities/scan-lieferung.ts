// Scan deliveries (task queue dokumente): progress, starting accepted documents, warning Poststelle, the Übergabeprotokoll.
import type { Db } from '../db/knex.js';
import { teamPostfaecher } from '../domain/jobcenter.js';
import type { LieferungStand, Warnanlass } from '../domain/scan-lieferung.js';
import type { BlobStore } from '../platform/blob-store.js';
import type { ScanDokument, ScanEingangErgebnis } from '../services/scan/scan-dokument-einreichen.js';
import { lieferungFortschritt } from '../services/scan/lieferung-stand.js';
import { lieferungZeile } from '../services/scan/lieferung-zeile.js';
import { uebergabeprotokollErstellen } from '../services/scan/uebergabeprotokoll.js';
import type { EinmalSenden } from './mail/einmal-senden.js';
import { scanWarnung } from './mail/scan-warnung-texte.js';

export interface ScanLieferungDeps {
  db: Db;
  blobs: BlobStore;
  einmalSenden: EinmalSenden;
  publicUrl: string;
  /** Records and starts one scanned document's dokumentEingang (needs the Temporal client of the process). */
  scanEinreichen: (dokument: ScanDokument) => Promise<ScanEingangErgebnis>;
}

export function createScanLieferungActivities({
  db,
  blobs,
  einmalSenden,
  publicUrl,
  scanEinreichen,
}: ScanLieferungDeps) {
  return {
    async lieferungStand({ lieferungId }: { lieferungId: string }): Promise<LieferungStand> {
      const lieferung = await lieferungZeile(db, lieferungId);
      if (!lieferung) throw new Error(`no delivery ${lieferungId}`);
      const {
        imEAkte: _i,
        abgelehnt: _a,
        wartenAufZuordnung: _w,
        duplikate: _d,
        ...stand
      } = await lieferungFortschritt(db, lieferung);
      return stand;
    },

    /** Starts up to `hoechstens` accepted documents in position order; returns how many. A retry starts nothing twice. */
    async lieferungPositionenStarten({
      lieferungId,
      hoechstens,
    }: {
      lieferungId: string;
      hoechstens: number;
    }): Promise<number> {
      if (hoechstens <= 0) return 0;
      const offen = await db('scan_lieferung_positionen')
        .where({ lieferung_id: lieferungId })
        .whereNull('eingangsnummer')
        .orderBy('position')
        .limit(hoechstens)
        .select('position', 'blob_key', 'sha256', 'bytes', 'kundennummer', 'dokumentart');
      for (const p of offen) {
        const { eingangsnummer } = await scanEinreichen({
          blob: { key: p.blob_key, sha256: p.sha256, bytes: p.bytes },
          kundennummer: p.kundennummer,
          dokumentart: p.dokumentart,
          lieferungId,
          position: p.position,
        });
        await db('scan_lieferung_positionen')
          .where({ lieferung_id: lieferungId, position: p.position })
          .update({ eingangsnummer });
      }
      return offen.length;
    },

    async poststelleWarnen({
      lieferungId,
      anlass,
      frist,
      stand,
    }: {
      lieferungId: string;
      anlass: Warnanlass;
      frist: string;
      stand: LieferungStand;
    }): Promise<void> {
      await db('scan_warnungen')
        .insert({ lieferung_id: lieferungId, anlass, stand: JSON.stringify(stand) })
        .onConflict(['lieferung_id', 'anlass'])
        .ignore();
      const mail = scanWarnung({
        lieferungId,
        anlass,
        frist,
        stand,
        uebersichtUrl: `${publicUrl}/mitarbeiter/uebersicht`,
      });
      await einmalSenden(`lieferung/${lieferungId}/warnung/${anlass}`, teamPostfaecher.poststelle, mail);
    },

    async uebergabeprotokollErstellen({ lieferungId }: { lieferungId: string }): Promise<void> {
      await uebergabeprotokollErstellen(db, blobs, lieferungId);
    },
  };
}
