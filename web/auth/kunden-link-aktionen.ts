// The client sign-in's "Passwort vergessen" routes wired to the client password-link use cases.
import type { AppContext } from '../../platform/context.js';
import { linkAnfordern, linkEinloesen, linkGueltig } from '../../services/konten/kunden-passwort-link.js';
import type { LinkAktionen } from './vergessen-routes.js';

export function kundenLinkAktionen(app: AppContext): LinkAktionen {
  return {
    anfordern: (kundennummer) => linkAnfordern(app, kundennummer),
    gueltig: (token) => linkGueltig(app.db, token),
    einloesen: (token, neu, wiederholung) => linkEinloesen(app.db, token, neu, wiederholung),
    problemText: (problem) => `passwort.${problem}`,
  };
}
