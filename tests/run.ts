// `npm test` suite runner: starts one PostgreSQL and one Temporal dev server, runs every *.test.ts, stops both.
import { spawn } from 'node:child_process';
import { chmod, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Connection } from '@temporalio/client';
import { createDb, migrateLatest } from '../db/knex.js';
import { startEmbeddedPostgres } from '../platform/dev/embedded-postgres.js';
import { createLogger } from '../platform/logger.js';
import { ensureTemporalCli } from '../platform/dev/temporal-cli.js';
import { startTemporalDevServer } from '../platform/dev/temporal-dev-server.js';
import { loadTemporalPlan } from '../platform/temporal-plan.js';
import { applyTemporalPlan } from '../platform/temporal-setup.js';
import { datenKonverter } from '../platform/temporal-codec.js';
import { workflowBundleSchreiben } from '../platform/workflow-bundle.js';
import { loadConfig } from '../platform/config.js';
import type { SuiteEnvironment } from './support/environment.js';
import { freePort } from './support/ports.js';

const root = path.resolve(import.meta.dirname, '..');

async function testFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const full = path.join(dir, entry.name);
      // tests/system/ (production topology, Fachverfahren simulator at full size) runs only when named: `npm run test:system`.
      if (entry.isDirectory()) return ['output', 'system'].includes(entry.name) ? [] : testFiles(full);
      return /\.test\.tsx?$/.test(entry.name) ? [full] : [];
    }),
  );
  return nested.flat().sort();
}

// Files start in list order, N at a time: the browser tests (minutes each) and the process tests start first, so the
// short files fill the gaps instead of one long file running alone at the end.
function zuerstDieLangen(alle: string[]): string[] {
  const rang = (datei: string) =>
    ['e2e', 'bin'].findIndex((ordner) => datei.includes(`${path.sep}tests${path.sep}${ordner}${path.sep}`));
  const gewicht = (datei: string) => (rang(datei) === -1 ? 99 : rang(datei));
  return [...alle].sort((a, b) => gewicht(a) - gewicht(b) || a.localeCompare(b));
}

const log = createLogger(process.env.LOG_LEVEL ?? 'warn', 'tests');
const only = process.argv.slice(2);
// Arguments may name test files or folders (a folder runs every test below it); naming nothing runs the whole suite.
const files =
  only.length > 0
    ? (
        await Promise.all(
          only.map(async (f) => ((await stat(f)).isDirectory() ? testFiles(path.resolve(f)) : [path.resolve(f)])),
        )
      ).flat()
    : zuerstDieLangen(await testFiles(path.join(root, 'tests')));
if (files.length === 0) {
  console.error(`no test files in ${only.join(' ')}`);
  process.exit(1);
}

const tmpDir = await mkdtemp(path.join(tmpdir(), 'jobcenter-tests-'));
await chmod(tmpDir, 0o755);
const pg = await startEmbeddedPostgres(
  { dir: path.join(tmpDir, 'postgres'), port: await freePort(), database: 'vorlage' },
  log,
);
const db = createDb(pg.url);
await migrateLatest(db);
await db.destroy();

const plan = loadTemporalPlan(path.join(root, 'temporal.yaml'));
const temporalCli = await ensureTemporalCli(log);
const temporal = await startTemporalDevServer(
  { cli: temporalCli, port: await freePort(), uiPort: undefined, dbFile: undefined, namespace: plan.namespace.name },
  log,
);
const connection = await Connection.connect({ address: temporal.address });
// Schedules carry their workflows' arguments as payloads: encrypted with the key the test contexts use (the default).
await applyTemporalPlan(connection, plan, log, datenKonverter(loadConfig({}).temporalPayloadSchluessel));
await connection.close();

// Every test file that runs workers would bundle the workflow code again (seconds of CPU each): bundle it once.
const workflowBundle = path.join(tmpDir, 'workflow-bundle.js');
await workflowBundleSchreiben(workflowBundle, path.join(root, 'workflows', 'index.ts'));

const environment: SuiteEnvironment = {
  pgAdminUrl: pg.urlFor('postgres'),
  pgTemplate: 'vorlage',
  temporalAddress: temporal.address,
  temporalCli,
  tmpDir,
};

// Test files run in parallel processes; most of their time is spent waiting for Temporal timers, PostgreSQL and
// Chromium, so more files than cores keeps both cores busy. TEST_CONCURRENCY overrides the default.
const concurrency = Number(process.env.TEST_CONCURRENCY ?? 3);
// TEST_REPORTER=<module> TEST_REPORTER_FILE=<path> adds a second reporter (for example per-file timings).
const extraReporters = process.env.TEST_REPORTER
  ? [
      `--test-reporter=${process.env.TEST_REPORTER}`,
      `--test-reporter-destination=${process.env.TEST_REPORTER_FILE ?? 'stdout'}`,
    ]
  : [];
console.log(`running ${files.length} test files against PostgreSQL and Temporal ${temporal.address}`);
const code = await new Promise<number>((resolve) => {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      '--test',
      `--test-concurrency=${concurrency}`,
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      ...extraReporters,
      ...files,
    ],
    {
      stdio: 'inherit',
      env: {
        ...process.env,
        TEST_SUITE_ENV: JSON.stringify(environment),
        WORKFLOW_BUNDLE: workflowBundle,
        LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent',
      },
    },
  );
  child.on('exit', (exitCode, signal) => resolve(exitCode ?? (signal ? 1 : 0)));
});

await temporal.stop();
await pg.stop();
await rm(tmpDir, { recursive: true, force: true });
process.exit(code);
