// Delivers a webhook subscription's next events: one signed POST per event, in log order, moving its cursor after each 2xx.
import { Context } from '@temporalio/activity';
import type { Db } from '../db/knex.js';
import { webhookKopfzeilen, webhookSignatur } from '../domain/webhook-signatur.js';
import { ereignisseNach } from '../services/ereignisse/abfragen.js';
import { ereignisDarstellung } from '../services/ereignisse/darstellung.js';
import type { WebhookZeile } from '../services/webhooks/verwaltung.js';

export interface WebhookTakt {
  /** Pause between two looks at the log while there is nothing new. */
  abfrageMs: number;
  /** How long one activity waits for news before it returns (and the workflow records a round). */
  wartenMs: number;
  /** Time allowed to one receiver's answer. */
  antwortMs: number;
}

const STANDARD: WebhookTakt = { abfrageMs: 200, wartenMs: 60_000, antwortMs: 10_000 };
/** Events per activity; the rest follow in the next round. */
const STAPEL = 100;

export function createWebhookActivities({ db, takt = STANDARD }: { db: Db; takt?: WebhookTakt }) {
  const abonnement = (id: string) => db<WebhookZeile>('webhooks').where({ id }).first();

  async function zustellen(abo: WebhookZeile, body: string, id: string): Promise<void> {
    const { cancellationSignal } = Context.current();
    const antwort = await fetch(abo.url, {
      method: 'POST',
      redirect: 'manual',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'jobcenter-portal-webhooks',
        [webhookKopfzeilen.id]: id,
        [webhookKopfzeilen.signatur]: webhookSignatur(abo.geheimnis, Math.floor(Date.now() / 1000), body),
      },
      body,
      signal: AbortSignal.any([cancellationSignal, AbortSignal.timeout(takt.antwortMs)]),
    });
    await antwort.body?.cancel();
    if (antwort.status < 200 || antwort.status > 299) throw new Error(`webhook receiver answered ${antwort.status}`);
  }

  return {
    /** 'geloescht' once the subscription is gone; otherwise how many events were delivered (0: none came). */
    async webhookZustellen({ webhookId }: { webhookId: string }): Promise<'geloescht' | number> {
      const context = Context.current();
      const bis = Date.now() + takt.wartenMs;
      for (;;) {
        const abo = await abonnement(webhookId);
        if (!abo) return 'geloescht';
        const neu = await ereignisseNach(db, BigInt(abo.zugestellt_bis), STAPEL);
        if (neu.length > 0) {
          let geliefert = 0;
          // A slow receiver: stop after the waiting time, so one attempt stays well inside its timeout.
          for (const zeile of neu) {
            if (geliefert > 0 && Date.now() >= bis) break;
            await zustellen(abo, JSON.stringify(ereignisDarstellung(zeile)), String(zeile.position));
            await db('webhooks')
              .where({ id: webhookId })
              .andWhere('zugestellt_bis', '<', zeile.position)
              .update({ zugestellt_bis: zeile.position });
            geliefert += 1;
            context.heartbeat();
          }
          return geliefert;
        }
        if (Date.now() >= bis) return 0;
        context.heartbeat();
        await context.sleep(takt.abfrageMs);
      }
    },
  };
}
