// Staff (Poststelle, Admin) remove a form: partners no longer see it; the file stays for the record.
import { FachlicherFehler } from '../../domain/fehler.js';
import type { AppContext } from '../../platform/context.js';

/** Removes a form from the partners' list; the file stays for the record. */
export async function formularEntfernen(app: AppContext, id: number): Promise<{ titel: string }> {
  const [row] = await app
    .db('formulare')
    .where({ id })
    .whereNull('entfernt_am')
    .update({ entfernt_am: app.db.fn.now() })
    .returning('titel');
  if (!row) throw new FachlicherFehler('nicht_gefunden');
  return { titel: row.titel };
}
