// Creates a partner organisation (Admin) with its first admin, who is invited by e-mail to set a password.
import { istEmailAdresse } from '../../domain/email.js';
import { FachlicherFehler } from '../../domain/fehler.js';
import type { AppContext } from '../../platform/context.js';
import { partnerLinkSenden } from '../konten/partner-passwort-link.js';

export interface NeuePartnerOrganisation {
  name: string;
  email: string;
  telefon?: string;
  admin: { email: string; vorname: string; nachname: string };
}

/** Creates organisation and admin in one transaction, then starts the invitation; undone if the invitation cannot start. */
export async function partnerOrganisationAnlegen(
  app: AppContext,
  eingabe: NeuePartnerOrganisation,
): Promise<{ partnerId: number }> {
  const name = eingabe.name.trim();
  const email = eingabe.email.trim().toLowerCase();
  const admin = {
    email: eingabe.admin.email.trim().toLowerCase(),
    vorname: eingabe.admin.vorname.trim(),
    nachname: eingabe.admin.nachname.trim(),
  };
  const probleme: Record<string, string> = {};
  if (!name || name.length > 200) probleme.name = 'fehlt';
  if (!istEmailAdresse(email)) probleme.email = 'ungueltig';
  if (!istEmailAdresse(admin.email)) probleme.adminEmail = 'ungueltig';
  else if (await app.db('partner_benutzer').where({ email: admin.email }).first('id')) probleme.adminEmail = 'vergeben';
  if (!admin.vorname || admin.vorname.length > 100) probleme.adminVorname = 'fehlt';
  if (!admin.nachname || admin.nachname.length > 100) probleme.adminNachname = 'fehlt';
  if (Object.keys(probleme).length > 0)
    throw new FachlicherFehler('ungueltige_eingabe', 'Organisation unvollständig', probleme);
  const partnerId = await app.db.transaction(async (trx) => {
    const [{ id }] = await trx('partner')
      .insert({ name, email, telefon: eingabe.telefon?.trim() || null })
      .returning('id');
    await trx('partner_benutzer').insert({
      partner_id: id,
      email: admin.email,
      vorname: admin.vorname,
      nachname: admin.nachname,
      ist_admin: true,
    });
    return id as number;
  });
  try {
    await partnerLinkSenden(app, admin.email, 'einladung');
  } catch (error) {
    await app.db.transaction(async (trx) => {
      await trx('partner_benutzer').where({ partner_id: partnerId }).delete();
      await trx('partner').where({ id: partnerId }).delete();
    });
    throw error;
  }
  return { partnerId };
}
