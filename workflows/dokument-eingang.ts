// dokumentEingang: prepare pages → merge → (scanned paper: read its code, or wait for Zuordnen) → file into the DMS →
// route → notify → wait for staff → done.
import {
  ActivityFailure,
  ApplicationFailure,
  allHandlersFinished,
  condition,
  isCancellation,
  patched,
  proxyActivities,
  proxyLocalActivities,
  setHandler,
  upsertSearchAttributes,
} from '@temporalio/workflow';
import type { Activities } from '../activities/index.js';
import type { StatusMeldung } from '../activities/projektion.js';
import type { ScanGelesen } from '../activities/scan.js';
import { istAblehnungsgrund, type Ablehnungsgrund } from '../domain/ablehnung.js';
import type { Team } from '../domain/bereich.js';
import type {
  BlobRef,
  DokumentEingangInput,
  EingangZustand,
  ErledigenArgs,
  ProjektionFelder,
  ScanEingang,
  Teil,
  UebernehmenArgs,
  VerwerfenArgs,
  Zuordnung,
  ZuordnenArgs,
} from '../domain/eingang.js';
import { kundenDokumentarten } from '../domain/katalog.js';
import type { Eingangshinweis } from '../domain/hinweis.js';
import {
  weiterleitungFuerDokument,
  weiterleitungFuerMitteilung,
  weiterleitungNachBereich,
  type Weiterleitung,
  type Zustaendige,
} from '../domain/routing.js';
import { kannBearbeitetWerden, type Dokumentstatus } from '../domain/status.js';
import {
  bereichAendernUpdate,
  erledigenUpdate,
  uebernehmenUpdate,
  verwerfenUpdate,
  zuordnenUpdate,
  zustandQuery,
} from './dokument-eingang-nachrichten.js';
import { BereichKey, DokumentartKey, DokumentstatusKey, KundennummerKey } from './suchattribute.js';

/** Scanned paper reads its Antwortbogen or waits for Zuordnen; histories of scans before it take the old path. */
const SCAN_ZUORDNUNG = 'scan-zuordnung';
/** No page previews for a scan the scan service's data assign (they served nobody); older histories drew them. */
const SCAN_VORSCHAU_BEI_BEDARF = 'scan-vorschau-bei-bedarf';
/** A scanned PDF is rebuilt and its code read in one activity; older histories took two (prepare, then read). */
const SCAN_IN_EINEM_SCHRITT = 'scan-in-einem-schritt';
/** After filing, status, clean-up and the responsible people side by side; older histories took them one by one. */
const NACH_ABLAGE_NEBENEINANDER = 'nach-ablage-nebeneinander';
/**
 * The responsible people loaded beside the aufbereitet step, and after filing one round: abgelegt and weitergeleitet
 * projected by one activity in this order, clean-up and notices beside it. Older histories took three rounds after filing.
 */
const NACH_ABLAGE_EINE_RUNDE = 'nach-ablage-eine-runde';
/**
 * Filing beside the aufbereitet step and the responsible people: from the prepared document to its Weiterleitung two
 * rounds of local activities in one workflow task instead of three. Older histories filed after the aufbereitet step.
 */
const ABLAGE_NEBEN_AUFBEREITET = 'ablage-neben-aufbereitet';

/** CPU-heavy steps (prepare a file, merge, render a Mitteilung) on the PDF task queue named in the input. */
const aufbereitung = (taskQueue: string) =>
  proxyActivities<Activities>({
    taskQueue,
    startToCloseTimeout: '2 minutes',
    retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
  });
