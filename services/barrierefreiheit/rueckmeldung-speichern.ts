// Keeps a visitor's feedback on barriers (Barrierefreiheit page): a message, optionally an e-mail address for a reply.
import { istEmailAdresse } from '../../domain/email.js';
import type { Probleme } from '../../domain/eingabe.js';
import { FachlicherFehler } from '../../domain/fehler.js';
import type { Sprache } from '../../domain/sprache.js';
import type { AppContext } from '../../platform/context.js';

/** What can be wrong: nachricht "fehlt" (or longer than 5,000 characters); kontakt "ungueltig". */
export type RueckmeldungProblem = 'fehlt' | 'ungueltig';

export async function rueckmeldungSpeichern(
  app: AppContext,
  eingabe: { nachricht: string; kontakt: string; sprache: Sprache },
): Promise<void> {
  const { nachricht, kontakt } = eingabe;
  const felder: Probleme<RueckmeldungProblem> = {};
  if (!nachricht.trim() || nachricht.length > 5000) felder.nachricht = 'fehlt';
  if (kontakt.trim() && !istEmailAdresse(kontakt.trim())) felder.kontakt = 'ungueltig';
  if (Object.keys(felder).length > 0)
    throw new FachlicherFehler('ungueltige_eingabe', 'Rückmeldung unvollständig', felder);
  await app
    .db('barriere_rueckmeldungen')
    .insert({ nachricht: nachricht.trim(), kontakt: kontakt.trim() || null, sprache: eingabe.sprache });
}
