// The shared Bewerbungsmappe as a visitor sees it without sign-in: the folder's title and its documents, nothing else of the client.
import { dateigroesse } from '../components/dateigroesse.js';
import { Liste } from '../components/liste.js';
import type { I18n } from '../i18n/index.js';
import { Meldung } from '../components/meldung.js';
import { Page } from '../layout/page.js';
import type { OeffentlicheMappe } from '../../services/bewerbungsmappe/mappe-oeffnen.js';
import { Verweis } from '../components/verweis.js';

export function MappePage({ i18n, token, mappe }: { i18n: I18n; token: string; mappe?: OeffentlicheMappe }) {
  const { t, tf } = i18n;
  if (!mappe)
    return (
      <Page titel={t('mappe.oeffentlich_titel')} i18n={i18n} robots="noindex, nofollow">
        <h1 class="kern-heading-large">{t('mappe.oeffentlich_titel')}</h1>
        <Meldung art="fehler" rolle="status">
          <p>{t('mappe.ungueltig')}</p>
        </Meldung>
      </Page>
    );
  return (
    <Page titel={mappe.titel} i18n={i18n} robots="noindex, nofollow">
      <h1 class="kern-heading-large">{mappe.titel}</h1>
      <p>{tf('mappe.oeffentlich_einleitung', { datum: i18n.datum(mappe.gueltigBis) })}</p>
      <Liste
        label={t('mappe.dokumente')}
        leer={t('mappe.keine_dokumente')}
        zeilen={mappe.dokumente}
        spalten={[
          { kopf: t('gesendet.name'), zelle: (d) => d.name },
          { kopf: t('mappe.groesse'), zelle: (d) => dateigroesse(d.bytes, i18n.sprache) },
          {
            kopf: t('mappe.herunterladen'),
            zelle: (d) => (
              <Verweis href={`/mappe/${token}/${d.id}`} download>
                {t('mappe.herunterladen')}
                <span class="kern-sr-only">{` ${d.name}`}</span>
              </Verweis>
            ),
          },
        ]}
      />
    </Page>
  );
}
