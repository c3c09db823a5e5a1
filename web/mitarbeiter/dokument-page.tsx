// Document view (first cut): Dokumentart, client, status, DMS reference and the status timeline.
import { ArbeitsplatzPage, type ArbeitsplatzKontext } from './arbeitsplatz-page.js';

export interface DokumentAnsicht {
  eingangsnummer: string;
  kundennummer: string;
  dokumentart: string;
  status: string;
  teams: string[];
  dmsReferenz: string | null;
  timeline: Array<{ status: string; zeit: Date }>;
}

const zeit = new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', dateStyle: 'medium', timeStyle: 'medium' });

export function DokumentPage({ kontext, dokument }: { kontext: ArbeitsplatzKontext; dokument: DokumentAnsicht }) {
  return (
    <ArbeitsplatzPage kontext={kontext} titel={`${dokument.dokumentart} ${dokument.eingangsnummer}`}>
      <dl class="angaben">
        <dt>Kundennummer</dt>
        <dd>{dokument.kundennummer}</dd>
        <dt>Status</dt>
        <dd>{dokument.status}</dd>
        <dt>Teams</dt>
        <dd>{dokument.teams.join(', ')}</dd>
        <dt>DMS-Referenz</dt>
        <dd>{dokument.dmsReferenz ?? '–'}</dd>
      </dl>
      <h2>Verlauf</h2>
      <ol>
        {dokument.timeline.map((t) => (
          <li>
            {zeit.format(t.zeit)}: {t.status}
          </li>
        ))}
      </ol>
    </ArbeitsplatzPage>
  );
}
