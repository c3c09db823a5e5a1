// How a webhook request is signed: HMAC-SHA256 with the subscription's secret over "<unix seconds>.<raw body>".
import { createHmac } from 'node:crypto';

export const webhookKopfzeilen = {
  signatur: 'Webhook-Signatur',
  id: 'Webhook-Id',
} as const;

/** The receiver recomputes v1 over the raw body and refuses a t outside its replay window. */
export const REPLAY_FENSTER_S = 300;

/** Value of the Webhook-Signatur header: `t=<unix seconds>,v1=<hex>`. */
export function webhookSignatur(geheimnis: string, zeitpunkt: number, body: string): string {
  return `t=${zeitpunkt},v1=${createHmac('sha256', geheimnis).update(`${zeitpunkt}.${body}`).digest('hex')}`;
}
