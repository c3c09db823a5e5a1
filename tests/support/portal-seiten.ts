// The pages of each audience that every language must serve: one list for the axe checks and the no-German-text check.

/** Without sign-in. */
export const oeffentlicheSeiten = [
  '/anmelden',
  '/passwort-vergessen',
  '/partner/anmelden',
  '/partner/passwort-vergessen',
  '/impressum',
  '/datenschutz',
  '/barrierefreiheit',
  '/leichte-sprache',
  '/bearbeitungsstand',
];

/** A signed-in client's pages (the page of one Bewerbungsmappe needs its id and is added by the tests). */
export const kundenportalSeiten = [
  '/kunde',
  '/kunde/termine',
  '/kunde/eingang',
  '/kunde/gesendet',
  '/kunde/dokument-senden',
  '/kunde/bewerbungsmappen',
  '/kunde/mitteilung-senden',
  '/kunde/kontakt',
  '/kunde/stammdaten',
  '/kunde/einstellungen',
  '/kunde/auskunft',
  '/kunde/passwort',
];

/** A signed-in partner administrator's pages. */
export const partnerportalSeiten = [
  '/partner',
  '/partner/eingang',
  '/partner/gesendet',
  '/partner/dokument-senden',
  '/partner/mitteilung-senden',
  '/partner/verwaltung',
  '/partner/formulare',
  '/partner/einstellungen',
  '/partner/passwort',
];
