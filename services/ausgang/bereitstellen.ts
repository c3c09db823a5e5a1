// Staff send a letter to a client or a partner organisation: checks (PDF, size, consent or assignment), Antwortbogen
// as last page, store, start dokumentAusgang; a Zuweisung assigns the client to the partner. Nothing half-written on failure.
import { readFile } from 'node:fs/promises';
import { erkenneDateityp } from '../../domain/dateityp.js';
import { Kunde } from '../../db/models/kunde.js';
import { bereiche, type Bereich } from '../../domain/bereich.js';
import { FachlicherFehler } from '../../domain/fehler.js';
import { ausgangDokumentartenPartner } from '../../domain/katalog.js';
import { grenzen } from '../../domain/grenzen.js';
import { neueNummer, normalisiereKundennummer } from '../../domain/nummern.js';
import type { AppContext } from '../../platform/context.js';
import { dateiGroesse, dateiKopf, type EingereichteDatei } from '../upload/datei.js';
import { mitAntwortbogen } from './antwortbogen.js';
import { dokumentAusgang, type DokumentAusgangInput } from '../../workflows/dokument-ausgang.js';
import { abgerufenSignal } from '../../workflows/dokument-ausgang-nachrichten.js';

export interface Brief {
  /** The recipient client, or for a letter to a partner the client it concerns. */
  kundennummer: string;
  /** Set for a letter to a partner organisation. */
  partnerId?: number;
  dokumentart: string;
  bereich: string;
  name: string;
  info?: string;
  pdf: EingereichteDatei | undefined;
  erstelltVon: number;
  /** Tests shorten the 7- and 14-day periods. */
  fristen?: Pick<DokumentAusgangInput, 'erinnerungNachMs' | 'postversandNachMs'>;
}

export async function briefBereitstellen(app: AppContext, brief: Brief): Promise<{ ausgangsnummer: string }> {
  const probleme: Record<string, string> = {};
  if (!brief.dokumentart.trim() || brief.dokumentart.length > 100) probleme.dokumentart = 'fehlt';
  if (!bereiche.includes(brief.bereich as Bereich)) probleme.bereich = 'fehlt';
  if (!brief.name.trim() || brief.name.length > 200) probleme.name = 'fehlt';
  if (!brief.pdf || dateiGroesse(brief.pdf) === 0) probleme.datei = 'fehlt';
  else if (dateiGroesse(brief.pdf) > grenzen.bytesProDatei) probleme.datei = 'zu_gross';
  else if (erkenneDateityp(dateiKopf(brief.pdf)) !== 'pdf') probleme.datei = 'kein_pdf';
  const kunde = await Kunde.query(app.db)
    .findOne({ kundennummer: normalisiereKundennummer(brief.kundennummer), aktiv: true })
    .select('id', 'kundennummer', 'sprache', 'online_zustellung_seit');
  const anPartner = brief.partnerId !== undefined;
  let zugewiesen = false;
  if (!kunde) probleme.kundennummer = 'unbekannt';
  else if (!anPartner && !kunde.online_zustellung_seit) probleme.kundennummer = 'keine_einwilligung';
  if (anPartner) {
    const partner = await app.db('partner').where({ id: brief.partnerId, aktiv: true }).first('id');
    if (!partner) probleme.empfaenger = 'unbekannt';
    if (!(ausgangDokumentartenPartner as readonly string[]).includes(brief.dokumentart.trim()))
      probleme.dokumentart = 'nicht_fuer_partner';
    zugewiesen = Boolean(
      kunde &&
      partner &&
      (await app.db('partner_kunden').where({ partner_id: brief.partnerId, kunde_id: kunde.id }).first('kunde_id')),
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

  const ausgangsnummer = neueNummer('A');
  const pdf = await mitAntwortbogen(
    brief.pdf instanceof Uint8Array ? brief.pdf : await readFile(brief.pdf!.pfad!),
    {
      kundennummer: kunde.kundennummer,
      referenz: ausgangsnummer,
      dokumentart: brief.dokumentart.trim(),
      bereich: brief.bereich,
      sprache: anPartner ? null : kunde.sprache,
    },
    app.config.qrSchluessel,
  );
  const blob = await app.blobs.put(pdf, 'ausgang');
  // True only when this letter created the assignment: then (and only then) a failed start takes it back.
  let neueZuweisung = false;
  try {
    await app.db.transaction(async (trx) => {
      await trx('ausgangsdokumente').insert({
        ausgangsnummer,
        kunde_id: anPartner ? null : kunde.id,
        partner_id: anPartner ? brief.partnerId : null,
        betrifft_kunde_id: anPartner ? kunde.id : null,
        dokumentart: brief.dokumentart.trim(),
        bereich: brief.bereich,
        name: brief.name.trim(),
        info: brief.info?.trim() || null,
        blob_key: blob.key,
        sha256: blob.sha256,
        bytes: blob.bytes,
        versandstatus: 'bereitgestellt',
        erstellt_von: brief.erstelltVon,
      });
      if (anPartner && !zugewiesen) {
        const neu = await trx('partner_kunden')
          .insert({ partner_id: brief.partnerId, kunde_id: kunde.id })
          .onConflict(['partner_id', 'kunde_id'])
          .ignore()
          .returning('kunde_id');
        neueZuweisung = neu.length > 0;
      }
    });
  } catch (error) {
    await app.blobs.delete(blob.key);
    throw error;
  }
  try {
    await app.temporal.client.workflow.start(dokumentAusgang, {
      workflowId: ausgangsnummer,
      taskQueue: app.temporal.plan.taskQueues.io,
      args: [{ ausgangsnummer, ...brief.fristen } satisfies DokumentAusgangInput],
    });
  } catch (error) {
    await app.db.transaction(async (trx) => {
      await trx('ausgangsdokumente').where({ ausgangsnummer }).delete();
      if (neueZuweisung)
        await trx('partner_kunden').where({ partner_id: brief.partnerId, kunde_id: kunde.id }).delete();
    });
    await app.blobs.delete(blob.key);
    throw error;
  }
  return { ausgangsnummer };
}

/** Tells the letter's workflow it was opened; the database already says so, so a failure here only delays nothing important. */
export async function abrufMelden(app: AppContext, ausgangsnummer: string): Promise<void> {
  try {
    await app.temporal.client.workflow.getHandle(ausgangsnummer).signal(abgerufenSignal);
  } catch (error) {
    app.log.warn(
      { err: error, ausgangsnummer },
      'retrieval not signalled to its workflow (it checks the database before reminding)',
    );
  }
}
