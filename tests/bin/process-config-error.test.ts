import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, it } from 'node:test';

const root = path.resolve(import.meta.dirname, '..', '..');

function run(script: string, env: Record<string, string>) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'bin', script)], {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, stderr: result.stderr.trim() };
}

describe('process start with bad configuration', () => {
  it('web stops with one line naming a malformed variable', () => {
    const { code, stderr } = run('web.ts', {
      PORT: '99999',
      DATABASE_URL: 'postgres://u:p@127.0.0.1:1/x',
      TEMPORAL_ADDRESS: '127.0.0.1:1',
    });
    assert.equal(code, 1);
    assert.equal(stderr.split('\n').length, 1);
    assert.match(stderr, /^web: Configuration error: PORT /);
  });

  it('worker stops with one line naming a missing variable', () => {
    const { code, stderr } = run('worker.ts', { TEMPORAL_ADDRESS: '127.0.0.1:1' });
    assert.equal(code, 1);
    assert.equal(
      stderr,
      'worker: Configuration error: DATABASE_URL is required (e.g. postgres://user:pass@host:5432/db)',
    );
  });

  it('web refuses to start without the blob master key', () => {
    const { code, stderr } = run('web.ts', {
      DATABASE_URL: 'postgres://u:p@127.0.0.1:1/x',
      TEMPORAL_ADDRESS: '127.0.0.1:1',
    });
    assert.equal(code, 1);
    assert.match(
      stderr,
      /^web: Configuration error: BLOB_SCHLUESSEL is required, the master key of encryption at rest/,
    );
    assert.equal(stderr.split('\n').length, 1);
  });
});
