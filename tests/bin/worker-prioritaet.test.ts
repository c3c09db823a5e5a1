import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { describe, it } from 'node:test';
import { promisify } from 'node:util';
import { niceFuer } from '../../bin/worker-prioritaet.js';

const kind = path.resolve(import.meta.dirname, '..', 'support', 'prioritaet-kind.ts');

async function niceDerThreads(...args: number[]): Promise<number[]> {
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', kind, ...args.map(String)]);
  return JSON.parse(stdout) as number[];
}

describe("the PDF worker's CPU priority", () => {
  it('is lowered only for a worker that serves nothing but the pdf queue', () => {
    assert.equal(niceFuer(['pdf'], 10), 10);
    assert.equal(niceFuer(['io'], 10), undefined);
    assert.equal(niceFuer(['io', 'pdf'], 10), undefined);
    assert.equal(niceFuer(['pdf'], 0), undefined);
  });

  it('holds for every thread of the process, those started before and after it was lowered', async () => {
    const nice = await niceDerThreads(7);
    // The main thread, at least four of the thread pool, two worker threads, V8's own.
    assert.ok(nice.length >= 7, `only ${nice.length} threads`);
    assert.deepEqual(
      nice.filter((n) => n !== 7),
      [],
      `nice levels of the threads: ${nice.join(' ')}`,
    );
  });

  it('is never raised again by a lower level', async () => {
    const nice = await niceDerThreads(7, 3);
    assert.deepEqual([...new Set(nice)], [7]);
  });
});
