// Worker memory under hostile input: 100-megapixel PNGs in parallel submissions, a PDF bomb, a JPEG claiming 60000x60000, an encrypted and a 500-page PDF at once.
import { writeFile } from 'node:fs/promises';
import zlib from 'node:zlib';
import sharp from 'sharp';
import { demoLogins } from '../db/demo/logins.js';
import type { AppContext } from '../platform/context.js';
import { dokumentEinreichen } from '../services/eingang/einreichen.js';
import { verschluesseltesPdf } from '../tests/support/dateien.js';
import { gescanntesPdf, handyfoto, spitzenspeicherMb } from './pipeline.js';
import { verhaeltnis } from './verhaeltnis.js';

const MB = 1024 * 1024;
/** Where a submission's way through the pipeline ends for this bench: filed (and routed) or refused. */
const FERTIG = ['abgelegt', 'weitergeleitet', 'in_bearbeitung', 'erledigt', 'abgelehnt'];

export interface FeindlicheEingabe {
  name: string;
  dateien: number;
  bytes: number;
  status: string;
  ablehnungsgrund: string | null;
  /** Accepted → final (filed or refused). */
  dauer_ms: number;
}

export interface WorkerSpeicher {
  io_mb: number;
  pdf_mb: number;
}

export interface FeindlichErgebnis {
  eingaben: FeindlicheEingabe[];
  /** Peak RSS (VmHWM) during one ordinary submission of 3 phone photos after the warm-up: the baseline. */
  basis_3_fotos: WorkerSpeicher;
  /** Peak RSS (VmHWM) over the whole hostile mix, all submissions at once. */
  spitze: WorkerSpeicher;
  verhaeltnis_zur_basis: WorkerSpeicher;
  /** First submission accepted → every submission final. */
  dauer_bis_alle_fertig_ms: number;
  pdf_aktivitaeten_gleichzeitig: number;
  ziel: string;
}

/** 100 megapixels (10000x10000) of flat paper colour with a band of noise: under 1 MB as PNG, 300 MB once decoded. */
async function riesenPng(): Promise<Buffer> {
  const band = await sharp({
    create: {
      width: 10_000,
      height: 16,
      channels: 3,
      background: '#808080',
      noise: { type: 'gaussian', mean: 128, sigma: 30 },
    },
  })
    .png()
    .toBuffer();
  return sharp({ create: { width: 10_000, height: 10_000, channels: 3, background: { r: 240, g: 236, b: 228 } } })
    .composite([{ input: band, left: 0, top: 5_000 }])
    .png({ compressionLevel: 9 })
    .toBuffer();
}

/** A small JPEG whose frame header (SOF0) claims 60000x60000 pixels. */
async function jpegMitRiesenKopf(): Promise<Buffer> {
  const jpeg = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#c0c0c0' } })
    .jpeg({ quality: 80 })
    .toBuffer();
  const sof = jpeg.indexOf(Buffer.from([0xff, 0xc0]));
  if (sof < 0) throw new Error('no SOF0 marker in the generated JPEG');
  jpeg.writeUInt16BE(60_000, sof + 5);
  jpeg.writeUInt16BE(60_000, sof + 7);
  return jpeg;
}

/** A valid one-page PDF whose content stream (blanks, Flate) inflates to `megabytes`; pdf-lib opens it without looking inside. */
async function pdfBombe(megabytes: number): Promise<Buffer> {
  const teile: Buffer[] = [];
  const deflate = zlib.createDeflate({ level: 9 });
  deflate.on('data', (teil: Buffer) => teile.push(teil));
  const leer = Buffer.alloc(MB, 0x20);
  for (let i = 0; i < megabytes; i++) if (!deflate.write(leer)) await new Promise((r) => deflate.once('drain', r));
  deflate.end();
  await new Promise((r) => deflate.once('end', r));
  const strom = Buffer.concat(teile);
  const objekte = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
  ];
  const stuecke: Buffer[] = [Buffer.from('%PDF-1.7\n', 'latin1')];
  const versatz: number[] = [];
  let laenge = stuecke[0]!.length;
  const an = (b: Buffer) => {
    stuecke.push(b);
    laenge += b.length;
  };
  for (const [i, objekt] of objekte.entries()) {
    versatz.push(laenge);
    an(Buffer.from(`${i + 1} 0 obj\n${objekt}\nendobj\n`, 'latin1'));
  }
  versatz.push(laenge);
  an(Buffer.from(`4 0 obj\n<< /Length ${strom.length} /Filter /FlateDecode >>\nstream\n`, 'latin1'));
  an(strom);
  an(Buffer.from('\nendstream\nendobj\n', 'latin1'));
  const xref = laenge;
  const eintraege = versatz.map((v) => `${String(v).padStart(10, '0')} 00000 n \n`).join('');
  an(
    Buffer.from(
      `xref\n0 5\n0000000000 65535 f \n${eintraege}trailer\n<< /Root 1 0 R /Size 5 >>\nstartxref\n${xref}\n%%EOF\n`,
      'latin1',
    ),
  );
  return Buffer.concat(stuecke);
}

/** Resets the peak RSS (VmHWM) to the current RSS, so earlier bench parts do not count. */
const spitzeZuruecksetzen = (pid: number) => writeFile(`/proc/${pid}/clear_refs`, '5');

