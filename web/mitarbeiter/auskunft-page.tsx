// Auskünfte (Admin): clients' requests for a copy of their data; have the zip made, download it (audited).
import { ZeilenAktion } from '../components/zeilen-aktion.js';
import { TabellenRahmen } from '../components/tabellen-rahmen.js';
import { translator } from '../i18n/index.js';
import type { AuskunftListenZeile } from '../../services/auskunft/auskuenfte-liste.js';
import { ArbeitsplatzPage, type ArbeitsplatzKontext } from './arbeitsplatz-page.js';
import { Verweis } from '../components/verweis.js';

const statusText: Record<AuskunftListenZeile['status'], string> = {
  beantragt: 'beantragt',
  in_arbeit: 'wird erstellt',
  bereit: 'bereit',
};

export function AuskunftPage({ kontext, zeilen }: { kontext: ArbeitsplatzKontext; zeilen: AuskunftListenZeile[] }) {
  const { datum } = translator('de');
  return (
    <ArbeitsplatzPage kontext={kontext} titel="Auskünfte (Art. 15 DSGVO)">
      <p>
        Eine Auskunft enthält alles, was das Portal über die Kundin oder den Kunden speichert: die Daten als JSON, die
        PDFs und die Protokolleinträge. Sie wird im Hintergrund erstellt; die Kundin oder der Kunde wird benachrichtigt
        und kann sie im Portal herunterladen. Erstellen und Herunterladen werden protokolliert. Eine Auskunft ohne
        Anfrage erstellen Sie unter <Verweis href="/mitarbeiter/kunden">Kundenkonten</Verweis>.
      </p>
      {zeilen.length === 0 ? (
        <p>Keine Auskünfte.</p>
      ) : (
        <TabellenRahmen label="Auskünfte">
          <table class="kern-table liste">
            <thead>
              <tr class="kern-table__row">
                <th class="kern-table__header" scope="col">
                  Kundennummer
                </th>
                <th class="kern-table__header" scope="col">
                  Name
                </th>
                <th class="kern-table__header" scope="col">
                  Beantragt am
                </th>
                <th class="kern-table__header" scope="col">
                  Stand
                </th>
                <th class="kern-table__header" scope="col">
                  Aktionen
                </th>
              </tr>
            </thead>
            <tbody class="kern-table__body">
              {zeilen.map((z) => (
                <tr class="kern-table__row">
                  <td class="kern-table__cell" data-label="Kundennummer">
                    {z.kundennummer}
                  </td>
                  <td class="kern-table__cell" data-label="Name">
                    {z.name}
                  </td>
                  <td class="kern-table__cell" data-label="Beantragt am">
                    {datum(z.beantragt_am)}
                    {z.beantragt_von === 'mitarbeiter' ? ' (vom Jobcenter)' : ''}
                  </td>
                  <td class="kern-table__cell" data-label="Stand">
                    {statusText[z.status]}
                    {z.bereit_am ? ` seit ${datum(z.bereit_am)}` : ''}
                    {z.abgerufen_am ? `, abgerufen am ${datum(z.abgerufen_am)}` : ''}
                  </td>
                  <td class="kern-table__cell" data-label="Aktionen">
                    {z.status === 'bereit' ? (
                      <Verweis href={`/mitarbeiter/auskuenfte/${z.id}/zip`}>
                        Herunterladen<span class="kern-sr-only">{`: ${z.kundennummer}`}</span>
                      </Verweis>
                    ) : (
                      <ZeilenAktion
                        csrf={kontext.csrf}
                        action={`/mitarbeiter/auskuenfte/${z.id}/erstellen`}
                        text={z.status === 'beantragt' ? 'Erstellen' : 'Erneut anstoßen'}
                        ziel={z.kundennummer}
                      />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TabellenRahmen>
      )}
    </ArbeitsplatzPage>
  );
}
