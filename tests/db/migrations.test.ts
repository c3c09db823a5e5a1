import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { migrateLatest } from '../../db/knex.js';
import { migrationSource } from '../../db/migration-source.js';
import { createTestContext, type TestContext } from '../support/context.js';

describe('database migrations', () => {
  let t: TestContext;
  before(async () => {
    t = await createTestContext();
  });
  after(() => t.close());

  it('record migrations by file stem, without the extension', async () => {
    const names = (await t.ctx.db('knex_migrations').select('name')).map((row) => row.name as string);
    assert.ok(names.length > 0);
    for (const name of names) assert.doesNotMatch(name, /\.(ts|js)$/);
    assert.deepEqual(names, await migrationSource.getMigrations([]));
  });

  it('apply nothing the second time', async () => {
    assert.deepEqual(await migrateLatest(t.ctx.db), []);
  });

  it('roll back completely and apply again', async () => {
    await t.ctx.db.migrate.rollback({ migrationSource }, true);
    assert.equal(await t.ctx.db.schema.hasTable('kunden'), false);
    const applied = await migrateLatest(t.ctx.db);
    assert.deepEqual(applied, await migrationSource.getMigrations([]));
    assert.equal(await t.ctx.db.schema.hasTable('kunden'), true);
  });
});
