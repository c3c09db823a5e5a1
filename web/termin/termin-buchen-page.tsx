// Termin buchen without an account: public Anliegen only, name and e-mail instead of a sign-in.
import { BuchungsSchritte } from '../components/buchungs-schritte.js';
import { FehlerZusammenfassung } from '../components/fehler-zusammenfassung.js';
import type { FeldFehlerEintrag } from '../components/feld-fehler.js';
import type { I18n } from '../i18n/index.js';
import { Meldung } from '../components/meldung.js';
import { Page } from '../layout/page.js';
import type { BuchungsAuswahl } from '../../services/termine/buchungs-auswahl.js';
import { Verweis } from '../components/verweis.js';

export function OeffentlichBuchenPage({
  i18n,
  csrf,
  auswahl,
  gebucht = false,
  gast = { name: '', email: '' },
  fehler = [],
}: {
  i18n: I18n;
  csrf: string;
  auswahl: BuchungsAuswahl;
  gebucht?: boolean;
  gast?: { name: string; email: string };
  fehler?: FeldFehlerEintrag[];
}) {
  const { t } = i18n;
  const zurueck = auswahl.gewaehlt ? `/termin-buchen?anliegen=${auswahl.gewaehlt.id}` : '/termin-buchen';
  return (
    <Page titel={t('buchen.titel')} i18n={i18n} csrf={csrf} sprachwahl={zurueck}>
      <h1 class="kern-heading-large">{t('buchen.titel')}</h1>
      {gebucht ? (
        <Meldung art="erfolg">
          <p>{t('buchen.gebucht')}</p>
        </Meldung>
      ) : (
        <>
          <FehlerZusammenfassung i18n={i18n} fehler={fehler} />
          <p>{t('buchen.einleitung')}</p>
          <p>
            <Verweis href="/anmelden">{t('buchen.mit_konto')}</Verweis>
          </p>
          <BuchungsSchritte
            i18n={i18n}
            csrf={csrf}
            pfad="/termin-buchen"
            auswahl={auswahl}
            gast={gast}
            fehler={fehler}
          />
        </>
      )}
    </Page>
  );
}
