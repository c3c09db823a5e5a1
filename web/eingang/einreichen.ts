// Accepts a submission: checks limits and the client, stores the files, records "eingegangen", starts dokumentEingang.
import { erkenneDateityp } from '../../activities/seiten/dateityp.js';
import { FachlicherFehler } from '../../domain/fehler.js';
import type { MitteilungBereich } from '../../domain/bereich.js';
import type { BlobRef, DokumentEingangInput, MitteilungText } from '../../domain/eingang.js';
import { grenzen } from '../../domain/grenzen.js';
import { kundenDokumentarten, partnerDokumentarten } from '../../domain/katalog.js';
import { neueNummer, normalisiereKundennummer } from '../../domain/nummern.js';
import type { Kanal } from '../../domain/routing.js';
import type { AppContext } from '../../platform/context.js';
import { BereichKey, DokumentartKey, DokumentstatusKey, KanalKey, KundennummerKey, PartnerIdKey } from '../../workflows/suchattribute.js';

export interface Absender {
  kanal: Kanal;
  /** For partners: their organisation and the user who sends. */
  partnerId?: number;
  partnerBenutzerId?: number;
}

interface Gemeinsam {
  absender: Absender;
  kundennummer: string;
  kundeBerechtigt?: boolean;
}

export interface DokumentEinreichung extends Gemeinsam {
  dokumentart: string;
  info?: string;
  dateien: Uint8Array[];
}

export interface MitteilungEinreichung extends Gemeinsam {
  bereich: MitteilungBereich;
  betreff: string;
  notiz: string;
  absenderZeilen: string[];
}

function pruefeDateien(dateien: Uint8Array[]): void {
  if (dateien.length === 0) throw new FachlicherFehler('ungueltige_eingabe', 'keine Datei', { datei1: 'datei_fehlt' });
  if (dateien.length > grenzen.dateienProEinreichung) throw new FachlicherFehler('ungueltige_eingabe', 'zu viele Dateien', { dateien: 'zu_viele_dateien' });
  dateien.forEach((datei, i) => {
    if (datei.byteLength === 0) throw new FachlicherFehler('ungueltige_eingabe', 'leere Datei', { [`datei${i + 1}`]: 'leer' });
    if (datei.byteLength > grenzen.bytesProDatei) throw new FachlicherFehler('ungueltige_eingabe', 'Datei zu groß', { [`datei${i + 1}`]: 'zu_gross' });
    if (!erkenneDateityp(datei)) throw new FachlicherFehler('ungueltige_eingabe', 'weder Foto noch PDF', { [`datei${i + 1}`]: 'dateityp' });
  });
  if (dateien.reduce((sum, d) => sum + d.byteLength, 0) > grenzen.bytesProEinreichung) {
    throw new FachlicherFehler('ungueltige_eingabe', 'Sendung zu groß', { dateien: 'zu_gross' });
  }
}

async function kundeFinden(ctx: AppContext, eingabe: string): Promise<{ id: number; kundennummer: string }> {
  const kundennummer = normalisiereKundennummer(eingabe);
  const kunde = await ctx.db('kunden').where({ kundennummer, aktiv: true }).first('id', 'kundennummer');
  if (!kunde) throw new FachlicherFehler('ungueltige_eingabe', 'unbekannte Kundennummer', { kundennummer: 'unbekannt' });
  return kunde;
}

