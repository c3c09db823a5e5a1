// Termin buchen (client): choose an Anliegen, then a free slot; the booking shows up under Termine.
import { AnliegenAuswahl } from '../components/anliegen-auswahl.js';
import { FehlerZusammenfassung } from '../components/fehler-zusammenfassung.js';
import type { FeldFehlerEintrag } from '../components/feld-fehler.js';
import { TerminBuchenFormular } from '../components/termin-buchen-formular.js';
import { PortalPage, type PortalKontext } from '../layout/portal-page.js';
import type { BuchungsAuswahl } from '../../services/termine/buchungs-auswahl.js';

export function TerminBuchenPage({
  kontext,
  auswahl,
  fehler = [],
}: {
  kontext: PortalKontext;
  auswahl: BuchungsAuswahl;
  fehler?: FeldFehlerEintrag[];
}) {
  const { i18n, csrf } = kontext;
  const { t } = i18n;
  return (
    <PortalPage kontext={kontext} titel={t('buchen.titel')}>
      <FehlerZusammenfassung i18n={i18n} fehler={fehler} />
      <p>{t('buchen.einleitung')}</p>
      <section class="karte">
        <AnliegenAuswahl
          i18n={i18n}
          basis="/kunde/termin-buchen"
          anliegen={auswahl.anliegen}
          gewaehlt={auswahl.gewaehlt?.id}
        />
      </section>
      {auswahl.gewaehlt && (
        <TerminBuchenFormular
          i18n={i18n}
          csrf={csrf}
          aktion="/kunde/termin-buchen"
          anliegen={auswahl.gewaehlt}
          slots={auswahl.slots}
          fehler={fehler}
        />
      )}
    </PortalPage>
  );
}
