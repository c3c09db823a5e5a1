// Accepts a submission: checks limits and the client, stores the files, records "eingegangen" with a pending start, starts dokumentEingang.
import { z } from 'zod';
import { erkenneDateityp } from '../../domain/dateityp.js';
import { Eingangsdokument } from '../../db/models/eingangsdokument.js';
import { Kunde } from '../../db/models/kunde.js';
import { problemCodes, problemeAus, type Probleme } from '../../domain/eingabe.js';
import { FachlicherFehler } from '../../domain/fehler.js';
import { mitteilungBereiche, type MitteilungBereich } from '../../domain/bereich.js';
import type { BlobRef, DokumentEingangInput, MitteilungText } from '../../domain/eingang.js';
import { grenzen } from '../../domain/grenzen.js';
import { kundenDokumentarten, partnerDokumentarten } from '../../domain/katalog.js';
import { neueNummer, normalisiereKundennummer } from '../../domain/nummern.js';
import type { Kanal } from '../../domain/routing.js';
import type { AppContext } from '../../platform/context.js';
import { ereignisErfassen } from '../ereignisse/erfassen.js';
import { uploads } from '../../platform/metriken/registry.js';
import { SOFORT_FRIST_MS, startVersuchen } from './eingang-starten.js';
import { dateiGroesse, dateiKopf, dateiSpeichern, type EingereichteDatei } from '../upload/datei.js';

export interface Absender {
  kanal: Kanal;
  /** For partners: their organisation and the user who sends. */
  partnerId?: number;
  partnerBenutzerId?: number;
}

interface Gemeinsam {
  absender: Absender;
  kundennummer: string;
  /** Partners: whether the client sees the submission in their own portal (required). */
  kundeBerechtigt?: boolean;
  /** Partners: as on the referral; checked against the client's record. */
  bgNummer?: string;
  kundenname?: string;
}

export interface DokumentEinreichung extends Gemeinsam {
  dokumentart: string;
  info?: string;
  dateien: EingereichteDatei[];
}

export interface MitteilungEinreichung extends Gemeinsam {
  /** One of mitteilungBereiche; anything else is refused as missing. */
  bereich: string;
  betreff: string;
  notiz: string;
  absenderZeilen: string[];
}

/** What can be wrong with the files of a document (fields datei1, datei2 … and dateien). */
const dateiProblemCodes = [
  'datei_fehlt',
  'zu_viele_dateien',
  'leer',
  'zu_gross',
  'dateityp',
  'zu_gross_zusammen',
] as const;
export type DateiProblem = (typeof dateiProblemCodes)[number];
export const istDateiProblem = (code: string): code is DateiProblem =>
  (dateiProblemCodes as readonly string[]).includes(code);
/** What can be wrong with the client a submission is for (kundennummer; for partners also bg_nummer, kundenname, kunde_berechtigt). */
export type EmpfaengerProblem = 'fehlt' | 'unbekannt' | 'nicht_zugeordnet' | 'passt_nicht';
/** Problems of the document form: dokumentart "unbekannt", the files, the client. */
export type DokumentProblem = DateiProblem | EmpfaengerProblem;
/** Problems of the Mitteilung form: bereich, betreff, notiz "fehlt", notiz "zu_lang", the client. */
export type MitteilungProblem = 'zu_lang' | EmpfaengerProblem;

const dokumentCode = problemCodes<DokumentProblem>();
const dokumentSchema = (katalog: ReadonlyArray<{ name: string }>) =>
  z.object({
    dokumentart: z
      .string()
      .refine((name) => katalog.some((eintrag) => eintrag.name === name), dokumentCode('unbekannt')),
  });

const mitteilungCode = problemCodes<MitteilungProblem>();
const mitteilungSchema = z
  .object({
    bereich: z
      .string()
      .refine(
        (bereich): bereich is MitteilungBereich => (mitteilungBereiche as readonly string[]).includes(bereich),
        mitteilungCode('fehlt'),
      ),
    betreff: z.string().trim().min(1, mitteilungCode('fehlt')),
    notiz: z.string().trim().min(1, mitteilungCode('fehlt')),
  })
  .superRefine(({ betreff, notiz }, ctx) => {
    if (betreff.length > 200 || notiz.length > 10_000)
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['notiz'], ...mitteilungCode('zu_lang') });
  });

