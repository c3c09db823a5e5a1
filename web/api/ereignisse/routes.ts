// Events: poll the log after a cursor; register, list and delete webhooks that receive it signed, in order.
import type Router from '@koa/router';
import { z } from 'zod/v4';
import { REPLAY_FENSTER_S, webhookKopfzeilen } from '../../../domain/webhook-signatur.js';
import type { AppContext } from '../../../platform/context.js';
import { ereignisseNach } from '../../../services/ereignisse/abfragen.js';
import { ereignisDarstellung } from '../../../services/ereignisse/darstellung.js';
import {
  webhookLoeschen,
  webhookRegistrieren,
  webhooksAuflisten,
  type WebhookAbo,
} from '../../../services/webhooks/verwaltung.js';
import { operation, type Registrierung } from '../operation.js';
import type { ApiClient } from '../zugangstoken.js';
import {
  EreignisSchema,
  EreignisseAbfrage,
  EreignisseSchema,
  WebhookAngelegtSchema,
  WebhookAnlegenSchema,
  WebhookIdParameter,
  WebhooksSchema,
} from './schema.js';

const keine = z.object({});

function webhookDarstellung(abo: WebhookAbo) {
  return {
    id: abo.id,
    url: abo.url,
    angelegtAm: abo.angelegt_am.toISOString(),
    zugestelltBis: String(abo.zugestellt_bis),
  };
}

const STANDARD_LIMIT = 100;

export function ereignisRoutes(router: Router, registrierung: Registrierung, app: AppContext): void {
  operation(
    router,
    registrierung,
    {
      id: 'ereignisseAbfragen',
      methode: 'get',
      pfad: '/ereignisse',
      scope: 'ereignisse:lesen',
      zusammenfassung:
        'Ereignisse nach einem Cursor, in Commit-Reihenfolge: kein Ereignis, das später committet, wird übersprungen',
      parameter: keine,
      abfrage: EreignisseAbfrage,
      antworten: { 200: { beschreibung: 'Die nächsten Ereignisse', schema: EreignisseSchema } },
    },
    async (ctx, { abfrage }) => {
      const nach = BigInt(abfrage.nach ?? 0);
      const zeilen = await ereignisseNach(app.db, nach, abfrage.limit ?? STANDARD_LIMIT);
      ctx.body = {
        ereignisse: zeilen.map(ereignisDarstellung),
        cursor: String(zeilen.at(-1)?.position ?? nach),
      };
    },
  );

  operation(
    router,
    registrierung,
    {
      id: 'webhookAnlegen',
      methode: 'post',
      pfad: '/webhooks',
      scope: 'ereignisse:lesen',
      zusammenfassung:
        'Webhook anlegen: ab jetzt geht jedes neue Ereignis signiert an die Adresse; das Geheimnis steht nur in dieser Antwort',
      parameter: keine,
      body: WebhookAnlegenSchema,
      antworten: { 201: { beschreibung: 'Angelegt', schema: WebhookAngelegtSchema, kopfzeilen: ['Location'] } },
    },
    async (ctx, { body }) => {
      const { clientId }: ApiClient = ctx.state.apiClient;
      const abo = await webhookRegistrieren(app, clientId, body.url);
      ctx.status = 201;
      ctx.set('Location', `/api/v1/webhooks/${abo.id}`);
      ctx.body = { ...webhookDarstellung(abo), geheimnis: abo.geheimnis };
    },
  );

  operation(
    router,
    registrierung,
    {
      id: 'webhooksAuflisten',
      methode: 'get',
      pfad: '/webhooks',
      scope: 'ereignisse:lesen',
      zusammenfassung: 'Die Webhooks dieses Clients (ohne Geheimnis)',
      parameter: keine,
      antworten: { 200: { beschreibung: 'Die Webhooks', schema: WebhooksSchema } },
    },
    async (ctx) => {
      const { clientId }: ApiClient = ctx.state.apiClient;
      ctx.body = { webhooks: (await webhooksAuflisten(app, clientId)).map(webhookDarstellung) };
    },
  );

  operation(
    router,
    registrierung,
    {
      id: 'webhookLoeschen',
      methode: 'delete',
      pfad: '/webhooks/{id}',
      scope: 'ereignisse:lesen',
      zusammenfassung: 'Webhook löschen: die Zustellung endet sofort',
      parameter: WebhookIdParameter,
      antworten: { 204: { beschreibung: 'Gelöscht' } },
    },
    async (ctx, { parameter }) => {
      const { clientId }: ApiClient = ctx.state.apiClient;
      await webhookLoeschen(app, clientId, parameter.id);
      ctx.status = 204;
    },
  );

  (registrierung.webhooks ??= []).push({
    id: 'ereignis',
    zusammenfassung: 'Ein Ereignis an die Adresse eines Webhooks',
    beschreibung: [
      'Ein POST je Ereignis, in der Reihenfolge des Ereignisprotokolls; die nächste Zustellung beginnt erst nach einer 2xx-Antwort.',
      'Jede andere Antwort, eine Zeitüberschreitung (10 s) oder ein nicht erreichbarer Empfänger: neuer Versuch nach 1, 2, 4 … Sekunden, höchstens alle 5 Minuten, bis er annimmt; nichts geht verloren.',
      `Zustellung mindestens einmal: ging eine Bestätigung verloren, kommt dasselbe Ereignis noch einmal (gleiche ${webhookKopfzeilen.id}); der Empfänger verwirft bekannte ids.`,
      `Prüfung beim Empfänger: aus ${webhookKopfzeilen.signatur} t und v1 lesen; HMAC-SHA256 mit dem Geheimnis über "<t>.<Rohinhalt>" als Hex berechnen und zeitkonstant mit v1 vergleichen;`,
      `t darf höchstens ${REPLAY_FENSTER_S} Sekunden von der eigenen Uhr abweichen (Schutz vor Wiederholung).`,
    ].join(' '),
    body: EreignisSchema,
    kopfzeilen: {
      [webhookKopfzeilen.signatur]: 't=<Unix-Sekunden>,v1=<Hex von HMAC-SHA256(Geheimnis, "<t>.<Rohinhalt>")>',
      [webhookKopfzeilen.id]: 'id des Ereignisses; gleich bei einer Wiederholung',
    },
  });
}
