// Headless Chromium from the machine (never downloaded), axe-core checks and screenshots at phone and desktop width.
import assert from 'node:assert/strict';
import { accessSync, constants } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import axe from 'axe-core';
import { chromium, type Browser, type Page } from 'playwright-core';

const root = path.resolve(import.meta.dirname, '..', '..');
export const screenshotDir = path.join(root, 'tests', 'output', 'screenshots');

export const breiten = { telefon: { width: 375, height: 812 }, desktop: { width: 1280, height: 900 } } as const;

function chromiumPfad(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  for (const dir of (process.env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    const kandidat = path.join(dir, 'chromium');
    try {
      accessSync(kandidat, constants.X_OK);
      return kandidat;
    } catch {
      // not in this PATH entry
    }
  }
  throw new Error('Chromium not found: install the Debian package `chromium` or set CHROMIUM_PATH');
}

export function browserStarten(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPfad(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

interface AxeVerstoss {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: Array<{ target: unknown[]; failureSummary?: string }>;
}

// Runs inside the page; a string so the bundler adds no helpers and the page's CSP does not apply (CDP evaluation).
const axeLauf = `axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] })
  .then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) })))`;

/** Fails with a readable list when axe-core finds any WCAG 2.1 A/AA violation on the current page. */
export async function axePruefen(page: Page, name: string): Promise<void> {
  if (!(await page.evaluate('typeof window.axe !== "undefined"'))) await page.evaluate(axe.source);
  const verstoesse = (await page.evaluate(axeLauf)) as AxeVerstoss[];
  const liste = verstoesse.map(
    (v) =>
      `- ${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.map(String).join(' ')}${n.failureSummary ? `\n      ${n.failureSummary.replace(/\n/g, '\n      ')}` : ''}`).join('\n')}`,
  );
  assert.equal(
    verstoesse.length,
    0,
    `axe found ${verstoesse.length} violation(s) on "${name}" (${page.url()}):\n${liste.join('\n')}`,
  );
}

/** No horizontal scrolling at the current viewport width. */
export async function passtInBreite(page: Page, name: string): Promise<void> {
  const breite = page.viewportSize()?.width ?? 0;
  const scrollBreite = (await page.evaluate('document.documentElement.scrollWidth')) as number;
  assert.ok(scrollBreite <= breite, `"${name}" scrolls sideways at ${breite} px (scrollWidth ${scrollBreite})`);
}

/**
 * Full-page PNGs at phone and desktop width into tests/output/screenshots/<name>-<width>.png;
 * at phone width also checks that nothing scrolls sideways. Leaves the page at desktop width.
 */
export async function bildschirmfoto(page: Page, name: string): Promise<void> {
  await mkdir(screenshotDir, { recursive: true });
  for (const groesse of [breiten.telefon, breiten.desktop]) {
    await page.setViewportSize(groesse);
    if (groesse === breiten.telefon) await passtInBreite(page, name);
    await page.screenshot({
      path: path.join(screenshotDir, `${name}-${groesse.width}.png`),
      fullPage: true,
      animations: 'disabled',
    });
  }
}

/** The fonts Chromium drew the text of the first element matching `selektor` with, and whether each came from the page. */
export async function gezeichneteSchriften(
  page: Page,
  selektor: string,
): Promise<Array<{ familyName: string; isCustomFont: boolean; glyphCount: number }>> {
  await page.evaluate('document.fonts.ready.then(() => true)');
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument');
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: selektor });
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    return fonts;
  } finally {
    await cdp.detach();
  }
}