/** Every problem with the files at once, keyed by form field, so the form can show them all. */
function dateiProbleme(dateien: EingereichteDatei[]): Probleme<DateiProblem> {
  if (dateien.length === 0) return { datei1: 'datei_fehlt' };
  if (dateien.length > grenzen.dateienProEinreichung) return { dateien: 'zu_viele_dateien' };
  const probleme: Probleme<DateiProblem> = {};
  dateien.forEach((datei, i) => {
    const bytes = dateiGroesse(datei);
    const problem: DateiProblem | undefined =
      bytes === 0
        ? 'leer'
        : bytes > grenzen.bytesProDatei
          ? 'zu_gross'
          : !erkenneDateityp(dateiKopf(datei))
            ? 'dateityp'
            : undefined;
    if (problem) probleme[`datei${i + 1}`] = problem;
  });
  if (
    Object.keys(probleme).length === 0 &&
    dateien.reduce((sum, d) => sum + dateiGroesse(d), 0) > grenzen.bytesProEinreichung
  )
    probleme.dateien = 'zu_gross_zusammen';
  return probleme;
}

const keine = (probleme: Probleme<string>) => Object.keys(probleme).length === 0;

function ablehnen(probleme: Probleme<string>): never {
  throw new FachlicherFehler('ungueltige_eingabe', `ungültig: ${Object.keys(probleme).join(', ')}`, probleme);
}

export type Empfaenger = Pick<Kunde, 'id' | 'kundennummer'>;
type Pruefung = { kunde?: Empfaenger; probleme: Probleme<EmpfaengerProblem> };

async function kundeFinden(ctx: AppContext, eingabe: string): Promise<Pruefung> {
  const kundennummer = normalisiereKundennummer(eingabe);
  const kunde = await Kunde.query(ctx.db).findOne({ kundennummer, aktiv: true }).select('id', 'kundennummer');
  return kunde ? { kunde, probleme: {} } : { probleme: { kundennummer: 'unbekannt' } };
}

const vergleichbar = (name: string) =>
  name.normalize('NFKD').replace(/\p{M}/gu, '').replace(/ß/g, 'ss').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * A partner may only send for a client assigned to their organisation (by a referral). Unknown and unassigned numbers get
 * the same answer; BG-Nummer and surname must match the record, so a typo cannot file into a stranger's record.
 */
async function zugewiesenenKundenFinden(ctx: AppContext, einreichung: Gemeinsam): Promise<Pruefung> {
  const probleme: Probleme<EmpfaengerProblem> = {};
  if (einreichung.kundeBerechtigt === undefined) probleme.kunde_berechtigt = 'fehlt';
  if (!einreichung.kundennummer.trim()) return { probleme: { ...probleme, kundennummer: 'fehlt' } };
  const kunde = await Kunde.query(ctx.db)
    .alias('k')
    .join('partner_kunden as pk', 'pk.kunde_id', 'k.id')
    .findOne({
      'k.kundennummer': normalisiereKundennummer(einreichung.kundennummer),
      'k.aktiv': true,
      'pk.partner_id': einreichung.absender.partnerId ?? -1,
    })
    .select('k.id', 'k.kundennummer', 'k.bg_nummer', 'k.nachname');
  if (!kunde) return { probleme: { ...probleme, kundennummer: 'nicht_zugeordnet' } };
  if ((einreichung.bgNummer ?? '').trim().toUpperCase() !== kunde.bg_nummer.toUpperCase())
    probleme.bg_nummer = 'passt_nicht';
  if (!vergleichbar(einreichung.kundenname ?? '').includes(vergleichbar(kunde.nachname)))
    probleme.kundenname = 'passt_nicht';
  return { kunde: { id: kunde.id, kundennummer: kunde.kundennummer }, probleme };
}

