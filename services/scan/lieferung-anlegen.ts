// Creates a scan delivery (Lieferung) for the scan service's API client; the same delivery announced again is the same.
import { FachlicherFehler } from '../../domain/fehler.js';
import { scanFrist } from '../../domain/scan-frist.js';
import type { AppContext } from '../../platform/context.js';
import { lieferungZeile, type LieferungZeile } from './lieferung-zeile.js';
import { scanStapelStarten } from './scan-stapel-starten.js';

export interface NeueLieferung {
  lieferungId: string;
  /** Day of scanning, YYYY-MM-DD (Berlin). */
  scanDatum: string;
  erwartet: number;
}

export async function lieferungAnlegen(
  ctx: AppContext,
  clientId: string,
  lieferung: NeueLieferung,
): Promise<{ zeile: LieferungZeile; neu: boolean }> {
  const eingefuegt = await ctx
    .db('scan_lieferungen')
    .insert({
      lieferung_id: lieferung.lieferungId,
      client_id: clientId,
      scan_datum: lieferung.scanDatum,
      erwartet: lieferung.erwartet,
      frist: scanFrist(lieferung.scanDatum),
    })
    .onConflict('lieferung_id')
    .ignore()
    .returning('lieferung_id');
  const zeile = await lieferungZeile(ctx.db, lieferung.lieferungId);
  const gleich =
    zeile &&
    zeile.client_id === clientId &&
    zeile.scan_datum === lieferung.scanDatum &&
    zeile.erwartet === lieferung.erwartet;
  if (!zeile || !gleich)
    throw new FachlicherFehler('konflikt', 'Diese Lieferung gibt es schon mit anderen Angaben.', {
      lieferungId: 'anderer_inhalt',
    });
  // Also when announced again: a start that failed the first time is made up for.
  await scanStapelStarten(ctx, {
    lieferungId: zeile.lieferung_id,
    scanDatum: zeile.scan_datum,
    gleichzeitig: ctx.config.scanGleichzeitig,
  });
  return { zeile, neu: eingefuegt.length > 0 };
}
