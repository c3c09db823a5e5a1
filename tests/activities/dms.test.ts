import assert from 'node:assert/strict';
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createDmsActivities } from '../../activities/dms.js';
import { demoLogins } from '../../db/demo/logins.js';
import { seedDemoData } from '../../db/demo/seed.js';
import { neueNummer } from '../../domain/nummern.js';
import { createTestContext, type TestContext } from '../support/context.js';
import { pdfMitSeiten } from '../support/dateien.js';

describe('DMS hot-folder adapter', () => {
  let t: TestContext;
  let dms: ReturnType<typeof createDmsActivities>;
  before(async () => {
    t = await createTestContext();
    await seedDemoData(t.ctx.db, t.ctx.blobs);
    dms = createDmsActivities({ db: t.ctx.db, blobs: t.ctx.blobs, importDir: t.ctx.config.dmsImportDir });
  });
  after(() => t.close());

  /** `scan`: scanned paper whose row does not name its client yet (its Zuordnung is projected beside the filing). */
  async function auftrag(kanal: 'kunde' | 'scan' = 'kunde') {
    const eingangsnummer = neueNummer('E');
    const paula = await t.ctx.db('kunden').where({ kundennummer: demoLogins.kunde.kundennummer }).first('id');
    const jetzt = new Date();
    await t.ctx.db('eingangsdokumente').insert({
      eingangsnummer,
      art: 'dokument',
      kanal,
      kunde_id: kanal === 'scan' ? null : paula.id,
      dokumentart: 'Lohnabrechnung',
      status: 'aufbereitet',
      eingegangen_am: jetzt,
      aktualisiert_am: jetzt,
    });
    const pdf = await t.ctx.blobs.put(await pdfMitSeiten(2), 'dokumente');
    return {
      pdf,
      index: {
        eingangsnummer,
        kundennummer: demoLogins.kunde.kundennummer,
        dokumentart: 'Lohnabrechnung',
        bereich: '',
        kanal,
        eingangsdatum: jetzt.toISOString(),
        seiten: 2,
      },
    };
  }

  it('writes the PDF and its JSON index with every field the DMS reads', async () => {
    const a = await auftrag();
    const { referenz } = await dms.ablegen(a);
    assert.equal(referenz, `hotfolder:${a.index.eingangsnummer}`);
    const pdf = await readFile(path.join(t.ctx.config.dmsImportDir, `${a.index.eingangsnummer}.pdf`));
    assert.equal(pdf.length, a.pdf.bytes);
    const index = JSON.parse(
      await readFile(path.join(t.ctx.config.dmsImportDir, `${a.index.eingangsnummer}.json`), 'utf8'),
    );
    assert.deepEqual(
      Object.keys(index).sort(),
      [
        'absender',
        'bereich',
        'bgNummer',
        'dokumentart',
        'eingangsdatum',
        'eingangsnummer',
        'kanal',
        'kundennummer',
        'seiten',
        'sha256',
      ].sort(),
    );
    assert.equal(index.sha256, a.pdf.sha256);
  });

  it("takes BG-Nummer and sender from the Kundennummer filed, before the scan's row names its client", async () => {
    const a = await auftrag('scan');
    await dms.ablegen(a);
    const index = JSON.parse(
      await readFile(path.join(t.ctx.config.dmsImportDir, `${a.index.eingangsnummer}.json`), 'utf8'),
    );
    const kunde = await t.ctx
      .db('kunden')
      .where({ kundennummer: demoLogins.kunde.kundennummer })
      .first('bg_nummer', 'vorname', 'nachname');
    assert.equal(index.kundennummer, demoLogins.kunde.kundennummer);
    assert.equal(index.bgNummer, kunde.bg_nummer);
    assert.equal(index.absender, `${kunde.vorname} ${kunde.nachname}`);
  });

  it('files the same Eingangsnummer only once, even when the DMS has already taken the files away', async () => {
    const a = await auftrag();
    await dms.ablegen(a);
    for (const ext of ['pdf', 'json'])
      await rm(path.join(t.ctx.config.dmsImportDir, `${a.index.eingangsnummer}.${ext}`));
    await dms.ablegen(a);
    const files = (await readdir(t.ctx.config.dmsImportDir)).filter((f) => f.startsWith(a.index.eingangsnummer));
    assert.deepEqual(files, []);
    assert.equal((await t.ctx.db('dms_ablagen').where({ eingangsnummer: a.index.eingangsnummer })).length, 1);
  });

  it('fails without leaving temporary or partial files while the folder is unavailable', async () => {
    const a = await auftrag();
    const original = t.ctx.config.dmsImportDir;
    const weg = createDmsActivities({ db: t.ctx.db, blobs: t.ctx.blobs, importDir: path.join(original, 'nicht-da') });
    await assert.rejects(weg.ablegen(a), /ENOENT/);
    assert.equal(
      (await readdir(original)).some((f) => f.includes(a.index.eingangsnummer)),
      false,
    );
    assert.equal((await t.ctx.db('dms_ablagen').where({ eingangsnummer: a.index.eingangsnummer })).length, 0);
  });
});
