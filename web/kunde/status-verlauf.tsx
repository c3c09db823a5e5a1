// The status trail of one sent document; polls itself with htmx until the status is final.
import { istEndstatus, kannBearbeitetWerden, type Dokumentstatus, type StatusDaten } from '../../domain/status.js';
import { StatusMarke } from '../components/status-marke.js';
import type { I18n } from '../i18n/index.js';
import { Verweis } from '../components/verweis.js';

const schritte = ['eingegangen', 'abgelegt', 'weitergeleitet', 'erledigt'] as const;
const rang: Record<Dokumentstatus, number> = {
  eingegangen: 0,
  aufbereitet: 0,
  wartet_auf_zuordnung: 0,
  wartet_auf_ablage: 0,
  abgelegt: 1,
  weitergeleitet: 2,
  in_bearbeitung: 2,
  erledigt: 3,
  abgelehnt: -1,
};

/** While the platform works on a document (seconds) the trail asks every 3 s; while people do (hours, days), once a minute; never once final. */
function abfrageIntervall(status: Dokumentstatus): string | undefined {
  if (istEndstatus(status)) return undefined;
  return kannBearbeitetWerden(status) ? 'every 60s' : 'every 3s';
}

export function StatusVerlauf({ i18n, daten, basis }: { i18n: I18n; daten: StatusDaten; basis: string }) {
  const { t } = i18n;
  const intervall = abfrageIntervall(daten.status);
  const polling = intervall
    ? { 'hx-get': `${basis}/${daten.eingangsnummer}/status`, 'hx-trigger': intervall, 'hx-swap': 'outerHTML' }
    : {};
  if (daten.status === 'abgelehnt') {
    return (
      <div class="status status-abgelehnt" id={`status-${daten.eingangsnummer}`}>
        <StatusMarke i18n={i18n} status="abgelehnt" />
        {daten.ablehnungsgrund && <p>{t(`ablehnung.${daten.ablehnungsgrund}`)}</p>}
        <Verweis href="/kunde/dokument-senden">{t('gesendet.erneut_senden')}</Verweis>
      </div>
    );
  }
  return (
    <div class="status" id={`status-${daten.eingangsnummer}`} {...polling}>
      <span class="kern-sr-only">{`${t('gesendet.status')}: ${t(`status.${daten.status}`)}`}</span>
      <div aria-hidden="true">
        <StatusMarke i18n={i18n} status={daten.status} />
      </div>
      <ol class="verlauf" aria-hidden="true">
        {schritte.map((schritt, i) => (
          <li class={i <= rang[daten.status] ? 'erreicht' : undefined}>{t(`status.schritt.${schritt}`)}</li>
        ))}
      </ol>
      {daten.hinweise?.map((hinweis) => (
        <p class="kern-hint">{t(`hinweis.${hinweis}`)}</p>
      ))}
    </div>
  );
}
