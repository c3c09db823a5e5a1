// The Übergabeprotokoll of a client's own delivery, once every document is final: its data and its stored PDF.
import type { Readable } from 'node:stream';
import { FachlicherFehler } from '../../domain/fehler.js';
import type { AppContext } from '../../platform/context.js';
import { eigeneLieferung } from './lieferung-zeile.js';
import type { Uebergabeprotokoll } from './uebergabeprotokoll.js';

export interface GelesenesProtokoll {
  protokoll: Uebergabeprotokoll;
  /** The PDF as stored when the protocol was made. */
  pdf(): Readable;
  dateiname: string;
}

export async function uebergabeprotokollLesen(
  ctx: AppContext,
  clientId: string,
  lieferungId: string,
): Promise<GelesenesProtokoll> {
  const zeile = await eigeneLieferung(ctx.db, clientId, lieferungId);
  const pdfKey = zeile.protokoll_pdf_key;
  if (zeile.status !== 'abgeschlossen' || !zeile.protokoll || !pdfKey)
    throw new FachlicherFehler(
      'konflikt',
      'Das Übergabeprotokoll liegt vor, sobald die Lieferung geschlossen und jedes ihrer Dokumente fertig ist.',
      { lieferungId: 'nicht_abgeschlossen' },
    );
  return {
    protokoll: zeile.protokoll as Uebergabeprotokoll,
    pdf: () => ctx.blobs.stream(pdfKey),
    dateiname: `uebergabeprotokoll-${lieferungId}.pdf`,
  };
}
