// The scan service says a delivery is complete: no more documents are accepted; closing again changes nothing. A stack
// not yet split holds it open (409), so no document of it arrives after the delivery's receipt.
import { FachlicherFehler } from '../../domain/fehler.js';
import type { AppContext } from '../../platform/context.js';
import { eigeneLieferung } from './lieferung-zeile.js';
import { scanStapelWecken } from './scan-stapel-starten.js';

export async function lieferungSchliessen(ctx: AppContext, clientId: string, lieferungId: string): Promise<void> {
  await eigeneLieferung(ctx.db, clientId, lieferungId);
  // Under the delivery's lock, which accepting a stack takes too.
  await ctx.db.transaction(async (trx) => {
    await trx('scan_lieferungen').where({ lieferung_id: lieferungId }).forUpdate().first('lieferung_id');
    const ungetrennt = await trx('scan_lieferung_stapel')
      .where({ lieferung_id: lieferungId, status: 'angenommen' })
      .first('ab');
    if (ungetrennt)
      throw new FachlicherFehler(
        'konflikt',
        `Der Stapel ab Position ${ungetrennt.ab} ist noch nicht getrennt; die Lieferung kann danach geschlossen werden.`,
        { lieferungId: 'stapel_ungetrennt' },
      );
    await trx('scan_lieferungen')
      .where({ lieferung_id: lieferungId, status: 'offen' })
      .update({ status: 'geschlossen', geschlossen_am: trx.fn.now() });
  });
  await scanStapelWecken(ctx, lieferungId);
}
