// Shapes of an incoming document as the workflow, its activities and the web see them.
import type { Ablehnungsgrund } from './ablehnung.js';
import type { Bereich, MitteilungBereich, Team } from './bereich.js';
import type { Eingangshinweis } from './hinweis.js';
import type { Kanal } from './routing.js';
import type { Dokumentstatus } from './status.js';

/** Claim check: bytes live in the blob store, workflows carry this. */
export interface BlobRef {
  key: string;
  sha256: string;
  bytes: number;
}

interface EingangBasis {
  eingangsnummer: string;
  partnerId: number | null;
  eingegangenAm: string;
  /** Task queue of the CPU-heavy activities (temporal.yaml taskQueues.pdf). */
  pdfTaskQueue: string;
  inhalt: { art: 'dokument'; dateien: BlobRef[] } | { art: 'mitteilung'; bereich: MitteilungBereich; text: BlobRef };
}

/** Clients and partners always name the client and the Dokumentart. */
export interface BekannterEingang extends EingangBasis {
  kanal: Exclude<Kanal, 'scan'>;
  kundennummer: string;
  dokumentart: string;
}

/** Scanned paper: the client and the Dokumentart come from the scan service, the Antwortbogen or Poststelle (Zuordnen). */
export interface ScanEingang extends EingangBasis {
  kanal: 'scan';
  kundennummer: string | null;
  dokumentart: string | null;
  /** The Eingangsnummer of an earlier scan with the same SHA-256: filed only when staff confirm. */
  duplikatVon?: string | null;
}

export type DokumentEingangInput = BekannterEingang | ScanEingang;

/** Where a scanned document belongs, as a valid Antwortbogen or staff say. */
export interface Zuordnung {
  kundennummer: string;
  dokumentart: string;
  /** The letter the Antwortbogen came with. */
  referenz?: string | null;
}

/** Stored as a blob for a Mitteilung, so its words never enter workflow history. */
export interface MitteilungText {
  betreff: string;
  notiz: string;
  absender: string[];
}

/** One prepared file: a page image or a cleaned PDF (also the pages of a multi-page image); `hinweis` when it was not kept exactly as sent. */
export type Teil =
  | { art: 'bild'; blob: BlobRef; breite: number; hoehe: number; hinweis?: Eingangshinweis }
  | { art: 'pdf'; blob: BlobRef; seiten: number; hinweis?: Eingangshinweis };

export interface ZeitpunktStatus {
  status: Dokumentstatus;
  zeit: string;
}

export interface EingangZustand {
  eingangsnummer: string;
  status: Dokumentstatus;
  teams: Team[];
  zugewiesenAn: number | null;
  seiten: number | null;
  ablehnungsgrund: Ablehnungsgrund | null;
  /** Absent in workflows started before notices existed. */
  hinweise?: Eingangshinweis[];
  /** Scanned paper: its client, Dokumentart and the letter it answers, once known. */
  zuordnung?: Zuordnung;
  dmsReferenz: string | null;
  verlauf: ZeitpunktStatus[];
}

export interface UebernehmenArgs {
  mitarbeiterId: number;
}
export interface BereichAendernArgs {
  mitarbeiterId: number;
  bereich: Bereich;
  grund: string;
}
export interface ErledigenArgs {
  mitarbeiterId: number;
}
/** Poststelle assigns a scanned document; for a duplicate, `duplikatBestaetigt` files it anyway. */
export interface ZuordnenArgs {
  mitarbeiterId: number;
  kundennummer: string;
  dokumentart: string;
  duplikatBestaetigt?: boolean;
}
/** Poststelle discards a scanned duplicate: it ends as `abgelehnt` (duplikat) and nothing is filed. */
export interface VerwerfenArgs {
  mitarbeiterId: number;
}

/** Fields the projection sets together with a status. */
export interface ProjektionFelder {
  teams?: Team[];
  zugewiesenAn?: number | null;
  seiten?: number;
  pdf?: BlobRef;
  dmsReferenz?: string;
  ablehnungsgrund?: Ablehnungsgrund;
  hinweise?: Eingangshinweis[];
  /** A scanned document's client, Dokumentart and the letter it answers, once known. */
  zuordnung?: Zuordnung;
  /** Page pictures for assigning by hand. */
  vorschau?: BlobRef[];
}