/** Status projection and other short database and blob steps, as local activities: no task round trip through the server. */
const kurzerSchritt = proxyLocalActivities<Activities>({
  startToCloseTimeout: '15 seconds',
  retry: { initialInterval: '500 milliseconds', maximumInterval: '30 seconds' },
});
/** First attempts at filing and mailing, as local activities; only when all of them fail does a durable activity take over. */
const ersterVersuch = proxyLocalActivities<Activities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumAttempts: 3 },
});
/** Filing after the first attempts failed: retried until the DMS takes the document, however long it is away. */
const ablageBisErfolg = proxyActivities<Activities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '5 seconds', maximumInterval: '2 minutes' },
});
/** E-mails after the first attempts failed: retried until the mail server accepts them. */
const mailBisErfolg = proxyActivities<Activities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});

/** The one PDF that is filed. */
interface Dokument {
  pdf: BlobRef;
  seiten: number;
}

/** What one run carries from phase to phase. */
interface Lauf {
  input: DokumentEingangInput;
  zustand: EingangZustand;
  /** Counts projected steps, so the projection writes each step once. */
  schritt: number;
  zustaendige: Zustaendige;
  /** Blobs no longer needed once the document is filed. */
  zwischenstaende: string[];
  /** The client and Dokumentart the document is filed for: from the input, or for scanned paper as found. */
  akte: Zuordnung;
  /** Set by Poststelle's `zuordnen` or `verwerfen` while a scan waits; `gemeldet` once its next step is projected. */
  vonHand?: { zuordnen: ZuordnenArgs } | { verwerfen: number };
  vonHandGemeldet?: boolean;
}

export async function dokumentEingang(input: DokumentEingangInput): Promise<EingangZustand> {
  const lauf = laufBeginnen(input);
  mitarbeiterAktionenAnnehmen(lauf);
  let dokument: Dokument;
  let gelesen: ScanGelesen | undefined;
  try {
    const [scan, ...weitere] = input.inhalt.art === 'dokument' ? input.inhalt.dateien : [];
    if (input.kanal === 'scan' && scan && weitere.length === 0 && patched(SCAN_IN_EINEM_SCHRITT)) {
      gelesen = await scanAufbereiten(lauf, input, scan);
      dokument = { pdf: gelesen.pdf, seiten: gelesen.seiten };
    } else
      dokument =
        input.inhalt.art === 'dokument'
          ? await zusammenfuehren(lauf, await seitenAufbereiten(lauf, input.inhalt.dateien))
          : await mitteilungRendern(lauf, input.inhalt.text);
  } catch (error) {
    const grund = ablehnungsgrundVon(error);
    if (!grund) throw error;
    return ablehnen(lauf, grund);
  }
  let aufbereitet: { felder?: ProjektionFelder; details?: Record<string, unknown> } = {};
  if (input.kanal === 'scan' && patched(SCAN_ZUORDNUNG)) {
    const zugeordnet = await scanZuordnen(lauf, input, dokument, gelesen ?? (await scanCodeLesen(input, dokument)));
    if (!zugeordnet) return ablehnen(lauf, 'duplikat');
    dokument = zugeordnet.dokument;
    aufbereitet = { felder: { zuordnung: lauf.akte }, details: zugeordnet.details };
  }
  // Poststelle's zuordnen update waits for the aufbereitet step (a condition, checked once per activation): filed
  // beside it, a replay that resolves all three activities at once would record the filing's commands before the
  // update's completion. A scan assigned by hand is filed after the step, as before.
  if (!lauf.vonHand && patched(ABLAGE_NEBEN_AUFBEREITET)) {
    const gemeldet = aufbereitetMelden(lauf, dokument, aufbereitet.felder, aufbereitet.details);
    const [, weiterleitung] = await Promise.all([
      gemeldet,
      weiterleitungBestimmen(lauf),
      ablegen(lauf, dokument, gemeldet),
    ]);
    await nachAblageEineRunde(lauf, weiterleitung);
  } else if (patched(NACH_ABLAGE_EINE_RUNDE)) {
    const [, weiterleitung] = await Promise.all([
      aufbereitetMelden(lauf, dokument, aufbereitet.felder, aufbereitet.details),
      weiterleitungBestimmen(lauf),
    ]);
    await ablegen(lauf, dokument);
    await nachAblageEineRunde(lauf, weiterleitung);
  } else {
    await aufbereitetMelden(lauf, dokument, aufbereitet.felder, aufbereitet.details);
    await ablegen(lauf, dokument);
    const weiterleitung = await nachAblage(lauf);
    // Routing starts first: the order of its commands is part of the recorded history.
    await Promise.all([weiterleiten(lauf, weiterleitung), empfangBestaetigen(lauf)]);
  }
  await erledigtAbwarten(lauf);
  return lauf.zustand;
}

