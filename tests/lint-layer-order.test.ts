import assert from 'node:assert/strict';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { ESLint } from 'eslint';

const root = path.resolve(import.meta.dirname, '..');

describe('the lint configuration refuses an import that points up the layer order', () => {
  let eslint: ESLint;
  /** Rule ids reported for a file with this text at this path (the file need not exist; what it imports does). */
  const regeln = async (datei: string, text: string): Promise<string[]> => {
    const [ergebnis] = await eslint.lintText(text, { filePath: path.join(root, datei) });
    return ergebnis!.messages.map((message) => message.ruleId ?? message.message);
  };

  before(() => {
    eslint = new ESLint({ cwd: root });
  });

  it('domain imports nothing of ours', async () => {
    assert.deepEqual(await regeln('domain/probe.ts', "export { loadConfig } from '../platform/config.js';\n"), [
      'import-x/no-restricted-paths',
    ]);
  });

  it('db and platform import neither use cases, workflows, activities, web, the demo seed nor bin', async () => {
    assert.deepEqual(await regeln('db/probe.ts', "export { seedDemoData } from './demo/seed.js';\n"), [
      'import-x/no-restricted-paths',
    ]);
    assert.deepEqual(
      await regeln('platform/probe.ts', "export { createActivities } from '../activities/index.js';\n"),
      ['import-x/no-restricted-paths'],
    );
    assert.deepEqual(await regeln('platform/probe.ts', "export { createWorkers } from '../bin/create-workers.js';\n"), [
      'import-x/no-restricted-paths',
    ]);
  });

  it('services import no web code and no activity', async () => {
    assert.deepEqual(await regeln('services/eingang/probe.ts', "export { renderHtml } from '../../web/render.js';\n"), [
      'import-x/no-restricted-paths',
    ]);
    assert.deepEqual(
      await regeln('services/eingang/probe.ts', "export { createActivities } from '../../activities/index.js';\n"),
      ['import-x/no-restricted-paths'],
    );
  });

  it('web and activities do not import each other', async () => {
    assert.deepEqual(
      await regeln('web/kunde/probe.ts', "export { createActivities } from '../../activities/index.js';\n"),
      ['import-x/no-restricted-paths'],
    );
    assert.deepEqual(await regeln('activities/probe.ts', "export { renderHtml } from '../web/render.js';\n"), [
      'import-x/no-restricted-paths',
    ]);
  });

  it('workflows import activities as types only', async () => {
    assert.deepEqual(
      await regeln('workflows/probe.ts', "export { createActivities } from '../activities/index.js';\n"),
      ['@typescript-eslint/no-restricted-imports'],
    );
    assert.deepEqual(
      await regeln('workflows/probe.ts', "export type { Activities } from '../activities/index.js';\n"),
      [],
    );
  });

  it('development services are for bin/ and tests only', async () => {
    const text = (tiefe: string) => `export { supervise } from '${tiefe}platform/dev/supervisor.js';\n`;
    assert.deepEqual(await regeln('platform/probe.ts', text('../')), ['import-x/no-restricted-paths']);
    assert.deepEqual(await regeln('web/probe.ts', text('../')), ['import-x/no-restricted-paths']);
    assert.deepEqual(await regeln('bin/probe.ts', text('../')), []);
    assert.deepEqual(await regeln('tests/support/probe.ts', text('../../')), []);
  });

  it('no audience folder imports another; shared pages come from web/portal/', async () => {
    assert.deepEqual(await regeln('web/partner/probe.ts', "export { kundeRoutes } from '../kunde/routes.js';\n"), [
      'import-x/no-restricted-paths',
    ]);
    assert.deepEqual(await regeln('web/kunde/probe.ts', "export { partnerRoutes } from '../partner/routes.js';\n"), [
      'import-x/no-restricted-paths',
    ]);
    assert.deepEqual(
      await regeln('web/partner/probe.ts', "export { EinstellungenPage } from '../portal/einstellungen-page.js';\n"),
      [],
    );
  });

  it('imports that point down pass', async () => {
    assert.deepEqual(
      await regeln(
        'web/kunde/probe.ts',
        "export { dokumentEinreichen } from '../../services/eingang/einreichen.js';\n",
      ),
      [],
    );
    assert.deepEqual(
      await regeln(
        'services/eingang/probe.ts',
        "export { neueNummer } from '../../domain/nummern.js';\nexport type { AppContext } from '../../platform/context.js';\n",
      ),
      [],
    );
  });
});
