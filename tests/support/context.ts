// Builds an AppContext per test file: its own database cloned from the migrated template, own blob dir, own task queues.
import { randomBytes } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { loadConfig } from '../../platform/config.js';
import { closeAppContext, createAppContext, type AppContext } from '../../platform/context.js';
import { createLogger } from '../../platform/logger.js';
import { startMailSink, type MailSink } from '../../platform/dev/mail-sink.js';
import { TEST_BLOB_SCHLUESSEL } from './blob-schluessel.js';
import { suiteEnvironment } from './environment.js';

export interface TestContext {
  ctx: AppContext;
  databaseUrl: string;
  /** The real SMTP receiver this context's worker sends to. */
  mails: MailSink;
  close(): Promise<void>;
}

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: suiteEnvironment().pgAdminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function cloneTemplate(name: string): Promise<void> {
  const { pgTemplate } = suiteEnvironment();
  for (let attempt = 0; ; attempt++) {
    try {
      return await adminQuery(`create database "${name}" template "${pgTemplate}"`);
    } catch (error) {
      // Two files cloning at the same moment: the template is briefly "accessed by other users".
      if (attempt >= 20 || !String((error as Error).message).includes('being accessed')) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 200));
    }
  }
}

export function databaseUrlFor(name: string): string {
  const url = new URL(suiteEnvironment().pgAdminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** `zusatz` adds configuration variables, e.g. BLOB_STORE_URL and its credentials (tests/support/s3.ts). */
export async function createTestContext(zusatz: Record<string, string> = {}): Promise<TestContext> {
  const env = suiteEnvironment();
  const id = randomBytes(4).toString('hex');
  const name = `t_${id}`;
  await cloneTemplate(name);
  const dataDir = path.join(env.tmpDir, name);
  await mkdir(dataDir, { recursive: true });
  const databaseUrl = databaseUrlFor(name);
  const mails = await startMailSink(path.join(dataDir, 'mails'));
  const config = {
    ...loadConfig({
      DATA_DIR: dataDir,
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent',
      SMTP_URL: mails.url,
      BLOB_SCHLUESSEL: TEST_BLOB_SCHLUESSEL,
      ...zusatz,
    }),
    databaseUrl,
    temporalAddress: env.temporalAddress,
  };
  await mkdir(config.dmsImportDir, { recursive: true });
  const ctx = createAppContext(config, createLogger(config.logLevel, 'test'));
  ctx.temporal.plan.taskQueues = { io: `dokumente-${id}`, pdf: `dokumente-pdf-${id}` };
  return {
    ctx,
    databaseUrl,
    mails,
    async close() {
      await closeAppContext(ctx);
      await mails.stop();
      await adminQuery(`drop database if exists "${name}" with (force)`);
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