function laufBeginnen(input: DokumentEingangInput): Lauf {
  const zustand: EingangZustand = {
    eingangsnummer: input.eingangsnummer,
    status: 'eingegangen',
    teams: [],
    zugewiesenAn: null,
    seiten: null,
    ablehnungsgrund: null,
    hinweise: [],
    dmsReferenz: null,
    verlauf: [{ status: 'eingegangen', zeit: input.eingegangenAm }],
  };
  const zustaendige = { leistungssachbearbeiterId: null, ansprechpartnerId: null };
  // Scans started before Zuordnen existed always named their client.
  const akte = { kundennummer: input.kundennummer ?? '', dokumentart: input.dokumentart ?? '' };
  return { input, zustand, schritt: 0, zustaendige, zwischenstaende: [], akte };
}

/** Staff work on the document through the query and the updates; the validators refuse what its status does not allow. */
function mitarbeiterAktionenAnnehmen(lauf: Lauf): void {
  const { zustand } = lauf;
  const nichtBearbeitbar = () => {
    if (!kannBearbeitetWerden(zustand.status)) throw new Error(`Im Status ${zustand.status} nicht möglich`);
  };
  setHandler(zustandQuery, () => zustand);
  setHandler(
    uebernehmenUpdate,
    async ({ mitarbeiterId }) => {
      zustand.zugewiesenAn = mitarbeiterId;
      await melde(lauf, 'in_bearbeitung', { zugewiesenAn: mitarbeiterId }, { mitarbeiterId, aktion: 'uebernehmen' });
      return zustand;
    },
    { validator: (_args: UebernehmenArgs) => nichtBearbeitbar() },
  );
  setHandler(
    bereichAendernUpdate,
    async ({ mitarbeiterId, bereich, grund }) => {
      const details = { mitarbeiterId, aktion: 'bereichAendern', bereich, grund };
      await weiterleiten(lauf, weiterleitungNachBereich(bereich, lauf.zustaendige), details);
      return zustand;
    },
    {
      validator: ({ bereich, grund }) => {
        nichtBearbeitbar();
        if (bereich !== 'leistung' && bereich !== 'vermittlung') throw new Error('Unbekannter Bereich');
        if (!grund || grund.trim().length < 3) throw new Error('Bitte einen Grund angeben');
        if (zustand.teams.length === 1 && zustand.teams[0] === bereich) {
          throw new Error('Das Dokument liegt schon in diesem Bereich');
        }
      },
    },
  );
  setHandler(
    erledigenUpdate,
    async ({ mitarbeiterId }) => {
      await melde(lauf, 'erledigt', {}, { mitarbeiterId, aktion: 'erledigen' });
      return zustand;
    },
    { validator: (_args: ErledigenArgs) => nichtBearbeitbar() },
  );
  const wartetAufZuordnung = () => {
    if (zustand.status !== 'wartet_auf_zuordnung' || lauf.vonHand) throw new Error('Wartet nicht auf Zuordnung');
  };
  const gemeldet = async () => {
    await condition(() => lauf.vonHandGemeldet === true);
    return zustand;
  };
  setHandler(
    zuordnenUpdate,
    async (zuordnen) => {
      lauf.vonHand = { zuordnen };
      return gemeldet();
    },
    {
      validator: ({ kundennummer, dokumentart, duplikatBestaetigt }) => {
        wartetAufZuordnung();
        if (!/^\d{3}[A-Z]\d{6}$/.test(kundennummer)) throw new Error('Kundennummer ungültig');
        if (!kundenDokumentarten.some((art) => art.name === dokumentart)) throw new Error('Unbekannte Dokumentart');
        if (lauf.input.kanal === 'scan' && lauf.input.duplikatVon && !duplikatBestaetigt)
          throw new Error('Duplikat: bitte bestätigen');
      },
    },
  );
  setHandler(
    verwerfenUpdate,
    async ({ mitarbeiterId }) => {
      lauf.vonHand = { verwerfen: mitarbeiterId };
      return gemeldet();
    },
    {
      validator: (_args: VerwerfenArgs) => {
        wartetAufZuordnung();
        if (lauf.input.kanal !== 'scan' || !lauf.input.duplikatVon) throw new Error('Nur ein Duplikat wird verworfen');
      },
    },
  );
}

