// Replaces a folder's share link by a new one (the old link stops working): the client can print a card again.
import { linkTokenHash, neuesLinkToken } from '../../domain/passwort-link.js';
import type { AppContext } from '../../platform/context.js';
import { eigeneMappe, mussOffenSein } from './eigene-mappe.js';

export async function linkErneuern(
  app: Pick<AppContext, 'db'>,
  kundeId: number,
  mappeId: number,
  jetzt = new Date(),
): Promise<{ token: string }> {
  mussOffenSein(await eigeneMappe(app.db, kundeId, mappeId, jetzt));
  const token = neuesLinkToken();
  await app
    .db('bewerbungsmappen')
    .where({ id: mappeId, kunde_id: kundeId })
    .update({ token_hash: linkTokenHash(token) });
  return { token };
}
