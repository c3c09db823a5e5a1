// Configuration from environment variables only, validated once at boot.
import { cpus } from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { datenklassen, loeschkonzept, verwaisteBlobs, type Loeschfristen } from '../domain/loeschkonzept.js';
import { blobSchluesselLesen, type BlobSchluessel } from './blob-schluessel.js';
import { s3ZielAusUrl, type BlobStoreZiel } from './blob-store-url.js';
import { qrSchluesselLesen, type QrSchluessel } from '../domain/antwortbogen-code.js';
import { payloadSchluesselLesen, type PayloadSchluessel } from './temporal-codec.js';

const port = z.coerce.number().int().min(1).max(65535);
const url = (protocols: string[]) =>
  z.string().refine(
    (value) => {
      try {
        return protocols.includes(new URL(value).protocol);
      } catch {
        return false;
      }
    },
    `must be a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}`,
  );
const hostPort = z.string().regex(/^[A-Za-z0-9.\-[\]:]+:\d{1,5}$/, 'must be host:port, e.g. temporal:7233');

/** Workflows an io worker caches unless WORKER_WORKFLOW_CACHE says otherwise (README: measured memory per workflow). */
const WORKFLOW_CACHE_STANDARD = 250;

const schema = z.object({
  PORT: port.default(3000),
  PUBLIC_URL: url(['http:', 'https:']).optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  BLOB_STORE_URL: z.string().optional(),
  BLOB_SCHLUESSEL: z
    .string()
    .optional()
    .transform((wert, ctx) => {
      if (wert === undefined) return [];
      try {
        return blobSchluesselLesen(wert);
      } catch (error) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, message: (error as Error).message });
        return z.NEVER;
      }
    }),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATABASE_URL: url(['postgres:', 'postgresql:']).optional(),
  EMBEDDED_POSTGRES_PORT: port.default(5433),
  EMBEDDED_POSTGRES_SHARED_DIR: z.string().min(1).default('/var/lib/jobcenter-portal'),
  TEMPORAL_ADDRESS: hostPort.optional(),
  TEMPORAL_UI_URL: url(['http:', 'https:']).optional(),
  TEMPORAL_UI_PORT: port.default(8233),
  TEMPORAL_PORT: port.default(7233),
  TEMPORAL_CONFIG: z.string().min(1).default('temporal.yaml'),
  SMTP_URL: url(['smtp:', 'smtps:']).optional(),
  EMBEDDED_SMTP_PORT: port.default(2525),
  MAIL_FROM: z.string().min(3).default('Jobcenter Musterstadt <noreply@jobcenter-musterstadt.example>'),
  DMS_IMPORT_DIR: z.string().min(1).optional(),
  DMS_EXPORT_DIR: z.string().min(1).optional(),
  QR_SIGNATUR_SCHLUESSEL: z
    .string()
    .default('dev1:nur-zur-entwicklung-nicht-fuer-den-betrieb')
    .transform((wert, ctx) => {
      try {
        return qrSchluesselLesen(wert);
      } catch (error) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, message: (error as Error).message });
        return z.NEVER;
      }
    }),
  TEMPORAL_PAYLOAD_SCHLUESSEL: z
    .string()
    .default('dev1:axaOWZ7AFvI8LNdY+pGEuc5oCzUFMq4evT1qCIHgqKU=')
    .transform((wert, ctx) => {
      try {
        return payloadSchluesselLesen(wert);
      } catch (error) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, message: (error as Error).message });
        return z.NEVER;
      }
    }),
  TEMPORAL_CODEC_TOKEN: z.string().min(32, 'must have at least 32 characters').optional(),
  TEMPORAL_CODEC_AUDIENCE: z.string().url().optional(),
  TEMPORAL_CODEC_PORT: port.optional(),
  OIDC_ISSUER: url(['http:', 'https:']).optional(),
  OIDC_CLIENT_ID: z.string().min(1).default('jobcenter-portal'),
  OIDC_CLIENT_SECRET: z.string().min(16).default('nur-fuer-den-eingebetteten-anbieter'),
  EMBEDDED_OIDC_PORT: port.default(3001),
  API_AUDIENCE: z.string().url().optional(),
  API_CLOCK_TOLERANCE_SECONDS: z.coerce.number().int().min(0).max(300).default(30),
  API_RATE_LIMIT_PER_SECOND: z.coerce.number().positive().max(100_000).default(100),
  API_RATE_LIMIT_BURST: z.coerce.number().int().min(1).max(1_000_000).default(200),
  EMBEDDED_OIDC_FACHVERFAHREN_ID: z.string().min(1).default('fachverfahren-demo'),
  EMBEDDED_OIDC_FACHVERFAHREN_SECRET: z.string().min(16).default('fachverfahren-nur-zur-entwicklung'),
  EMBEDDED_OIDC_SCANDIENST_ID: z.string().min(1).default('scandienst-demo'),
  EMBEDDED_OIDC_SCANDIENST_SECRET: z.string().min(16).default('scandienst-nur-zur-entwicklung'),
  WEB_PROCESSES: z.coerce.number().int().min(1).max(64).default(1),
  WORKER_PDF_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(Math.max(1, cpus().length)),
  WORKER_PDF_NICE: z.coerce.number().int().min(0).max(19).default(10),
  // The SDK refuses fewer than 2 while it caches workflows (it does by default); see workflowTaskConcurrency.
  WORKER_WORKFLOW_TASK_CONCURRENCY: z.coerce.number().int().min(2).max(1000).default(8),
  WORKER_WORKFLOW_CACHE: z.coerce.number().int().min(2).max(100_000).default(WORKFLOW_CACHE_STANDARD),
  SCAN_GLEICHZEITIG: z.coerce.number().int().min(1).max(1000).default(64),
  [verwaisteBlobs.variable]: z.coerce.number().int().min(1).max(87_600).default(verwaisteBlobs.standardStunden),
  METRICS_PORT: port.optional(),
  METRICS_HOST: z.string().ip('must be an IP address, e.g. 127.0.0.1 or 0.0.0.0').default('127.0.0.1'),
  DEMO_DATA: z
    .enum(['true', 'false'])
    .default('true')
    .transform((value) => value === 'true'),
});

