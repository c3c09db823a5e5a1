// The scan service says a delivery is complete: no more documents are accepted; closing again changes nothing.
import type { AppContext } from '../../platform/context.js';
import { eigeneLieferung } from './lieferung-zeile.js';
import { scanStapelWecken } from './scan-stapel-starten.js';

export async function lieferungSchliessen(ctx: AppContext, clientId: string, lieferungId: string): Promise<void> {
  await eigeneLieferung(ctx.db, clientId, lieferungId);
  await ctx
    .db('scan_lieferungen')
    .where({ lieferung_id: lieferungId, status: 'offen' })
    .update({ status: 'geschlossen', geschlossen_am: ctx.db.fn.now() });
  await scanStapelWecken(ctx, lieferungId);
}
