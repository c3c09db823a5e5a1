// Kontakt: the client's Ansprechpartner and Leistungssachbearbeitung, the jobcenter's address and opening hours.
import { Oeffnungszeiten } from '../components/oeffnungszeiten.js';
import type { I18n } from '../i18n/index.js';
import { JobcenterAdresse } from '../components/jobcenter-adresse.js';
import { PortalPage, type PortalKontext } from '../layout/portal-page.js';
import type { MessageKey } from '../i18n/de.js';
import type { KontaktDaten } from '../../services/kunden/konto-abfragen.js';
import type { Kontaktperson } from '../../services/kunden/konto-abfragen.js';
import { Angabe, Angaben } from '../components/angaben.js';
import { Karte } from '../components/karte.js';
import { Verweis } from '../components/verweis.js';

function Person({
  i18n,
  titel,
  id,
  person,
}: {
  i18n: I18n;
  titel: MessageKey;
  id: string;
  person: Kontaktperson | null;
}) {
  const { t } = i18n;
  return (
    <Karte aria-labelledby={id}>
      <h2 class="kern-heading-medium" id={id}>
        {t(titel)}
      </h2>
      {person ? (
        <Angaben>
          <Angabe name={t('kontakt.name')}>{person.name}</Angabe>
          {person.telefon && (
            <>
              <Angabe name={t('kontakt.telefon')}>
                <Verweis href={`tel:${person.telefon.replace(/[^0-9+]/g, '')}`}>{person.telefon}</Verweis>
              </Angabe>
            </>
          )}
          <Angabe name={t('kontakt.email')}>
            <Verweis href={`mailto:${person.email}`}>{person.email}</Verweis>
          </Angabe>
          {person.raum && (
            <>
              <Angabe name={t('kontakt.raum')}>{person.raum}</Angabe>
            </>
          )}
        </Angaben>
      ) : (
        <p>{t('kontakt.nicht_festgelegt')}</p>
      )}
    </Karte>
  );
}

export function KontaktPage({ kontext, daten }: { kontext: PortalKontext; daten: KontaktDaten }) {
  const { i18n } = kontext;
  const { t } = i18n;
  return (
    <PortalPage kontext={kontext} titel={t('kontakt.titel')}>
      <Person i18n={i18n} titel="kontakt.ansprechpartner" id="ansprechpartner" person={daten.ansprechpartner} />
      <Person
        i18n={i18n}
        titel="kontakt.leistungssachbearbeiter"
        id="leistung"
        person={daten.leistungssachbearbeiter}
      />
      <Karte aria-labelledby="jobcenter">
        <h2 class="kern-heading-medium" id="jobcenter">
          {t('kontakt.jobcenter')}
        </h2>
        <JobcenterAdresse i18n={i18n} />
        <h3 class="kern-heading-small">{t('kontakt.oeffnungszeiten')}</h3>
        <Oeffnungszeiten i18n={i18n} />
      </Karte>
    </PortalPage>
  );
}
