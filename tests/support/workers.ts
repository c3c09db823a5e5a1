// Runs the real workers of a test context in-process, and stops them after the test file.
import type { AppContext } from '../../platform/context.js';
import { createWorkers } from '../../platform/worker.js';

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
