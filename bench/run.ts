// `npm run bench`: starts its own PostgreSQL, Temporal dev server, SMTP sink and worker process, measures, writes bench/results.json.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../platform/config.js';
import { closeAppContext, createAppContext } from '../platform/context.js';
import { startEmbeddedPostgres } from '../platform/dev/embedded-postgres.js';
import { createLogger } from '../platform/logger.js';
import { startMailSink } from '../platform/dev/mail-sink.js';
import { prepare } from '../bin/prepare.js';
import { workerSpeicherUmgebung } from '../bin/worker-prozesse.js';
import { ensureTemporalCli } from '../platform/dev/temporal-cli.js';
import { startTemporalDevServer } from '../platform/dev/temporal-dev-server.js';
import { loadTemporalPlan } from '../platform/temporal-plan.js';
import { workflowBundleSchreiben } from '../platform/workflow-bundle.js';
import { freePort } from '../tests/support/ports.js';
import { appFotosMessen, type AppFotosErgebnis } from './app-fotos.js';
import { blobVerschluesselungMessen, type BlobVerschluesselungErgebnis } from './blob-verschluesselung.js';
import { ereignisseMessen, type EreignisseErgebnis } from './ereignisse.js';
import { loeschungMessen, type LoeschungErgebnis } from './loeschung.js';
import { fachverfahrenMessen, type FachverfahrenErgebnis } from './fachverfahren.js';
import { feindlichMessen, type FeindlichErgebnis } from './feindlich.js';
import { scanApiMessen, type ScanApiErgebnis } from './scan-api.js';
import { termineMessen, type TermineErgebnis } from './termine.js';
import { trennungMessen } from './trennung.js';
import { workflowTaskZahlen } from './workflow-tasks.js';
import { uploadSpeicherMessen, type UploadSpeicherErgebnis } from './upload-speicher.js';
import { webMessen, webVorbereiten, type WebErgebnis } from './web.js';
import { koaBasisMessen } from './basis/koa.js';
import { koaBasisStarten, type KoaServer } from './basis/koa-starten.js';
import { sharpBasisMessen } from './basis/sharp.js';
import { workflowBasisMessen } from './basis/workflow-rate.js';
import { latenzen } from './quantil.js';
import { verhaeltnis, verhaeltnisseAus } from './verhaeltnis.js';
import {
  einreichenUndMessen,
  gescanntesPdf,
  handyfoto,
  scansDauerhaft,
  spitzenspeicherMb,
  warteAufAblage,
} from './pipeline.js';

const root = path.resolve(import.meta.dirname, '..');
const resultsFile = path.join(root, 'bench', 'results.json');
const log = createLogger('warn', 'bench');

const dataDir = await mkdtemp(path.join(tmpdir(), 'jobcenter-bench-'));
await chmod(dataDir, 0o755);
const plan = loadTemporalPlan(path.join(root, 'temporal.yaml'));
const pg = await startEmbeddedPostgres(
  { dir: path.join(dataDir, 'postgres'), port: await freePort(), database: 'jobcenter' },
  log,
);
const temporal = await startTemporalDevServer(
  {
    cli: await ensureTemporalCli(log),
    port: await freePort(),
    uiPort: undefined,
    dbFile: undefined,
    namespace: plan.namespace.name,
  },
  log,
);
const mails = await startMailSink(path.join(dataDir, 'mails'));
const blobSchluessel = `bench1:${randomBytes(32).toString('base64')}`;
const config = {
  ...loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'warn', SMTP_URL: mails.url, BLOB_SCHLUESSEL: blobSchluessel }),
  databaseUrl: pg.url,
  temporalAddress: temporal.address,
};
await prepare(config, log);
const ctx = createAppContext(config, log);

