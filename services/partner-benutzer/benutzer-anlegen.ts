// A partner admin adds a user to the organisation, who is invited by e-mail to set a password.
import { istEmailAdresse } from '../../domain/email.js';
import { FachlicherFehler } from '../../domain/fehler.js';
import type { AppContext } from '../../platform/context.js';
import { partnerLinkSenden } from '../konten/partner-passwort-link.js';

export interface NeuerBenutzer {
  email: string;
  nachname: string;
  vorname: string;
  istAdmin: boolean;
}

/** Creates the user and starts the invitation mail; if the mail workflow cannot start, the user is removed again. */
export async function benutzerAnlegen(
  app: AppContext,
  partnerId: number,
  eingabe: NeuerBenutzer,
): Promise<{ id: number; email: string }> {
  const email = eingabe.email.trim().toLowerCase();
  const nachname = eingabe.nachname.trim();
  const vorname = eingabe.vorname.trim();
  const probleme: Record<string, string> = {};
  if (!istEmailAdresse(email)) probleme.email = 'ungueltig';
  if (!nachname || nachname.length > 100) probleme.nachname = 'fehlt';
  if (!vorname || vorname.length > 100) probleme.vorname = 'fehlt';
  if (!probleme.email && (await app.db('partner_benutzer').where({ email }).first('id'))) probleme.email = 'vergeben';
  if (Object.keys(probleme).length > 0)
    throw new FachlicherFehler('ungueltige_eingabe', 'Benutzer unvollständig', probleme);
  let id: number;
  try {
    [{ id }] = await app
      .db('partner_benutzer')
      .insert({ partner_id: partnerId, email, nachname, vorname, ist_admin: eingabe.istAdmin })
      .returning('id');
  } catch (error) {
    // Two admins adding the same address at the same moment: the unique index decides.
    if ((error as { code?: string }).code === '23505')
      throw new FachlicherFehler('ungueltige_eingabe', 'E-Mail vergeben', { email: 'vergeben' });
    throw error;
  }
  try {
    await partnerLinkSenden(app, email, 'einladung');
  } catch (error) {
    await app.db('partner_benutzer').where({ id }).delete();
    throw error;
  }
  return { id, email };
}
