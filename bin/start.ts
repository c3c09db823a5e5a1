// `npm start`: embedded PostgreSQL and Temporal dev server (unless configured), setup, worker and web; Ctrl-C stops all.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { demoIdpKonten, demoLogins, demoMitarbeiter } from '../db/demo/logins.js';
import { apiAudienz, ConfigError, loadConfig, type Config } from '../platform/config.js';
import { fachverfahrenScopes, scandienstScopes } from '../domain/api-scopes.js';
import { blobSchluesselText } from '../platform/blob-schluessel.js';
import { entwicklungsBlobSchluessel } from '../platform/dev/blob-schluessel.js';
import { startEmbeddedPostgres } from '../platform/dev/embedded-postgres.js';
import { startMailSink } from '../platform/dev/mail-sink.js';
import { createLogger } from '../platform/logger.js';
import { startOidcAnbieter } from '../platform/dev/oidc-anbieter.js';
import { prepare } from './prepare.js';
import { portFrei } from '../platform/dev/port-frei.js';
import { supervise, type Supervised } from '../platform/dev/supervisor.js';
import { ensureTemporalCli } from '../platform/dev/temporal-cli.js';
import { startTemporalDevServer } from '../platform/dev/temporal-dev-server.js';
import { loadTemporalPlan } from '../platform/temporal-plan.js';
import { waitUntil } from '../platform/wait.js';
import { workerKinder } from './worker-prozesse.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const stops: Array<() => Promise<void>> = [];

async function stopAll(): Promise<void> {
  while (stops.length > 0) await stops.pop()!().catch(() => undefined);
}

