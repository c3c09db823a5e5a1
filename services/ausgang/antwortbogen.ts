// Every letter leaves with an Antwortbogen as its last page, so paper sent back is matched by its signed code.
import { antwortDokumentart, type QrSchluessel } from '../../domain/antwortbogen-code.js';
import { FachlicherFehler } from '../../domain/fehler.js';
import { antwortbogenAnhaengen } from '../../platform/pdf/antwortbogen.js';

export interface BriefAngaben {
  kundennummer: string;
  /** The letter's reference (its Ausgangsnummer). */
  referenz: string;
  dokumentart: string;
  bereich: string | null;
  /** The recipient's language (clients); German alone otherwise. */
  sprache?: string | null;
}

/** The letter with its Antwortbogen; a PDF we cannot add a page to (damaged, encrypted) is refused as `kein_pdf`. */
export async function mitAntwortbogen(
  pdf: Uint8Array,
  brief: BriefAngaben,
  schluessel: readonly QrSchluessel[],
): Promise<Uint8Array> {
  try {
    return await antwortbogenAnhaengen(pdf, {
      kundennummer: brief.kundennummer,
      referenz: brief.referenz,
      dokumentart: antwortDokumentart(brief),
      sprache: brief.sprache,
      schluessel: schluessel[0]!,
    });
  } catch (error) {
    throw new FachlicherFehler('ungueltige_eingabe', `no Antwortbogen: ${(error as Error).message}`, {
      datei: 'kein_pdf',
    });
  }
}
