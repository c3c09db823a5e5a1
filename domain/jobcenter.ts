// The jobcenter's own address block, shown on letters, the contact page and the imprint.
export const jobcenter = {
  name: 'Jobcenter Musterstadt',
  strasse: 'Am Rathausplatz 1',
  plzOrt: '12345 Musterstadt',
  telefon: '0123 4567-0',
  email: 'poststelle@jobcenter-musterstadt.example',
  oeffnungszeiten: [
    { tage: 'Montag, Dienstag, Freitag', zeiten: '08:00–12:00 Uhr' },
    { tage: 'Donnerstag', zeiten: '08:00–12:00 und 14:00–17:30 Uhr' },
    { tage: 'Mittwoch', zeiten: 'geschlossen (Termine nach Vereinbarung)' },
  ],
} as const;

/** Team mailboxes that get a notice (no social data) when a document reaches the team. */
export const teamPostfaecher = {
  leistung: 'team-leistung@jobcenter-musterstadt.example',
  vermittlung: 'team-vermittlung@jobcenter-musterstadt.example',
  poststelle: 'poststelle@jobcenter-musterstadt.example',
} as const;
