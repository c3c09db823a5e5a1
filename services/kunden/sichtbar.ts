// Which inbound documents a client sees as their own: their own submissions, their paper as scanned once it belongs
// to them, and what a partner sent for them with "Kunde berechtigt" (one index range, no join).
export const SICHTBAR_FUER_KUNDEN = "(e.kanal in ('kunde', 'scan') or (e.kanal = 'partner' and e.kunde_berechtigt))";