/**
 * The client a submission is for — the signed-in client, or for partners an assigned one (checked here, never trusting
 * the form) — refusing with every problem of the whole form at once.
 */
async function empfaengerFinden<Code extends string>(
  ctx: AppContext,
  einreichung: Gemeinsam,
  formProbleme: Probleme<Code>,
): Promise<Empfaenger> {
  const { kunde, probleme } =
    einreichung.absender.kanal === 'partner'
      ? await zugewiesenenKundenFinden(ctx, einreichung)
      : await kundeFinden(ctx, einreichung.kundennummer);
  if (!kunde || !keine(probleme) || !keine(formProbleme)) return ablehnen({ ...formProbleme, ...probleme });
  return kunde;
}

/** Scanned paper: client and Dokumentart may be unknown; where it came from and what it duplicates. */
export interface ScanAngaben {
  kunde: Empfaenger | null;
  dokumentart: string | null;
  lieferungId: string | null;
  position: number | null;
  /** SHA-256 of the file as delivered. */
  sha256: string;
  duplikatVon: string | null;
}

/**
 * Records the document, its timeline, its start journal entry and its event in one transaction, then tries the start once, briefly:
 * while Temporal is down the sender still gets the Eingangsnummer and the reconciler (abgleich.ts) starts it later.
 * If the transaction fails, the files already stored are removed. `scan` for scanned paper (Kanal scan).
 */
export async function starten(
  ctx: AppContext,
  einreichung: Gemeinsam,
  kunde: Empfaenger | null,
  felder: { art: 'dokument' | 'mitteilung'; dokumentart: string; betreff?: string; info?: string; dateien: number },
  inhalt: DokumentEingangInput['inhalt'],
  blobKeys: string[],
  scan?: ScanAngaben,
): Promise<{ eingangsnummer: string }> {
  const jetzt = new Date();
  const eingangsnummer = neueNummer('E', jetzt);
  const { absender } = einreichung;
  const basis = {
    eingangsnummer,
    partnerId: absender.partnerId ?? null,
    eingegangenAm: jetzt.toISOString(),
    pdfTaskQueue: ctx.temporal.plan.taskQueues.pdf,
    inhalt,
  };
  const input: DokumentEingangInput =
    absender.kanal === 'scan'
      ? {
          ...basis,
          kanal: 'scan',
          kundennummer: kunde?.kundennummer ?? null,
          dokumentart: scan ? scan.dokumentart : felder.dokumentart,
          ...(scan?.duplikatVon && { duplikatVon: scan.duplikatVon }),
        }
      : { ...basis, kanal: absender.kanal, kundennummer: kunde!.kundennummer, dokumentart: felder.dokumentart };
  try {
    await ctx.db.transaction(async (trx) => {
      await Eingangsdokument.query(trx).insert({
        eingangsnummer,
        art: felder.art,
        kanal: absender.kanal,
        // Scanned paper belongs to a client once the workflow knows it for sure (code, scan data or Zuordnen).
        kunde_id: scan ? null : (kunde?.id ?? null),
        partner_id: absender.partnerId ?? null,
        partner_benutzer_id: absender.partnerBenutzerId ?? null,
        kunde_berechtigt: einreichung.kundeBerechtigt ?? true,
        dokumentart: scan ? null : input.dokumentart,
        betreff: felder.betreff ?? null,
        info: felder.info ?? null,
        status: 'eingegangen',
        dateien: felder.dateien,
        eingegangen_am: jetzt,
        aktualisiert_am: jetzt,
        ...(scan && {
          lieferung_id: scan.lieferungId,
          lieferung_position: scan.position,
          scan_sha256: scan.sha256,
          duplikat_von: scan.duplikatVon,
        }),
      });
      await trx('eingangs_timeline').insert({ eingangsnummer, schritt: 0, status: 'eingegangen', zeit: jetzt });
      // Not due for the reconciler before the attempt below has had its chance.
      await trx('eingangs_starts').insert({
        eingangsnummer,
        input: JSON.stringify(input),
        naechster_versuch: new Date(jetzt.getTime() + 30_000),
      });
      await ereignisErfassen(trx, {
        art: 'eingang.eingegangen',
        schluessel: `eingang/${eingangsnummer}/0`,
        status: 'eingegangen',
        zeit: jetzt,
        // Scanned paper names its client in a later event, once the workflow knows it for sure.
        kundennummer: scan ? null : (kunde?.kundennummer ?? null),
        dokumentart: input.dokumentart,
        eingangsnummer,
      });
    });
  } catch (error) {
    await Promise.allSettled(blobKeys.map((key) => ctx.blobs.delete(key)));
    throw error;
  }
  await startVersuchen(ctx, ctx.db, input, { client: ctx.temporal.sofort, fristMs: SOFORT_FRIST_MS }).catch(
    (error: unknown) =>
      ctx.log.warn({ eingangsnummer, err: error }, 'start journal not updated; the reconciler starts the workflow'),
  );
  return { eingangsnummer };
}

