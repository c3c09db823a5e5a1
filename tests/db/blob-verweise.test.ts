import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { blobSpalten, unbenutzteBlobKeys, verweisAbfrage } from '../../db/blob-verweise.js';
import { neueNummer } from '../../domain/nummern.js';
import { createTestContext, type TestContext } from '../support/context.js';
import { lieferungEintragen } from '../support/scan-lieferung.js';

const key = (prefix: string) => `${prefix}/${randomUUID()}`;

describe('which blobs rows refer to, for the orphan sweep', () => {
  let t: TestContext;
  before(async () => {
    t = await createTestContext();
  });
  after(() => t.close());

  async function eingang(felder: Record<string, unknown> = {}): Promise<string> {
    const eingangsnummer = neueNummer('E', new Date());
    await t.ctx.db('eingangsdokumente').insert({
      eingangsnummer,
      art: 'dokument',
      kanal: 'scan',
      dokumentart: 'Sonstiges',
      teams: ['leistung'],
      status: 'wartet_auf_zuordnung',
      eingegangen_am: new Date(),
      aktualisiert_am: new Date(),
      ...felder,
    });
    return eingangsnummer;
  }

  it('finds keys in a column, in stack parts, in scan previews and in a start journal, and no others', async () => {
    const spalte = key('dokumente');
    const [teil, vorschau, datei, text] = [key('scan'), key('vorschau'), key('dokumente'), key('mitteilung')];
    const unbenutzt = [key('dokumente'), key('scan'), key('vorschau')];
    const nummer = await eingang({ blob_key: spalte, vorschau: JSON.stringify([{ key: vorschau, seite: 1 }]) });
    await t.ctx.db('eingangs_starts').insert({
      eingangsnummer: nummer,
      input: { inhalt: { dateien: [{ key: datei, name: 'a.pdf' }], text: { key: text } } },
    });
    await lieferungEintragen(t.ctx.db, 'L-verweise');
    await t.ctx
      .db('scan_lieferung_stapel')
      .insert({ lieferung_id: 'L-verweise', ab: 1, sha256: '0'.repeat(64), bytes: 1, teil_blobs: [teil] });

    const gefragt = [spalte, teil, vorschau, datei, text, ...unbenutzt];
    assert.deepEqual((await unbenutzteBlobKeys(t.ctx.db, gefragt)).sort(), [...unbenutzt].sort());
    assert.deepEqual(await unbenutzteBlobKeys(t.ctx.db, []), []);
  });

  it('searches every place by index, never by reading a whole table', async () => {
    // With sequential scans priced out, a place without a usable index still shows up as a Seq Scan in the plan.
    const plan = await t.ctx.db.transaction(async (trx) => {
      await trx.raw('set local enable_seqscan = off');
      const { sql, parameter } = verweisAbfrage([key('dokumente'), key('scan')]);
      const { rows } = await trx.raw<{ rows: Array<{ 'QUERY PLAN': string }> }>(`explain ${sql}`, parameter);
      return rows.map((r) => r['QUERY PLAN']).join('\n');
    });
    const gelesen = [...plan.matchAll(/Seq Scan on (\w+)/g)].map((m) => m[1]);
    assert.deepEqual(gelesen, [], `tables read whole:\n${plan}`);
    // Every column and JSON place is among the branches searched.
    for (const spalte of blobSpalten) assert.ok(plan.includes(spalte.split('.')[0]!), `${spalte} is searched`);
  });
});
