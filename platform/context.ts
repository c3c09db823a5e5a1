// The one AppContext every process builds at start and passes down: config, logger, db, blobs, Temporal.
import { Client, Connection } from '@temporalio/client';
import { createDb, type Db } from '../db/knex.js';
import { mitBlobSperre } from './blob-store-gesperrt.js';
import { createBlobStore, type BlobStore } from './blob-store.js';
import { requireBlobSchluessel, type Config } from './config.js';
import type { Logger } from './logger.js';
import { pgBenachrichtigungen, type Benachrichtigungen } from './pg-benachrichtigungen.js';
import { loadTemporalPlan, type TemporalPlan } from './temporal-plan.js';
import { datenKonverter } from './temporal-codec.js';

export interface AppContext {
  config: Config & { databaseUrl: string; temporalAddress: string };
  log: Logger;
  db: Db;
  /** LISTEN/NOTIFY on a connection of its own, opened only by a process that subscribes (web processes). */
  benachrichtigungen: Benachrichtigungen;
  blobs: BlobStore;
  temporal: {
    connection: Connection;
    client: Client;
    plan: TemporalPlan;
    /** Without retries, for readiness: one quick answer, no calls lingering while the server is down. */
    probe: Connection;
    /** A client over `probe`: the first start of a submission answers at once while Temporal is down (a reconciler retries). */
    sofort: Client;
  };
}

/** Reconnect within seconds after a Temporal restart (gRPC's default backoff grows to two minutes). */
const channelArgs = { 'grpc.initial_reconnect_backoff_ms': 250, 'grpc.max_reconnect_backoff_ms': 2000 };

/** Connects lazily to Temporal so a process can start while the server is still down. */
export function createAppContext(config: AppContext['config'], log: Logger): AppContext {
  const plan = loadTemporalPlan(config.temporalConfigFile);
  const connection = Connection.lazy({ address: config.temporalAddress, channelArgs });
  const probe = Connection.lazy({ address: config.temporalAddress, channelArgs, interceptors: [] });
  const dataConverter = datenKonverter(config.temporalPayloadSchluessel);
  const db = createDb(config.databaseUrl, undefined, {
    warn: (m) => log.warn({ knex: m }),
    error: (m) => log.error({ knex: m }),
  });
  return {
    config,
    log,
    db,
    benachrichtigungen: pgBenachrichtigungen(config.databaseUrl, log),
    // Deletions wait for a running key rotation (npm run blobs:umschluesseln) to finish rewriting the blob.
    blobs: mitBlobSperre(createBlobStore(config.blobStore, requireBlobSchluessel(config).blobSchluessel), db),
    temporal: {
      connection,
      client: new Client({ connection, namespace: plan.namespace.name, dataConverter }),
      plan,
      probe,
      sofort: new Client({ connection: probe, namespace: plan.namespace.name, dataConverter }),
    },
  };
}

export async function closeAppContext(ctx: AppContext): Promise<void> {
  await Promise.allSettled([
    ctx.db.destroy(),
    ctx.benachrichtigungen.close(),
    ctx.temporal.connection.close(),
    ctx.temporal.probe.close(),
    ctx.blobs.close(),
  ]);
}
