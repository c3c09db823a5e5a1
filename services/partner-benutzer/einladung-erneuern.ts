// A partner admin sends a user who has not set a password yet a new invitation.
import { PartnerBenutzer } from '../../db/models/partner-benutzer.js';
import { FachlicherFehler } from '../../domain/fehler.js';
import type { AppContext } from '../../platform/context.js';
import { partnerLinkSenden } from '../konten/partner-passwort-link.js';

/** A new invitation for a user who has not set a password yet (the old link stays valid until it expires). */
export async function einladungErneuern(
  app: AppContext,
  partnerId: number,
  benutzerId: number,
): Promise<{ email: string }> {
  const benutzer = await PartnerBenutzer.query(app.db)
    .findOne({ id: benutzerId, partner_id: partnerId, aktiv: true })
    .whereNull('passwort_hash')
    .select('email');
  if (!benutzer) throw new FachlicherFehler('nicht_gefunden');
  await partnerLinkSenden(app, benutzer.email, 'einladung');
  return { email: benutzer.email };
}
