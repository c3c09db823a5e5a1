// The two password sign-ins (clients by Kundennummer, partner users by e-mail): their paths, identifier field and texts.
import type { MessageKey } from '../i18n/de.js';

export interface Zugang {
  art: 'kunde' | 'partner';
  anmelden: string;
  vergessen: string;
  passwortNeu: string;
  start: string;
  /** The identifier's form field and its input attributes. */
  feld: 'kundennummer' | 'email';
  feldTyp: 'text' | 'email';
  texte: {
    willkommen: MessageKey;
    einleitung: MessageKey;
    feld: MessageKey;
    feldHinweis?: MessageKey;
    fehlgeschlagen: MessageKey;
    anderer: MessageKey;
    vergessenEinleitung: MessageKey;
    vergessenBestaetigung: MessageKey;
    vergessenFeldFehlt: MessageKey;
  };
  /** Link to the other sign-in, for visitors on the wrong page. */
  andererZugang: string;
}

export const kundenZugang: Zugang = {
  art: 'kunde',
  anmelden: '/anmelden',
  vergessen: '/passwort-vergessen',
  passwortNeu: '/passwort-neu',
  start: '/kunde',
  feld: 'kundennummer',
  feldTyp: 'text',
  texte: {
    willkommen: 'login.willkommen',
    einleitung: 'login.einleitung',
    feld: 'login.kundennummer',
    feldHinweis: 'login.kundennummer.hinweis',
    fehlgeschlagen: 'fehler.anmeldung_fehlgeschlagen',
    anderer: 'login.zum_partnerportal',
    vergessenEinleitung: 'vergessen.einleitung',
    vergessenBestaetigung: 'vergessen.bestaetigung',
    vergessenFeldFehlt: 'vergessen.fehler.kundennummer',
  },
  andererZugang: '/partner/anmelden',
};

export const partnerZugang: Zugang = {
  art: 'partner',
  anmelden: '/partner/anmelden',
  vergessen: '/partner/passwort-vergessen',
  passwortNeu: '/partner/passwort-neu',
  start: '/partner',
  feld: 'email',
  feldTyp: 'email',
  texte: {
    willkommen: 'partner.login.willkommen',
    einleitung: 'partner.login.einleitung',
    feld: 'partner.login.email',
    fehlgeschlagen: 'partner.login.fehlgeschlagen',
    anderer: 'partner.login.zum_kundenportal',
    vergessenEinleitung: 'partner.vergessen.einleitung',
    vergessenBestaetigung: 'partner.vergessen.bestaetigung',
    vergessenFeldFehlt: 'partner.vergessen.fehler.email',
  },
  andererZugang: '/anmelden',
};
