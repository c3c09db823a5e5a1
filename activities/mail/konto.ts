// Account and appointment mails: password link (token made here, never in workflow history) and the reminder.
import type { Db } from '../../db/knex.js';
import { Kunde } from '../../db/models/kunde.js';
import { linkTokenHash, neuesLinkToken, passwortLink, type PasswortLinkAnfrage } from '../../domain/passwort-link.js';
import { istSprache, type Sprache } from '../../domain/sprache.js';
import { terminErinnertErfassen } from '../../services/ereignisse/termin.js';
import type { EinmalSenden } from './einmal-senden.js';
import { einladungText, passwortLinkText, terminErinnerungText } from './konto-texte.js';

const spracheVon = (wert: unknown): Sprache => (istSprache(wert) ? wert : 'de');

export function createKontoMailActivities({
  db,
  einmalSenden,
  publicUrl,
}: {
  db: Db;
  einmalSenden: EinmalSenden;
  publicUrl: string;
}) {
  return {
    /** Sends a fresh single-use link when the account is active and has an e-mail address; unknown accounts get nothing. */
    async passwortLinkSenden(anfrage: PasswortLinkAnfrage): Promise<boolean> {
      const token = neuesLinkToken();
      if ('partnerEmail' in anfrage) {
        const benutzer = await db('partner_benutzer as b')
          .join('partner as p', 'p.id', 'b.partner_id')
          .where({ 'b.email': anfrage.partnerEmail.trim().toLowerCase(), 'b.aktiv': true, 'p.aktiv': true })
          .first('b.id', 'b.email', 'b.sprache', 'p.name as organisation');
        if (!benutzer) return false;
        const einladung = anfrage.zweck === 'einladung';
        const gueltigMs = einladung
          ? passwortLink.einladungGueltigTage * 24 * 3_600_000
          : passwortLink.gueltigMinuten * 60_000;
        await db('partner_passwort_links').insert({
          token_hash: linkTokenHash(token),
          partner_benutzer_id: benutzer.id,
          zweck: anfrage.zweck,
          gueltig_bis: new Date(Date.now() + gueltigMs),
        });
        const link = `${publicUrl}/partner/passwort-neu/${token}`;
        const sprache = spracheVon(benutzer.sprache);
        const text = einladung
          ? einladungText(sprache, {
              link,
              tage: passwortLink.einladungGueltigTage,
              organisation: benutzer.organisation,
            })
          : passwortLinkText(sprache, { link, minuten: passwortLink.gueltigMinuten });
        return einmalSenden(`passwort-link/${anfrage.anfrage}`, benutzer.email, text);
      }
      const kunde = await Kunde.query(db)
        .findOne({ kundennummer: anfrage.kundennummer, aktiv: true })
        .whereNotNull('email')
        .select('id', 'email', 'sprache');
      if (!kunde?.email) return false;
      await db('passwort_links').insert({
        token_hash: linkTokenHash(token),
        kunde_id: kunde.id,
        gueltig_bis: new Date(Date.now() + passwortLink.gueltigMinuten * 60_000),
      });
      return einmalSenden(
        `passwort-link/${anfrage.anfrage}`,
        kunde.email,
        passwortLinkText(spracheVon(kunde.sprache), {
          link: `${publicUrl}/passwort-neu/${token}`,
          minuten: passwortLink.gueltigMinuten,
        }),
      );
    },

    /** Reminds once per appointment time; skips when the appointment moved or was cancelled meanwhile. */
    async terminErinnerungSenden({ terminId, beginn }: { terminId: number; beginn: string }): Promise<boolean> {
      const termin = await db('termine as t')
        .leftJoin('kunden as k', 'k.id', 't.kunde_id')
        .where('t.id', terminId)
        .first(
          't.status',
          't.beginn',
          db.raw('coalesce(k.email, t.gast_email) as email'),
          db.raw('coalesce(k.aktiv, true) as aktiv'),
          db.raw('coalesce(k.sprache, t.gast_sprache) as sprache'),
          't.kunde_id',
        );
      // Not there yet: the appointment's transaction may still be committing (appointments are never deleted). Retried.
      if (!termin) throw new Error(`appointment ${terminId} not found`);
      if (
        termin.status !== 'geplant' ||
        new Date(termin.beginn).getTime() !== Date.parse(beginn) ||
        !termin.email ||
        !termin.aktiv
      )
        return false;
      const schluessel = `termin/${terminId}/${beginn}`;
      const gesendet = await einmalSenden(
        schluessel,
        termin.email,
        terminErinnerungText(spracheVon(termin.sprache), {
          portalUrl: termin.kunde_id ? `${publicUrl}/kunde/termine` : publicUrl,
        }),
      );
      await terminErinnertErfassen(db, terminId, beginn, schluessel);
      return gesendet;
    },
  };
}
