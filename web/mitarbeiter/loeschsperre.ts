// Reads the hold form (aktion setzen|aufheben, grund) and places or releases the Löschsperre; returns the notice.
import type { Context } from 'koa';
import type { Db } from '../../db/knex.js';
import { loeschsperreAufheben, loeschsperreSetzen, type Sperrziel } from '../../services/loeschung/sperre.js';

export async function loeschsperreAendern(db: Db, ctx: Context, ziel: Sperrziel): Promise<string> {
  const { aktion, grund = '' } = ctx.state.formular.felder;
  const auftrag = { mitarbeiterId: ctx.state.mitarbeiter.id, ziel, grund, requestId: ctx.state.requestId };
  if (aktion === 'aufheben') {
    await loeschsperreAufheben(db, auftrag);
    return 'Die Löschsperre ist aufgehoben; es gilt wieder die Löschfrist.';
  }
  await loeschsperreSetzen(db, auftrag);
  return 'Die Löschsperre ist gesetzt: nichts wird gelöscht, bis sie aufgehoben ist.';
}
