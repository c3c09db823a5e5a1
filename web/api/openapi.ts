// The OpenAPI 3.1 document, generated from the operations and the zod schemas that validate them (no hand-kept copy).
import { z } from 'zod/v4';
import { idempotenzSchluesselGueltigStunden } from '../../domain/api-fristen.js';
import { apiScopeBeschreibung } from '../../domain/api-scopes.js';
import { apiSchemas, type BeliebigeOperation, type Webhook } from './operation.js';
import { ProblemSchema } from './problem-schema.js';

type JsonSchema = Record<string, unknown>;

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'throw' }) as JsonSchema;
  return rest;
}

const problem = (beschreibung: string, kopfzeilen: string[] = []) => ({
  description: beschreibung,
  ...(kopfzeilen.length > 0
    ? { headers: Object.fromEntries(kopfzeilen.map((name) => [name, { schema: { type: 'string' } }])) }
    : {}),
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});

export function openApiDokument(
  operationen: readonly BeliebigeOperation[],
  {
    serverUrl,
    tokenUrl,
    webhooks = [],
    ratenlimit,
  }: {
    serverUrl: string;
    tokenUrl: string;
    webhooks?: readonly Webhook[];
    ratenlimit: { proSekunde: number; vorrat: number };
  },
): JsonSchema {
  const komponenten: Record<string, JsonSchema> = { Problem: jsonSchema(ProblemSchema, 'output') };
  const referenz = (schema: z.ZodType, io: 'input' | 'output'): JsonSchema => {
    const name = apiSchemas.get(schema)?.name;
    if (!name) return jsonSchema(schema, io);
    komponenten[name] ??= jsonSchema(schema, io);
    return { $ref: `#/components/schemas/${name}` };
  };
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of operationen) {
    const schreibend = op.methode === 'post' || op.methode === 'put';
    const pfadParameter = Object.entries(
      (jsonSchema(op.parameter, 'input').properties ?? {}) as Record<string, JsonSchema>,
    ).map(([name, schema]) => ({ name, in: 'path', required: true, schema }));
    const abfrageSchema = op.abfrage ? jsonSchema(op.abfrage, 'input') : {};
    const abfrageParameter = Object.entries((abfrageSchema.properties ?? {}) as Record<string, JsonSchema>).map(
      ([name, { description, ...schema }]) => ({
        name,
        in: 'query',
        required: ((abfrageSchema.required ?? []) as string[]).includes(name),
        ...(description ? { description } : {}),
        schema,
      }),
    );
    const kopfParameter = [
      ...(schreibend
        ? [
            {
              name: 'Idempotency-Key',
              in: 'header',
              required: true,
              description: `Pro Client eindeutig; dieselbe Anfrage mit demselben Schlüssel erhält die erste Antwort erneut (Kopfzeile Idempotent-Replayed: true), eine andere Anfrage 409. Ein Schlüssel gilt ${idempotenzSchluesselGueltigStunden} Stunden ab seiner ersten Verwendung; danach zählt er als neu.`,
              schema: { type: 'string', minLength: 1, maxLength: 255 },
            },
          ]
        : []),
      ...(op.pdfInhalt
        ? [
            {
              name: 'Content-Digest',
              in: 'header',
              required: true,
              description:
                'SHA-256 des PDFs nach RFC 9530, z. B. sha-256=:X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=: — passt er nicht zum empfangenen Inhalt, 400; er gehört zur Anfrage, die der Idempotency-Key wiedererkennt.',
              schema: { type: 'string' },
            },
          ]
        : []),
      ...(op.ifMatch
        ? [
            {
              name: 'If-Match',
              in: 'header',
              required: false,
              description: 'ETag aus einer früheren Antwort; passt er nicht mehr, 412.',
              schema: { type: 'string' },
            },
          ]
        : []),
    ];
    const antworten: Record<string, unknown> = {};
    for (const [status, antwort] of Object.entries(op.antworten)) {
      if (antwort.problem) {
        antworten[status] = problem(antwort.beschreibung, antwort.kopfzeilen);
        continue;
      }
      const inhalt = {
        ...(antwort.schema ? { 'application/json': { schema: referenz(antwort.schema, 'output') } } : {}),
        ...(antwort.medientyp ? { [antwort.medientyp]: {} } : {}),
      };
      antworten[status] = {
        description: antwort.beschreibung,
        ...(antwort.kopfzeilen
          ? { headers: Object.fromEntries(antwort.kopfzeilen.map((name) => [name, { schema: { type: 'string' } }])) }
          : {}),
        ...(Object.keys(inhalt).length > 0 ? { content: inhalt } : {}),
      };
    }
    Object.assign(antworten, {
      400: problem('Ungültige Anfrage; errors nennt die Felder'),
      401: problem(
        'Zugangstoken fehlt oder ist ungültig, abgelaufen, von einem anderen Aussteller oder für eine andere API',
      ),
      403: problem(`Dem Zugangstoken fehlt der Scope ${op.scope}`),
      404: problem('Nicht gefunden'),
      429: problem(
        'Zu viele Anfragen dieses Clients; Retry-After nennt die Sekunden, nach denen wieder eine Anfrage möglich ist',
        ['Retry-After'],
      ),
      ...(schreibend
        ? {
            409: problem(
              'Idempotency-Key schon für eine andere Anfrage verwendet oder noch in Bearbeitung (Retry-After)',
            ),
            413: problem('Inhalt zu groß'),
            415: problem(op.pdfInhalt ? 'Inhalt ist kein PDF (Content-Type application/pdf)' : 'Inhalt ist kein JSON'),
          }
        : {}),
      ...(op.ifMatch ? { 412: problem('If-Match passt nicht zum aktuellen ETag') } : {}),
      default: problem('Fehler'),
    });
    paths[op.pfad] ??= {};
    paths[op.pfad]![op.methode] = {
      operationId: op.id,
      summary: op.zusammenfassung,
      ...(op.beschreibung ? { description: op.beschreibung } : {}),
      security: [{ oauth2: [op.scope] }],
      parameters: [...pfadParameter, ...abfrageParameter, ...kopfParameter],
      ...(op.body
        ? { requestBody: { required: true, content: { 'application/json': { schema: referenz(op.body, 'input') } } } }
        : {}),
      ...(op.pdfInhalt
        ? {
            requestBody: {
              required: true,
              content: { 'application/pdf': { schema: { type: 'string', contentMediaType: 'application/pdf' } } },
            },
          }
        : {}),
      responses: antworten,
    };
  }
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'Jobcenter-Portal: Maschinen-API',
      version: '1.0.0',
      description: `Für Fachverfahren und Scandienst. Anmeldung mit OAuth 2.0 Client Credentials beim Identitätsanbieter der Organisation (JWT-Zugangstoken, Zielgruppe = diese API); ein Scope je Fähigkeit. Jeder Aufruf wird mit der Client-ID protokolliert. Fehler als Problem Details (RFC 9457, application/problem+json). POST und PUT brauchen einen Idempotency-Key (gültig ${idempotenzSchluesselGueltigStunden} Stunden). Ratenbegrenzung je Client (Token-Bucket, über alle Web-Prozesse): bis zu ${ratenlimit.vorrat} Anfragen auf einmal, auf Dauer ${ratenlimit.proSekunde} je Sekunde; darüber 429 mit Retry-After. Listen blättern mit einem undurchsichtigen Cursor (naechster).`,
    },
    servers: [{ url: serverUrl }],
    paths,
    webhooks: Object.fromEntries(
      webhooks.map((hook) => [
        hook.id,
        {
          post: {
            summary: hook.zusammenfassung,
            description: hook.beschreibung,
            parameters: Object.entries(hook.kopfzeilen).map(([name, beschreibung]) => ({
              name,
              in: 'header',
              required: true,
              description: beschreibung,
              schema: { type: 'string' },
            })),
            requestBody: { required: true, content: { 'application/json': { schema: referenz(hook.body, 'output') } } },
            responses: { '2XX': { description: 'Angenommen; jede andere Antwort wird später wiederholt' } },
          },
        },
      ]),
    ),
    components: {
      schemas: komponenten,
      securitySchemes: {
        oauth2: { type: 'oauth2', flows: { clientCredentials: { tokenUrl, scopes: apiScopeBeschreibung } } },
      },
    },
  };
}
