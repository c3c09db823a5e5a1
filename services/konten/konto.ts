// An account that signs in with a password (a client or a partner user) and where its rows live.
export interface Konto {
  art: 'kunde' | 'partner';
  id: number;
}

export const kontoTabellen = {
  kunde: {
    tabelle: 'kunden',
    kennung: 'kundennummer',
    sitzungsFeld: 'kundeId',
    links: 'passwort_links',
    linkSpalte: 'kunde_id',
  },
  partner: {
    tabelle: 'partner_benutzer',
    kennung: 'email',
    sitzungsFeld: 'partnerBenutzerId',
    links: 'partner_passwort_links',
    linkSpalte: 'partner_benutzer_id',
  },
} as const;