// As `npm start` and compose run them: one worker for workflows and I/O, BENCH_PDF_WORKERS (default 1) processes serving
// only the PDF queue, so image and PDF work never delays a workflow task (`BENCH_TEIL=trennung` compares both).
const PDF_WORKER = Number(process.env.BENCH_PDF_WORKERS ?? 1);
// Prebuilt like a production image's, so no worker carries the bundler's memory into the figures.
const workflowBundle = path.join(dataDir, 'workflow-bundle.js');
await workflowBundleSchreiben(workflowBundle, path.join(root, 'workflows', 'index.ts'));
const workerEnv = {
  ...workerSpeicherUmgebung,
  ...process.env,
  DATABASE_URL: pg.url,
  TEMPORAL_ADDRESS: temporal.address,
  SMTP_URL: mails.url,
  DATA_DIR: dataDir,
  BLOB_SCHLUESSEL: blobSchluessel,
  LOG_LEVEL: 'warn',
  WORKFLOW_BUNDLE: workflowBundle,
};
const startWorker = (queues: string) =>
  spawn(
    process.execPath,
    [
      ...(process.env.BENCH_WORKER_NODE_ARGS ?? '').split(' ').filter(Boolean),
      '--import',
      'tsx',
      path.join(root, 'bin', 'worker.ts'),
    ],
    { env: { ...workerEnv, WORKER_QUEUES: queues }, stdio: ['ignore', 'inherit', 'inherit'] },
  );
// The comparison of arrangements alone starts its own workers (bundling the workflows takes each io worker a while).
const nurTrennung = process.env.BENCH_TEIL === 'trennung';
// The blob store's part and the Löschlauf's need no worker.
const ohneWorker = process.env.BENCH_TEIL === 'blobs' || process.env.BENCH_TEIL === 'loeschung';
const worker = ohneWorker ? undefined : startWorker(nurTrennung ? 'pdf' : 'io');
const pdfWorker =
  nurTrennung || ohneWorker ? [] : Array.from({ length: Math.max(1, PDF_WORKER) }, () => startWorker('pdf'));
const alleWorker = [...(worker ? [worker] : []), ...pdfWorker];
if (!ohneWorker) await new Promise((resolve) => setTimeout(resolve, 4000));

