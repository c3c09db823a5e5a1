// Schemas of the event log and the webhook subscriptions; the OpenAPI document is generated from them.
import { z } from 'zod/v4';
import { ereignisArten } from '../../../domain/ereignis.js';
import { apiSchemas } from '../operation.js';

const cursor = z.string().regex(/^\d{1,18}$/);

export const EreignisseAbfrage = z
  .object({
    nach: cursor
      .optional()
      .describe(
        'Cursor: id des letzten verarbeiteten Ereignisses (oder cursor der letzten Antwort); ohne Angabe von Anfang an',
      ),
    limit: z.coerce
      .number()
      .int()
      .min(1)
      .max(1000)
      .optional()
      .describe('Höchstens so viele Ereignisse (1–1000, Standard 100)'),
  })
  .strict();

export const EreignisSchema = z
  .object({
    id: cursor.describe('Position im Ereignisprotokoll; steigt in Commit-Reihenfolge, mit möglichen Lücken'),
    art: z.enum(ereignisArten),
    status: z.string().describe('Dokumentstatus bzw. Versandstatus nach der Änderung, oder erinnert'),
    zeit: z.iso.datetime({ offset: true }),
    kundennummer: z.string().nullable(),
    dokumentart: z.string().nullable(),
    eingangsnummer: z.string().nullable(),
    ausgangsnummer: z.string().nullable(),
    terminId: z.number().int().nullable(),
  })
  .describe('Ein Ereignis: nur Kennungen und Status; Einzelheiten liest der Client mit seinem Zugangstoken')
  .register(apiSchemas, { name: 'Ereignis' });

export const EreignisseSchema = z
  .object({
    ereignisse: z.array(EreignisSchema),
    cursor: cursor.describe('Für die nächste Abfrage als nach; unverändert, wenn nichts Neues kam'),
  })
  .register(apiSchemas, { name: 'Ereignisse' });

export const WebhookAnlegenSchema = z
  .object({
    url: z.string().min(1).max(2000).describe('https-Adresse, an die die Ereignisse gehen'),
  })
  .strict()
  .register(apiSchemas, { name: 'WebhookAnlegen' });

export const WebhookSchema = z
  .object({
    id: z.uuid(),
    url: z.string(),
    angelegtAm: z.iso.datetime({ offset: true }),
    zugestelltBis: cursor.describe('id des letzten Ereignisses, das der Empfänger bestätigt hat'),
  })
  .register(apiSchemas, { name: 'Webhook' });

export const WebhookAngelegtSchema = WebhookSchema.extend({
  geheimnis: z.string().describe('Schlüssel der Signaturen (HMAC-SHA256); wird nur jetzt genannt, danach nie wieder'),
}).register(apiSchemas, { name: 'WebhookAngelegt' });

export const WebhooksSchema = z.object({ webhooks: z.array(WebhookSchema) }).register(apiSchemas, { name: 'Webhooks' });

export const WebhookIdParameter = z.object({ id: z.uuid().describe('id des Webhooks') });