function banner(config: Config, embeddedTemporal: boolean): string {
  const lines = [
    '',
    '  Jobcenter-Portal läuft / is running',
    `  Portal:       ${config.publicUrl}/anmelden`,
    `  Temporal UI:  ${embeddedTemporal ? config.temporalUiUrl : `${config.temporalUiUrl} (your cluster)`}`,
    `  Health:       ${config.publicUrl}/readyz`,
    ...(config.metrics.port
      ? [
          `  Metrics:      http://${config.metrics.host}:${config.metrics.port}/metrics (web), :${config.metrics.port + 1} and :${config.metrics.port + 2} (workers)`,
        ]
      : []),
    `  Data:         ${config.dataDir}`,
    `  Mails:        ${config.smtpUrl ? config.smtpUrl : `${config.dataDir}/mails/*.eml (embedded SMTP server)`}`,
    `  DMS import:   ${config.dmsImportDir}`,
    '',
    '  Demo logins (initial passwords; the portal asks for a new one at first login):',
    `    Kunde:        Kundennummer ${demoLogins.kunde.kundennummer} / ${demoLogins.kunde.passwort}  (${demoLogins.kunde.name})`,
    `    Partner:      ${demoLogins.partnerAdmin.email} / ${demoLogins.partnerAdmin.passwort}  (Admin) at ${config.publicUrl}/partner/anmelden`,
    `  Arbeitsplatz: ${config.publicUrl}/mitarbeiter (sign-in at ${config.oidcIssuer ?? `the embedded identity provider, port ${config.embeddedOidcPort}`})`,
    `    Mitarbeitende (login = name at the embedded provider, any password): ${demoMitarbeiter.map((m) => `${m.oidc_subject} (${m.vorname} ${m.nachname})`).join(', ')}`,
    `  Machine API:  ${config.publicUrl}/api/v1 (OpenAPI: ${config.publicUrl}/api/v1/openapi.json, audience ${apiAudienz(config)})`,
    ...(config.oidcIssuer
      ? []
      : [
          `    Client credentials at the embedded provider's token endpoint (http://127.0.0.1:${config.embeddedOidcPort}/token):`,
          `    Fachverfahren: ${config.embeddedApiClients.fachverfahren.id} / ${config.embeddedApiClients.fachverfahren.secret}  (${fachverfahrenScopes.join(' ')})`,
          `    Scandienst:    ${config.embeddedApiClients.scandienst.id} / ${config.embeddedApiClients.scandienst.secret}  (${scandienstScopes.join(' ')})`,
        ]),
    '',
    '  Ctrl-C stops everything; the next `npm start` finds the same data.',
    '',
  ];
  return lines.join('\n');
}

async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config.logLevel, 'start');
  // Ports of servers this process runs itself; PostgreSQL and Temporal may still hold theirs from an earlier start and are checked when they start.
  await portFrei(config.port, 'PORT');
  if (!config.smtpUrl) await portFrei(config.embeddedSmtpPort, 'EMBEDDED_SMTP_PORT', '127.0.0.1');
  if (!config.oidcIssuer) await portFrei(config.embeddedOidcPort, 'EMBEDDED_OIDC_PORT', '127.0.0.1');
  // The web process and the two worker processes serve their metrics on METRICS_PORT and the two ports after it.
  for (let i = 0; config.metrics.port && i < 3; i++)
    await portFrei(config.metrics.port + i, 'METRICS_PORT', config.metrics.host);
  await mkdir(config.dataDir, { recursive: true }).catch((error: Error) => {
    throw new ConfigError(
      `Cannot create DATA_DIR ${config.dataDir} (${error.message}): set DATA_DIR to a directory you can write.`,
    );
  });
  const plan = loadTemporalPlan(config.temporalConfigFile);

  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    const pg = await startEmbeddedPostgres(
      {
        dir: path.join(config.dataDir, 'postgres'),
        port: config.embeddedPostgresPort,
        database: 'jobcenter',
        sharedDir: config.embeddedPostgresSharedDir,
      },
      log,
    );
    stops.push(pg.stop);
    databaseUrl = pg.url;
    log.info({ port: config.embeddedPostgresPort }, 'embedded PostgreSQL running');
  }

  let temporalAddress = config.temporalAddress;
  if (!temporalAddress) {
    const cli = await ensureTemporalCli(log);
    const server = await startTemporalDevServer(
      {
        cli,
        port: config.temporalPort,
        uiPort: config.temporalUiPort,
        dbFile: path.join(config.dataDir, 'temporal.db'),
        namespace: plan.namespace.name,
        pidFile: path.join(config.dataDir, 'temporal.pid'),
      },
      log,
    );
    stops.push(server.stop);
    temporalAddress = server.address;
    log.info({ address: temporalAddress }, 'Temporal dev server running');
  }

  let smtpUrl = config.smtpUrl;
  if (!smtpUrl) {
    const sink = await startMailSink(path.join(config.dataDir, 'mails'), config.embeddedSmtpPort);
    stops.push(sink.stop);
    smtpUrl = sink.url;
  }

  let oidcIssuer = config.oidcIssuer;
  if (!oidcIssuer) {
    const { fachverfahren, scandienst } = config.embeddedApiClients;
    const api = {
      audience: apiAudienz(config),
      clients: [
        { clientId: fachverfahren.id, clientSecret: fachverfahren.secret, scopes: fachverfahrenScopes },
        { clientId: scandienst.id, clientSecret: scandienst.secret, scopes: scandienstScopes },
      ],
    };
    const idp = await startOidcAnbieter({
      port: config.embeddedOidcPort,
      clientId: config.oidcClientId,
      clientSecret: config.oidcClientSecret,
      portalUrl: config.publicUrl,
      konten: demoIdpKonten,
      api,
    });
    stops.push(idp.stop);
    oidcIssuer = idp.issuer;
  }

  // Blobs are encrypted at rest; without BLOB_SCHLUESSEL a development key is kept beside the data.
  const blobSchluessel =
    config.blobSchluessel.length > 0 ? config.blobSchluessel : await entwicklungsBlobSchluessel(config.dataDir);

  const services = { ...config, databaseUrl, temporalAddress, blobSchluessel };
  await prepare(services, log);

  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    TEMPORAL_ADDRESS: temporalAddress,
    SMTP_URL: smtpUrl,
    OIDC_ISSUER: oidcIssuer,
    BLOB_SCHLUESSEL: blobSchluesselText(blobSchluessel),
    PLATFORM_PARENT_PID: String(process.pid),
  };
  const children: Supervised[] = [
    // Workflows and CPU work in separate processes (bin/worker-prozesse.ts); with METRICS_PORT they take the next ports.
    ...workerKinder(env, config.metrics.port).map((kind) => supervise(kind, log)),
    // A larger young generation: page rendering allocates many short-lived strings (bench: +20 % requests/s).
    supervise(
      { name: 'web', args: ['--max-semi-space-size=32', '--import', 'tsx', path.join(root, 'bin', 'web.ts')], env },
      log,
    ),
  ];
  for (const child of children) stops.push(child.stop);

  await waitUntil('web server', async () => (await fetch(`http://127.0.0.1:${config.port}/readyz`)).ok, {
    timeoutMs: 180_000,
    intervalMs: 500,
  });
  process.stdout.write(banner(config, !config.temporalAddress));
}

let stopping = false;
const shutdown = () => {
  if (stopping) return;
  stopping = true;
  process.stdout.write('\nStopping …\n');
  void stopAll().then(() => process.exit(0));
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);

// One line for every start-up failure; the stack only when asked for (LOG_LEVEL=debug), since most failures are the environment's.
main().catch(async (error) => {
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  if (error instanceof ConfigError) process.stderr.write(`start: ${message}\n`);
  else if (process.env.LOG_LEVEL === 'debug' || process.env.LOG_LEVEL === 'trace')
    process.stderr.write(`start: ${(error as Error)?.stack ?? message}\n`);
  else process.stderr.write(`start: ${message} (LOG_LEVEL=debug shows where)\n`);
  await stopAll();
  process.exit(1);
});
