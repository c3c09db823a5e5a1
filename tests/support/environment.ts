// What tests/run.ts hands to every test file: where the suite's PostgreSQL and Temporal dev server are.
export interface SuiteEnvironment {
  /** URL of the `postgres` database, for creating and dropping per-file databases. */
  pgAdminUrl: string;
  /** A migrated database to clone per test file. */
  pgTemplate: string;
  temporalAddress: string;
  temporalCli: string;
  /** Scratch directory of this suite run. */
  tmpDir: string;
}

export function suiteEnvironment(): SuiteEnvironment {
  const raw = process.env.TEST_SUITE_ENV;
  if (!raw) throw new Error('run the tests through `npm test` (tests/run.ts starts PostgreSQL and Temporal)');
  return JSON.parse(raw) as SuiteEnvironment;
}
