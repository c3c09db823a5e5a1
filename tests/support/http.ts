// Serves the real Koa app of a test context on a free port.
import type { AddressInfo } from 'node:net';
import { listen } from '../../web/server.js';
import { seedDemoData } from '../../db/demo/seed.js';
import type { AppContext } from '../../platform/context.js';
import { createTestContext, type TestContext } from './context.js';

export interface RunningApp {
  url: string;
  close(): Promise<void>;
}

export async function startApp(ctx: AppContext): Promise<RunningApp> {
  const server = listen(ctx, 0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/**
 * A test context on demo data with the app serving it, as most web suites need; `stop` closes both.
 * `vorDemStart` may adjust the configuration before the app reads it.
 */
export async function demoApp(
  vorDemStart?: (ctx: AppContext) => void,
): Promise<{ t: TestContext; app: RunningApp; stop(): Promise<void> }> {
  const t = await createTestContext();
  await seedDemoData(t.ctx.db, t.ctx.blobs);
  vorDemStart?.(t.ctx);
  const app = await startApp(t.ctx);
  return {
    t,
    app,
    async stop() {
      await app.close();
      await t.close();
    },
  };
}
