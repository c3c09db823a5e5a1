// Runs web and worker as child processes, restarts them when they crash, stops them in order.
import { spawn, type ChildProcess } from 'node:child_process';
import type { Logger } from './logger.js';

export interface ChildSpec {
  name: string;
  args: string[];
  env: NodeJS.ProcessEnv;
}

export interface Supervised {
  stop(): Promise<void>;
}

const QUICK_EXIT_MS = 10_000;
const MAX_QUICK_EXITS = 3;

export function supervise(spec: ChildSpec, log: Logger, onGiveUp: (reason: string) => void): Supervised {
  let child: ChildProcess | undefined;
  let stopping = false;
  let quickExits = 0;
  const launch = () => {
    const started = Date.now();
    child = spawn(process.execPath, spec.args, { stdio: 'inherit', env: spec.env, detached: true });
    child.on('exit', (code, signal) => {
      child = undefined;
      if (stopping) return;
      quickExits = Date.now() - started < QUICK_EXIT_MS ? quickExits + 1 : 0;
      if (quickExits >= MAX_QUICK_EXITS) return onGiveUp(`${spec.name} exited ${quickExits} times right after starting (code ${code})`);
      log.warn({ child: spec.name, code, signal }, 'child process exited, restarting');
      setTimeout(() => !stopping && launch(), 1000 * quickExits);
    });
  };
  launch();
  return {
    async stop() {
      stopping = true;
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