/** Accepts or refuses a document submission, counting either (uploads metric: Kanal and refusal code, nothing personal). */
export async function dokumentEinreichen(
  ctx: AppContext,
  einreichung: DokumentEinreichung,
): Promise<{ eingangsnummer: string }> {
  const { kanal } = einreichung.absender;
  try {
    const ergebnis = await dokumentAnnehmen(ctx, einreichung);
    uploads.inc({ kanal, ergebnis: 'angenommen', grund: '' });
    return ergebnis;
  } catch (error) {
    if (error instanceof FachlicherFehler)
      uploads.inc({ kanal, ergebnis: 'abgelehnt', grund: Object.values(error.felder)[0] ?? error.typ });
    throw error;
  }
}

async function dokumentAnnehmen(
  ctx: AppContext,
  einreichung: DokumentEinreichung,
): Promise<{ eingangsnummer: string }> {
  const katalog = einreichung.absender.kanal === 'partner' ? partnerDokumentarten : kundenDokumentarten;
  const geprueft = dokumentSchema(katalog).safeParse({ dokumentart: einreichung.dokumentart });
  const dokumentart = geprueft.success ? {} : problemeAus<DokumentProblem>(geprueft.error);
  const kunde = await empfaengerFinden(ctx, einreichung, { ...dokumentart, ...dateiProbleme(einreichung.dateien) });
  const dateien: BlobRef[] = [];
  try {
    for (const datei of einreichung.dateien) dateien.push(await dateiSpeichern(ctx.blobs, datei, 'upload'));
  } catch (error) {
    await Promise.allSettled(dateien.map((d) => ctx.blobs.delete(d.key)));
    throw error;
  }
  const felder = {
    art: 'dokument' as const,
    dokumentart: einreichung.dokumentart,
    info: einreichung.info,
    dateien: dateien.length,
  };
  return starten(
    ctx,
    einreichung,
    kunde,
    felder,
    { art: 'dokument', dateien },
    dateien.map((d) => d.key),
  );
}

export async function mitteilungEinreichen(
  ctx: AppContext,
  einreichung: MitteilungEinreichung,
): Promise<{ eingangsnummer: string }> {
  const geprueft = mitteilungSchema.safeParse({
    bereich: einreichung.bereich,
    betreff: einreichung.betreff,
    notiz: einreichung.notiz,
  });
  const kunde = await empfaengerFinden(
    ctx,
    einreichung,
    geprueft.success ? {} : problemeAus<MitteilungProblem>(geprueft.error),
  );
  // Never taken (refused above with the same problems); narrows the parse result.
  if (!geprueft.success) return ablehnen(problemeAus(geprueft.error));
  const { bereich, betreff, notiz } = geprueft.data;
  const text: MitteilungText = { betreff, notiz, absender: einreichung.absenderZeilen };
  const blob = await ctx.blobs.put(Buffer.from(JSON.stringify(text)), 'mitteilung');
  const felder = { art: 'mitteilung' as const, dokumentart: 'Mitteilung', betreff, dateien: 0 };
  return starten(ctx, einreichung, kunde, felder, { art: 'mitteilung', bereich, text: blob }, [blob.key]);
}