/** The scanned PDF rebuilt, its code read and our sheets taken out, in one step on the PDF queue. */
async function scanAufbereiten(lauf: Lauf, input: ScanEingang, datei: BlobRef): Promise<ScanGelesen> {
  const gelesen = await aufbereitung(input.pdfTaskQueue).scanAufbereiten({
    datei,
    vorschau: Boolean(input.duplikatVon),
    angabenVorhanden: Boolean(input.kundennummer),
  });
  lauf.zwischenstaende.push(datei.key);
  return gelesen;
}

/** Histories before `scanAufbereiten`: the code of the PDF `dateiAufbereiten` prepared. */
async function scanCodeLesen(input: ScanEingang, dokument: Dokument): Promise<ScanGelesen> {
  return aufbereitung(input.pdfTaskQueue).scanCodeLesen({
    pdf: dokument.pdf,
    vorschau: Boolean(input.duplikatVon),
    ...(patched(SCAN_VORSCHAU_BEI_BEDARF) && { angabenVorhanden: Boolean(input.kundennummer) }),
  });
}

/**
 * Scanned paper: a verified Antwortbogen on top names client, Dokumentart and letter (the sheet is taken out); without
 * one the scan service's own data serve. Without either, with a code that does not verify, or for a duplicate, the
 * document waits for Poststelle (Zuordnen). Undefined when Poststelle discards a duplicate.
 */
async function scanZuordnen(
  lauf: Lauf,
  input: ScanEingang,
  dokument: Dokument,
  gelesen: ScanGelesen,
): Promise<{ dokument: Dokument; details: Record<string, unknown> } | undefined> {
  const duplikat = Boolean(input.duplikatVon);
  if (gelesen.pdf.key !== dokument.pdf.key) lauf.zwischenstaende.push(dokument.pdf.key);
  const neu = { pdf: gelesen.pdf, seiten: gelesen.seiten };
  const vorschlag: Zuordnung | undefined = gelesen.bogen
    ? gelesen.bogen
    : gelesen.erkannt === 'keiner' && input.kundennummer
      ? { kundennummer: input.kundennummer, dokumentart: input.dokumentart ?? 'Sonstiges', referenz: null }
      : undefined;
  const details = { erkannt: gelesen.erkannt, ...(gelesen.bogen?.referenz && { antwortAuf: gelesen.bogen.referenz }) };
  if (vorschlag && !duplikat) {
    lauf.akte = vorschlag;
  } else {
    lauf.zustand.seiten = neu.seiten;
    await melde(
      lauf,
      'wartet_auf_zuordnung',
      { seiten: neu.seiten, pdf: neu.pdf, vorschau: gelesen.vorschau },
      details,
    );
    await condition(() => lauf.vonHand !== undefined);
    const vonHand = lauf.vonHand!;
    if ('verwerfen' in vonHand) {
      lauf.zwischenstaende.push(neu.pdf.key);
      await kurzerSchritt.blobsLoeschen({ keys: [...lauf.zwischenstaende, ...gelesen.vorschau.map((b) => b.key)] });
      return undefined;
    }
    const { mitarbeiterId, kundennummer, dokumentart, duplikatBestaetigt } = vonHand.zuordnen;
    lauf.akte = { kundennummer, dokumentart, referenz: vorschlag?.referenz ?? null };
    Object.assign(details, { mitarbeiterId, aktion: 'zuordnen', ...(duplikatBestaetigt && { duplikatBestaetigt }) });
  }
  lauf.zustand.zuordnung = lauf.akte;
  lauf.zwischenstaende.push(...gelesen.vorschau.map((b) => b.key));
  upsertSearchAttributes([
    { key: KundennummerKey, value: lauf.akte.kundennummer },
    { key: DokumentartKey, value: lauf.akte.dokumentart },
  ]);
  return { dokument: neu, details };
}

