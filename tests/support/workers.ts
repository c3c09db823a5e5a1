// Runs the real workers of a test context in-process, and stops them after the test file.
import { seedDemoData } from '../../db/demo/seed.js';
import type { AppContext } from '../../platform/context.js';
import { createWorkers } from '../../bin/create-workers.js';
import { createTestContext, type TestContext } from './context.js';

export async function runWorkers(ctx: AppContext): Promise<{ stop(): Promise<void> }> {
  const workers = await createWorkers(ctx, ['io', 'pdf']);
  const running = workers.run();
  return {
    async stop() {
      workers.shutdown();
      await running;
    },
  };
}

/** A test context on demo data with the real workers running, as workflow suites need it; `stop` ends workers and context. */
export async function demoMitWorkern(): Promise<{ t: TestContext; stop(): Promise<void> }> {
  const t = await createTestContext();
  await seedDemoData(t.ctx.db, t.ctx.blobs);
  const workers = await runWorkers(t.ctx);
  return {
    t,
    async stop() {
      await workers.stop();
      await t.close();
    },
  };
}
