// Deactivates a client: sessions and open password links end with the account; deactivating twice changes nothing.
import type { Db } from '../../db/knex.js';
import { FachlicherFehler } from '../../domain/fehler.js';
import { normalisiereKundennummer } from '../../domain/nummern.js';
import { zugaengeBeenden } from '../konten/zugaenge-beenden.js';

/** Whether the client was active until now; an unknown Kundennummer is not found. */
export async function kundeDeaktivieren(db: Db, eingabe: string): Promise<{ warAktiv: boolean }> {
  const kundennummer = normalisiereKundennummer(eingabe);
  return db.transaction(async (trx) => {
    const kunde = await trx('kunden').where({ kundennummer }).forUpdate().first('id', 'aktiv');
    if (!kunde) throw new FachlicherFehler('nicht_gefunden');
    if (!kunde.aktiv) return { warAktiv: false };
    await trx('kunden').where({ id: kunde.id }).update({ aktiv: false, updated_at: trx.fn.now() });
    await zugaengeBeenden(trx, { art: 'kunde', id: kunde.id });
    return { warAktiv: true };
  });
}