/** Every file prepared on its own (photos scaled and cleaned, PDFs rebuilt page by page); notices go to the status trail. */
async function seitenAufbereiten(lauf: Lauf, dateien: BlobRef[]): Promise<Teil[]> {
  const teile = await Promise.all(
    dateien.map((datei) => aufbereitung(lauf.input.pdfTaskQueue).dateiAufbereiten({ datei })),
  );
  lauf.zustand.hinweise = [
    ...new Set(teile.flatMap((teil): Eingangshinweis[] => (teil.hinweis ? [teil.hinweis] : []))),
  ];
  lauf.zwischenstaende.push(...dateien.map((datei) => datei.key));
  return teile;
}

/** One PDF of all prepared files; a single PDF was already rebuilt page by page and is that PDF. */
async function zusammenfuehren(lauf: Lauf, teile: Teil[]): Promise<Dokument> {
  const [einziger] = teile;
  if (teile.length === 1 && einziger?.art === 'pdf') return { pdf: einziger.blob, seiten: einziger.seiten };
  lauf.zwischenstaende.push(...teile.map((teil) => teil.blob.key));
  return aufbereitung(lauf.input.pdfTaskQueue).dokumentZusammenfuehren({ teile });
}

async function mitteilungRendern(lauf: Lauf, text: BlobRef): Promise<Dokument> {
  lauf.zwischenstaende.push(text.key);
  return aufbereitung(lauf.input.pdfTaskQueue).mitteilungRendern({ text, datum: lauf.input.eingegangenAm });
}

/** A refused file ends the workflow as `abgelehnt` with the reason the sender sees; nothing is filed. */
async function ablehnen(lauf: Lauf, grund: Ablehnungsgrund): Promise<EingangZustand> {
  lauf.zustand.ablehnungsgrund = grund;
  const vonHand =
    lauf.vonHand && 'verwerfen' in lauf.vonHand ? { mitarbeiterId: lauf.vonHand.verwerfen, aktion: 'verwerfen' } : {};
  await melde(lauf, 'abgelehnt', { ablehnungsgrund: grund }, vonHand);
  lauf.vonHandGemeldet = true;
  return lauf.zustand;
}

async function aufbereitetMelden(
  lauf: Lauf,
  dokument: Dokument,
  felder: ProjektionFelder = {},
  details: Record<string, unknown> = {},
): Promise<void> {
  lauf.zustand.seiten = dokument.seiten;
  const hinweise = lauf.zustand.hinweise?.length ? { hinweise: lauf.zustand.hinweise } : {};
  await melde(lauf, 'aufbereitet', { seiten: dokument.seiten, pdf: dokument.pdf, ...hinweise, ...felder }, details);
  lauf.vonHandGemeldet = true;
}

/**
 * PDF and index into the DMS; while it is away the status says `wartet_auf_ablage` and a durable activity retries.
 * `aufbereitet`, when filing runs beside that step's projection: the waiting status is projected after it.
 */