async function starten(
  ctx: AppContext,
  einreichung: Gemeinsam,
  kunde: { id: number; kundennummer: string },
  felder: { art: 'dokument' | 'mitteilung'; dokumentart: string; betreff?: string; info?: string; dateien: number },
  inhalt: DokumentEingangInput['inhalt'],
  blobKeys: string[],
): Promise<{ eingangsnummer: string }> {
  const jetzt = new Date();
  const eingangsnummer = neueNummer('E', jetzt);
  const { absender } = einreichung;
  await ctx.db.transaction(async (trx) => {
    await trx('eingangsdokumente').insert({
      eingangsnummer,
      art: felder.art,
      kanal: absender.kanal,
      kunde_id: kunde.id,
      partner_id: absender.partnerId ?? null,
      partner_benutzer_id: absender.partnerBenutzerId ?? null,
      kunde_berechtigt: einreichung.kundeBerechtigt ?? true,
      dokumentart: felder.dokumentart,
      betreff: felder.betreff ?? null,
      info: felder.info ?? null,
      status: 'eingegangen',
      dateien: felder.dateien,
      eingegangen_am: jetzt,
      aktualisiert_am: jetzt,
    });
    await trx('eingangs_timeline').insert({ eingangsnummer, schritt: 0, status: 'eingegangen', zeit: jetzt });
  });
  const input: DokumentEingangInput = {
    eingangsnummer,
    kanal: absender.kanal,
    kundennummer: kunde.kundennummer,
    partnerId: absender.partnerId ?? null,
    dokumentart: felder.dokumentart,
    eingegangenAm: jetzt.toISOString(),
    pdfTaskQueue: ctx.temporal.plan.taskQueues.pdf,
    inhalt,
  };
  try {
    await ctx.temporal.client.workflow.start('dokumentEingang', {
      workflowId: eingangsnummer,
      taskQueue: ctx.temporal.plan.taskQueues.io,
      args: [input],
      typedSearchAttributes: [
        { key: KundennummerKey, value: kunde.kundennummer },
        { key: DokumentartKey, value: felder.dokumentart },
        { key: KanalKey, value: absender.kanal },
        { key: DokumentstatusKey, value: 'eingegangen' },
        { key: BereichKey, value: '' },
        ...(absender.partnerId ? [{ key: PartnerIdKey, value: String(absender.partnerId) }] : []),
      ],
    });
  } catch (error) {
    await ctx.db('eingangsdokumente').where({ eingangsnummer }).delete();
    await Promise.all(blobKeys.map((key) => ctx.blobs.delete(key)));
    throw error;
  }
  return { eingangsnummer };
}

export async function dokumentEinreichen(ctx: AppContext, einreichung: DokumentEinreichung): Promise<{ eingangsnummer: string }> {
  const katalog = einreichung.absender.kanal === 'partner' ? partnerDokumentarten : kundenDokumentarten;
  if (!katalog.some((eintrag) => eintrag.name === einreichung.dokumentart)) {
    throw new FachlicherFehler('ungueltige_eingabe', 'unbekannte Dokumentart', { dokumentart: 'unbekannt' });
  }
  pruefeDateien(einreichung.dateien);
  const kunde = await kundeFinden(ctx, einreichung.kundennummer);
  const dateien: BlobRef[] = [];
  for (const datei of einreichung.dateien) dateien.push(await ctx.blobs.put(datei, 'upload'));
  const felder = { art: 'dokument' as const, dokumentart: einreichung.dokumentart, info: einreichung.info, dateien: dateien.length };
  return starten(ctx, einreichung, kunde, felder, { art: 'dokument', dateien }, dateien.map((d) => d.key));
}

export async function mitteilungEinreichen(ctx: AppContext, einreichung: MitteilungEinreichung): Promise<{ eingangsnummer: string }> {
  const betreff = einreichung.betreff.trim();
  const notiz = einreichung.notiz.trim();
  if (!betreff) throw new FachlicherFehler('ungueltige_eingabe', 'Betreff fehlt', { betreff: 'fehlt' });
  if (!notiz) throw new FachlicherFehler('ungueltige_eingabe', 'Notiz fehlt', { notiz: 'fehlt' });
  if (betreff.length > 200 || notiz.length > 10_000) throw new FachlicherFehler('ungueltige_eingabe', 'Text zu lang', { notiz: 'zu_lang' });
  const kunde = await kundeFinden(ctx, einreichung.kundennummer);
  const text: MitteilungText = { betreff, notiz, absender: einreichung.absenderZeilen };
  const blob = await ctx.blobs.put(Buffer.from(JSON.stringify(text)), 'mitteilung');
  const felder = { art: 'mitteilung' as const, dokumentart: 'Mitteilung', betreff, dateien: 0 };
  return starten(ctx, einreichung, kunde, felder, { art: 'mitteilung', bereich: einreichung.bereich, text: blob }, [blob.key]);
}
