// The page behind the link in the confirmation mail: cancel the appointment or move it to another free slot.
import { FehlerZusammenfassung } from '../components/fehler-zusammenfassung.js';
import type { FeldFehlerEintrag } from '../components/feld-fehler.js';
import { SlotAuswahl } from '../components/slot-auswahl.js';
import type { I18n } from '../i18n/index.js';
import { Meldung } from '../components/meldung.js';
import { Page } from '../layout/page.js';
import type { FreierSlot } from '../../services/termine/freie-slots.js';
import type { TerminPerLink } from '../../services/termine/termin-link-lesen.js';
import { Karte } from '../components/karte.js';

export type LinkErgebnis = 'ungueltig' | 'abgesagt' | 'verschoben';

export function TerminLinkPage({
  i18n,
  csrf,
  token,
  termin,
  slots = [],
  ergebnis,
  fehler = [],
}: {
  i18n: I18n;
  csrf: string;
  token: string;
  termin?: TerminPerLink;
  slots?: FreierSlot[];
  ergebnis?: LinkErgebnis;
  fehler?: FeldFehlerEintrag[];
}) {
  const { t, tf } = i18n;
  const hidden = <input type="hidden" name="_csrf" value={csrf} />;
  const meldung = ergebnis ?? (termin ? undefined : 'ungueltig');
  return (
    <Page titel={t('buchen.link_titel')} i18n={i18n} csrf={csrf}>
      <h1 class="kern-heading-large">{t('buchen.link_titel')}</h1>
      {meldung || !termin ? (
        <Meldung art={meldung === 'ungueltig' ? 'fehler' : 'erfolg'} rolle="status">
          <p>
            {t(
              meldung === 'abgesagt'
                ? 'buchen.abgesagt'
                : meldung === 'verschoben'
                  ? 'buchen.verschoben'
                  : 'buchen.link_ungueltig',
            )}
          </p>
        </Meldung>
      ) : (
        <>
          <FehlerZusammenfassung i18n={i18n} fehler={fehler} />
          <p>
            {tf('buchen.link_termin', {
              datum: i18n.datum(termin.beginn),
              uhrzeit: i18n.uhrzeit(termin.beginn),
              anliegen: termin.anliegen,
            })}
          </p>
          <Karte als="form" method="post" action={`/termin/${token}/absagen`}>
            {hidden}
            <button class="kern-btn kern-btn--primary" type="submit">
              <span class="kern-label">{t('buchen.absagen')}</span>
            </button>
          </Karte>
          <Karte aria-labelledby="verschieben-titel">
            <h2 class="kern-heading-medium" id="verschieben-titel">
              {t('buchen.verschieben')}
            </h2>
            {slots.length === 0 ? (
              <p>{t('buchen.keine_slots')}</p>
            ) : (
              <form method="post" action={`/termin/${token}/verschieben`} class="formular" noValidate>
                {hidden}
                <SlotAuswahl i18n={i18n} slots={slots} fehler={fehler} />
                <button class="kern-btn kern-btn--primary" type="submit">
                  <span class="kern-label">{t('buchen.verschieben_absenden')}</span>
                </button>
              </form>
            )}
          </Karte>
        </>
      )}
    </Page>
  );
}
