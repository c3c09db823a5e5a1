import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { zeitstempelLesen } from '../../db/zeitstempel.js';
import { createTestContext, type TestContext } from '../support/context.js';

const allgemein = pg.types.getTypeParser(1184, 'text') as (text: string) => unknown;
const wert = (x: unknown) => (x instanceof Date ? x.getTime() : x);

describe('timestamptz values read from PostgreSQL', () => {
  let t: TestContext;
  before(async () => {
    t = await createTestContext();
  });
  after(() => t.close());

  it('are the instants the driver reads, for every shape PostgreSQL writes', () => {
    const texte = [
      '2026-12-02 20:31:54+00',
      '2026-12-02 20:31:54.5+01',
      '2026-12-02 20:31:54.123456+01',
      '2026-03-29 01:59:59.999999+00',
      '2026-12-02 00:00:00-03:30',
      '2026-12-02 23:59:59.001+05:30',
      '2000-02-29 12:00:00.01-11',
      '1970-01-01 00:00:00+00',
      '1850-06-01 12:00:00+00:53:28',
      '0044-03-15 12:00:00+00',
      '0044-03-15 12:00:00+00 BC',
      '12026-01-01 00:00:00+00',
      'infinity',
      '-infinity',
    ];
    for (const text of texte) assert.equal(wert(zeitstempelLesen(text)), wert(allgemein(text)), text);
  });

  it('are read alike in every session time zone, through the application pool', async () => {
    const verbindung = (await t.ctx.db.client.acquireConnection()) as pg.Client;
    try {
      assert.equal(verbindung.getTypeParser(1184, 'text'), zeitstempelLesen);
    } finally {
      await t.ctx.db.client.releaseConnection(verbindung);
    }
    const zonen = ['UTC', 'Europe/Berlin', 'Asia/Kolkata', 'America/St_Johns', 'Pacific/Chatham'];
    const augenblicke = [
      '2026-12-02T20:31:54.123456Z',
      '2026-03-29T00:59:59.999Z',
      '2026-10-25T00:30:00Z',
      '1999-12-31T23:59:59.9995Z',
    ];
    await t.ctx.db.transaction(async (trx) => {
      for (const zone of zonen) {
        await trx.raw('select set_config(?, ?, true)', ['TimeZone', zone]);
        for (const augenblick of augenblicke) {
          const { rows } = await trx.raw('select ?::timestamptz as z, (?::timestamptz)::text as text', [
            augenblick,
            augenblick,
          ]);
          const erwartet = allgemein(rows[0].text) as Date;
          assert.ok(rows[0].z instanceof Date, `${zone} ${augenblick}`);
          assert.equal(rows[0].z.getTime(), erwartet.getTime(), `${zone} ${rows[0].text}`);
          assert.equal(rows[0].z.getTime(), Math.floor(Date.parse(augenblick.replace(/(\.\d{3})\d+/, '$1'))));
        }
      }
    });
  });
});