async function ablegen(lauf: Lauf, dokument: Dokument, aufbereitet?: Promise<void>): Promise<void> {
  const { input } = lauf;
  const auftrag = {
    pdf: dokument.pdf,
    index: {
      eingangsnummer: input.eingangsnummer,
      kundennummer: lauf.akte.kundennummer,
      dokumentart: lauf.akte.dokumentart,
      bereich: input.inhalt.art === 'mitteilung' ? input.inhalt.bereich : '',
      kanal: input.kanal,
      eingangsdatum: input.eingegangenAm,
      seiten: dokument.seiten,
      ...(lauf.akte.referenz && { antwortAuf: lauf.akte.referenz }),
    },
  };
  let ablage: { referenz: string };
  try {
    ablage = await ersterVersuch.ablegen(auftrag);
  } catch {
    await aufbereitet;
    await melde(lauf, 'wartet_auf_ablage');
    ablage = await ablageBisErfolg.ablegen(auftrag);
  }
  lauf.zustand.dmsReferenz = ablage.referenz;
}

/**
 * Records the filing, deletes the intermediate files and finds where the document goes. The three do not depend on
 * each other: run side by side, the task after filing waits for one round of local activities instead of three.
 */
async function nachAblage(lauf: Lauf): Promise<Weiterleitung> {
  const dmsReferenz = lauf.zustand.dmsReferenz!;
  if (!patched(NACH_ABLAGE_NEBENEINANDER)) {
    await melde(lauf, 'abgelegt', { dmsReferenz });
    await kurzerSchritt.blobsLoeschen({ keys: lauf.zwischenstaende });
    return weiterleitungBestimmen(lauf);
  }
  const [weiterleitung] = await Promise.all([
    weiterleitungBestimmen(lauf),
    melde(lauf, 'abgelegt', { dmsReferenz }),
    kurzerSchritt.blobsLoeschen({ keys: lauf.zwischenstaende }),
  ]);
  return weiterleitung;
}

/**
 * One round of local activities after filing: abgelegt and weitergeleitet projected by one activity in this order (each
 * its own step and event), the intermediate files deleted, the teams notified and the sender's receipt sent beside it.
 * A team's notice reads nothing the projection writes, so it need not wait for it.
 */
async function nachAblageEineRunde(lauf: Lauf, weiterleitung: Weiterleitung): Promise<void> {
  const abgelegt = schrittBeginnen(lauf, 'abgelegt', { dmsReferenz: lauf.zustand.dmsReferenz! });
  const weitergeleitet = weitergeleitetBeginnen(lauf, weiterleitung);
  await Promise.all([
    kurzerSchritt.schritteProjizieren([abgelegt, weitergeleitet]),
    kurzerSchritt.blobsLoeschen({ keys: lauf.zwischenstaende }),
    teamsBenachrichtigen(lauf, weiterleitung.teams),
    empfangBestaetigen(lauf),
  ]);
}

/** The catalogue's team and the client's responsible people, loaded now so a later change of Bereich finds them. */
async function weiterleitungBestimmen(lauf: Lauf): Promise<Weiterleitung> {
  const { input } = lauf;
  lauf.zustaendige = await kurzerSchritt.zustaendigeLaden(lauf.akte.kundennummer);
  return input.inhalt.art === 'mitteilung'
    ? weiterleitungFuerMitteilung(input.inhalt.bereich, lauf.zustaendige)
    : weiterleitungFuerDokument(lauf.akte.dokumentart, input.kanal, lauf.zustaendige);
}

/** Assigns the document to its teams and person, then sends each team a notice. */
async function weiterleiten(
  lauf: Lauf,
  weiterleitung: Weiterleitung,
  details: Record<string, unknown> = {},
): Promise<void> {
  await kurzerSchritt.statusProjizieren(weitergeleitetBeginnen(lauf, weiterleitung, details));
  await teamsBenachrichtigen(lauf, weiterleitung.teams);
}

