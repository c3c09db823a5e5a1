// Child process for the worker priority test: starts threads, lowers its priority, starts one more, and prints the nice
// level of every thread it has (from /proc) as JSON.
import { pbkdf2 } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { Worker } from 'node:worker_threads';
import { prioritaetSenken } from '../../bin/worker-prioritaet.js';

const [nice, nochmal] = process.argv.slice(2).map(Number);
const threadLaeuft = () => new Worker('setInterval(() => {}, 1000)', { eval: true }).unref();

// The thread pool's threads and a worker thread exist before the priority is lowered.
await Promise.all(Array.from({ length: 4 }, () => promisify(pbkdf2)('x', 'y', 1000, 32, 'sha256')));
threadLaeuft();
prioritaetSenken(nice!);
threadLaeuft();
if (nochmal !== undefined) prioritaetSenken(nochmal);
await new Promise((resolve) => setTimeout(resolve, 200));

const niceVon = (tid: string) => {
  const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
};
process.stdout.write(JSON.stringify(readdirSync('/proc/self/task').map(niceVon)));
process.exit(0);
