// The portal and an identity provider for a machine-API benchmark: the app on a free port, the provider issuing the
// bench client's tokens, no rate limit; `schliessen` puts the configuration back and stops both.
import { apiAudienz } from '../platform/config.js';
import type { AppContext } from '../platform/context.js';
import { startOidcAnbieter, type ApiClient } from '../platform/dev/oidc-anbieter.js';
import { startApp, type RunningApp } from '../tests/support/http.js';
import { freePort } from '../tests/support/ports.js';

export async function apiUmgebungStarten(
  ctx: AppContext,
  client: ApiClient,
): Promise<{ app: RunningApp; issuer: string; schliessen: () => Promise<void> }> {
  const ratenlimitVorher = ctx.config.apiRatenlimit;
  const issuerVorher = ctx.config.oidcIssuer;
  ctx.config.apiRatenlimit = { proSekunde: 100_000, vorrat: 1_000_000 };
  const app = await startApp(ctx);
  ctx.config.publicUrl = app.url;
  const idp = await startOidcAnbieter({
    port: await freePort(),
    clientId: ctx.config.oidcClientId,
    clientSecret: ctx.config.oidcClientSecret,
    portalUrl: app.url,
    konten: [],
    api: { audience: apiAudienz(ctx.config), clients: [client] },
  });
  ctx.config.oidcIssuer = idp.issuer;
  return {
    app,
    issuer: idp.issuer,
    async schliessen() {
      ctx.config.apiRatenlimit = ratenlimitVorher;
      ctx.config.oidcIssuer = issuerVorher;
      await app.close();
      await idp.stop();
    },
  };
}
