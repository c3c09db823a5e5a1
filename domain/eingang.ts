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

export interface DokumentEingangInput {
  eingangsnummer: string;
  kanal: Kanal;
  kundennummer: string;
  partnerId: number | null;
  dokumentart: string;
  eingegangenAm: string;
  /** Task queue of the CPU-heavy activities (temporal.yaml taskQueues.pdf). */
  pdfTaskQueue: string;
  inhalt: { art: 'dokument'; dateien: BlobRef[] } | { art: 'mitteilung'; bereich: MitteilungBereich; text: BlobRef };
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

/** Fields the projection sets together with a status. */
export interface ProjektionFelder {
  teams?: Team[];
  zugewiesenAn?: number | null;
  seiten?: number;
  pdf?: BlobRef;
  dmsReferenz?: string;
  ablehnungsgrund?: Ablehnungsgrund;
  hinweise?: Eingangshinweis[];
}
