// Account and appointment mails: password link (token made here, never in workflow history) and the reminder.
import type { Db } from '../../db/knex.js';
import { linkTokenHash, neuesLinkToken, passwortLink } from '../../domain/passwort-link.js';
import { istSprache, type Sprache } from '../../domain/sprache.js';
import type { EinmalSenden } from './einmal-senden.js';
import { passwortLinkText, terminErinnerungText } from './konto-texte.js';

const spracheVon = (wert: unknown): Sprache => (istSprache(wert) ? wert : 'de');

export function createKontoMailActivities({ db, einmalSenden, publicUrl }: { db: Db; einmalSenden: EinmalSenden; publicUrl: string }) {
  return {
    /** Sends a fresh single-use link when the Kundennummer belongs to an active account with an e-mail address. */
    async passwortLinkSenden({ kundennummer, anfrage }: { kundennummer: string; anfrage: string }): Promise<boolean> {
      const kunde = await db('kunden').where({ kundennummer, aktiv: true }).whereNotNull('email').first('id', 'email', 'sprache');
      if (!kunde) return false;
      const token = neuesLinkToken();
      await db('passwort_links').insert({ token_hash: linkTokenHash(token), kunde_id: kunde.id, gueltig_bis: new Date(Date.now() + passwortLink.gueltigMinuten * 60_000) });
      return einmalSenden(`passwort-link/${anfrage}`, kunde.email, passwortLinkText(spracheVon(kunde.sprache), { link: `${publicUrl}/passwort-neu/${token}`, minuten: passwortLink.gueltigMinuten }));
    },

    /** Reminds once per appointment time; skips when the appointment moved or was cancelled meanwhile. */
    async terminErinnerungSenden({ terminId, beginn }: { terminId: number; beginn: string }): Promise<boolean> {
      const termin = await db('termine as t').join('kunden as k', 'k.id', 't.kunde_id').where('t.id', terminId).first('t.status', 't.beginn', 'k.email', 'k.aktiv', 'k.sprache');
      // Not there yet: the appointment's transaction may still be committing (appointments are never deleted). Retried.
      if (!termin) throw new Error(`appointment ${terminId} not found`);
      if (termin.status !== 'geplant' || new Date(termin.beginn).getTime() !== Date.parse(beginn) || !termin.email || !termin.aktiv) return false;
      return einmalSenden(`termin/${terminId}/${beginn}`, termin.email, terminErinnerungText(spracheVon(termin.sprache), { portalUrl: `${publicUrl}/kunde/termine` }));
    },
  };
}
