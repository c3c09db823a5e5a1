// Opaque paging cursors: a listing's position and filters, base64url-encoded JSON; a damaged or foreign cursor is a field error.
import type { z } from 'zod/v4';
import { FachlicherFehler } from '../../domain/fehler.js';

/** Encodes what a listing needs to resume: where it stopped and with which filters. */
export function cursorKodieren(inhalt: unknown): string {
  return Buffer.from(JSON.stringify(inhalt)).toString('base64url');
}

/** Decodes a cursor of the expected shape, or refuses it (400, field `cursor`). */
export function cursorDekodieren<S extends z.ZodType>(schema: S, cursor: string): z.output<S> {
  let roh: unknown;
  try {
    roh = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    roh = undefined;
  }
  const ergebnis = schema.safeParse(roh);
  if (!ergebnis.success)
    throw new FachlicherFehler('ungueltige_eingabe', 'Der Cursor ist ungültig.', { cursor: 'format' });
  return ergebnis.data;
}
