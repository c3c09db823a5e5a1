// Bearbeitungsstand for everyone: how far each Bereich is with incoming documents and the next free public appointments.
import type { Bearbeitungsstand } from '../../services/bearbeitungsstand/bearbeitungsstand-lesen.js';
import type { I18n } from '../i18n/index.js';
import { InfoPage } from './info-page.js';
import { Verweis } from '../components/verweis.js';

/** A duration in the reader's language: minutes up to 90, hours up to two days, then days. */
export function dauerText(sekunden: number, sprache: string): string {
  const minuten = sekunden / 60;
  const [wert, einheit] =
    minuten < 90
      ? [Math.max(1, Math.round(minuten)), 'minute']
      : minuten < 2880
        ? [minuten / 60, 'hour']
        : [minuten / 1440, 'day'];
  return new Intl.NumberFormat(sprache, {
    style: 'unit',
    unit: einheit,
    unitDisplay: 'long',
    maximumFractionDigits: 1,
  }).format(wert);
}

export function BearbeitungsstandPage({
  i18n,
  csrf,
  angemeldet,
  stand,
}: {
  i18n: I18n;
  csrf: string;
  angemeldet: boolean;
  stand: Bearbeitungsstand;
}) {
  const { t, tf } = i18n;
  const zeitpunkt = (d: Date) => ({ datum: i18n.datum(d), uhrzeit: i18n.uhrzeit(d), wochentag: i18n.wochentag(d) });
  return (
    <InfoPage i18n={i18n} csrf={csrf} pfad="/bearbeitungsstand" titel={t('stand.titel')} angemeldet={angemeldet}>
      <p>{t('stand.einleitung')}</p>
      <p>{tf('stand.zeitpunkt', zeitpunkt(stand.stand))}</p>
      <h2 class="kern-heading-medium">{t('stand.unterlagen')}</h2>
      {stand.bereiche.map((b) => (
        <section key={b.bereich} aria-labelledby={`bereich-${b.bereich}`}>
          <h3 class="kern-heading-small" id={`bereich-${b.bereich}`}>
            {t(`bereich.${b.bereich}`)}
          </h3>
          <p>
            {b.aeltesterOffenerEingang
              ? tf('stand.offen_seit', { datum: i18n.datum(b.aeltesterOffenerEingang) })
              : t('stand.alles_bearbeitet')}
          </p>
          <p>
            {b.medianAblageSekunden === null
              ? t('stand.median_keine')
              : tf('stand.median', { dauer: dauerText(b.medianAblageSekunden, i18n.sprache) })}
          </p>
        </section>
      ))}
      <h2 class="kern-heading-medium">{t('stand.termine')}</h2>
      {stand.anliegen.length === 0 ? (
        <p>{t('stand.keine_anliegen')}</p>
      ) : (
        <ul>
          {stand.anliegen.map((a) => (
            <li key={a.id}>
              <strong>{a.name}</strong>
              {': '}
              {a.naechsterFreierSlot ? (
                <Verweis href={`/termin-buchen?anliegen=${a.id}`}>
                  {tf('stand.naechster_slot', zeitpunkt(a.naechsterFreierSlot))}
                </Verweis>
              ) : (
                t('stand.kein_slot')
              )}
            </li>
          ))}
        </ul>
      )}
    </InfoPage>
  );
}
