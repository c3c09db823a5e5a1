import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pino } from 'pino';
import { supervise } from '../../../platform/dev/supervisor.js';
import { waitUntil } from '../../../platform/wait.js';

interface Entry {
  child?: string;
  attempt?: number;
  delayMs?: number;
}

function collectingLogger() {
  const entries: Entry[] = [];
  const log = pino({ level: 'info' }, { write: (line: string) => void entries.push(JSON.parse(line) as Entry) });
  return { log, entries };
}

/** A child that notes the time of each start in `file` and then behaves as `then` says. */
const child = (file: string, then: string) => [
  '-e',
  `require('fs').appendFileSync(${JSON.stringify(file)}, Date.now() + ' ' + process.pid + '\\n'); ${then}`,
];

async function starts(file: string): Promise<Array<{ at: number; pid: number }>> {
  if (!existsSync(file)) return [];
  return (await readFile(file, 'utf8'))
    .trim()
    .split('\n')
    .map((line) => line.split(' ').map(Number))
    .map(([at, pid]) => ({ at: at!, pid: pid! }));
}

describe('supervisor with a child that crashes right after starting', () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'supervisor-'));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('restarts it again and again with doubling delays up to the cap, while the other child keeps running', async () => {
    const { log, entries } = collectingLogger();
    const crashes = path.join(dir, 'crashes');
    const steady = path.join(dir, 'steady');
    const backoff = { firstMs: 50, maxMs: 400, stableMs: 60_000 };
    const crashing = supervise(
      { name: 'worker', args: child(crashes, 'process.exit(3)'), env: process.env },
      log,
      backoff,
    );
    const running = supervise(
      { name: 'web', args: child(steady, 'setInterval(() => {}, 1000)'), env: process.env },
      log,
      backoff,
    );
    try {
      await waitUntil('seven starts of the crashing child', async () => (await starts(crashes)).length >= 7, {
        timeoutMs: 30_000,
        intervalMs: 50,
      });
      const restarts = entries.filter((entry) => entry.child === 'worker');
      assert.deepEqual(
        restarts.slice(0, 6).map(({ attempt, delayMs }) => ({ attempt, delayMs })),
        [
          { attempt: 1, delayMs: 50 },
          { attempt: 2, delayMs: 100 },
          { attempt: 3, delayMs: 200 },
          { attempt: 4, delayMs: 400 },
          { attempt: 5, delayMs: 400 },
          { attempt: 6, delayMs: 400 },
        ],
      );
      const times = (await starts(crashes)).map((start) => start.at);
      for (let i = 1; i < 7; i++)
        assert.ok(times[i]! - times[i - 1]! >= restarts[i - 1]!.delayMs!, `start ${i + 1} came after its delay`);

      const web = await starts(steady);
      assert.equal(web.length, 1, 'the other child was started once and never restarted');
      assert.doesNotThrow(() => process.kill(web[0]!.pid, 0), 'the other child still runs');
      assert.equal(entries.filter((entry) => entry.child === 'web').length, 0);
    } finally {
      await crashing.stop();
      await running.stop();
    }
    const count = (await starts(crashes)).length;
    await new Promise((resolve) => setTimeout(resolve, 600));
    assert.equal((await starts(crashes)).length, count, 'no restart after stop()');
  });

  it('starts again from the first delay after the child ran stably', async () => {
    const { log, entries } = collectingLogger();
    const file = path.join(dir, 'stable');
    const supervised = supervise(
      { name: 'worker', args: child(file, 'setTimeout(() => process.exit(1), 300)'), env: process.env },
      log,
      { firstMs: 50, maxMs: 400, stableMs: 200 },
    );
    try {
      await waitUntil('four starts', async () => (await starts(file)).length >= 4, {
        timeoutMs: 30_000,
        intervalMs: 50,
      });
    } finally {
      await supervised.stop();
    }
    assert.deepEqual(
      entries.slice(0, 3).map(({ attempt, delayMs }) => ({ attempt, delayMs })),
      [1, 2, 3].map(() => ({ attempt: 1, delayMs: 50 })),
    );
  });
});
