// Single-use password links: random token in the e-mail, only its SHA-256 in the database.
import { createHash, randomBytes } from 'node:crypto';

export const passwortLink = { gueltigMinuten: 30 } as const;

export const neuesLinkToken = (): string => randomBytes(32).toString('base64url');
export const linkTokenHash = (token: string): string => createHash('sha256').update(token).digest('hex');