/** The pipeline part: photos and scans from upload accepted to filed in the DMS, and worker memory. */
async function pipelineMessen() {
  let letzteEinzeln = '';
  /** Every photo submission of the part, for its workflow tasks. */
  const fotoNummern: string[] = [];
  async function einzeln(dokumentart: string, dateien: Uint8Array[]): Promise<number> {
    const { eingangsnummer, angenommen } = await einreichenUndMessen(ctx, dokumentart, dateien);
    letzteEinzeln = eingangsnummer;
    fotoNummern.push(eingangsnummer);
    const abgelegt = await warteAufAblage(ctx, [eingangsnummer], 300_000);
    return abgelegt.get(eingangsnummer)!.getTime() - angenommen;
  }

  /** Milliseconds between the projected steps of one document: where the time goes. */
  async function schritte(eingangsnummer: string): Promise<Record<string, number>> {
    const rows = await ctx
      .db('eingangs_timeline')
      .where({ eingangsnummer })
      .orderBy('schritt')
      .select('status', 'zeit');
    return Object.fromEntries(
      rows
        .slice(1)
        .map((row, i) => [
          `${rows[i].status}→${row.status}`,
          new Date(row.zeit).getTime() - new Date(rows[i].zeit).getTime(),
        ]),
    );
  }

  console.log('warm-up …');
  const fotos = await Promise.all([1, 2, 3].map(handyfoto));
  const scan = await gescanntesPdf(10);
  // Made before any submission: making them fills this process's thread pool, which the SMTP sink (in this process too)
  // needs to store a mail, so a mail of a running workflow would wait and hold its workflow task open (SDK warnings).
  const zwanzig = await Promise.all(Array.from({ length: 20 }, (_, i) => handyfoto(i)));
  await einzeln('Kontoauszüge', [scan]);
  await einzeln('Kontoauszüge', fotos);

  console.log('20 photos of 12 megapixels in one submission (worker memory) …');
  const zwanzigMs = await einzeln('Sonstiges', zwanzig);
  const zwanzigNummer = letzteEinzeln;
  const speicherZwanzigFotos = Math.max(...(await Promise.all(alleWorker.map((w) => spitzenspeicherMb(w.pid!)))));

  console.log('3 phone photos, one submission at a time …');
  const fotoLatenzen: number[] = [];
  for (let i = 0; i < 20; i++) fotoLatenzen.push(await einzeln('Lohnabrechnung', fotos));
  const fotoSchritte = await schritte(letzteEinzeln);
  // By now the 20 photos' workflow has long passed its last steps (routing, mails): where its time went.
  const zwanzigSchritte = await schritte(zwanzigNummer);

  console.log('scanned 10-page PDFs, sustained …');
  const offen = Number(process.env.BENCH_SCANS_OFFEN ?? 64);
  const scanNummern: string[] = [];
  const scanEinlaufMs = 10_000;
  const scanAnfang = Date.now();
  const scans = await scansDauerhaft(
    ctx,
    scan,
    {
      offen,
      einlaufMs: scanEinlaufMs,
      messMs: Number(process.env.BENCH_SCAN_SEKUNDEN ?? 60) * 1000,
    },
    scanNummern,
  );
  // Each process on its own: the io worker keeps the workflows it ran in its cache, the PDF workers hold pictures.
  const speicherJeProzess = {
    io: worker ? await spitzenspeicherMb(worker.pid!) : 0,
    pdf: await Promise.all(pdfWorker.map((w) => spitzenspeicherMb(w.pid!))),
  };
  const speicherGesamt = Math.max(speicherJeProzess.io, ...speicherJeProzess.pdf);

  // Baselines of this run: bare workflows at the scan run's concurrency, bare sharp on the same photos.
  console.log('baseline: bare workflow with one local activity, bare sharp …');
  const workflowBasis = await workflowBasisMessen(ctx, workerEnv, {
    offen,
    einlaufMs: 5_000,
    messMs: Number(process.env.BENCH_BASIS_SEKUNDEN ?? 30) * 1000,
  });
  console.log("baseline: workflows of a scan's shape with empty steps …");
  const scanFormBasis = await workflowBasisMessen(
    ctx,
    workerEnv,
    { offen, einlaufMs: 5_000, messMs: Number(process.env.BENCH_BASIS_SEKUNDEN ?? 30) * 1000 },
    'scanForm',
    config.workflowTaskConcurrency,
  );
  const sharpBasis = await sharpBasisMessen(fotos);
  const fotoZahlen = latenzen(fotoLatenzen);
  // The longest workflow task of every document of the photo and scan runs after the two warm-up submissions (local
  // activities included: they run inside the task that asked for them), from the histories the server recorded.
  const fotoTasks = await workflowTaskZahlen(ctx, fotoNummern.slice(2));
  // Reported over all scans (the first 64 arrive at once) and, apart, for the tasks after the 10 s run-in.
  const scanTasks = await workflowTaskZahlen(ctx, scanNummern, scanAnfang + scanEinlaufMs);

  return {
    fotos_3x12mp: {
      ...fotoZahlen,
      schritte_ms: fotoSchritte,
      basis_sharp: sharpBasis,
      verhaeltnis_p50_zu_sharp: verhaeltnis(fotoZahlen.p50_ms, sharpBasis.drei_fotos_p50_ms),
      workflow_tasks: {
        ...fotoTasks,
        laengster_zu_basis: verhaeltnis(fotoTasks.laengster_ms, workflowBasis.workflow_tasks.laengster_ms),
        ziel: 'längster < 1000 ms',
      },
      ziel: 'p50 < 2000 ms, p95 < 5000 ms; Normalisierung <= 1.2x sharp',
    },
    scan_pdf_10_seiten: {
      ...scans,
      basis_workflow: workflowBasis,
      anteil_an_basis: verhaeltnis(scans.dokumente_pro_sekunde, workflowBasis.workflows_pro_sekunde),
      basis_scan_form: scanFormBasis,
      anteil_an_scan_form: verhaeltnis(scans.dokumente_pro_sekunde, scanFormBasis.workflows_pro_sekunde),
      workflow_tasks: {
        ...scanTasks,
        laengster_zu_basis: verhaeltnis(scanTasks.laengster_ms, workflowBasis.workflow_tasks.laengster_ms),
        ziel: 'längster < 1000 ms',
      },
      ziel: '>= 25 Dokumente/s dauerhaft; >= 0.5 der Basis',
    },
    zwanzig_fotos_12mp: {
      dauer_ms: zwanzigMs,
      schritte_ms: zwanzigSchritte,
      worker_spitzenspeicher_mb: speicherZwanzigFotos,
      ziel: '< 500 MB',
    },
    worker_spitzenspeicher_gesamt_mb: speicherGesamt,
    worker_spitzenspeicher_je_prozess_mb: speicherJeProzess,
    worker_prozesse: { io: 1, pdf: pdfWorker.length },
  };
}

