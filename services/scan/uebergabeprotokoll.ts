// The Übergabeprotokoll of a delivery whose documents are all final: received, filed, refused with reason,
// duplicates, time to the E-Akte (p50/p95); stored as JSON and PDF, after which the delivery is abgeschlossen.
import type { Db } from '../../db/knex.js';
import { jobcenter } from '../../domain/jobcenter.js';
import { imEAkte, quantil } from '../../domain/scan-lieferung.js';
import type { BlobStore } from '../../platform/blob-store.js';
import { renderBrief } from '../../platform/pdf/brief-rendern.js';
import { lieferungZeile } from './lieferung-zeile.js';

export interface Uebergabeprotokoll {
  lieferungId: string;
  scanDatum: string;
  frist: string;
  erstelltAm: string;
  empfangen: number;
  abgelegt: number;
  abgelehnt: Array<{ position: number; eingangsnummer: string; grund: string | null }>;
  duplikate: Array<{ position: number; eingangsnummer: string; duplikatVon: string }>;
  /** Seconds from acceptance through the API to filing in the E-Akte. */
  zeitBisEAkte: { p50Sekunden: number | null; p95Sekunden: number | null };
  /** Every filed document was in the E-Akte by the deadline. */
  fristEingehalten: boolean;
}

interface Zeile {
  position: number;
  eingangsnummer: string;
  status: string;
  ablehnungsgrund: string | null;
  duplikat_von: string | null;
  angenommen_am: Date;
  abgelegt_am: Date | null;
}

export function protokollText(p: Uebergabeprotokoll): string {
  const sek = (wert: number | null) => (wert === null ? '–' : `${Math.round(wert).toLocaleString('de-DE')} s`);
  return [
    `Lieferung ${p.lieferungId}, gescannt am ${p.scanDatum}, Frist ${new Date(p.frist).toLocaleString('de-DE', { timeZone: 'Europe/Berlin' })}.`,
    '',
    `Empfangen: ${p.empfangen}`,
    `In der E-Akte abgelegt: ${p.abgelegt}`,
    `Abgelehnt: ${p.abgelehnt.length}`,
    `Duplikate: ${p.duplikate.length}`,
    `Zeit bis zur E-Akte: Median ${sek(p.zeitBisEAkte.p50Sekunden)}, 95 % ${sek(p.zeitBisEAkte.p95Sekunden)}`,
    `Frist eingehalten: ${p.fristEingehalten ? 'ja' : 'nein'}`,
    ...(p.abgelehnt.length ? ['', 'Abgelehnte Dokumente:'] : []),
    ...p.abgelehnt.map((a) => `Position ${a.position} (${a.eingangsnummer}): ${a.grund ?? 'ohne Angabe'}`),
    ...(p.duplikate.length ? ['', 'Duplikate:'] : []),
    ...p.duplikate.map((d) => `Position ${d.position} (${d.eingangsnummer}): gleiche Datei wie ${d.duplikatVon}`),
  ].join('\n');
}

/** Builds, stores and records the protocol once; a second call returns the first. */
export async function uebergabeprotokollErstellen(
  db: Db,
  blobs: BlobStore,
  lieferungId: string,
  jetzt = new Date(),
): Promise<Uebergabeprotokoll> {
  const lieferung = await lieferungZeile(db, lieferungId);
  if (!lieferung) throw new Error(`no delivery ${lieferungId}`);
  if (lieferung.protokoll) return lieferung.protokoll as Uebergabeprotokoll;
  const zeilen: Zeile[] = await db('scan_lieferung_positionen as p')
    .join('eingangsdokumente as e', 'e.eingangsnummer', 'p.eingangsnummer')
    .leftJoin('dms_ablagen as d', 'd.eingangsnummer', 'e.eingangsnummer')
    .where('p.lieferung_id', lieferungId)
    .orderBy('p.position')
    .select(
      'p.position',
      'p.eingangsnummer',
      'p.angenommen_am',
      'e.status',
      'e.ablehnungsgrund',
      'e.duplikat_von',
      'd.abgelegt_am',
    );
  const abgelegt = zeilen.filter((z) => (imEAkte as readonly string[]).includes(z.status) && z.abgelegt_am);
  const dauern = abgelegt.map((z) => (new Date(z.abgelegt_am!).getTime() - new Date(z.angenommen_am).getTime()) / 1000);
  const runden = (wert: number | null) => (wert === null ? null : Math.round(wert * 10) / 10);
  const frist = new Date(lieferung.frist);
  const protokoll: Uebergabeprotokoll = {
    lieferungId,
    scanDatum: lieferung.scan_datum,
    frist: frist.toISOString(),
    erstelltAm: jetzt.toISOString(),
    empfangen: (await db('scan_lieferung_positionen').where({ lieferung_id: lieferungId }).count({ n: '*' }))[0]!
      .n as number,
    abgelegt: abgelegt.length,
    abgelehnt: zeilen
      .filter((z) => z.status === 'abgelehnt')
      .map((z) => ({ position: z.position, eingangsnummer: z.eingangsnummer, grund: z.ablehnungsgrund })),
    duplikate: zeilen
      .filter((z) => z.duplikat_von)
      .map((z) => ({ position: z.position, eingangsnummer: z.eingangsnummer, duplikatVon: z.duplikat_von! })),
    zeitBisEAkte: { p50Sekunden: runden(quantil(dauern, 0.5)), p95Sekunden: runden(quantil(dauern, 0.95)) },
    fristEingehalten: abgelegt.every((z) => new Date(z.abgelegt_am!).getTime() <= frist.getTime()),
  };
  protokoll.empfangen = Number(protokoll.empfangen);
  const pdf = await renderBrief({
    absender: [jobcenter.name, 'Poststelle'],
    empfaenger: ['Scandienstleister'],
    datum: jetzt,
    betreff: `Übergabeprotokoll der Lieferung ${lieferungId}`,
    text: protokollText(protokoll),
  });
  const blob = await blobs.put(pdf, 'scan-protokolle');
  const gesetzt = await db('scan_lieferungen')
    .where({ lieferung_id: lieferungId })
    .whereNull('protokoll')
    .update({
      status: 'abgeschlossen',
      abgeschlossen_am: jetzt,
      protokoll: JSON.stringify(protokoll),
      protokoll_pdf_key: blob.key,
    });
  if (gesetzt === 0) {
    await blobs.delete(blob.key).catch(() => undefined);
    return (await lieferungZeile(db, lieferungId))!.protokoll as Uebergabeprotokoll;
  }
  return protokoll;
}
