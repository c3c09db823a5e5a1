// Runs web and worker as child processes, restarts a crashing one with growing delays for as long as it takes, stops them in order.
import { spawn, type ChildProcess } from 'node:child_process';
import type { Logger } from '../logger.js';

export interface ChildSpec {
  name: string;
  args: string[];
  env: NodeJS.ProcessEnv;
}

export interface Supervised {
  stop(): Promise<void>;
}

/** Restart delays: the first after a crash, doubling up to the cap; a child that ran `stableMs` starts again from the first. */
export interface Backoff {
  firstMs: number;
  maxMs: number;
  stableMs: number;
}

export const DEFAULT_BACKOFF: Backoff = { firstMs: 1000, maxMs: 60_000, stableMs: 60_000 };

/** Delay before restart number `attempt` (1, 2, 3 …) of a child that keeps exiting. */
export function restartDelay(attempt: number, backoff: Backoff): number {
  return Math.min(backoff.maxMs, backoff.firstMs * 2 ** Math.min(attempt - 1, 30));
}

export function supervise(spec: ChildSpec, log: Logger, backoff: Backoff = DEFAULT_BACKOFF): Supervised {
  let child: ChildProcess | undefined;
  let pending: NodeJS.Timeout | undefined;
  let stopping = false;
  let attempt = 0;
  const launch = () => {
    pending = undefined;
    const started = Date.now();
    child = spawn(process.execPath, spec.args, { stdio: 'inherit', env: spec.env, detached: true });
    child.on('error', (error) => log.error({ child: spec.name, err: error }, 'child process could not be started'));
    child.on('exit', (code, signal) => {
      child = undefined;
      if (stopping) return;
      const ranMs = Date.now() - started;
      attempt = ranMs >= backoff.stableMs ? 1 : attempt + 1;
      const delayMs = restartDelay(attempt, backoff);
      log.warn(
        { child: spec.name, code, signal, ranMs, attempt, delayMs },
        `${spec.name} exited, restart ${attempt} in ${delayMs} ms`,
      );
      pending = setTimeout(() => !stopping && launch(), delayMs);
    });
  };
  launch();
  return {
    async stop() {
      stopping = true;
      clearTimeout(pending);
      const running = child;
      if (!running) return;
      const exited = new Promise((resolve) => running.once('exit', resolve));
      running.kill('SIGTERM');
      const timer = setTimeout(() => running.kill('SIGKILL'), 25_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
