// The jobcenter's own address block, shown on letters, the contact page and the imprint.
export const jobcenter = {
  name: 'Jobcenter Musterstadt',
  strasse: 'Am Rathausplatz 1',
  plzOrt: '12345 Musterstadt',
  telefon: '0123 4567-0',
  email: 'poststelle@jobcenter-musterstadt.example',
  /** Weekdays (1 = Monday … 7 = Sunday) with their opening times; none means closed, appointments by arrangement. */
  oeffnungszeiten: [
    { tage: [1, 2, 5], zeiten: [{ von: '08:00', bis: '12:00' }] },
    {
      tage: [4],
      zeiten: [
        { von: '08:00', bis: '12:00' },
        { von: '14:00', bis: '17:30' },
      ],
    },
    { tage: [3], zeiten: [] },
  ],
} as const;

/** Team mailboxes that get a notice (no social data) when a document reaches the team. */
export const teamPostfaecher = {
  leistung: 'team-leistung@jobcenter-musterstadt.example',
  vermittlung: 'team-vermittlung@jobcenter-musterstadt.example',
  poststelle: 'poststelle@jobcenter-musterstadt.example',
} as const;
