// Team inbox (first cut): the team's documents, newest first, with Eingangsnummer, date, Kanal, sender, Dokumentart, status, assignee.
import { TabellenRahmen } from '../components/tabellen-rahmen.js';
import { ArbeitsplatzPage, teamNamen, type ArbeitsplatzKontext } from './arbeitsplatz-page.js';

export interface PostfachZeile {
  eingangsnummer: string;
  eingegangenAm: Date;
  kanal: string;
  absender: string;
  kundennummer: string;
  dokumentart: string;
  status: string;
  zugewiesen: string | null;
}

const datum = new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', dateStyle: 'medium', timeStyle: 'short' });

export function PostfachPage({ kontext, team, zeilen }: { kontext: ArbeitsplatzKontext; team: string; zeilen: PostfachZeile[] }) {
  const spalten = ['Eingangsnummer', 'Eingang', 'Kanal', 'Absender', 'Kundennummer', 'Dokumentart', 'Status', 'Zugewiesen'];
  return (
    <ArbeitsplatzPage kontext={kontext} titel={`Postfach ${teamNamen[team] ?? team}`}>
      {zeilen.length === 0 ? (
        <p>Im Postfach liegt nichts.</p>
      ) : (
        <TabellenRahmen label={`Postfach ${teamNamen[team] ?? team}`}>
          <table class="liste">
            <thead>
              <tr>
                {spalten.map((s) => (
                  <th scope="col">{s}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {zeilen.map((z) => {
                const werte = [z.eingangsnummer, datum.format(z.eingegangenAm), z.kanal, z.absender, z.kundennummer, z.dokumentart, z.status, z.zugewiesen ?? '–'];
                return (
                  <tr>
                    {werte.map((w, i) => (
                      <td data-label={spalten[i]}>{w}</td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TabellenRahmen>
      )}
    </ArbeitsplatzPage>
  );
}
