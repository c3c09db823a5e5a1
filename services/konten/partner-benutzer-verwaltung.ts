// Verwaltung of a partner organisation: its users, inviting new ones, deactivating — never the organisation's last admin.
import type { Db } from '../../db/knex.js';
import { istEmailAdresse } from '../../domain/email.js';
import { FachlicherFehler } from '../../domain/fehler.js';
import type { AppContext } from '../../platform/context.js';
import { zugaengeBeenden } from './zugaenge-beenden.js';
import { partnerLinkSenden } from './partner-passwort-link.js';

export interface BenutzerZeile {
  id: number;
  email: string;
  nachname: string;
  vorname: string;
  istAdmin: boolean;
  aktiv: boolean;
  passwortGesetzt: boolean;
  letzterLogin: Date | null;
}

export async function benutzerListe(db: Db, partnerId: number): Promise<BenutzerZeile[]> {
  const rows = await db('partner_benutzer')
    .where({ partner_id: partnerId })
    .orderBy([{ column: 'aktiv', order: 'desc' }, 'nachname', 'vorname', 'id'])
    .select(
      'id',
      'email',
      'nachname',
      'vorname',
      'ist_admin',
      'aktiv',
      'letzter_login',
      db.raw('passwort_hash is not null as passwort_gesetzt'),
    );
  return rows.map((r) => ({
    id: r.id,
    email: r.email,
    nachname: r.nachname,
    vorname: r.vorname,
    istAdmin: r.ist_admin,
    aktiv: r.aktiv,
    passwortGesetzt: r.passwort_gesetzt,
    letzterLogin: r.letzter_login,
  }));
}

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

/** A new invitation for a user who has not set a password yet (the old link stays valid until it expires). */
export async function einladungErneuern(
  app: AppContext,
  partnerId: number,
  benutzerId: number,
): Promise<{ email: string }> {
  const benutzer = await app
    .db('partner_benutzer')
    .where({ id: benutzerId, partner_id: partnerId, aktiv: true })
    .whereNull('passwort_hash')
    .first('email');
  if (!benutzer) throw new FachlicherFehler('nicht_gefunden');
  await partnerLinkSenden(app, benutzer.email, 'einladung');
  return { email: benutzer.email };
}

/** Refuses when no other active admin who can sign in would remain: the organisation must never lock itself out. */
async function andereAdminsPruefen(trx: Db, partnerId: number, benutzerId: number): Promise<void> {
  const andere = await trx('partner_benutzer')
    .where({ partner_id: partnerId, aktiv: true, ist_admin: true })
    .whereNot({ id: benutzerId })
    .whereNotNull('passwort_hash')
    .count({ anzahl: '*' })
    .first();
  if (Number(andere?.anzahl ?? 0) === 0)
    throw new FachlicherFehler('ungueltige_eingabe', 'letzter Admin', { benutzer: 'letzter_admin' });
}

/** Grants or revokes the admin right of an active user; revoking keeps at least one admin who can sign in. */
export async function rolleSetzen(
  db: Db,
  partnerId: number,
  benutzerId: number,
  istAdmin: boolean,
): Promise<{ email: string }> {
  return db.transaction(async (trx) => {
    await trx('partner').where({ id: partnerId }).forUpdate().first('id');
    const benutzer = await trx('partner_benutzer')
      .where({ id: benutzerId, partner_id: partnerId, aktiv: true })
      .first('email', 'ist_admin');
    if (!benutzer) throw new FachlicherFehler('nicht_gefunden');
    if (benutzer.ist_admin && !istAdmin) await andereAdminsPruefen(trx, partnerId, benutzerId);
    await trx('partner_benutzer').where({ id: benutzerId }).update({ ist_admin: istAdmin, updated_at: trx.fn.now() });
    return { email: benutzer.email };
  });
}

/**
 * Deactivates a user of the organisation, ends their sessions and spends their links. The organisation row is locked
 * so two admins deactivating each other at once cannot both succeed and leave no admin who can sign in.
 */
export async function benutzerDeaktivieren(db: Db, partnerId: number, benutzerId: number): Promise<{ email: string }> {
  return db.transaction(async (trx) => {
    await trx('partner').where({ id: partnerId }).forUpdate().first('id');
    const benutzer = await trx('partner_benutzer')
      .where({ id: benutzerId, partner_id: partnerId, aktiv: true })
      .first('id', 'email', 'ist_admin');
    if (!benutzer) throw new FachlicherFehler('nicht_gefunden');
    if (benutzer.ist_admin) await andereAdminsPruefen(trx, partnerId, benutzerId);
    await trx('partner_benutzer').where({ id: benutzerId }).update({ aktiv: false, updated_at: trx.fn.now() });
    await zugaengeBeenden(trx, { art: 'partner', id: benutzerId });
    return { email: benutzer.email };
  });
}
