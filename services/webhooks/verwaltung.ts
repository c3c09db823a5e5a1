// A machine client's webhooks: register (the secret is told once), list, delete; each has one delivery workflow.
import { randomBytes } from 'node:crypto';
import { WorkflowNotFoundError } from '@temporalio/client';
import { FachlicherFehler } from '../../domain/fehler.js';
import { webhookUrlProblem } from '../../domain/webhook-url.js';
import type { AppContext } from '../../platform/context.js';
import { webhookZustellung } from '../../workflows/webhook-zustellung.js';

/** A row of table webhooks. */
export interface WebhookZeile {
  id: string;
  client_id: string;
  url: string;
  geheimnis: string;
  zugestellt_bis: string;
  angelegt_am: Date;
}

export type WebhookAbo = Omit<WebhookZeile, 'geheimnis'>;

const workflowId = (id: string) => `webhook-${id}`;

/**
 * Stores the address with a fresh secret, starting after the newest event recorded so far, and starts its delivery
 * workflow; if Temporal does not take the start, nothing stays behind.
 */
export async function webhookRegistrieren(
  app: AppContext,
  clientId: string,
  url: string,
): Promise<WebhookAbo & { geheimnis: string }> {
  const problem = webhookUrlProblem(url, { entwicklung: app.config.publicUrl.startsWith('http:') });
  if (problem)
    throw new FachlicherFehler(
      'ungueltige_eingabe',
      problem === 'https' ? 'Webhooks brauchen eine https-Adresse.' : 'Die Adresse ist keine gültige URL.',
      { url: problem },
    );
  const [abo] = await app
    .db<WebhookZeile>('webhooks')
    .insert({
      client_id: clientId,
      url,
      geheimnis: randomBytes(32).toString('base64url'),
      zugestellt_bis: app.db.raw('(select wert from ereignis_zaehler)') as unknown as string,
    })
    .returning('*');
  try {
    await app.temporal.client.workflow.start(webhookZustellung, {
      workflowId: workflowId(abo!.id),
      taskQueue: app.temporal.plan.taskQueues.io,
      args: [{ webhookId: abo!.id }],
    });
  } catch (error) {
    await app.db('webhooks').where({ id: abo!.id }).delete();
    throw error;
  }
  return abo!;
}

export async function webhooksAuflisten(app: AppContext, clientId: string): Promise<WebhookAbo[]> {
  return app
    .db<WebhookZeile>('webhooks')
    .where({ client_id: clientId })
    .orderBy('angelegt_am')
    .select('id', 'client_id', 'url', 'zugestellt_bis', 'angelegt_am');
}

/** Deletes the client's own webhook (anyone else's is 404) and stops its delivery at once. */
export async function webhookLoeschen(app: AppContext, clientId: string, id: string): Promise<void> {
  const geloescht = await app.db('webhooks').where({ id, client_id: clientId }).delete();
  if (geloescht === 0) throw new FachlicherFehler('nicht_gefunden', 'Diesen Webhook gibt es nicht.');
  // The workflow also ends by itself when it finds the row gone; cancelling only spares it a retry pause.
  await app.temporal.client.workflow
    .getHandle(workflowId(id))
    .cancel()
    .catch((error: unknown) => {
      if (!(error instanceof WorkflowNotFoundError))
        app.log.warn({ err: error, webhook: id }, 'webhook delivery not cancelled; it ends when it finds the row gone');
    });
}
