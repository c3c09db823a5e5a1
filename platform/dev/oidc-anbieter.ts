// The embedded OpenID Connect provider for `npm start` and the tests: a real oidc-provider with the demo staff accounts.
// It stands in for the organisation's identity provider; production sets OIDC_ISSUER to that provider instead.
import type { Server } from 'node:http';
import Provider, { type Configuration } from 'oidc-provider';
import { randomBytes } from 'node:crypto';

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
}

export interface OidcAnbieter {
  issuer: string;
  stop(): Promise<void>;
}

export async function startOidcAnbieter(optionen: OidcAnbieterOptionen): Promise<OidcAnbieter> {
  const issuer = `http://127.0.0.1:${optionen.port}`;
  const konten = new Map(optionen.konten.map((k) => [k.sub, k]));
  const configuration: Configuration = {
    clients: [
      {
        client_id: optionen.clientId,
        client_secret: optionen.clientSecret,
        redirect_uris: [`${optionen.portalUrl}/mitarbeiter/rueckruf`],
        post_logout_redirect_uris: [`${optionen.portalUrl}/mitarbeiter/abgemeldet`],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    pkce: { required: () => true },
    scopes: ['openid', 'profile', 'email', 'jobcenter'],
    claims: {
      openid: ['sub'],
      profile: ['given_name', 'family_name', 'name'],
      email: ['email'],
      jobcenter: ['team', 'roles'],
    },
    features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
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
    stop: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
