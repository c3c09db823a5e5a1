// Browser sign-in of the second demo client, followed by a switch of the portal language in the settings.
import type { Page } from 'playwright-core';
import { demoLogins } from '../../db/demo/logins.js';

export async function kundeInSpracheAnmelden(page: Page, basis: string, sprache: string): Promise<void> {
  await page.goto(`${basis}/anmelden`);
  await page.getByRole('textbox').first().fill(demoLogins.zweiterKunde.kundennummer);
  await page.locator('#passwort').fill(demoLogins.zweiterKunde.passwort);
  await page.locator('#passwort').press('Enter');
  await page.waitForURL(`${basis}/kunde`);
  await page.goto(`${basis}/kunde/einstellungen`);
  await page.locator('#sprache').selectOption(sprache);
  await page.locator('form[action="/kunde/sprache"] button').click();
  await page.locator(`html[lang="${sprache}"]`).waitFor({ state: 'attached' });
}
