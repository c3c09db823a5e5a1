// The Admin team changes an Anliegen; slots already opened and bookings already made keep their duration and place.
import { FachlicherFehler } from '../../domain/fehler.js';
import type { AppContext } from '../../platform/context.js';
import { anliegenPruefen, anliegenVergeben, type AnliegenEingabe } from './anliegen-anlegen.js';

export async function anliegenAendern(app: AppContext, id: number, eingabe: AnliegenEingabe): Promise<void> {
  if (!Number.isSafeInteger(id)) throw new FachlicherFehler('nicht_gefunden');
  const felder = anliegenPruefen(eingabe);
  try {
    const geaendert = await app
      .db('anliegen')
      .where({ id, aktiv: true })
      .update({ ...felder, updated_at: app.db.fn.now() });
    if (!geaendert) throw new FachlicherFehler('nicht_gefunden');
  } catch (error) {
    if ((error as { code?: string }).code === '23505') throw anliegenVergeben();
    throw error;
  }
}