/**
 * The gesendet page with one and two web processes, each beside bare Koa serving a page of the same size: at full speed
 * in alternating rounds against one bare Koa process, and once more in a run of its own with the fixed rate.
 */
async function webMitBasis() {
  let koaServer: KoaServer | undefined;
  const basisUrl = async (bytes: number) => (koaServer ??= await koaBasisStarten(bytes)).url;
  try {
    const gemessen: WebErgebnis[] = [];
    for (const prozesse of [1, 2]) gemessen.push(await webMessen(workerEnv, prozesse, basisUrl));
    console.log('baseline: bare Koa, static page of the same size …');
    const { bytes } = gemessen[0]!;
    const koa = await koaBasisMessen(await basisUrl(bytes), bytes, Number(process.env.BENCH_WEB_TAKT ?? 1000));
    return gemessen.map((w) => ({
      ...w,
      basis_koa: koa,
      anteil_an_basis: {
        volle_last_wechselnd: w.volle_last_wechselnd.verhaeltnis,
        volle_last_anfragen_pro_sekunde: verhaeltnis(
          w.volle_last.anfragen_pro_sekunde,
          koa.volle_last.anfragen_pro_sekunde,
        ),
        fester_takt_p99: verhaeltnis(w.fester_takt.latenz_ms.p99, koa.fester_takt.latenz_ms.p99),
      },
    }));
  } finally {
    await koaServer?.stoppen();
  }
}