async function speicher(io: number, pdf: number[]): Promise<WorkerSpeicher> {
  return {
    io_mb: await spitzenspeicherMb(io),
    pdf_mb: Math.max(...(await Promise.all(pdf.map(spitzenspeicherMb)))),
  };
}

async function einreichen(ctx: AppContext, dateien: Uint8Array[]): Promise<string> {
  const { eingangsnummer } = await dokumentEinreichen(ctx, {
    absender: { kanal: 'kunde' },
    kundennummer: demoLogins.kunde.kundennummer,
    dokumentart: 'Sonstiges - Leistung',
    dateien,
  });
  return eingangsnummer;
}

/** Polls until every submission is filed or refused; fails the bench, naming the stragglers, after `timeoutMs`. */
async function warteBisFertig(
  ctx: AppContext,
  nummern: string[],
  timeoutMs: number,
): Promise<Map<string, { status: string; ablehnungsgrund: string | null; fertig: number }>> {
  const fertig = new Map<string, { status: string; ablehnungsgrund: string | null; fertig: number }>();
  const deadline = Date.now() + timeoutMs;
  while (fertig.size < nummern.length) {
    const offen = nummern.filter((n) => !fertig.has(n));
    const rows: Array<{ eingangsnummer: string; status: string; ablehnungsgrund: string | null }> = await ctx
      .db('eingangsdokumente')
      .whereIn('eingangsnummer', offen)
      .select('eingangsnummer', 'status', 'ablehnungsgrund');
    for (const row of rows)
      if (FERTIG.includes(row.status))
        fertig.set(row.eingangsnummer, {
          status: row.status,
          ablehnungsgrund: row.ablehnungsgrund,
          fertig: Date.now(),
        });
    if (fertig.size === nummern.length) break;
    if (Date.now() > deadline)
      throw new Error(
        `hostile inputs not final within ${timeoutMs} ms: ${JSON.stringify(rows.filter((r) => !fertig.has(r.eingangsnummer)))}`,
      );
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return fertig;
}

export async function feindlichMessen(
  ctx: AppContext,
  worker: { io: number; pdf: number[] },
  optionen: { timeoutMs: number; pdfAktivitaeten: number },
): Promise<FeindlichErgebnis> {
  const fotos = await Promise.all([1, 2, 3].map(handyfoto));
  // The first submission waits for the workers to start (a development io worker bundles the workflows first).
  console.log('hostile inputs: warm-up, then one ordinary submission of 3 phone photos (baseline) …');
  await warteBisFertig(ctx, [await einreichen(ctx, fotos)], optionen.timeoutMs);
  for (const pid of [worker.io, ...worker.pdf]) await spitzeZuruecksetzen(pid);
  await warteBisFertig(ctx, [await einreichen(ctx, fotos)], optionen.timeoutMs);
  const basis = await speicher(worker.io, worker.pdf);

  console.log('hostile inputs: generating (100-megapixel PNG, PDF bomb, 60000x60000 JPEG, encrypted, 500 pages) …');
  const png = await riesenPng();
  const eingaben: Array<{ name: string; dateien: Uint8Array[] }> = [
    ...[1, 2, 3, 4].map((i) => ({
      name: `20 PNG 10000x10000 (100 MP), Einreichung ${i} von 4`,
      dateien: Array.from({ length: 20 }, () => png),
    })),
    { name: 'PDF-Bombe: 1 Seite, Inhaltsstrom 400 MB entpackt', dateien: [await pdfBombe(400)] },
    { name: 'JPEG, Kopf behauptet 60000x60000', dateien: [await jpegMitRiesenKopf()] },
    {
      name: 'verschlüsseltes PDF (Benutzerpasswort)',
      dateien: [await verschluesseltesPdf({ userPassword: 'geheim', ownerPassword: 'eigentuemer' })],
    },
    { name: 'gescanntes PDF mit 500 Seiten', dateien: [await gescanntesPdf(500)] },
  ];

  console.log(`hostile inputs: ${eingaben.length} submissions at once …`);
  const start = Date.now();
  const nummern = await Promise.all(
    eingaben.map(async (e) => ({ nummer: await einreichen(ctx, e.dateien), angenommen: Date.now() })),
  );
  const fertig = await warteBisFertig(
    ctx,
    nummern.map((n) => n.nummer),
    optionen.timeoutMs,
  );
  const dauer = Date.now() - start;
  const spitze = await speicher(worker.io, worker.pdf);
  return {
    eingaben: eingaben.map((e, i) => {
      const { nummer, angenommen } = nummern[i]!;
      const ergebnis = fertig.get(nummer)!;
      return {
        name: e.name,
        dateien: e.dateien.length,
        bytes: e.dateien.reduce((summe, d) => summe + d.byteLength, 0),
        status: ergebnis.status,
        ablehnungsgrund: ergebnis.ablehnungsgrund,
        dauer_ms: ergebnis.fertig - angenommen,
      };
    }),
    basis_3_fotos: basis,
    spitze,
    verhaeltnis_zur_basis: {
      io_mb: verhaeltnis(spitze.io_mb, basis.io_mb),
      pdf_mb: verhaeltnis(spitze.pdf_mb, basis.pdf_mb),
    },
    dauer_bis_alle_fertig_ms: dauer,
    pdf_aktivitaeten_gleichzeitig: optionen.pdfAktivitaeten,
    ziel: 'Spitze je Worker-Prozess <= 500 MB',
  };
}