/** The routing taken into the workflow's state as its weitergeleitet step; returns what the projection records. */
function weitergeleitetBeginnen(
  lauf: Lauf,
  { teams, zugewiesenAn }: Weiterleitung,
  details: Record<string, unknown> = {},
): StatusMeldung {
  lauf.zustand.teams = teams;
  lauf.zustand.zugewiesenAn = zugewiesenAn;
  return schrittBeginnen(lauf, 'weitergeleitet', { teams, zugewiesenAn }, details);
}

/** Each team's notice of the current step, sent once per step (its number is part of the mail's key). */
async function teamsBenachrichtigen(lauf: Lauf, teams: Team[]): Promise<void> {
  const { eingangsnummer } = lauf.input;
  const anlass = lauf.schritt;
  await Promise.all(
    teams.map((team) =>
      zuerstLokal(
        () => ersterVersuch.teamHinweisSenden({ eingangsnummer, team, anlass }),
        () => mailBisErfolg.teamHinweisSenden({ eingangsnummer, team, anlass }),
      ),
    ),
  );
}

/** Clients and partners get a receipt with the Eingangsnummer; the scan service has no sender to confirm to. */
async function empfangBestaetigen(lauf: Lauf): Promise<boolean> {
  if (lauf.input.kanal === 'scan') return false;
  const empfang = { eingangsnummer: lauf.input.eingangsnummer };
  return zuerstLokal(
    () => ersterVersuch.empfangsbestaetigungSenden(empfang),
    () => mailBisErfolg.empfangsbestaetigungSenden(empfang),
  );
}

/** Staff end the workflow with the `erledigen` update; updates still running finish first. */
async function erledigtAbwarten(lauf: Lauf): Promise<void> {
  await condition(() => lauf.zustand.status === 'erledigt');
  await condition(allHandlersFinished);
}

/** Sets the status, records it in the status trail, the search attributes and the projection in PostgreSQL. */
async function melde(
  lauf: Lauf,
  status: Dokumentstatus,
  felder: ProjektionFelder = {},
  details: Record<string, unknown> = {},
): Promise<void> {
  await kurzerSchritt.statusProjizieren(schrittBeginnen(lauf, status, felder, details));
}

/** The next step in the workflow's state, status trail and search attributes; returns what the projection records. */
function schrittBeginnen(
  lauf: Lauf,
  status: Dokumentstatus,
  felder: ProjektionFelder = {},
  details: Record<string, unknown> = {},
): StatusMeldung {
  const zeit = new Date().toISOString();
  lauf.zustand.status = status;
  lauf.zustand.verlauf.push({ status, zeit });
  lauf.schritt += 1;
  upsertSearchAttributes([
    { key: DokumentstatusKey, value: status },
    ...(felder.teams ? [{ key: BereichKey, value: bereichWert(felder.teams) }] : []),
  ]);
  return { eingangsnummer: lauf.input.eingangsnummer, schritt: lauf.schritt, status, zeit, felder, details };
}

function bereichWert(teams: Team[]): string {
  return teams.length > 1 ? 'leistung_und_vermittlung' : (teams[0] ?? '');
}

/** Tries locally (no task round trip through the server); if every attempt fails, the durable activity retries until it succeeds. */
async function zuerstLokal<T>(versuch: () => Promise<T>, dauerhaft: () => Promise<T>): Promise<T> {
  try {
    return await versuch();
  } catch (error) {
    // A local activity's last failure arrives unwrapped (not as ActivityFailure); only cancellation passes through.
    if (isCancellation(error)) throw error;
    return dauerhaft();
  }
}

function ablehnungsgrundVon(error: unknown): Ablehnungsgrund | undefined {
  const cause = error instanceof ActivityFailure ? error.cause : undefined;
  return cause instanceof ApplicationFailure && istAblehnungsgrund(cause.type) ? cause.type : undefined;
}
