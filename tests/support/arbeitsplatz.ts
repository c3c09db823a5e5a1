// The staff workspace under test: own database with demo data, the real app, a real embedded OIDC provider, optionally workers.
import { demoIdpKonten } from '../../db/demo/logins.js';
import { seedDemoData } from '../../db/demo/seed.js';
import { startOidcAnbieter } from '../../platform/dev/oidc-anbieter.js';
import { createTestContext, type TestContext } from './context.js';
import { startApp, type RunningApp } from './http.js';
import { freePort } from './ports.js';
import { runWorkers } from './workers.js';

export interface Arbeitsplatz {
  t: TestContext;
  app: RunningApp;
  stoppen(): Promise<void>;
}

export async function arbeitsplatzStarten({ workers = false }: { workers?: boolean } = {}): Promise<Arbeitsplatz> {
  const t = await createTestContext();
  await seedDemoData(t.ctx.db, t.ctx.blobs);
  const app = await startApp(t.ctx);
  // The provider must know the app's callback URL, which exists only once the app listens.
  t.ctx.config.publicUrl = app.url;
  const idp = await startOidcAnbieter({
    port: await freePort(),
    clientId: t.ctx.config.oidcClientId,
    clientSecret: t.ctx.config.oidcClientSecret,
    portalUrl: app.url,
    konten: demoIdpKonten,
  });
  t.ctx.config.oidcIssuer = idp.issuer;
  const laufend = workers ? await runWorkers(t.ctx) : undefined;
  return {
    t,
    app,
    async stoppen() {
      await laufend?.stop();
      await app.close();
      await idp.stop();
      await t.close();
    },
  };
}
