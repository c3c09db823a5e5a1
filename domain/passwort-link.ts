// Single-use password links: random token in the e-mail, only its SHA-256 in the database.
import { createHash, randomBytes } from 'node:crypto';

export const passwortLink = { gueltigMinuten: 30, einladungGueltigTage: 7 } as const;

/** Who asked for a link: a client by Kundennummer, or a partner user by e-mail (invitation or "Passwort vergessen"). */
export type PasswortLinkAnfrage =
  | { kundennummer: string; anfrage: string }
  | { partnerEmail: string; zweck: 'einladung' | 'vergessen'; anfrage: string };

export const neuesLinkToken = (): string => randomBytes(32).toString('base64url');
export const linkTokenHash = (token: string): string => createHash('sha256').update(token).digest('hex');
