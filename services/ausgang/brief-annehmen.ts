// Checks a letter (PDF, size, consent or assignment), adds the Antwortbogen as last page, stores it and writes its row
// with the start journal entry of dokumentAusgang in one transaction; a Zuweisung assigns the client to the partner.
// Nothing half-written on refusal.
import { createHash } from 'node:crypto';
import type { Db } from '../../db/knex.js';
import { Kunde } from '../../db/models/kunde.js';
import type { QrSchluessel } from '../../domain/antwortbogen-code.js';
import { bereiche, type Bereich } from '../../domain/bereich.js';
import { erkenneDateityp } from '../../domain/dateityp.js';
import type { Probleme } from '../../domain/eingabe.js';
import type { BlobRef } from '../../domain/eingang.js';
import { FachlicherFehler } from '../../domain/fehler.js';
import { grenzen } from '../../domain/grenzen.js';
import { ausgangDokumentartenPartner } from '../../domain/katalog.js';
import { neueNummer, normalisiereKundennummer } from '../../domain/nummern.js';
import type { BlobStore } from '../../platform/blob-store.js';
import type { DokumentAusgangInput } from '../../workflows/dokument-ausgang.js';
import { dateiGroesse, dateiKopf, dateiLesen, type EingereichteDatei } from '../upload/datei.js';
import { mitAntwortbogen } from './antwortbogen.js';

/** A PDF the machine API already streamed into the blob store; the use case owns it and deletes it unless kept. */
export interface GespeichertesPdf {
  gespeichert: BlobRef;
  kopf: Uint8Array;
}

export interface Brief {
  /** The recipient client, or for a letter to a partner the client it concerns. */
  kundennummer: string;
  /** Set for a letter to a partner organisation. */
  partnerId?: number;
  dokumentart: string;
  bereich: string;
  name: string;
  info?: string | null;
  pdf: EingereichteDatei | GespeichertesPdf | undefined;
  /** The staff member who sends it; unset for the machine API and the nightly import. */
  erstelltVon?: number;
  /** The DMS's or the Fachverfahren's reference: the same reference again yields the same letter. */
  referenz?: { quelle: 'dms' | 'fachverfahren'; wert: string };
  /** Tests shorten the 7- and 14-day periods. */
  fristen?: Pick<DokumentAusgangInput, 'erinnerungNachMs' | 'postversandNachMs'>;
}

export interface Angenommen {
  ausgangsnummer: string;
  /** False when the reference named a letter there already. */
  neu: boolean;
  /** True only when this letter created the client's assignment to the partner. */
  neueZuweisung: boolean;
  input: DokumentAusgangInput;
}

const vorgespeichert = (pdf: Brief['pdf']): pdf is GespeichertesPdf => Boolean(pdf && 'gespeichert' in pdf);
const groesse = (pdf: EingereichteDatei | GespeichertesPdf) =>
  vorgespeichert(pdf) ? pdf.gespeichert.bytes : dateiGroesse(pdf);
const kopf = (pdf: EingereichteDatei | GespeichertesPdf) => (vorgespeichert(pdf) ? pdf.kopf : dateiKopf(pdf));
/** What can be wrong: dokumentart, bereich, name, datei "fehlt"; info "zu_lang"; datei "zu_gross", "kein_pdf";
 * kundennummer "unbekannt", "keine_einwilligung", "nicht_zugewiesen"; empfaenger "unbekannt"; dokumentart
 * "nicht_fuer_partner". */
export type BriefProblem =
  | 'fehlt'
  | 'zu_lang'
  | 'zu_gross'
  | 'kein_pdf'
  | 'unbekannt'
  | 'keine_einwilligung'
  | 'nicht_zugewiesen'
  | 'nicht_fuer_partner';

const referenzSpalte = { dms: 'dms_referenz', fachverfahren: 'fachverfahren_referenz' } as const;

async function pruefen(db: Db, brief: Brief) {
  const probleme: Probleme<BriefProblem> = {};
  if (!brief.dokumentart.trim() || brief.dokumentart.length > 100) probleme.dokumentart = 'fehlt';
  if (!bereiche.includes(brief.bereich as Bereich)) probleme.bereich = 'fehlt';
  if (!brief.name.trim() || brief.name.length > 200) probleme.name = 'fehlt';
  if ((brief.info?.length ?? 0) > 500) probleme.info = 'zu_lang';
  if (!brief.pdf || groesse(brief.pdf) === 0) probleme.datei = 'fehlt';
  else if (groesse(brief.pdf) > grenzen.bytesProDatei) probleme.datei = 'zu_gross';
  else if (erkenneDateityp(kopf(brief.pdf)) !== 'pdf') probleme.datei = 'kein_pdf';
  const kunde = await Kunde.query(db)
    .findOne({ kundennummer: normalisiereKundennummer(brief.kundennummer), aktiv: true })
    .select('id', 'kundennummer', 'sprache', 'online_zustellung_seit');
  const anPartner = brief.partnerId !== undefined;
  let zugewiesen = false;
  if (!kunde) probleme.kundennummer = 'unbekannt';
  else if (!anPartner && !kunde.online_zustellung_seit) probleme.kundennummer = 'keine_einwilligung';
  if (anPartner) {
    const partner = await db('partner').where({ id: brief.partnerId, aktiv: true }).first('id');
    if (!partner) probleme.empfaenger = 'unbekannt';
    if (!(ausgangDokumentartenPartner as readonly string[]).includes(brief.dokumentart.trim()))
      probleme.dokumentart = 'nicht_fuer_partner';
    zugewiesen = Boolean(
      kunde &&
      partner &&
      (await db('partner_kunden').where({ partner_id: brief.partnerId, kunde_id: kunde.id }).first('kunde_id')),
    );
    // Only a referral (Zuweisung) creates the assignment; everything else needs one already.
    if (kunde && partner && !zugewiesen && brief.dokumentart.trim() !== 'Zuweisung')
      probleme.kundennummer = 'nicht_zugewiesen';
  }
  if (!kunde || Object.keys(probleme).length > 0)
    throw new FachlicherFehler(
      'ungueltige_eingabe',
      `Brief unvollständig: ${Object.keys(probleme).join(', ')}`,
      probleme,
    );
  return { kunde, anPartner, zugewiesen };
}

