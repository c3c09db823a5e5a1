// dokumentEingang: prepare pages → merge → file into the DMS → route → notify → wait for staff → done.
import {
  ActivityFailure,
  ApplicationFailure,
  allHandlersFinished,
  condition,
  isCancellation,
  proxyActivities,
  proxyLocalActivities,
  setHandler,
  upsertSearchAttributes,
} from '@temporalio/workflow';
import type { Activities } from '../activities/index.js';
import { istAblehnungsgrund, type Ablehnungsgrund } from '../domain/ablehnung.js';
import type { Team } from '../domain/bereich.js';
import type {
  BlobRef,
  DokumentEingangInput,
  EingangZustand,
  ErledigenArgs,
  ProjektionFelder,
  Teil,
  UebernehmenArgs,
} from '../domain/eingang.js';
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
  zustandQuery,
} from './dokument-eingang-nachrichten.js';
import { BereichKey, DokumentstatusKey } from './suchattribute.js';

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
}

export async function dokumentEingang(input: DokumentEingangInput): Promise<EingangZustand> {
  const lauf = laufBeginnen(input);
  mitarbeiterAktionenAnnehmen(lauf);
  let dokument: Dokument;
  try {
    dokument =
      input.inhalt.art === 'dokument'
        ? await zusammenfuehren(lauf, await seitenAufbereiten(lauf, input.inhalt.dateien))
        : await mitteilungRendern(lauf, input.inhalt.text);
  } catch (error) {
    const grund = ablehnungsgrundVon(error);
    if (!grund) throw error;
    return ablehnen(lauf, grund);
  }
  await aufbereitetMelden(lauf, dokument);
  await ablegen(lauf, dokument);
  const weiterleitung = await weiterleitungBestimmen(lauf);
  // Routing starts first: the order of its commands is part of the recorded history.
  await Promise.all([weiterleiten(lauf, weiterleitung), empfangBestaetigen(lauf)]);
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
  return { input, zustand, schritt: 0, zustaendige, zwischenstaende: [] };
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
  await melde(lauf, 'abgelehnt', { ablehnungsgrund: grund });
  return lauf.zustand;
}

async function aufbereitetMelden(lauf: Lauf, dokument: Dokument): Promise<void> {
  lauf.zustand.seiten = dokument.seiten;
  const hinweise = lauf.zustand.hinweise?.length ? { hinweise: lauf.zustand.hinweise } : {};
  await melde(lauf, 'aufbereitet', { seiten: dokument.seiten, pdf: dokument.pdf, ...hinweise });
}

/** PDF and index into the DMS; while it is away the status says `wartet_auf_ablage` and a durable activity retries. */
async function ablegen(lauf: Lauf, dokument: Dokument): Promise<void> {
  const { input } = lauf;
  const auftrag = {
    pdf: dokument.pdf,
    index: {
      eingangsnummer: input.eingangsnummer,
      kundennummer: input.kundennummer,
      dokumentart: input.dokumentart,
      bereich: input.inhalt.art === 'mitteilung' ? input.inhalt.bereich : '',
      kanal: input.kanal,
      eingangsdatum: input.eingegangenAm,
      seiten: dokument.seiten,
    },
  };
  let ablage: { referenz: string };
  try {
    ablage = await ersterVersuch.ablegen(auftrag);
  } catch {
    await melde(lauf, 'wartet_auf_ablage');
    ablage = await ablageBisErfolg.ablegen(auftrag);
  }
  lauf.zustand.dmsReferenz = ablage.referenz;
  await melde(lauf, 'abgelegt', { dmsReferenz: ablage.referenz });
  await kurzerSchritt.blobsLoeschen({ keys: lauf.zwischenstaende });
}

/** The catalogue's team and the client's responsible people, loaded now so a later change of Bereich finds them. */
async function weiterleitungBestimmen(lauf: Lauf): Promise<Weiterleitung> {
  const { input } = lauf;
  lauf.zustaendige = await kurzerSchritt.zustaendigeLaden(input.kundennummer);
  return input.inhalt.art === 'mitteilung'
    ? weiterleitungFuerMitteilung(input.inhalt.bereich, lauf.zustaendige)
    : weiterleitungFuerDokument(input.dokumentart, input.kanal, lauf.zustaendige);
}

/** Assigns the document to its teams and person, then sends each team a notice. */
async function weiterleiten(
  lauf: Lauf,
  weiterleitung: Weiterleitung,
  details: Record<string, unknown> = {},
): Promise<void> {
  const { teams, zugewiesenAn } = weiterleitung;
  lauf.zustand.teams = teams;
  lauf.zustand.zugewiesenAn = zugewiesenAn;
  await melde(lauf, 'weitergeleitet', { teams, zugewiesenAn }, details);
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
  const zeit = new Date().toISOString();
  lauf.zustand.status = status;
  lauf.zustand.verlauf.push({ status, zeit });
  lauf.schritt += 1;
  upsertSearchAttributes([
    { key: DokumentstatusKey, value: status },
    ...(felder.teams ? [{ key: BereichKey, value: bereichWert(felder.teams) }] : []),
  ]);
  const { eingangsnummer } = lauf.input;
  await kurzerSchritt.statusProjizieren({ eingangsnummer, schritt: lauf.schritt, status, zeit, felder, details });
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
