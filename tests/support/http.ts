// Serves the real Koa app of a test context on a free port.
import type { AddressInfo } from 'node:net';
import { createApp } from '../../web/app.js';
import type { AppContext } from '../../platform/context.js';

export interface RunningApp {
  url: string;
  close(): Promise<void>;
}

export async function startApp(ctx: AppContext): Promise<RunningApp> {
  const server = createApp(ctx).listen(0, '127.0.0.1');
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