type Raw = z.infer<typeof schema>;

/** One variable per data class of the Löschkonzept: whole days, at most ten years. */
const loeschfristenSchema = z.object(
  Object.fromEntries(
    datenklassen.map((klasse) => [
      loeschkonzept[klasse].variable,
      z.coerce.number().int().min(0).max(3650).default(loeschkonzept[klasse].standardTage),
    ]),
  ),
);

/** Every environment variable loadConfig reads. */
export const configVariablen = [
  ...Object.keys(schema.shape),
  ...Object.keys(loeschfristenSchema.shape),
] as ReadonlyArray<string>;

/** Validated configuration shared by every process. */
export interface Config {
  port: number;
  publicUrl: string;
  dataDir: string;
  /** `$DATA_DIR/blobs`, or the S3 bucket of BLOB_STORE_URL. */
  blobStore: BlobStoreZiel;
  /** Master keys of encryption at rest: the first encrypts, all decrypt; empty when BLOB_SCHLUESSEL is unset. */
  blobSchluessel: BlobSchluessel[];
  logLevel: Raw['LOG_LEVEL'];
  databaseUrl: string | undefined;
  embeddedPostgresPort: number;
  /** Started by root: where PostgreSQL's binaries and cluster go when the `postgres` user cannot reach them where they are. */
  embeddedPostgresSharedDir: string;
  temporalAddress: string | undefined;
  temporalUiUrl: string;
  temporalUiPort: number;
  temporalPort: number;
  temporalConfigFile: string;
  /** Keys of the payload codec (AES-256-GCM): the first encrypts, all decrypt. */
  temporalPayloadSchluessel: PayloadSchluessel[];
  /** Bearer token the Temporal UI's codec endpoint demands; unset, the endpoint is not served. */
  temporalCodecToken: string | undefined;
  /** The audience operators' access tokens for the codec endpoint must name; unset means `${publicUrl}/temporal-codec`. */
  temporalCodecAudience: string | undefined;
  /** The codec endpoint's own port on METRICS_HOST, for the Temporal UI's browser; unset, the endpoint is on the metrics port. */
  temporalCodecPort: number | undefined;
  pdfConcurrency: number;
  /** Nice level a worker serving only the pdf queue runs at: its CPU work yields to workflow tasks on the same machine. */
  pdfNice: number;
  /**
   * Workflow tasks an io worker runs at once. Each holds its local activities (database, DMS, mail), so under full load
   * many at once share one event loop and each takes longer; fewer wait on the server instead (README, bench figures).
   */
  workflowTaskConcurrency: number;
  /**
   * Workflows an io worker keeps in memory between their tasks. A document waits for staff for days, so without a bound
   * the SDK's default (from the heap limit, about 2,300 on 4 GB) lets the worker grow with the open documents; one
   * evicted is replayed from its history at its next task.
   */
  workflowCache: number;
  /** Staff sign-in; unset under `npm start` means the embedded provider on embeddedOidcPort. */
  oidcIssuer: string | undefined;
  oidcClientId: string;
  oidcClientSecret: string;
  embeddedOidcPort: number;
  /** The API's resource indicator, the audience its access tokens must name; unset means `${publicUrl}/api`. */
  apiAudience: string | undefined;
  /** Seconds of clock skew allowed when checking an access token's expiry and issue time. */
  apiClockToleranceSekunden: number;
  /** Token bucket per API client, shared by all web processes: `vorrat` requests at once, then `proSekunde`. */
  apiRatenlimit: { proSekunde: number; vorrat: number };
  /** Demo machine clients of the embedded provider (development only). */
  embeddedApiClients: { fachverfahren: { id: string; secret: string }; scandienst: { id: string; secret: string } };
  /** Web server processes sharing the port (node:cluster); more than one uses more cores. */
  webProcesses: number;
  /** Where this process serves Prometheus metrics; no port, no metrics endpoint. Never the public port. */
  metrics: { port: number | undefined; host: string };
  demoData: boolean;
  smtpUrl: string | undefined;
  embeddedSmtpPort: number;
  mailFrom: string;
  dmsImportDir: string;
  /** Where the DMS puts outgoing letters (PDF + JSON index) for the nightly import. */
  dmsExportDir: string;
  /** Days each data class is kept after its event (domain/loeschkonzept.ts). */
  loeschfristen: Loeschfristen;
  /** Hours a blob no row refers to is left alone before the nightly run deletes it. */
  verwaistKarenzStunden: number;
  /** Keys of the Antwortbogen QR codes: the first signs, all verify. */
  qrSchluessel: QrSchluessel[];
  /** Documents of one scan delivery in the automatic part of the pipeline at once (the scanStapel workflow's input). */
  scanGleichzeitig: number;
}

