// A language choice takes effect at once: in the session, and on the signed-in client's or partner user's account (e-mails).
import type { Db } from '../../db/knex.js';
import type { Sprache } from '../../domain/sprache.js';
import type { Konto } from '../../services/konten/konto.js';
import { spracheSpeichern } from '../../services/konten/sprache-speichern.js';
import type { Sitzung, Sitzungen } from './sitzung.js';

export async function spracheWaehlen(db: Db, sitzungen: Sitzungen, sitzung: Sitzung, sprache: Sprache): Promise<void> {
  const konto: Konto | undefined = sitzung.kunde
    ? { art: 'kunde', id: sitzung.kunde.id }
    : sitzung.partner
      ? { art: 'partner', id: sitzung.partner.benutzerId }
      : undefined;
  if (konto) await spracheSpeichern(db, konto, sprache);
  sitzung.daten.sprache = sprache;
  await sitzungen.speichern(sitzung);
}
