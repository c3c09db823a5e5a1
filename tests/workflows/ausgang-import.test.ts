import assert from 'node:assert/strict';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { demoLogins } from '../../db/demo/logins.js';
import { seedDemoData } from '../../db/demo/seed.js';
import { loadTemporalPlan } from '../../platform/temporal-plan.js';
import { createTestContext, type TestContext } from '../support/context.js';
import { pdfMitSeiten } from '../support/dateien.js';
import { runWorkers } from '../support/workers.js';
import { ausgangImport } from '../../workflows/ausgang-import.js';
import { dokumentAusgang } from '../../workflows/dokument-ausgang.js';

describe('nightly import of outgoing letters from the DMS export folder', () => {
  let t: TestContext;
  let workers: { stop(): Promise<void> };
  let exportDir: string;

  before(async () => {
    t = await createTestContext();
    await seedDemoData(t.ctx.db, t.ctx.blobs);
    workers = await runWorkers(t.ctx);
    exportDir = t.ctx.config.dmsExportDir;
    await mkdir(exportDir, { recursive: true });
  });
  after(async () => {
    await workers.stop();
    await t.close();
  });

  const index = (name: string, felder: Record<string, unknown>) =>
    writeFile(path.join(exportDir, `${name}.json`), JSON.stringify(felder));
  const lauf = (id: string) =>
    t.ctx.temporal.client.workflow.execute(ausgangImport, {
      workflowId: id,
      taskQueue: t.ctx.temporal.plan.taskQueues.io,
      args: [],
    });

  it('is scheduled nightly in temporal.yaml', () => {
    const plan = loadTemporalPlan(path.resolve(import.meta.dirname, '..', '..', 'temporal.yaml'));
    const schedule = plan.schedules.find((s) => s.workflowType === ausgangImport.name);
    assert.equal(schedule?.cron, '0 2 * * *');
  });

  it('imports a letter into the client\u2019s Eingang and starts its dokumentAusgang; bad index files are reported and set aside', async () => {
    await writeFile(path.join(exportDir, 'bescheid-1.pdf'), await pdfMitSeiten(2));
    await index('bescheid-1', {
      referenz: 'DMS-4711',
      kundennummer: demoLogins.kunde.kundennummer,
      dokumentart: 'Bescheid',
      bereich: 'leistung',
      name: 'Änderungsbescheid',
      datei: 'bescheid-1.pdf',
    });
    await index('kaputt', {
      referenz: 'DMS-4712',
      kundennummer: demoLogins.kunde.kundennummer,
      bereich: 'irgendwo',
      datei: 'fehlt.pdf',
    });
    await writeFile(path.join(exportDir, 'kein-json.json'), '{ nicht json');
    await writeFile(path.join(exportDir, 'fremd.pdf'), await pdfMitSeiten(1));
    await index('fremd', {
      referenz: 'DMS-4713',
      kundennummer: '999X999999',
      dokumentart: 'Bescheid',
      bereich: 'leistung',
      name: 'x',
      datei: 'fremd.pdf',
    });

    const ergebnis = await lauf(`import-${Date.now()}`);
    assert.equal(ergebnis.importiert.length, 1);
    assert.deepEqual(ergebnis.abgelehnt.map((a: { datei: string }) => a.datei).sort(), [
      'fremd.json',
      'kaputt.json',
      'kein-json.json',
    ]);
    assert.match(ergebnis.abgelehnt.find((a: { datei: string }) => a.datei === 'fremd.json')!.fehler, /unbekannt/);

    const ausgangsnummer = ergebnis.importiert[0]!;
    const row = await t.ctx.db('ausgangsdokumente').where({ ausgangsnummer }).first();
    assert.equal(row.name, 'Änderungsbescheid');
    assert.equal(row.dms_referenz, 'DMS-4711');
    const beschreibung = await t.ctx.temporal.client.workflow.getHandle(ausgangsnummer).describe();
    assert.equal(beschreibung.type, dokumentAusgang.name);

    assert.deepEqual(
      (await readdir(exportDir)).filter((f) => !['erledigt', 'abgelehnt'].includes(f)),
      [],
      'export folder emptied',
    );
    assert.deepEqual((await readdir(path.join(exportDir, 'erledigt'))).sort(), ['bescheid-1.json', 'bescheid-1.pdf']);
    assert.match(await readFile(path.join(exportDir, 'abgelehnt', 'kaputt.json.fehler.txt'), 'utf8'), /Index ungültig/);
  });

  it('imports the same DMS document only once when it is exported again', async () => {
    await writeFile(path.join(exportDir, 'bescheid-1b.pdf'), await pdfMitSeiten(2));
    await index('bescheid-1b', {
      referenz: 'DMS-4711',
      kundennummer: demoLogins.kunde.kundennummer,
      dokumentart: 'Bescheid',
      bereich: 'leistung',
      name: 'Änderungsbescheid',
      datei: 'bescheid-1b.pdf',
    });
    const ergebnis = await lauf(`import-${Date.now()}-2`);
    assert.equal(ergebnis.importiert.length, 1);
    assert.equal((await t.ctx.db('ausgangsdokumente').where({ dms_referenz: 'DMS-4711' })).length, 1);
  });
});
