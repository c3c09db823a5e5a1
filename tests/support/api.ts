// The machine API under test: demo data, the real app, a real embedded provider issuing client-credentials tokens, and a client validating every answer against the OpenAPI document.
import { seedDemoData } from '../../db/demo/seed.js';
import { fachverfahrenScopes, scandienstScopes } from '../../domain/api-scopes.js';
import { apiAudienz } from '../../platform/config.js';
import { startOidcAnbieter, type OidcAnbieter } from '../../platform/dev/oidc-anbieter.js';
import { createTestContext, type TestContext } from './context.js';
import { startApp, type RunningApp } from './http.js';
import { openApiPruefer, type OpenApiPruefer } from './openapi-pruefer.js';
import { freePort } from './ports.js';

export const fachverfahren = {
  clientId: 'fachverfahren-test',
  clientSecret: 'fachverfahren-test-geheim',
  scopes: fachverfahrenScopes,
};
export const scandienst = {
  clientId: 'scandienst-test',
  clientSecret: 'scandienst-test-geheim',
  scopes: scandienstScopes,
};

export interface Antwort {
  status: number;
  headers: Headers;
  body: unknown;
}

export interface ApiUmgebung {
  t: TestContext;
  app: RunningApp;
  idp: OidcAnbieter;
  pruefer: OpenApiPruefer;
  /** A further provider for the portal's API clients (own port, so another issuer), e.g. with a short token lifetime. */
  weitererAnbieter(optionen?: {
    accessTokenTtlSekunden?: number;
    schluessel?: OidcAnbieter['schluessel'];
  }): Promise<OidcAnbieter>;
  /** A client-credentials access token from the provider (default: the configured one). */
  token(client?: { clientId: string; clientSecret: string }, scope?: string, issuer?: string): Promise<string>;
  /** Calls the API and checks the answer against the OpenAPI document (status documented, body matches its schema). */
  aufrufen(
    methode: string,
    pfad: string,
    optionen?: { token?: string; body?: unknown; kopf?: Record<string, string> },
  ): Promise<Antwort>;
  stoppen(): Promise<void>;
}

/** A client-credentials access token from the provider at `issuer`. */
export async function zugangstokenHolen(
  issuer: string,
  client: { clientId: string; clientSecret: string },
  scope: string,
): Promise<string> {
  const response = await fetch(`${issuer}/token`, {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from(`${client.clientId}:${client.clientSecret}`).toString('base64')}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: new URLSearchParams({ grant_type: 'client_credentials', scope }),
  });
  const antwort = (await response.json()) as { access_token?: string };
  if (!response.ok || !antwort.access_token)
    throw new Error(`token endpoint: ${response.status} ${JSON.stringify(antwort)}`);
  return antwort.access_token;
}

/** `konten`: staff accounts the configured provider also signs in (for tests that read the staff pages too). */
export async function apiStarten({
  konten = [],
}: { konten?: Parameters<typeof startOidcAnbieter>[0]['konten'] } = {}): Promise<ApiUmgebung> {
  const t = await createTestContext();
  await seedDemoData(t.ctx.db, t.ctx.blobs);
  const app = await startApp(t.ctx);
  t.ctx.config.publicUrl = app.url;
  const anbieter: OidcAnbieter[] = [];
  const anbieterStarten = async (optionen: Parameters<ApiUmgebung['weitererAnbieter']>[0] = {}, mitKonten = false) => {
    const idp = await startOidcAnbieter({
      port: await freePort(),
      clientId: t.ctx.config.oidcClientId,
      clientSecret: t.ctx.config.oidcClientSecret,
      portalUrl: app.url,
      konten: mitKonten ? konten : [],
      api: {
        audience: apiAudienz(t.ctx.config),
        clients: [fachverfahren, scandienst],
        accessTokenTtlSekunden: optionen.accessTokenTtlSekunden,
      },
      schluessel: optionen.schluessel,
    });
    anbieter.push(idp);
    return idp;
  };
  const weitererAnbieter: ApiUmgebung['weitererAnbieter'] = (optionen) => anbieterStarten(optionen);
  const idp = await anbieterStarten({}, true);
  t.ctx.config.oidcIssuer = idp.issuer;
  const pruefer = await openApiPruefer(app.url);
  return {
    t,
    app,
    idp,
    pruefer,
    weitererAnbieter,
    token(client = fachverfahren, scope = fachverfahren.scopes.join(' '), issuer = t.ctx.config.oidcIssuer!) {
      return zugangstokenHolen(issuer, client, scope);
    },
    async aufrufen(methode, pfad, { token, body, kopf = {} } = {}) {
      const response = await fetch(`${app.url}/api/v1${pfad}`, {
        method: methode,
        headers: {
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
          accept: 'application/json',
          ...kopf,
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const bytes = Buffer.from(await response.arrayBuffer());
      const json = /[/+]json\b/.test(response.headers.get('content-type') ?? '');
      const antwort = {
        status: response.status,
        headers: response.headers,
        // JSON parsed; any other body (a PDF) as its bytes.
        body: bytes.length === 0 ? undefined : json ? (JSON.parse(bytes.toString('utf8')) as unknown) : bytes,
      };
      pruefer.pruefen(methode, pfad, antwort);
      return antwort;
    },
    async stoppen() {
      await app.close();
      for (const idp of anbieter) await idp.stop();
      await t.close();
    },
  };
}
