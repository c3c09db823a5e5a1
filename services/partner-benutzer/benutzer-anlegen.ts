// A partner admin adds a user to the organisation, who is invited by e-mail to set a password.
import { z } from 'zod';
import { problemCodes, problemeAus, type Probleme } from '../../domain/eingabe.js';
import { istEmailAdresse } from '../../domain/email.js';
import { PartnerBenutzer } from '../../db/models/partner-benutzer.js';
import { FachlicherFehler } from '../../domain/fehler.js';
import type { AppContext } from '../../platform/context.js';
import { partnerLinkSenden } from '../konten/partner-passwort-link.js';

export interface NeuerBenutzer {
  email: string;
  nachname: string;
  vorname: string;
  istAdmin: boolean;
}

/** What can be wrong: email "ungueltig" or "vergeben" (already has an access), nachname, vorname "fehlt". */
export type BenutzerProblem = 'ungueltig' | 'vergeben' | 'fehlt';

const code = problemCodes<BenutzerProblem>();
const name = z.string().trim().min(1, code('fehlt')).max(100, code('fehlt'));
const benutzerSchema = z.object({
  email: z.string().trim().toLowerCase().refine(istEmailAdresse, code('ungueltig')),
  nachname: name,
  vorname: name,
});

function ablehnen(probleme: Probleme<BenutzerProblem>, text: string): never {
  throw new FachlicherFehler('ungueltige_eingabe', text, probleme);
}

/** Creates the user and starts the invitation mail; if the mail workflow cannot start, the user is removed again. */
export async function benutzerAnlegen(
  app: AppContext,
  partnerId: number,
  eingabe: NeuerBenutzer,
): Promise<{ id: number; email: string }> {
  const geprueft = benutzerSchema.safeParse(eingabe);
  const probleme: Probleme<BenutzerProblem> = geprueft.success ? {} : problemeAus<BenutzerProblem>(geprueft.error);
  const email = eingabe.email.trim().toLowerCase();
  if (!probleme.email && (await PartnerBenutzer.query(app.db).findOne({ email }).select('id')))
    probleme.email = 'vergeben';
  if (!geprueft.success || Object.keys(probleme).length > 0) return ablehnen(probleme, 'Benutzer unvollständig');
  const { nachname, vorname } = geprueft.data;
  let id: number;
  try {
    ({ id } = await PartnerBenutzer.query(app.db).insert({
      partner_id: partnerId,
      email,
      nachname,
      vorname,
      ist_admin: eingabe.istAdmin,
    }));
  } catch (error) {
    // Two admins adding the same address at the same moment: the unique index decides.
    if ((error as { code?: string }).code === '23505') return ablehnen({ email: 'vergeben' }, 'E-Mail vergeben');
    throw error;
  }
  try {
    await partnerLinkSenden(app, email, 'einladung');
  } catch (error) {
    await PartnerBenutzer.query(app.db).deleteById(id);
    throw error;
  }
  return { id, email };
}
