// Partner organisations (staff, Admin): create one with its first admin, who is invited by e-mail to set a password.
import { istEmailAdresse } from '../../domain/email.js';
import { FachlicherFehler } from '../../domain/fehler.js';
import type { AppContext } from '../../platform/context.js';
import { partnerLinkSenden } from './partner-passwort-link.js';
import { zugaengeBeenden } from './zugaenge-beenden.js';

export interface NeuePartnerOrganisation {
  name: string;
  email: string;
  telefon?: string;
  admin: { email: string; vorname: string; nachname: string };
}

export interface PartnerZeile {
  id: number;
  name: string;
  email: string;
  benutzer: number;
  kunden: number;
  aktiv: boolean;
}

export async function partnerListe(app: AppContext): Promise<PartnerZeile[]> {
  const rows = await app
    .db('partner as p')
    .orderBy('p.name')
    .select(
      'p.id',
      'p.name',
      'p.email',
      'p.aktiv',
      app.db.raw('(select count(*) from partner_benutzer b where b.partner_id = p.id and b.aktiv)::int as benutzer'),
      app.db.raw('(select count(*) from partner_kunden pk where pk.partner_id = p.id)::int as kunden'),
    );
  return rows;
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

export interface ZuweisungZeile {
  kundennummer: string;
  name: string;
  seit: Date;
}

/** The organisation and the clients assigned to it, or 404. */
export async function zuweisungenLaden(
  app: AppContext,
  partnerId: number,
): Promise<{ name: string; zeilen: ZuweisungZeile[] }> {
  const partner = await app.db('partner').where({ id: partnerId }).first('name');
  if (!partner) throw new FachlicherFehler('nicht_gefunden');
  const zeilen = await app
    .db('partner_kunden as pk')
    .join('kunden as k', 'k.id', 'pk.kunde_id')
    .where('pk.partner_id', partnerId)
    .orderBy(['k.nachname', 'k.vorname'])
    .select('k.kundennummer', app.db.raw("k.nachname || ', ' || k.vorname as name"), 'pk.seit');
  return { name: partner.name, zeilen };
}

/** Ends an assignment (e.g. the measure is over): the partner can no longer send for this client. Letters already sent stay. */
export async function zuweisungBeenden(app: AppContext, partnerId: number, kundennummer: string): Promise<void> {
  const geloescht = await app
    .db('partner_kunden')
    .where({ partner_id: partnerId })
    .whereIn('kunde_id', app.db('kunden').where({ kundennummer }).select('id'))
    .delete();
  if (geloescht === 0) throw new FachlicherFehler('nicht_gefunden');
}

/**
 * Deactivates an organisation (its contract ended): its users can no longer sign in, open sessions and links end, and its
 * assignments end, so nothing more can be sent for those clients. Letters and submissions stay on record.
 */
export async function partnerDeaktivieren(app: AppContext, partnerId: number): Promise<{ name: string }> {
  return app.db.transaction(async (trx) => {
    const [partner] = await trx('partner')
      .where({ id: partnerId, aktiv: true })
      .update({ aktiv: false, updated_at: trx.fn.now() })
      .returning('name');
    if (!partner) throw new FachlicherFehler('nicht_gefunden');
    const benutzer = await trx('partner_benutzer').where({ partner_id: partnerId }).pluck('id');
    for (const id of benutzer) await zugaengeBeenden(trx, { art: 'partner', id });
    await trx('partner_kunden').where({ partner_id: partnerId }).delete();
    return { name: partner.name };
  });
}
