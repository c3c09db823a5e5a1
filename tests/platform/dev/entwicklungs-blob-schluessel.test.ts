import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { entwicklungsBlobSchluessel } from '../../../platform/dev/blob-schluessel.js';

describe('the development blob key of npm start', () => {
  const dirs: string[] = [];
  after(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

  it('is made once, readable only by its owner, and the same on every later start', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'daten-'));
    dirs.push(dir);
    const erster = await entwicklungsBlobSchluessel(dir);
    const zweiter = await entwicklungsBlobSchluessel(dir);
    assert.equal(erster.length, 1);
    assert.equal(erster[0]!.schluessel.length, 32);
    assert.deepEqual(zweiter, erster);
    assert.equal((await stat(path.join(dir, 'blob-schluessel'))).mode & 0o777, 0o600);
    assert.match(await readFile(path.join(dir, 'blob-schluessel'), 'utf8'), /^dev1:[A-Za-z0-9+/]{43}=\n$/);

    const anderer = await mkdtemp(path.join(tmpdir(), 'daten-'));
    dirs.push(anderer);
    assert.notDeepEqual(await entwicklungsBlobSchluessel(anderer), erster, 'each data directory its own key');
  });
});
