// Termin buchen (client): choose an Anliegen, then a free slot; the booking shows up under Termine.
import { BuchungsSchritte } from '../components/buchungs-schritte.js';
import { FehlerZusammenfassung } from '../components/fehler-zusammenfassung.js';
import type { FeldFehlerEintrag } from '../components/feld-fehler.js';
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
      <BuchungsSchritte i18n={i18n} csrf={csrf} pfad="/kunde/termin-buchen" auswahl={auswahl} fehler={fehler} />
    </PortalPage>
  );
}