/** A problem the operator can fix (configuration, a busy port, an unreachable directory), reported as one line saying what to do. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = schema.safeParse(present);
  const fristen = loeschfristenSchema.safeParse(present);
  if (!parsed.success || !fristen.success) {
    const issue = (parsed.error ?? fristen.error)!.issues[0]!;
    const name = String(issue.path[0]);
    // Key material is never echoed into a log.
    const got = env[name] === undefined || name === 'BLOB_SCHLUESSEL' ? '' : ` (got "${env[name]}")`;
    throw new ConfigError(`Configuration error: ${name} ${issue.message}${got}`);
  }
  const raw = parsed.data;
  // The SDK would quietly lower the slots to the cache size: a task needs its workflow in the cache.
  if (raw.WORKER_WORKFLOW_CACHE < raw.WORKER_WORKFLOW_TASK_CONCURRENCY)
    throw new ConfigError(
      `Configuration error: WORKER_WORKFLOW_CACHE must be at least WORKER_WORKFLOW_TASK_CONCURRENCY (${raw.WORKER_WORKFLOW_TASK_CONCURRENCY}) (got "${raw.WORKER_WORKFLOW_CACHE}")`,
    );
  return {
    port: raw.PORT,
    publicUrl: raw.PUBLIC_URL ?? `http://localhost:${raw.PORT}`,
    dataDir: path.resolve(raw.DATA_DIR),
    blobStore: blobStoreAus(raw.BLOB_STORE_URL, raw.DATA_DIR, present),
    blobSchluessel: raw.BLOB_SCHLUESSEL,
    logLevel: raw.LOG_LEVEL,
    databaseUrl: raw.DATABASE_URL,
    embeddedPostgresPort: raw.EMBEDDED_POSTGRES_PORT,
    embeddedPostgresSharedDir: path.resolve(raw.EMBEDDED_POSTGRES_SHARED_DIR),
    temporalAddress: raw.TEMPORAL_ADDRESS,
    temporalUiUrl: raw.TEMPORAL_UI_URL ?? `http://localhost:${raw.TEMPORAL_UI_PORT}`,
    temporalUiPort: raw.TEMPORAL_UI_PORT,
    temporalPort: raw.TEMPORAL_PORT,
    temporalConfigFile: path.resolve(raw.TEMPORAL_CONFIG),
    temporalPayloadSchluessel: raw.TEMPORAL_PAYLOAD_SCHLUESSEL,
    temporalCodecToken: raw.TEMPORAL_CODEC_TOKEN,
    temporalCodecAudience: raw.TEMPORAL_CODEC_AUDIENCE,
    temporalCodecPort: raw.TEMPORAL_CODEC_PORT,
    pdfConcurrency: raw.WORKER_PDF_CONCURRENCY,
    pdfNice: raw.WORKER_PDF_NICE,
    workflowTaskConcurrency: raw.WORKER_WORKFLOW_TASK_CONCURRENCY,
    workflowCache: raw.WORKER_WORKFLOW_CACHE,
    webProcesses: raw.WEB_PROCESSES,
    metrics: { port: raw.METRICS_PORT, host: raw.METRICS_HOST },
    oidcIssuer: raw.OIDC_ISSUER,
    oidcClientId: raw.OIDC_CLIENT_ID,
    oidcClientSecret: raw.OIDC_CLIENT_SECRET,
    embeddedOidcPort: raw.EMBEDDED_OIDC_PORT,
    apiAudience: raw.API_AUDIENCE,
    apiClockToleranceSekunden: raw.API_CLOCK_TOLERANCE_SECONDS,
    apiRatenlimit: { proSekunde: raw.API_RATE_LIMIT_PER_SECOND, vorrat: raw.API_RATE_LIMIT_BURST },
    embeddedApiClients: {
      fachverfahren: { id: raw.EMBEDDED_OIDC_FACHVERFAHREN_ID, secret: raw.EMBEDDED_OIDC_FACHVERFAHREN_SECRET },
      scandienst: { id: raw.EMBEDDED_OIDC_SCANDIENST_ID, secret: raw.EMBEDDED_OIDC_SCANDIENST_SECRET },
    },
    demoData: raw.DEMO_DATA,
    smtpUrl: raw.SMTP_URL,
    embeddedSmtpPort: raw.EMBEDDED_SMTP_PORT,
    mailFrom: raw.MAIL_FROM,
    dmsImportDir: path.resolve(raw.DMS_IMPORT_DIR ?? path.join(raw.DATA_DIR, 'dms', 'import')),
    dmsExportDir: path.resolve(raw.DMS_EXPORT_DIR ?? path.join(raw.DATA_DIR, 'dms', 'export')),
    loeschfristen: Object.fromEntries(
      datenklassen.map((klasse) => [klasse, fristen.data[loeschkonzept[klasse].variable] as number]),
    ) as Loeschfristen,
    verwaistKarenzStunden: raw[verwaisteBlobs.variable],
    qrSchluessel: raw.QR_SIGNATUR_SCHLUESSEL,
    scanGleichzeitig: raw.SCAN_GLEICHZEITIG,
  };
}

function blobStoreAus(url: string | undefined, dataDir: string, env: NodeJS.ProcessEnv): BlobStoreZiel {
  if (url === undefined) return { art: 'verzeichnis', verzeichnis: path.resolve(dataDir, 'blobs') };
  try {
    return s3ZielAusUrl(url, env);
  } catch (error) {
    throw new ConfigError(
      `Configuration error: BLOB_STORE_URL ${(error as Error).message}, e.g. s3://bucket?endpoint=https://s3.example:9000&region=eu-central-1&forcePathStyle=true (got "${url}")`,
    );
  }
}

/** The audience API access tokens must carry: API_AUDIENCE, or the portal's public URL with /api. */
export function apiAudienz(config: Pick<Config, 'apiAudience' | 'publicUrl'>): string {
  return config.apiAudience ?? `${config.publicUrl}/api`;
}

