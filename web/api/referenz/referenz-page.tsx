// The API reference page: readable HTML generated from the served OpenAPI document, own-origin stylesheet only (strict CSP, no script).
import type { ComponentChildren } from 'preact';
import { TabellenRahmen } from '../../components/tabellen-rahmen.js';
import { Angabe, Angaben } from '../../components/angaben.js';
import { Karte } from '../../components/karte.js';
import { Verweis } from '../../components/verweis.js';

type Json = Record<string, unknown>;

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  description?: string;
  schema?: Json;
}

interface OpenApiOperation {
  operationId: string;
  summary: string;
  security?: Array<Record<string, string[]>>;
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema?: Json }> };
  responses: Record<
    string,
    { description: string; headers?: Record<string, unknown>; content?: Record<string, { schema?: Json }> }
  >;
}

export interface OpenApiReferenz {
  info: { title: string; version: string; description?: string };
  servers?: Array<{ url: string }>;
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: {
    schemas: Record<string, Json>;
    securitySchemes: { oauth2: { flows: { clientCredentials: { tokenUrl: string; scopes: Record<string, string> } } } };
  };
}

const ORTE: Record<string, string> = { path: 'Pfad', query: 'Abfrage', header: 'Kopfzeile' };
const schemaAnker = (name: string) => `schema-${name}`;

/** A schema in a few words: a link to a named schema, or its type with the constraints a caller needs. */
function Typ({ schema }: { schema: Json | undefined }): ComponentChildren {
  if (!schema) return 'beliebig';
  if (typeof schema.$ref === 'string') {
    const name = schema.$ref.split('/').pop()!;
    return <Verweis href={`#${schemaAnker(name)}`}>{name}</Verweis>;
  }
  const varianten = (schema.anyOf ?? schema.oneOf) as Json[] | undefined;
  if (varianten)
    return varianten.map((v, i) => (
      <>
        {i > 0 && ' oder '}
        <Typ schema={v} />
      </>
    ));
  if (Array.isArray(schema.enum))
    return (
      <>
        eins von: <code>{(schema.enum as unknown[]).map((w) => String(w)).join(', ')}</code>
      </>
    );
  if (schema.type === 'array')
    return (
      <>
        Liste von <Typ schema={schema.items as Json | undefined} />
      </>
    );
  if (schema.type === 'null') return <code>null</code>;
  const zusatz = [
    schema.format && `Format ${String(schema.format)}`,
    schema.format === undefined && schema.pattern && `Muster ${String(schema.pattern)}`,
    schema.minimum !== undefined && `ab ${String(schema.minimum)}`,
    schema.maximum !== undefined && `bis ${String(schema.maximum)}`,
    schema.maxLength !== undefined && `höchstens ${String(schema.maxLength)} Zeichen`,
  ].filter(Boolean);
  return (
    <>
      <code>{String(schema.type ?? 'beliebig')}</code>
      {zusatz.length > 0 && ` (${zusatz.join('; ')})`}
    </>
  );
}