/** The letter its reference names already; another PDF under the Fachverfahren's reference is a conflict. */
async function vorhanden(db: Db, brief: Brief): Promise<string | undefined> {
  if (!brief.referenz) return undefined;
  const row = await db('ausgangsdokumente')
    .where({ [referenzSpalte[brief.referenz.quelle]]: brief.referenz.wert })
    .first('ausgangsnummer', 'sha256', 'original_sha256');
  if (!row) return undefined;
  if (
    brief.referenz.quelle === 'fachverfahren' &&
    vorgespeichert(brief.pdf) &&
    brief.pdf.gespeichert.sha256 !== (row.original_sha256 ?? row.sha256)
  )
    throw new FachlicherFehler('konflikt', 'Unter dieser Referenz liegt schon ein anderes Schreiben.', {
      referenz: 'vergeben',
    });
  return row.ausgangsnummer;
}

/**
 * The journal entry's first start is the caller's: the request right after (briefBereitstellen), or the import's own
 * workflow. The reconciler starts it after `startSpaetestensMs` if nobody did (the process died in between).
 */
export async function briefAnnehmen(
  { db, blobs, qrSchluessel }: { db: Db; blobs: BlobStore; qrSchluessel: readonly QrSchluessel[] },
  brief: Brief,
  { startSpaetestensMs = 60_000 }: { startSpaetestensMs?: number } = {},
): Promise<Angenommen> {
  const verwerfen = async () => {
    if (vorgespeichert(brief.pdf)) await blobs.delete(brief.pdf.gespeichert.key);
  };
  let blob: BlobRef | undefined;
  try {
    const schonDa = await vorhanden(db, brief);
    if (schonDa) {
      await verwerfen();
      return { ausgangsnummer: schonDa, neu: false, neueZuweisung: false, input: { ausgangsnummer: schonDa } };
    }
    const { kunde, anPartner, zugewiesen } = await pruefen(db, brief);
    const ausgangsnummer = neueNummer('A');
    const original = vorgespeichert(brief.pdf)
      ? await blobs.get(brief.pdf.gespeichert.key)
      : await dateiLesen(brief.pdf!);
    const pdf = await mitAntwortbogen(
      original,
      {
        kundennummer: kunde.kundennummer,
        referenz: ausgangsnummer,
        dokumentart: brief.dokumentart.trim(),
        bereich: brief.bereich,
        sprache: anPartner ? null : kunde.sprache,
      },
      qrSchluessel,
    );
    blob = await blobs.put(pdf, 'ausgang');
    await verwerfen();
    const input: DokumentAusgangInput = { ausgangsnummer, ...brief.fristen };
    const ergebnis = await db.transaction(async (trx) => {
      const [neu] = await trx('ausgangsdokumente')
        .insert({
          ausgangsnummer,
          kunde_id: anPartner ? null : kunde.id,
          partner_id: anPartner ? brief.partnerId : null,
          betrifft_kunde_id: anPartner ? kunde.id : null,
          dokumentart: brief.dokumentart.trim(),
          bereich: brief.bereich,
          name: brief.name.trim(),
          info: brief.info?.trim() || null,
          blob_key: blob!.key,
          sha256: blob!.sha256,
          original_sha256: createHash('sha256').update(original).digest('hex'),
          bytes: blob!.bytes,
          versandstatus: 'bereitgestellt',
          erstellt_von: brief.erstelltVon ?? null,
          ...(brief.referenz ? { [referenzSpalte[brief.referenz.quelle]]: brief.referenz.wert } : {}),
        })
        .modify((q) => (brief.referenz ? q.onConflict(referenzSpalte[brief.referenz.quelle]).ignore() : q))
        .returning('ausgangsnummer');
      // The same reference, written by a concurrent call since the look-up above.
      if (!neu) return undefined;
      await trx('ausgangs_starts').insert({
        ausgangsnummer,
        input,
        naechster_versuch: trx.raw(`now() + interval '${Math.ceil(startSpaetestensMs / 1000)} seconds'`),
      });
      let neueZuweisung = false;
      if (anPartner && !zugewiesen) {
        const zuweisung = await trx('partner_kunden')
          .insert({ partner_id: brief.partnerId, kunde_id: kunde.id })
          .onConflict(['partner_id', 'kunde_id'])
          .ignore()
          .returning('kunde_id');
        neueZuweisung = zuweisung.length > 0;
      }
      return { ausgangsnummer, neu: true, neueZuweisung, input };
    });
    if (ergebnis) return ergebnis;
    await blobs.delete(blob.key);
    const danach = (await vorhanden(db, brief))!;
    return { ausgangsnummer: danach, neu: false, neueZuweisung: false, input: { ausgangsnummer: danach } };
  } catch (error) {
    if (blob) await blobs.delete(blob.key);
    else await verwerfen();
    throw error;
  }
}
