// Receipt to the sender and notice to the team, each sent at most once (see einmal-senden.ts).
import type { Db } from '../../db/knex.js';
import type { Team } from '../../domain/bereich.js';
import { teamPostfaecher } from '../../domain/jobcenter.js';
import { istSprache, type Sprache } from '../../domain/sprache.js';
import type { MailTransport } from '../../platform/mail-transport.js';
import { einmalSender } from './einmal-senden.js';
import { empfangsbestaetigung, teamHinweis } from './texte.js';

export interface MailDeps {
  db: Db;
  transport: MailTransport;
  from: string;
  publicUrl: string;
}

export function createMailActivities({ db, transport, from, publicUrl }: MailDeps) {
  const einmalSenden = einmalSender({ db, transport, from });

  return {
    async empfangsbestaetigungSenden({ eingangsnummer }: { eingangsnummer: string }): Promise<boolean> {
      const dokument = await db('eingangsdokumente as e')
        .join('kunden as k', 'k.id', 'e.kunde_id')
        .leftJoin('partner_benutzer as b', 'b.id', 'e.partner_benutzer_id')
        .where('e.eingangsnummer', eingangsnummer)
        .first(
          'e.kanal',
          'e.seiten',
          'e.dokumentart',
          'k.email as kunde_email',
          'k.sprache as kunde_sprache',
          'b.email as partner_email',
          'b.sprache as partner_sprache',
        );
      if (!dokument) throw new Error(`no projection row for ${eingangsnummer}`);
      const an: string | null =
        dokument.kanal === 'partner'
          ? dokument.partner_email
          : dokument.kanal === 'kunde'
            ? dokument.kunde_email
            : null;
      if (!an) return false;
      const portalUrl = `${publicUrl}/${dokument.kanal === 'partner' ? 'partner' : 'kunde'}/gesendet`;
      // The sender reads the receipt in the language chosen in their portal.
      const gewaehlt: unknown = dokument.kanal === 'partner' ? dokument.partner_sprache : dokument.kunde_sprache;
      const sprache: Sprache = istSprache(gewaehlt) ? gewaehlt : 'de';
      const mail = empfangsbestaetigung(
        { eingangsnummer, seiten: dokument.seiten ?? 0, dokumentart: dokument.dokumentart, portalUrl },
        sprache,
      );
      return einmalSenden(`${eingangsnummer}/empfang`, an, mail);
    },

    async teamHinweisSenden({
      eingangsnummer,
      team,
      anlass,
    }: {
      eingangsnummer: string;
      team: Team;
      anlass: number;
    }): Promise<boolean> {
      const mail = teamHinweis({ eingangsnummer, team, arbeitsplatzUrl: `${publicUrl}/mitarbeiter/${team}` });
      return einmalSenden(`${eingangsnummer}/team/${team}/${anlass}`, teamPostfaecher[team], mail);
    },
  };
}
