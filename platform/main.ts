// Process entry helper: start, log and exit non-zero on failure, stop cleanly on SIGINT/SIGTERM.
import { ConfigError } from './config.js';

export async function runMain(name: string, start: () => Promise<() => Promise<void>>): Promise<void> {
  let stop: () => Promise<void>;
  try {
    stop = await start();
  } catch (error) {
    const busy = error as NodeJS.ErrnoException & { port?: number };
    if (error instanceof ConfigError) process.stderr.write(`${name}: ${error.message}\n`);
    else if (busy?.code === 'EADDRINUSE')
      process.stderr.write(
        `${name}: Port ${busy.port} is in use: stop the program using it or set PORT to a free port.\n`,
      );
    else process.stderr.write(`${name}: start failed: ${(error as Error)?.stack ?? String(error)}\n`);
    process.exit(1);
  }
  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    const timer = setTimeout(() => process.exit(1), 20_000);
    try {
      await stop();
    } finally {
      clearTimeout(timer);
      process.exit(0);
    }
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  watchParent(shutdown);
}

/** Under `npm start` the children stop by themselves if the parent is killed hard. */
function watchParent(shutdown: () => Promise<void>): void {
  const parent = Number(process.env.PLATFORM_PARENT_PID);
  if (!parent) return;
  setInterval(() => {
    try {
      process.kill(parent, 0);
    } catch {
      void shutdown();
    }
  }, 2000).unref();
}
