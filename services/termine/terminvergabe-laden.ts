// What the Admin team's Terminvergabe page lists: every Anliegen and the active staff members slots may be opened for.
import type { Db } from '../../db/knex.js';

export async function terminvergabeLaden(db: Db) {
  const [anliegen, mitarbeiter] = await Promise.all([
    db('anliegen')
      .where({ aktiv: true })
      .orderBy('name')
      .select('id', 'name', 'dauer_minuten as dauerMinuten', 'ort', 'team', 'oeffentlich'),
    db('mitarbeiter')
      .where({ aktiv: true })
      .whereNot({ team: 'admin' })
      .orderBy(['nachname', 'vorname'])
      .select('id', db.raw("vorname || ' ' || nachname as name"), 'team'),
  ]);
  return { anliegen, mitarbeiter };
}
