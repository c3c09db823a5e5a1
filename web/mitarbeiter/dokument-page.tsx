// Document view: the PDF inline and as download, status timeline, DMS reference, Temporal UI link, and the actions.
import { StatusMarke } from '../components/status-marke.js';
import { eingangVerfuegbarkeit, type Loeschfristen } from '../../domain/loeschkonzept.js';
import type { DokumentAnsicht } from '../../services/bearbeitung/sichtbares-dokument.js';
import { FehlerZusammenfassung } from '../components/fehler-zusammenfassung.js';
import { LoeschsperreFormular, verfuegbarText } from './loeschung-anzeige.js';
import { translator } from '../i18n/index.js';
import { ArbeitsplatzPage, teamNamen, type ArbeitsplatzKontext } from './arbeitsplatz-page.js';
import { Angabe, Angaben } from '../components/angaben.js';
import { Karte } from '../components/karte.js';
import { Verweis } from '../components/verweis.js';

const zeit = new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', dateStyle: 'medium', timeStyle: 'medium' });
const offen = (status: string) => ['weitergeleitet', 'in_bearbeitung'].includes(status);

export function DokumentPage({
  kontext,
  dokument,
  temporalLink,
  fehler,
  fristen,
}: {
  kontext: ArbeitsplatzKontext;
  dokument: DokumentAnsicht;
  temporalLink: string;
  fehler?: string;
  fristen: Loeschfristen;
}) {
  const basis = `/mitarbeiter/dokument/${dokument.eingangsnummer}`;
  const csrf = <input type="hidden" name="_csrf" value={kontext.csrf} />;
  return (
    <ArbeitsplatzPage kontext={kontext} titel={`${dokument.dokumentart} ${dokument.eingangsnummer}`}>
      {fehler && <FehlerZusammenfassung i18n={translator('de')} fehler={[{ feld: 'aktionen', text: fehler }]} />}
      <Angaben>
        <Angabe name="Kundennummer">{dokument.kundennummer}</Angabe>
        <Angabe name="Status">
          <StatusMarke i18n={translator('de')} status={dokument.status} />
        </Angabe>
        <Angabe name="Teams">{dokument.teams.map((t) => teamNamen[t] ?? t).join(', ')}</Angabe>
        <Angabe name="DMS-Referenz">{dokument.dmsReferenz ?? '–'}</Angabe>
        <Angabe name="Verfügbar im Portal">
          {verfuegbarText(eingangVerfuegbarkeit(dokument.loeschung, fristen), 'Erledigung')}
          {dokument.loeschsperreGrund && <small class="kern-hint">{` Grund: ${dokument.loeschsperreGrund}`}</small>}
          <LoeschsperreFormular
            action={`${basis}/loeschsperre`}
            csrf={kontext.csrf}
            gesperrt={dokument.loeschung.gesperrt}
            id="dokument"
          />
        </Angabe>
        <Angabe name="Workflow">
          <Verweis href={temporalLink}>In der Temporal UI öffnen</Verweis>
        </Angabe>
      </Angaben>
      {offen(dokument.status) && (
        <Karte id="aktionen" tabIndex={-1} aria-labelledby="aktionen-titel">
          <h2 class="kern-heading-medium" id="aktionen-titel">
            Bearbeiten
          </h2>
          {dokument.zugewiesenAn === null || dokument.status === 'weitergeleitet' ? (
            <form method="post" action={`${basis}/uebernehmen`} class="inline">
              {csrf}
              <button class="kern-btn kern-btn--primary" type="submit">
                <span class="kern-label">Übernehmen</span>
              </button>
            </form>
          ) : null}{' '}
          <form method="post" action={`${basis}/erledigen`} class="inline">
            {csrf}
            <button class="kern-btn kern-btn--primary" type="submit">
              <span class="kern-label">Erledigen</span>
            </button>
          </form>
          <form method="post" action={`${basis}/bereich`} class="formular">
            {csrf}
            <label class="kern-label" for="bereich">
              Bereich ändern
            </label>
            <div class="kern-form-input__select-wrapper">
              <select class="kern-form-input__select" id="bereich" name="bereich">
                <option value="leistung">Leistung</option>
                <option value="vermittlung">Vermittlung</option>
              </select>
            </div>
            <label class="kern-label" for="grund">
              Grund
            </label>
            <input class="kern-form-input__input" id="grund" name="grund" required minLength={3} maxLength={500} />
            <button class="kern-btn kern-btn--primary" type="submit">
              <span class="kern-label">Bereich ändern</span>
            </button>
          </form>
        </Karte>
      )}
      {dokument.blobKey && (
        <section aria-labelledby="pdf-titel">
          <h2 class="kern-heading-medium" id="pdf-titel">
            Dokument
          </h2>
          <p>
            <Verweis href={`${basis}/pdf`}>PDF herunterladen</Verweis>
          </p>
          <iframe class="pdf-ansicht" title={`PDF ${dokument.eingangsnummer}`} src={`${basis}/pdf?ansicht=1`} />
        </section>
      )}
      <h2 class="kern-heading-medium">Verlauf</h2>
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