function Felder({ schema, titel }: { schema: Json; titel: string }) {
  const eigenschaften = Object.entries((schema.properties ?? {}) as Record<string, Json>);
  if (eigenschaften.length === 0) return <p>Kein Objekt mit Feldern.</p>;
  const pflicht = new Set((schema.required ?? []) as string[]);
  return (
    <TabellenRahmen label={titel}>
      <table class="kern-table">
        <thead>
          <tr class="kern-table__row">
            <th class="kern-table__header" scope="col">
              Feld
            </th>
            <th class="kern-table__header" scope="col">
              Typ
            </th>
            <th class="kern-table__header" scope="col">
              Pflicht
            </th>
            <th class="kern-table__header" scope="col">
              Beschreibung
            </th>
          </tr>
        </thead>
        <tbody class="kern-table__body">
          {eigenschaften.map(([name, feld]) => (
            <tr class="kern-table__row" key={name}>
              <td class="kern-table__cell">
                <code>{name}</code>
              </td>
              <td class="kern-table__cell">
                <Typ schema={feld} />
              </td>
              <td class="kern-table__cell">{pflicht.has(name) ? 'ja' : 'nein'}</td>
              <td class="kern-table__cell">{typeof feld.description === 'string' ? feld.description : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TabellenRahmen>
  );
}

function OperationAbschnitt({ methode, pfad, op }: { methode: string; pfad: string; op: OpenApiOperation }) {
  const scopes = (op.security ?? []).flatMap((s) => Object.values(s).flat());
  const parameter = op.parameters ?? [];
  const body = op.requestBody && Object.entries(op.requestBody.content)[0];
  return (
    <Karte aria-labelledby={op.operationId}>
      <h3 class="kern-heading-small" id={op.operationId}>
        <code>
          {methode.toUpperCase()} {pfad}
        </code>
      </h3>
      <p>{op.summary}</p>
      <p>
        Operation <code>{op.operationId}</code>; Scope:{' '}
        {scopes.map((s) => (
          <code key={s}>{s}</code>
        ))}
      </p>
      {parameter.length > 0 && (
        <TabellenRahmen label={`Parameter von ${op.operationId}`}>
          <table class="kern-table">
            <caption>Parameter</caption>
            <thead>
              <tr class="kern-table__row">
                <th class="kern-table__header" scope="col">
                  Name
                </th>
                <th class="kern-table__header" scope="col">
                  Ort
                </th>
                <th class="kern-table__header" scope="col">
                  Pflicht
                </th>
                <th class="kern-table__header" scope="col">
                  Typ
                </th>
                <th class="kern-table__header" scope="col">
                  Beschreibung
                </th>
              </tr>
            </thead>
            <tbody class="kern-table__body">
              {parameter.map((p) => (
                <tr class="kern-table__row" key={`${p.in}-${p.name}`}>
                  <td class="kern-table__cell">
                    <code>{p.name}</code>
                  </td>
                  <td class="kern-table__cell">{ORTE[p.in] ?? p.in}</td>
                  <td class="kern-table__cell">{p.required ? 'ja' : 'nein'}</td>
                  <td class="kern-table__cell">
                    <Typ schema={p.schema} />
                  </td>
                  <td class="kern-table__cell">
                    {p.description ?? (typeof p.schema?.description === 'string' ? p.schema.description : '')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TabellenRahmen>
      )}
      {body && (
        <p>
          Inhalt (<code>{body[0]}</code>): <Typ schema={body[1].schema} />
        </p>
      )}
      <TabellenRahmen label={`Antworten von ${op.operationId}`}>
        <table class="kern-table">
          <caption>Antworten</caption>
          <thead>
            <tr class="kern-table__row">
              <th class="kern-table__header" scope="col">
                Status
              </th>
              <th class="kern-table__header" scope="col">
                Bedeutung
              </th>
              <th class="kern-table__header" scope="col">
                Inhalt
              </th>
              <th class="kern-table__header" scope="col">
                Kopfzeilen
              </th>
            </tr>
          </thead>
          <tbody class="kern-table__body">
            {Object.entries(op.responses).map(([status, antwort]) => (
              <tr class="kern-table__row" key={status}>
                <td class="kern-table__cell">{status === 'default' ? 'sonst' : status}</td>
                <td class="kern-table__cell">{antwort.description}</td>
                <td class="kern-table__cell">
                  {Object.entries(antwort.content ?? {}).map(([medientyp, inhalt]) => (
                    <span key={medientyp}>
                      <code>{medientyp}</code>
                      {inhalt.schema && (
                        <>
                          {' '}
                          <Typ schema={inhalt.schema} />
                        </>
                      )}
                    </span>
                  ))}
                </td>
                <td class="kern-table__cell">{Object.keys(antwort.headers ?? {}).join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TabellenRahmen>
    </Karte>
  );
}

export function ReferenzPage({ dokument, dokumentUrl }: { dokument: OpenApiReferenz; dokumentUrl: string }) {
  const operationen = Object.entries(dokument.paths).flatMap(([pfad, methoden]) =>
    Object.entries(methoden).map(([methode, op]) => ({ pfad, methode, op })),
  );
  const { tokenUrl, scopes } = dokument.components.securitySchemes.oauth2.flows.clientCredentials;
  return (
    <html lang="de">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`API-Referenz – ${dokument.info.title}`}</title>
        <link rel="stylesheet" href="/assets/portal.css" />
      </head>
      <body>
        <a class="sprunglink" href="#inhalt">
          Zum Inhalt springen
        </a>
        <main id="inhalt" tabIndex={-1}>
          <h1 class="kern-heading-large">API-Referenz: {dokument.info.title}</h1>
          <p>{dokument.info.description}</p>
          <Angaben>
            <Angabe name="Version">{dokument.info.version}</Angabe>
            <Angabe name="Adresse">
              <code>{dokument.servers?.[0]?.url}</code>
            </Angabe>
            <Angabe name="Maschinenlesbar">
              <Verweis href={dokumentUrl}>OpenAPI-3.1-Dokument (JSON)</Verweis>
            </Angabe>
          </Angaben>
          <nav aria-label="Operationen">
            <h2 class="kern-heading-medium">Operationen</h2>
            <ul>
              {operationen.map(({ pfad, methode, op }) => (
                <li key={op.operationId}>
                  <Verweis href={`#${op.operationId}`}>
                    <code>
                      {methode.toUpperCase()} {pfad}
                    </code>
                  </Verweis>{' '}
                  – {op.summary}
                </li>
              ))}
            </ul>
          </nav>
          <section aria-labelledby="anmeldung">
            <h2 class="kern-heading-medium" id="anmeldung">
              Anmeldung
            </h2>
            <p>
              OAuth 2.0 Client Credentials: ein Zugangstoken am Token-Endpunkt <code>{tokenUrl}</code> holen und als{' '}
              <code>Authorization: Bearer …</code> mitsenden. Jede Operation verlangt einen Scope:
            </p>
            <TabellenRahmen label="Scopes">
              <table class="kern-table">
                <thead>
                  <tr class="kern-table__row">
                    <th class="kern-table__header" scope="col">
                      Scope
                    </th>
                    <th class="kern-table__header" scope="col">
                      erlaubt
                    </th>
                  </tr>
                </thead>
                <tbody class="kern-table__body">
                  {Object.entries(scopes).map(([scope, text]) => (
                    <tr class="kern-table__row" key={scope}>
                      <td class="kern-table__cell">
                        <code>{scope}</code>
                      </td>
                      <td class="kern-table__cell">{text}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TabellenRahmen>
          </section>
          <section aria-labelledby="operationen">
            <h2 class="kern-heading-medium" id="operationen">
              Operationen im Einzelnen
            </h2>
            {operationen.map(({ pfad, methode, op }) => (
              <OperationAbschnitt key={op.operationId} pfad={pfad} methode={methode} op={op} />
            ))}
          </section>
          <section aria-labelledby="schemas">
            <h2 class="kern-heading-medium" id="schemas">
              Schemas
            </h2>
            {Object.entries(dokument.components.schemas).map(([name, schema]) => (
              <section key={name} aria-labelledby={schemaAnker(name)}>
                <h3 class="kern-heading-small" id={schemaAnker(name)}>
                  {name}
                </h3>
                {typeof schema.description === 'string' && <p>{schema.description}</p>}
                <Felder schema={schema} titel={`Felder von ${name}`} />
              </section>
            ))}
          </section>
        </main>
      </body>
    </html>
  );
}
