// dokumentEingang: prepare pages → merge → file into the DMS → route → notify → wait for staff → done.
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
import { istAblehnungsgrund, type Ablehnungsgrund } from '../domain/ablehnung.js';
import type { Team } from '../domain/bereich.js';
import type { BlobRef, DokumentEingangInput, EingangZustand, ErledigenArgs, ProjektionFelder, Teil, UebernehmenArgs } from '../domain/eingang.js';
import type { Eingangshinweis } from '../domain/hinweis.js';
import { weiterleitungFuerDokument, weiterleitungFuerMitteilung, weiterleitungNachBereich, type Weiterleitung, type Zustaendige } from '../domain/routing.js';
import { kannBearbeitetWerden, type Dokumentstatus } from '../domain/status.js';
import { bereichAendernUpdate, erledigenUpdate, uebernehmenUpdate, zustandQuery } from './dokument-eingang-nachrichten.js';
import { BereichKey, DokumentstatusKey } from './suchattribute.js';

const io = proxyActivities<Activities>({ startToCloseTimeout: '30 seconds', retry: { initialInterval: '1 second', maximumInterval: '1 minute' } });
/** Short database writes run as local activities: no task round trip through the server for each status. */
const lokal = proxyLocalActivities<Activities>({ startToCloseTimeout: '15 seconds', retry: { initialInterval: '500 milliseconds', maximumInterval: '30 seconds' } });
const ablageVersuch = proxyActivities<Activities>({ startToCloseTimeout: '30 seconds', retry: { initialInterval: '1 second', maximumAttempts: 3 } });
/** First attempts at filing and mailing run locally; only when they fail does a durable activity take over and retry. */
const versuchLokal = proxyLocalActivities<Activities>({ startToCloseTimeout: '30 seconds', retry: { initialInterval: '1 second', maximumAttempts: 3 } });
const ablageDauerhaft = proxyActivities<Activities>({ startToCloseTimeout: '30 seconds', retry: { initialInterval: '5 seconds', maximumInterval: '2 minutes' } });

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

