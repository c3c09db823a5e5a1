// Revokes a folder's share link at once; the folder is then kept only until the Löschlauf deletes it.
import type { AppContext } from '../../platform/context.js';
import { eigeneMappe } from './eigene-mappe.js';

export async function mappeWiderrufen(
  app: Pick<AppContext, 'db'>,
  kundeId: number,
  mappeId: number,
  jetzt = new Date(),
): Promise<void> {
  const mappe = await eigeneMappe(app.db, kundeId, mappeId, jetzt);
  await app.db('bewerbungsmappen').where({ id: mappe.id }).whereNull('widerrufen_am').update({ widerrufen_am: jetzt });
}
