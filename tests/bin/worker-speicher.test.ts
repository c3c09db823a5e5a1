import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { describe, it } from 'node:test';
import { promisify } from 'node:util';
import { workerKinder } from '../../bin/worker-prozesse.js';

const kind = path.resolve(import.meta.dirname, '..', 'support', 'bilder-umwandeln-kind.ts');

describe("the PDF worker process's environment", () => {
  it('hands the memory of large images back once they are converted, instead of keeping it resident', async () => {
    const pdfWorker = workerKinder({ PATH: process.env.PATH, HOME: process.env.HOME }).find(
      (k) => k.name === 'worker-pdf',
    )!;
    // 36-megapixel PNGs, two at a time (the PDF worker's activity slots on two cores), four rounds.
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', kind, '6000', '4'], {
      env: pdfWorker.env,
    });
    const { vorher, nachher } = JSON.parse(stdout) as { vorher: number; nachher: number };
    assert.ok(
      nachher - vorher < 40,
      `resident memory grew by ${Math.round(nachher - vorher)} MB (from ${Math.round(vorher)} MB) over eight conversions`,
    );
  });
});
