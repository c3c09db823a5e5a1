// The booking confirmation: a fresh single-use cancel/move link (made here, never in workflow history) and the .ics file.
import type { Db } from '../../db/knex.js';
import { jobcenter } from '../../domain/jobcenter.js';
import { kalenderDatei } from '../../domain/kalender.js';
import { linkTokenHash, neuesLinkToken } from '../../domain/passwort-link.js';
import { istSprache, type Sprache } from '../../domain/sprache.js';
import type { EinmalSenden } from './einmal-senden.js';
import { bestaetigungsTexte } from './termin-bestaetigung-texte.js';

const zeitFormat = (sprache: Sprache, optionen: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat(sprache, { timeZone: 'Europe/Berlin', ...optionen });

export function createTerminBestaetigungActivities({
  db,
  einmalSenden,
  publicUrl,
}: {
  db: Db;
  einmalSenden: EinmalSenden;
  publicUrl: string;
}) {
  return {
    /** Skips an appointment that was cancelled or moved meanwhile (the move starts its own confirmation). */
    async terminBestaetigungSenden({ terminId, beginn }: { terminId: number; beginn: string }): Promise<boolean> {
      const termin = await db('termine as t')
        .leftJoin('kunden as k', 'k.id', 't.kunde_id')
        .where('t.id', terminId)
        .first(
          't.status',
          't.beginn',
          't.dauer_minuten',
          't.raum',
          't.erinnerung_schluessel',
          db.raw('coalesce(k.email, t.gast_email) as email'),
          db.raw('coalesce(k.sprache, t.gast_sprache) as sprache'),
        );
      if (!termin) throw new Error(`appointment ${terminId} not found`);
      const start = new Date(termin.beginn);
      if (termin.status !== 'geplant' || start.getTime() !== Date.parse(beginn) || !termin.email) return false;
      const sprache: Sprache = istSprache(termin.sprache) ? termin.sprache : 'de';
      const texte = bestaetigungsTexte[sprache];
      // A retry after a sent mail makes a link nobody receives: harmless, each is random and single-use per appointment.
      const token = neuesLinkToken();
      await db('termin_links').insert({ token_hash: linkTokenHash(token), termin_id: terminId, gueltig_bis: start });
      const ort = [termin.raum, jobcenter.strasse, jobcenter.plzOrt].filter(Boolean).join(', ');
      const datum = zeitFormat(sprache, { day: '2-digit', month: '2-digit', year: 'numeric' }).format(start);
      const uhrzeit = zeitFormat(sprache, { hour: '2-digit', minute: '2-digit' }).format(start);
      const ics = kalenderDatei({
        uid: `termin-${termin.erinnerung_schluessel}@${new URL(publicUrl).hostname}`,
        beginn: start,
        dauerMinuten: termin.dauer_minuten,
        titel: texte.titel.replace('{jobcenter}', jobcenter.name),
        ort,
        beschreibung: '',
        erstellt: new Date(),
        abgesagt: false,
      });
      const text = [
        texte.anrede,
        '',
        texte.gebucht.replace('{datum}', datum).replace('{uhrzeit}', uhrzeit).replace('{ort}', ort),
        texte.kalender,
        '',
        texte.aendern,
        `${publicUrl}/termin/${token}`,
        texte.einmal,
        '',
        texte.automatisch,
      ].join('\n');
      return einmalSenden(`termin-bestaetigung/${terminId}/${beginn}`, termin.email, {
        betreff: texte.betreff,
        text,
        anhaenge: [{ dateiname: 'termin.ics', inhalt: ics, typ: 'text/calendar; charset=utf-8; method=PUBLISH' }],
      });
    },
  };
}