// Whatever happens while measuring, the worker processes and servers are stopped afterwards.
try {
  // BENCH_TEIL=web, =pipeline, =trennung, =feindlich (BENCH_FEINDLICH_MINUTEN until every submission must be final, default 20), =upload, =app, =ereignisse, =fachverfahren, =termine, =scan, =blobs or =loeschung (BENCH_LOESCH_ANZAHL, default 100000) runs one part; the file keeps the other parts' last figures.
  const teil = process.env.BENCH_TEIL ?? 'alles';
  const mit = (name: string) => teil === 'alles' || teil === name;
  const pipeline = mit('pipeline') ? await pipelineMessen() : undefined;
  if (pipeline) console.log(JSON.stringify(pipeline, null, 2));
  const trennung = mit('trennung')
    ? await trennungMessen(ctx, workerEnv, Number(process.env.BENCH_TRENNUNG_RUNDEN ?? 2))
    : undefined;
  if (trennung) console.log(JSON.stringify(trennung, null, 2));
  let feindlich: FeindlichErgebnis | undefined;
  if (mit('feindlich')) {
    feindlich = await feindlichMessen(
      ctx,
      { io: worker!.pid!, pdf: pdfWorker.map((w) => w.pid!) },
      {
        timeoutMs: Number(process.env.BENCH_FEINDLICH_MINUTEN ?? 20) * 60_000,
        pdfAktivitaeten: config.pdfConcurrency,
      },
    );
    console.log(JSON.stringify(feindlich, null, 2));
  }
  let web: Awaited<ReturnType<typeof webMitBasis>> | undefined;
  if (mit('web')) {
    console.log('web: gesendet page, 50 documents, 100 connections …');
    await webVorbereiten(ctx);
    web = await webMitBasis();
  }
  if (web) console.log(JSON.stringify(web, null, 2));
  let uploadSpeicher: UploadSpeicherErgebnis | undefined;
  if (mit('upload')) {
    console.log('upload memory: 10 anonymous 95 MB posts at once, one signed-in 100 MB submission …');
    uploadSpeicher = await uploadSpeicherMessen(workerEnv);
    console.log(JSON.stringify(uploadSpeicher, null, 2));
  }

  let appFotos: AppFotosErgebnis | undefined;
  if (mit('app')) {
    console.log('app: 3 photos of 12 megapixels over 1 Mbit/s, shrunk in the browser beside the plain form post …');
    appFotos = await appFotosMessen(ctx);
    console.log(JSON.stringify(appFotos, null, 2));
  }

  let ereignisse: EreignisseErgebnis | undefined;
  if (mit('ereignisse')) {
    console.log('events: status change → webhook received, beside → event row visible …');
    ereignisse = await ereignisseMessen(ctx);
    console.log(JSON.stringify(ereignisse, null, 2));
  }

  let fachverfahren: FachverfahrenErgebnis | undefined;
  if (mit('fachverfahren')) {
    console.log('machine API: client upserts and letter → alert e-mail, beside the use cases called directly …');
    fachverfahren = await fachverfahrenMessen(ctx, mails);
    console.log(JSON.stringify(fachverfahren, null, 2));
  }

  let termine: TermineErgebnis | undefined;
  if (mit('termine')) {
    console.log('booking: 50 concurrent bookings of one slot, 200 over a day, beside a plain GET …');
    termine = await termineMessen(ctx, workerEnv);
    console.log(JSON.stringify(termine, null, 2));
  }

  let scanKanal: ScanApiErgebnis | undefined;
  if (mit('scan')) {
    console.log('scan channel: deliveries through the machine API beside the internal path, QR decoding per page …');
    scanKanal = await scanApiMessen(
      ctx,
      {
        offen: Number(process.env.BENCH_SCANS_OFFEN ?? 64),
        einlaufMs: Number(process.env.BENCH_SCAN_EINLAUF_SEKUNDEN ?? 10) * 1000,
        messMs: Number(process.env.BENCH_SCAN_SEKUNDEN ?? 60) * 1000,
      },
      mails,
    );
    console.log(JSON.stringify(scanKanal, null, 2));
  }

  let blobs: BlobVerschluesselungErgebnis | undefined;
  if (mit('blobs')) {
    console.log('blob store: 64 MiB and 200 × 100 KiB in and out, plain beside encrypted …');
    blobs = await blobVerschluesselungMessen();
    console.log(JSON.stringify(blobs, null, 2));
  }

  let loeschung: LoeschungErgebnis | undefined;
  if (mit('loeschung')) {
    const anzahl = Number(process.env.BENCH_LOESCH_ANZAHL ?? 100_000);
    console.log(`Löschlauf: ${anzahl} expired submissions (rows and blobs), beside a plain DELETE of the same …`);
    loeschung = await loeschungMessen(ctx, anzahl);
    console.log(JSON.stringify(loeschung, null, 2));
  }

  const bisher = await readFile(resultsFile, 'utf8').then(JSON.parse, () => ({}));
  const teile = {
    ...(pipeline ? { pipeline } : {}),
    ...(web ? { web } : {}),
  };
  const results = {
    ...bisher,
    verhaeltnisse: { ...bisher.verhaeltnisse, ...verhaeltnisseAus(teile) },
    gemessen_am: new Date().toISOString(),
    maschine: {
      kerne: cpus().length,
      cpu: cpus()[0]?.model,
      speicher_gb: Math.round(totalmem() / 2 ** 30),
      node: process.version,
    },
    ...(pipeline ? { pipeline } : {}),
    ...(trennung ? { workflow_tasks_20_fotos: trennung } : {}),
    ...(feindlich ? { worker_speicher_feindlich: feindlich } : {}),
    ...(web ? { web } : {}),
    ...(uploadSpeicher ? { upload_speicher: uploadSpeicher } : {}),
    ...(appFotos ? { app_fotos_1mbit: appFotos } : {}),
    ...(ereignisse ? { ereignisse } : {}),
    ...(fachverfahren ? { fachverfahren_api: fachverfahren } : {}),
    ...(termine ? { terminbuchung: termine } : {}),
    ...(scanKanal ? { scan_kanal_api: scanKanal } : {}),
    ...(blobs ? { blob_verschluesselung: blobs } : {}),
    ...(loeschung ? { loeschung } : {}),
  };
  await writeFile(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
} finally {
  for (const w of alleWorker) w.kill('SIGTERM');
  await Promise.all(
    alleWorker.map((w) => new Promise((resolve) => (w.exitCode === null ? w.once('exit', resolve) : resolve(null)))),
  );
  await closeAppContext(ctx);
  await mails.stop();
  await temporal.stop();
  await pg.stop();
  await rm(dataDir, { recursive: true, force: true });
}
process.exit(0);
