import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { PDFDocument } from 'pdf-lib';
import { demoLogins } from '../../db/demo/logins.js';
import type { FachlicherFehler } from '../../domain/fehler.js';
import { waitUntil } from '../../platform/wait.js';
import { mitteilungEinreichen } from '../../services/eingang/einreichen.js';
import type { TestContext } from '../support/context.js';
import { lesen } from '../support/mails.js';
import { warteAufStatus } from '../support/warten.js';
import { demoMitWorkern } from '../support/workers.js';

describe('a Mitteilung', () => {
  let t: TestContext;
  let stop: () => Promise<void>;
  before(async () => {
    ({ t, stop } = await demoMitWorkern());
  });
  after(() => stop());

  it('becomes a PDF letter with subject and text, is filed and reaches both teams for "Leistung und Vermittlung"', async () => {
    const { eingangsnummer } = await mitteilungEinreichen(t.ctx, {
      absender: { kanal: 'kunde' },
      kundennummer: demoLogins.kunde.kundennummer,
      bereich: 'leistung_und_vermittlung',
      betreff: 'Umzug zum 1. Januar',
      notiz: 'Ich ziehe um. Meine neue Anschrift: Neue Straße 7. Привіт – Türkçe ğüşıöç – مرحبا',
      absenderZeilen: ['Paula Portal', 'Musterweg 5', '12345 Musterstadt'],
    });
    const row = await warteAufStatus(t.ctx, eingangsnummer, 'weitergeleitet');
    assert.deepEqual(row.teams, ['leistung', 'vermittlung']);
    assert.equal(row.art, 'mitteilung');
    assert.equal(row.betreff, 'Umzug zum 1. Januar');
    const bytes = await readFile(path.join(t.ctx.config.dmsImportDir, `${eingangsnummer}.pdf`));
    const pdf = await PDFDocument.load(bytes);
    assert.equal(pdf.getPageCount(), row.seiten);
    assert.equal(pdf.getTitle(), 'Umzug zum 1. Januar');
    const index = JSON.parse(await readFile(path.join(t.ctx.config.dmsImportDir, `${eingangsnummer}.json`), 'utf8'));
    assert.equal(index.bereich, 'leistung_und_vermittlung');
    assert.equal(index.dokumentart, 'Mitteilung');
    await waitUntil(
      'notices to both teams',
      async () =>
        ['team-leistung', 'team-vermittlung'].every((team) =>
          t.mails.received.some((m) => m.to.includes(`${team}@jobcenter-musterstadt.example`)),
        ),
      { timeoutMs: 20_000 },
    );
    for (const mail of await lesen(t.mails.received))
      assert.doesNotMatch(`${mail.subject}\n${mail.text}`, /Umzug|Neue Straße/);
  });

  it('refuses an empty subject before anything is stored or started', async () => {
    const before = await t.ctx.db('eingangsdokumente').count({ n: '*' });
    await assert.rejects(
      mitteilungEinreichen(t.ctx, {
        absender: { kanal: 'kunde' },
        kundennummer: demoLogins.kunde.kundennummer,
        bereich: 'leistung',
        betreff: '  ',
        notiz: 'x',
        absenderZeilen: [],
      }),
      (error: Error & { felder?: Record<string, string> }) =>
        error.felder?.betreff === 'fehlt' && Object.keys(error.felder).length === 1,
    );
    assert.deepEqual(await t.ctx.db('eingangsdokumente').count({ n: '*' }), before);
  });

  it('refuses an unknown Kundennummer, and for a partner one not assigned to them', async () => {
    const einreichung = {
      kundennummer: '999Z999999',
      bereich: 'leistung' as const,
      betreff: 'Test',
      notiz: 'x',
      absenderZeilen: [],
    };
    await assert.rejects(
      mitteilungEinreichen(t.ctx, { ...einreichung, absender: { kanal: 'kunde' } }),
      (error: FachlicherFehler) => error.felder.kundennummer === 'unbekannt',
    );
    await assert.rejects(
      mitteilungEinreichen(t.ctx, {
        ...einreichung,
        kundennummer: demoLogins.kunde.kundennummer,
        kundeBerechtigt: true,
        absender: { kanal: 'partner', partnerId: 999_999 },
      }),
      (error: FachlicherFehler) => error.felder.kundennummer === 'nicht_zugeordnet',
    );
  });
});