export async function dokumentEingang(input: DokumentEingangInput): Promise<EingangZustand> {
  const pdf = proxyActivities<Activities>({
    taskQueue: input.pdfTaskQueue,
    startToCloseTimeout: '2 minutes',
    retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
  });
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
  let schritt = 0;
  /** Set where filing starts; histories recorded before local first attempts keep their scheduled activities. */
  let lokalZuerst = false;
  let zustaendige: Zustaendige = { leistungssachbearbeiterId: null, ansprechpartnerId: null };

  /** An e-mail: local attempts first (histories from before them schedule the durable activity directly). */
  function mailSenden<A extends 'teamHinweisSenden' | 'empfangsbestaetigungSenden'>(art: A, args: Parameters<Activities[A]>[0]): Promise<boolean> {
    const dauerhaft = () => (io[art] as (a: typeof args) => Promise<boolean>)(args);
    return lokalZuerst ? zuerstLokal(() => (versuchLokal[art] as (a: typeof args) => Promise<boolean>)(args), dauerhaft) : dauerhaft();
  }

  async function melde(status: Dokumentstatus, felder: ProjektionFelder = {}, details: Record<string, unknown> = {}): Promise<void> {
    zustand.status = status;
    const zeit = new Date().toISOString();
    zustand.verlauf.push({ status, zeit });
    schritt += 1;
    upsertSearchAttributes([
      { key: DokumentstatusKey, value: status },
      ...(felder.teams ? [{ key: BereichKey, value: bereichWert(felder.teams) }] : []),
    ]);
    await lokal.statusProjizieren({ eingangsnummer: input.eingangsnummer, schritt, status, zeit, felder, details });
  }

  async function weiterleiten(weiterleitung: Weiterleitung, details: Record<string, unknown> = {}): Promise<void> {
    zustand.teams = weiterleitung.teams;
    zustand.zugewiesenAn = weiterleitung.zugewiesenAn;
    await melde('weitergeleitet', { teams: weiterleitung.teams, zugewiesenAn: weiterleitung.zugewiesenAn }, details);
    const anlass = schritt;
    await Promise.all(weiterleitung.teams.map((team) => mailSenden('teamHinweisSenden', { eingangsnummer: input.eingangsnummer, team, anlass })));
  }

  const nichtBearbeitbar = () => {
    if (!kannBearbeitetWerden(zustand.status)) throw new Error(`Im Status ${zustand.status} nicht möglich`);
  };
  setHandler(zustandQuery, () => zustand);
  setHandler(
    uebernehmenUpdate,
    async ({ mitarbeiterId }) => {
      zustand.zugewiesenAn = mitarbeiterId;
      await melde('in_bearbeitung', { zugewiesenAn: mitarbeiterId }, { mitarbeiterId, aktion: 'uebernehmen' });
      return zustand;
    },
    { validator: (_args: UebernehmenArgs) => nichtBearbeitbar() },
  );
  setHandler(
    bereichAendernUpdate,
    async ({ mitarbeiterId, bereich, grund }) => {
      await weiterleiten(weiterleitungNachBereich(bereich, zustaendige), { mitarbeiterId, aktion: 'bereichAendern', bereich, grund });
      return zustand;
    },
    {
      validator: ({ bereich, grund }) => {
        nichtBearbeitbar();
        if (bereich !== 'leistung' && bereich !== 'vermittlung') throw new Error('Unbekannter Bereich');
        if (!grund || grund.trim().length < 3) throw new Error('Bitte einen Grund angeben');
        if (zustand.teams.length === 1 && zustand.teams[0] === bereich) throw new Error('Das Dokument liegt schon in diesem Bereich');
      },
    },
  );
  setHandler(
    erledigenUpdate,
    async ({ mitarbeiterId }) => {
      await melde('erledigt', {}, { mitarbeiterId, aktion: 'erledigen' });
      return zustand;
    },
    { validator: (_args: ErledigenArgs) => nichtBearbeitbar() },
  );

  let merged: { pdf: BlobRef; seiten: number };
  const zwischenstaende: string[] = [];
  try {
    if (input.inhalt.art === 'dokument') {
      const teile: Teil[] = await Promise.all(input.inhalt.dateien.map((datei) => pdf.dateiAufbereiten({ datei })));
      zustand.hinweise = [...new Set(teile.flatMap((teil): Eingangshinweis[] => (teil.hinweis ? [teil.hinweis] : [])))];
      zwischenstaende.push(...input.inhalt.dateien.map((d) => d.key));
      const [einziger] = teile;
      if (teile.length === 1 && einziger?.art === 'pdf' && patched('einzelnes-pdf-ohne-zusammenfuehren')) {
        // A single PDF was already rebuilt page by page: it is the merged document.
        merged = { pdf: einziger.blob, seiten: einziger.seiten };
      } else {
        zwischenstaende.push(...teile.map((t) => t.blob.key));
        merged = await pdf.dokumentZusammenfuehren({ teile });
      }
    } else {
      zwischenstaende.push(input.inhalt.text.key);
      merged = await pdf.mitteilungRendern({ text: input.inhalt.text, datum: input.eingegangenAm });
    }
  } catch (error) {
    const grund = ablehnungsgrundVon(error);
    if (!grund) throw error;
    zustand.ablehnungsgrund = grund;
    await melde('abgelehnt', { ablehnungsgrund: grund });
    return zustand;
  }
  zustand.seiten = merged.seiten;
  const hinweise = zustand.hinweise?.length ? { hinweise: zustand.hinweise } : {};
  await melde('aufbereitet', { seiten: merged.seiten, pdf: merged.pdf, ...hinweise });

  const auftrag = {
    pdf: merged.pdf,
    index: {
      eingangsnummer: input.eingangsnummer,
      kundennummer: input.kundennummer,
      dokumentart: input.dokumentart,
      bereich: input.inhalt.art === 'mitteilung' ? input.inhalt.bereich : '',
      kanal: input.kanal,
      eingangsdatum: input.eingegangenAm,
      seiten: merged.seiten,
    },
  };
  let ablage: { referenz: string };
  lokalZuerst = patched('ablage-und-mails-lokal-zuerst');
  try {
    ablage = await (lokalZuerst ? versuchLokal : ablageVersuch).ablegen(auftrag);
  } catch {
    await melde('wartet_auf_ablage');
    ablage = await ablageDauerhaft.ablegen(auftrag);
  }
  zustand.dmsReferenz = ablage.referenz;
  await melde('abgelegt', { dmsReferenz: ablage.referenz });
  await lokal.blobsLoeschen({ keys: zwischenstaende });

  zustaendige = await lokal.zustaendigeLaden(input.kundennummer);
  const weiterleitung =
    input.inhalt.art === 'mitteilung'
      ? weiterleitungFuerMitteilung(input.inhalt.bereich, zustaendige)
      : weiterleitungFuerDokument(input.dokumentart, input.kanal, zustaendige);
  // Routing is started first so that its commands keep their place in the history.
  const weitergeleitet = weiterleiten(weiterleitung);
  // The scan service has no sender to confirm to; clients and partners get a receipt.
  const empfang =
    input.kanal === 'scan' && patched('scan-ohne-empfangsbestaetigung') ? Promise.resolve(false) : mailSenden('empfangsbestaetigungSenden', { eingangsnummer: input.eingangsnummer });
  await Promise.all([weitergeleitet, empfang]);

  await condition(() => zustand.status === 'erledigt');
  await condition(allHandlersFinished);
  return zustand;
}