/** The audience operators' access tokens for the Temporal UI's codec endpoint must carry. */
export function codecAudienz(config: Pick<Config, 'temporalCodecAudience' | 'publicUrl'>): string {
  return config.temporalCodecAudience ?? `${config.publicUrl}/temporal-codec`;
}

/** The worker sends mail: SMTP_URL must be set. */
export function requireSmtp(config: Config): string {
  if (!config.smtpUrl)
    throw new ConfigError(
      'Configuration error: SMTP_URL is required for the worker (e.g. smtp://user:pass@mail.example:587)',
    );
  return config.smtpUrl;
}

/** Every process that reads or writes blobs needs the master key; only `npm start` makes one itself. */
export function requireBlobSchluessel<C extends Config>(config: C): C {
  if (config.blobSchluessel.length === 0)
    throw new ConfigError(
      'Configuration error: BLOB_SCHLUESSEL is required, the master key of encryption at rest (e.g. k2026:$(openssl rand -base64 32))',
    );
  return config;
}

/** For processes that need external services: both addresses must be set. */
export function requireServices(config: Config): Config & { databaseUrl: string; temporalAddress: string } {
  if (!config.databaseUrl)
    throw new ConfigError('Configuration error: DATABASE_URL is required (e.g. postgres://user:pass@host:5432/db)');
  if (!config.temporalAddress)
    throw new ConfigError('Configuration error: TEMPORAL_ADDRESS is required (e.g. temporal:7233)');
  return { ...config, databaseUrl: config.databaseUrl, temporalAddress: config.temporalAddress };
}
