// A document's state as a KERN badge: one visual vocabulary for clients, partners and staff (gesendet lists, status trail, postbox).
import { dokumentstatus, type Dokumentstatus } from '../../domain/status.js';
import type { I18n } from '../i18n/index.js';

type Ton = 'info' | 'success' | 'warning' | 'danger';

/** Blue while the document is on its way, green once finished, amber while it waits for someone, red when refused. */
export const statusTon: Record<Dokumentstatus, Ton> = {
  eingegangen: 'info',
  aufbereitet: 'info',
  wartet_auf_zuordnung: 'warning',
  wartet_auf_ablage: 'warning',
  abgelegt: 'info',
  weitergeleitet: 'info',
  in_bearbeitung: 'info',
  erledigt: 'success',
  abgelehnt: 'danger',
};

const bekannt = (status: string): status is Dokumentstatus => (dokumentstatus as readonly string[]).includes(status);

/** `status` as the rows hold it; a value outside the vocabulary shows as it is, in blue. */
export function StatusMarke({ i18n, status }: { i18n: I18n; status: Dokumentstatus | string }) {
  const ton = bekannt(status) ? statusTon[status] : 'info';
  return (
    <span class={`kern-badge kern-badge--${ton} status-marke`} data-status={status}>
      <span class={`kern-icon kern-icon--${ton}`} aria-hidden="true" />
      <span class="kern-label">{bekannt(status) ? i18n.t(`status.${status}`) : status}</span>
    </span>
  );
}
