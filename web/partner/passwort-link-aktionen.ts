// The partner sign-in's "Passwort vergessen" routes wired to the partner password-link use cases.
import type { AppContext } from '../../platform/context.js';
import {
  partnerLinkEinloesen,
  partnerLinkGueltig,
  partnerLinkSenden,
} from '../../services/konten/partner-passwort-link.js';
import type { LinkAktionen } from '../auth/vergessen-routes.js';

export function partnerLinkAktionen(app: AppContext): LinkAktionen {
  return {
    anfordern: (email) => partnerLinkSenden(app, email, 'vergessen'),
    gueltig: (token) => partnerLinkGueltig(app.db, token),
    einloesen: (token, neu, wiederholung) => partnerLinkEinloesen(app.db, token, neu, wiederholung),
    problemText: (problem) => (problem === 'wie_kundennummer' ? 'partner.passwort.wie_kennung' : `passwort.${problem}`),
  };
}
