// Brings database and Temporal to the state the code expects: migrations, temporal.yaml, demo data.
import { Client, Connection } from '@temporalio/client';
import { seedDemoData } from '../db/demo/seed.js';
import { seedTerminvergabe } from '../db/demo/terminvergabe.js';
import { createDb, migrateLatest } from '../db/knex.js';
import { createBlobStore } from '../platform/blob-store.js';
import { mkdir } from 'node:fs/promises';
import type { Config } from '../platform/config.js';
import type { Logger } from '../platform/logger.js';
import { applyTemporalPlan } from '../platform/temporal-setup.js';
import { datenKonverter } from '../platform/temporal-codec.js';
import { loadTemporalPlan } from '../platform/temporal-plan.js';
import { waitUntil } from '../platform/wait.js';
import { offeneTermineEinplanen } from '../services/termine/termine-einplanen.js';

export async function prepare(
  config: Config & { databaseUrl: string; temporalAddress: string },
  log: Logger,
): Promise<{ demoDataCreated: boolean }> {
  const plan = loadTemporalPlan(config.temporalConfigFile);
  const db = createDb(config.databaseUrl, { min: 0, max: 2 });
  try {
    await waitUntil('PostgreSQL', async () => (await db.raw('select 1'), true), {
      timeoutMs: 120_000,
      intervalMs: 1000,
    });
    const applied = await migrateLatest(db);
    if (applied.length > 0) log.info({ applied }, 'database migrations applied');

    let connection: Connection | undefined;
    await waitUntil(
      'Temporal',
      async () => {
        connection = await Connection.connect({ address: config.temporalAddress, connectTimeout: 2000 });
        return true;
      },
      { timeoutMs: 120_000, intervalMs: 1000 },
    );
    try {
      const dataConverter = datenKonverter(config.temporalPayloadSchluessel);
      await applyTemporalPlan(connection!, plan, log, dataConverter);
      if (config.dmsImportDir.startsWith(config.dataDir)) await mkdir(config.dmsImportDir, { recursive: true });
      const blobs = createBlobStore(config.blobStore, config.blobSchluessel);
      const demoDataCreated = config.demoData && (await seedDemoData(db, blobs).finally(() => blobs.close()));
      if (demoDataCreated) {
        const client = new Client({ connection: connection!, namespace: plan.namespace.name, dataConverter });
        const termine = await offeneTermineEinplanen(db, client, plan.taskQueues.io);
        const slots = await seedTerminvergabe(db);
        log.info({ termine, slots }, 'demo data created, appointment reminders planned, slots opened');
      }
      return { demoDataCreated };
    } finally {
      await connection!.close();
    }
  } finally {
    await db.destroy();
  }
}
