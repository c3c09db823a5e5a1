// Creates a partner organisation (Admin) with its first admin, who is invited by e-mail to set a password.
import { z } from 'zod';
import { problemCodes, problemeAus } from '../../domain/eingabe.js';
import { istEmailAdresse } from '../../domain/email.js';
import { PartnerBenutzer } from '../../db/models/partner-benutzer.js';
import { FachlicherFehler } from '../../domain/fehler.js';
import type { AppContext } from '../../platform/context.js';
import { partnerLinkSenden } from '../konten/partner-passwort-link.js';

export interface NeuePartnerOrganisation {
  name: string;
  email: string;
  telefon?: string;
  admin: { email: string; vorname: string; nachname: string };
}

/** What can be wrong: name, adminVorname, adminNachname "fehlt"; email, adminEmail "ungueltig"; adminEmail "vergeben". */
export type OrganisationProblem = 'fehlt' | 'ungueltig' | 'vergeben';

const code = problemCodes<OrganisationProblem>();
const pflichtfeld = (max: number) => z.string().trim().min(1, code('fehlt')).max(max, code('fehlt'));
const emailAdresse = z.string().trim().toLowerCase();

/** `adminVergeben`: the admin's address already has a partner portal access (of any organisation). */
const organisationSchema = (adminVergeben: boolean) =>
  z.object({
    name: pflichtfeld(200),
    email: emailAdresse.refine(istEmailAdresse, code('ungueltig')),
    adminEmail: emailAdresse.superRefine((email, ctx) => {
      if (!istEmailAdresse(email)) ctx.addIssue({ code: z.ZodIssueCode.custom, ...code('ungueltig') });
      else if (adminVergeben) ctx.addIssue({ code: z.ZodIssueCode.custom, ...code('vergeben') });
    }),
    adminVorname: pflichtfeld(100),
    adminNachname: pflichtfeld(100),
  });

/** Creates organisation and admin in one transaction, then starts the invitation; undone if the invitation cannot start. */
export async function partnerOrganisationAnlegen(
  app: AppContext,
  eingabe: NeuePartnerOrganisation,
): Promise<{ partnerId: number }> {
  const adminVergeben = await PartnerBenutzer.query(app.db)
    .findOne({ email: eingabe.admin.email.trim().toLowerCase() })
    .select('id');
  const geprueft = organisationSchema(Boolean(adminVergeben)).safeParse({
    name: eingabe.name,
    email: eingabe.email,
    adminEmail: eingabe.admin.email,
    adminVorname: eingabe.admin.vorname,
    adminNachname: eingabe.admin.nachname,
  });
  if (!geprueft.success)
    throw new FachlicherFehler(
      'ungueltige_eingabe',
      'Organisation unvollständig',
      problemeAus<OrganisationProblem>(geprueft.error),
    );
  const { name, email } = geprueft.data;
  const admin = {
    email: geprueft.data.adminEmail,
    vorname: geprueft.data.adminVorname,
    nachname: geprueft.data.adminNachname,
  };
  const partnerId = await app.db.transaction(async (trx) => {
    const [{ id }] = await trx('partner')
      .insert({ name, email, telefon: eingabe.telefon?.trim() || null })
      .returning('id');
    await PartnerBenutzer.query(trx).insert({
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
      await PartnerBenutzer.query(trx).where({ partner_id: partnerId }).delete();
      await trx('partner').where({ id: partnerId }).delete();
    });
    throw error;
  }
  return { partnerId };
}
