// The embedded OpenID Connect provider for `npm start` and the tests: a real oidc-provider with the demo staff accounts.
// It stands in for the organisation's identity provider; production sets OIDC_ISSUER to that provider instead.
import type { Server } from 'node:http';
import Provider, { errors, type Configuration } from 'oidc-provider';
import { generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';

export interface IdpKonto {
  sub: string;
  vorname: string;
  nachname: string;
  email: string;
  team: 'leistung' | 'vermittlung' | 'poststelle' | 'admin';
}

export interface OidcAnbieterOptionen {
  port: number;
  clientId: string;
  clientSecret: string;
  /** The portal's public URL; callback and logout return there. */
  portalUrl: string;
  konten: readonly IdpKonto[];
  /** Machine clients of the portal's API: client credentials, JWT access tokens for `audience` carrying their scopes. */
  api?: { audience: string; clients: readonly ApiClient[]; accessTokenTtlSekunden?: number };
  /** Signing keys to use instead of a new one (tests: a second issuer signing with the first one's key). */
  schluessel?: Schluessel;
  /** Further applications staff sign in to (tests: the Temporal UI and the gate in front of it). */
  anmeldeClients?: readonly AnmeldeClient[];
}

/** An application staff sign in to with the authorization code flow. */
export interface AnmeldeClient {
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  /** Whether the client must send a PKCE challenge (the Temporal UI's server sends none). */
  pkce: boolean;
}

type Schluessel = NonNullable<Configuration['jwks']>;

export interface ApiClient {
  clientId: string;
  clientSecret: string;
  scopes: readonly string[];
}

export interface OidcAnbieter {
  issuer: string;
  schluessel: Schluessel;
  stop(): Promise<void>;
}

export async function startOidcAnbieter(optionen: OidcAnbieterOptionen): Promise<OidcAnbieter> {
  const issuer = `http://127.0.0.1:${optionen.port}`;
  const konten = new Map(optionen.konten.map((k) => [k.sub, k]));
  const api = optionen.api;
  const apiClients = new Map((api?.clients ?? []).map((c) => [c.clientId, c]));
  const anmeldeClients = optionen.anmeldeClients ?? [];
  const ohnePkce = new Set(anmeldeClients.filter((c) => !c.pkce).map((c) => c.clientId));
  // A signing key of its own per start: tokens of another instance do not verify against this one's JWKS.
  const schluessel = optionen.schluessel ?? {
    keys: [
      {
        ...generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' }),
        kid: randomUUID(),
        use: 'sig',
        alg: 'RS256',
      },
    ],
  };
  const configuration: Configuration = {
    jwks: schluessel,
    clients: [
      {
        client_id: optionen.clientId,
        client_secret: optionen.clientSecret,
        redirect_uris: [`${optionen.portalUrl}/mitarbeiter/rueckruf`],
        post_logout_redirect_uris: [`${optionen.portalUrl}/mitarbeiter/abgemeldet`],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
      ...anmeldeClients.map((c) => ({
        client_id: c.clientId,
        client_secret: c.clientSecret,
        redirect_uris: [c.redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code' as const],
      })),
      ...[...apiClients.values()].map((c) => ({
        client_id: c.clientId,
        client_secret: c.clientSecret,
        grant_types: ['client_credentials'],
        response_types: [],
        redirect_uris: [],
      })),
    ],
    pkce: { required: (_ctx, client) => !ohnePkce.has(client.clientId) },
    scopes: ['openid', 'profile', 'email', 'jobcenter'],
    claims: {
      openid: ['sub'],
      profile: ['given_name', 'family_name', 'name'],
      email: ['email', 'email_verified'],
      jobcenter: ['team', 'roles'],
    },
    features: {
      devInteractions: { enabled: true },
      rpInitiatedLogout: { enabled: true },
      clientCredentials: { enabled: Boolean(api) },
      // The API is the only resource server: its clients get JWT access tokens with the scopes granted to them, nobody else.
      resourceIndicators: {
        enabled: Boolean(api),
        defaultResource: (_ctx, client, oneOf) =>
          oneOf ?? (api && apiClients.has(client.clientId) ? api.audience : undefined),
        useGrantedResource: () => false,
        getResourceServerInfo: (_ctx, resource, client) => {
          const apiClient = apiClients.get(client.clientId);
          if (!api || !apiClient || resource !== api.audience) throw new errors.InvalidTarget();
          return {
            scope: apiClient.scopes.join(' '),
            audience: api.audience,
            accessTokenTTL: api.accessTokenTtlSekunden ?? 600,
            accessTokenFormat: 'jwt',
            jwt: { sign: { alg: 'RS256' } },
          };
        },
      },
    },
    cookies: { keys: [randomBytes(32).toString('hex')] },
    // Unknown accounts get no claims, so a sign-in with a name not on the list fails.
    findAccount: (_ctx, sub) => {
      const konto = konten.get(sub);
      if (!konto) return undefined;
      return {
        accountId: sub,
        claims: () => ({
          sub,
          given_name: konto.vorname,
          family_name: konto.nachname,
          name: `${konto.vorname} ${konto.nachname}`,
          email: konto.email,
          // Staff accounts are the organisation's own: their addresses are verified.
          email_verified: true,
          team: konto.team,
          roles: konto.team === 'admin' ? ['admin'] : ['mitarbeiter'],
        }),
      };
    },
    // First-party client: the grant covers what the portal asks for, no consent screen.
    loadExistingGrant: async (ctx) => {
      const grantId = ctx.oidc.result?.consent?.grantId ?? ctx.oidc.session!.grantIdFor(ctx.oidc.client!.clientId);
      if (grantId) return ctx.oidc.provider.Grant.find(grantId);
      const grant = new ctx.oidc.provider.Grant({
        clientId: ctx.oidc.client!.clientId,
        accountId: ctx.oidc.session!.accountId!,
      });
      grant.addOIDCScope('openid profile email jobcenter');
      grant.addOIDCClaims(['team', 'roles']);
      await grant.save();
      return grant;
    },
  };
  const provider = new Provider(issuer, configuration);
  const server: Server = provider.listen(optionen.port, '127.0.0.1');
  await new Promise<void>((resolve, reject) => server.once('listening', resolve).once('error', reject));
  return {
    issuer,
    schluessel,
    stop: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
