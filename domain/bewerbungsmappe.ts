// Bewerbungsmappe: limits of a shared application folder, its link's lifetime and how often the link may be used.

export const bewerbungsmappe = {
  /** Default lifetime of a share link. */
  gueltigTage: 30,
  /** Longest lifetime a client may choose. */
  hoechstensTage: 180,
  dokumente: 20,
  titelLaenge: 120,
  /** What a client may upload straight into a folder: it is also sent to the jobcenter and filed like any document. */
  dokumentarten: ['Lebenslauf', 'Sonstiges - Vermittlung'],
  /**
   * Token bucket per folder, shared by page views and downloads: enough for an employer to look and download
   * everything at once, then one call every 6 seconds — a link passed around widely cannot be used to pull bulk data.
   */
  abrufe: { vorrat: 30, proSekunde: 1 / 6 },
} as const;

/** The token in a share link: 32 random bytes, base64url (domain/passwort-link.ts makes and hashes it). */
export const mappenTokenMuster = /^[A-Za-z0-9_-]{43}$/;

/** Whether a folder's link can be opened at `jetzt`. */
export const mappeOffen = (m: { gueltigBis: Date; widerrufenAm: Date | null }, jetzt: Date): boolean =>
  m.widerrufenAm === null && m.gueltigBis.getTime() > jetzt.getTime();

/** When a folder's Löschfrist starts: its revocation, or its expiry. */
export const mappeAb = (m: { gueltigBis: Date; widerrufenAm: Date | null }): Date =>
  m.widerrufenAm && m.widerrufenAm < m.gueltigBis ? m.widerrufenAm : m.gueltigBis;
