// One app with demo data, a client's Bewerbungsmappe and a browser, for the axe checks of every page in every language.
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { demoLogins } from '../../db/demo/logins.js';
import { seedDemoData } from '../../db/demo/seed.js';
import { seedTerminvergabe } from '../../db/demo/terminvergabe.js';
import { neueNummer } from '../../domain/nummern.js';
import { dokumentHinzufuegen } from '../../services/bewerbungsmappe/dokument-hinzufuegen.js';
import { mappeAnlegen } from '../../services/bewerbungsmappe/mappe-anlegen.js';
import { axePruefen, breiten, browserStarten } from './browser.js';
import { createTestContext, type TestContext } from './context.js';
import { startApp, type RunningApp } from './http.js';

export interface SprachenPruefung {
  page: Page;
  kontext: BrowserContext;
  /** A Bewerbungsmappe of the second demo client with one document: its page, and the public page behind its link. */
  mappe: { id: number; token: string };
  url(pfad: string): string;
  /** Opens the page and checks status 200, `lang`, `dir` and axe-core. */
  pruefen(pfad: string, sprache: string): Promise<void>;
  schliessen(): Promise<void>;
}

export async function sprachenPruefungStarten(): Promise<SprachenPruefung> {
  const t: TestContext = await createTestContext();
  let app: RunningApp | undefined;
  let browser: Browser | undefined;
  const schliessen = async () => {
    await browser?.close();
    await app?.close();
    await t.close();
  };
  try {
    await seedDemoData(t.ctx.db, t.ctx.blobs);
    await seedTerminvergabe(t.ctx.db);
    const kunde = t.ctx.db('kunden').where({ kundennummer: demoLogins.zweiterKunde.kundennummer });
    await kunde.clone().update({ passwort_aendern: false });
    const { id: kundeId } = await kunde.clone().first('id');
    const eingangsnummer = neueNummer('E', new Date());
    await t.ctx.db('eingangsdokumente').insert({
      eingangsnummer,
      art: 'dokument',
      kanal: 'kunde',
      kunde_id: kundeId,
      dokumentart: 'Lebenslauf',
      teams: ['vermittlung'],
      status: 'erledigt',
      eingegangen_am: new Date(),
      aktualisiert_am: new Date(),
      blob_key: (await t.ctx.blobs.put(Buffer.from('%PDF-1.7\n%%EOF\n'), 'dokumente')).key,
    });
    const mappe = await mappeAnlegen(t.ctx, kundeId, { titel: 'Bewerbung als Lagerist' });
    await dokumentHinzufuegen(t.ctx, kundeId, mappe.id, eingangsnummer);
    [app, browser] = await Promise.all([startApp(t.ctx), browserStarten()]);
    const kontext = await browser.newContext({ viewport: breiten.desktop });
    const page = await kontext.newPage();
    page.setDefaultTimeout(15_000);
    const basis = app.url;
    const url = (pfad: string) => `${basis}${pfad}`;
    return {
      page,
      kontext,
      mappe,
      url,
      async pruefen(pfad, sprache) {
        const antwort = await page.goto(url(pfad));
        assert.equal(antwort?.status(), 200, `${pfad} in ${sprache}`);
        assert.equal(await page.evaluate('document.documentElement.lang'), sprache, `${pfad} is in ${sprache}`);
        assert.equal(await page.evaluate('document.documentElement.dir'), sprache === 'ar' ? 'rtl' : 'ltr');
        await axePruefen(page, `${pfad} (${sprache})`);
      },
      schliessen,
    };
  } catch (fehler) {
    await schliessen();
    throw fehler;
  }
}
