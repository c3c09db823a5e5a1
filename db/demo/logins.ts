// Demo accounts created on an empty database; printed by `npm start`. Fictional people only.
export const demoLogins = {
  kunde: { kundennummer: '100D000001', passwort: 'Portal-Start-2026', name: 'Paula Portal' },
  zweiterKunde: { kundennummer: '100D000002', passwort: 'Portal-Start-2026', name: 'Max Mustermann' },
  haushalt: { kundennummer: '100D000003', passwort: 'Portal-Start-2026', name: 'Pia Portal' },
  partnerAdmin: { email: 'anna.admin@bildungswerk.example', passwort: 'Partner-Start-2026', name: 'Anna Admin' },
} as const;

export const demoMitarbeiter = [
  {
    oidc_subject: 'demo-leistung',
    vorname: 'Katrin',
    nachname: 'Berger',
    team: 'leistung',
    email: 'katrin.berger@jobcenter-musterstadt.example',
    telefon: '0123 4567-210',
    raum: 'A 2.10',
  },
  {
    oidc_subject: 'demo-vermittlung',
    vorname: 'Tobias',
    nachname: 'Krüger',
    team: 'vermittlung',
    email: 'tobias.krueger@jobcenter-musterstadt.example',
    telefon: '0123 4567-305',
    raum: 'B 3.05',
  },
  {
    oidc_subject: 'demo-poststelle',
    vorname: 'Sabine',
    nachname: 'Winter',
    team: 'poststelle',
    email: 'sabine.winter@jobcenter-musterstadt.example',
    telefon: '0123 4567-100',
    raum: 'A 0.12',
  },
  {
    oidc_subject: 'demo-admin',
    vorname: 'Jonas',
    nachname: 'Albrecht',
    team: 'admin',
    email: 'jonas.albrecht@jobcenter-musterstadt.example',
    telefon: '0123 4567-001',
    raum: 'A 1.01',
  },
] as const;

/** The embedded identity provider's accounts: the demo staff, signed in by their subject (e.g. "demo-leistung"). */
export const demoIdpKonten = demoMitarbeiter.map((m) => ({
  sub: m.oidc_subject,
  vorname: m.vorname,
  nachname: m.nachname,
  email: m.email,
  team: m.team,
}));
