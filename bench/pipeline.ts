// Pipeline benchmark: upload accepted → filed in the DMS, for phone photos and scanned PDFs; peak worker memory.
import { readFile } from 'node:fs/promises';
import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import { demoLogins } from '../db/demo/logins.js';
import type { AppContext } from '../platform/context.js';
import { dokumentEinreichen } from '../services/eingang/einreichen.js';
import { quantil } from './quantil.js';

export interface Latenzen {
  anzahl: number;
  p50_ms: number;
  p95_ms: number;
  max_ms: number;
}

export function latenzen(werte: number[]): Latenzen {
  const sorted = [...werte].sort((a, b) => a - b);
  return {
    anzahl: sorted.length,
    p50_ms: Math.round(quantil(sorted, 0.5)),
    p95_ms: Math.round(quantil(sorted, 0.95)),
    max_ms: Math.round(sorted.at(-1)!),
  };
}

/** A 12-megapixel phone photo (4000x3000, noisy like a real photo, EXIF orientation 6 as phones write it). */
export async function handyfoto(seed: number): Promise<Buffer> {
  return sharp({
    create: {
      width: 4000,
      height: 3000,
      channels: 3,
      background: { r: 200 + (seed % 50), g: 190, b: 180 },
      noise: { type: 'gaussian', mean: 128, sigma: 20 },
    },
  })
    .jpeg({ quality: 85 })
    .withMetadata({ orientation: 6 })
    .toBuffer();
}

/** A scanned letter page: A4 at 200 dpi, greyscale JPEG, white paper with lines of dark text and scanner noise. */
async function scanseite(): Promise<Buffer> {
  const zeile = await sharp({ create: { width: 1300, height: 18, channels: 3, background: '#202020' } })
    .png()
    .toBuffer();
  const zeilen = Array.from({ length: 45 }, (_, i) => ({ input: zeile, left: 180, top: 300 + i * 40 }));
  return sharp({
    create: {
      width: 1654,
      height: 2339,
      channels: 3,
      background: '#f7f7f7',
      noise: { type: 'gaussian', mean: 247, sigma: 4 },
    },
  })
    .composite(zeilen)
    .greyscale()
    .jpeg({ quality: 75 })
    .toBuffer();
}

export async function gescanntesPdf(seiten: number): Promise<Uint8Array> {
  const bild = await scanseite();
  const pdf = await PDFDocument.create();
  const jpeg = await pdf.embedJpg(bild);
  for (let i = 0; i < seiten; i++)
    pdf.addPage([595.28, 841.89]).drawImage(jpeg, { x: 0, y: 0, width: 595.28, height: 841.89 });
  return pdf.save();
}

/** Which of the documents are filed (with the time), failing the benchmark if any was refused. */
async function abgelegteDokumente(
  ctx: AppContext,
  nummern: string[],
): Promise<Array<{ eingangsnummer: string; abgelegt_am: Date }>> {
  const rows = await ctx.db('dms_ablagen').whereIn('eingangsnummer', nummern).select('eingangsnummer', 'abgelegt_am');
  const abgelehnt = await ctx
    .db('eingangsdokumente')
    .whereIn('eingangsnummer', nummern)
    .andWhere({ status: 'abgelehnt' })
    .select('eingangsnummer', 'ablehnungsgrund');
  if (abgelehnt.length > 0) throw new Error(`refused in the benchmark: ${JSON.stringify(abgelehnt)}`);
  return rows;
}

/** Polls the projection for many documents at once; resolves each document's filing time. */
export async function warteAufAblage(
  ctx: AppContext,
  nummern: string[],
  timeoutMs: number,
): Promise<Map<string, Date>> {
  const abgelegt = new Map<string, Date>();
  const deadline = Date.now() + timeoutMs;
  while (abgelegt.size < nummern.length && Date.now() < deadline) {
    for (const row of await abgelegteDokumente(
      ctx,
      nummern.filter((n) => !abgelegt.has(n)),
    ))
      abgelegt.set(row.eingangsnummer, row.abgelegt_am);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  if (abgelegt.size < nummern.length)
    throw new Error(`${nummern.length - abgelegt.size} documents not filed within ${timeoutMs} ms`);
  return abgelegt;
}

export async function einreichenUndMessen(
  ctx: AppContext,
  dokumentart: string,
  dateien: Uint8Array[],
): Promise<{ eingangsnummer: string; angenommen: number }> {
  const { eingangsnummer } = await dokumentEinreichen(ctx, {
    absender: { kanal: 'scan' },
    kundennummer: demoLogins.kunde.kundennummer,
    dokumentart,
    dateien,
  });
  return { eingangsnummer, angenommen: Date.now() };
}

/** Peak resident memory (VmHWM) of a process in MB, from /proc. */
export async function spitzenspeicherMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}

export interface DauerlaufErgebnis {
  dokumente_pro_sekunde: number;
  gleichzeitig_offen: number;
  einlauf_s: number;
  messfenster_s: number;
  im_fenster_abgelegt: number;
  latenz: Latenzen;
  /** Busy CPU time of the whole machine in the window, per filed document (all processes: worker, Temporal, PostgreSQL, feeder). */
  cpu_ms_pro_dokument: number;
}

/** Busy CPU milliseconds of the whole machine since boot, from /proc/stat (Linux counts in 1/100 s). */
export async function cpuBeschaeftigtMs(): Promise<number> {
  const [zeile] = (await readFile('/proc/stat', 'utf8')).split('\n');
  const werte = zeile!.trim().split(/\s+/).slice(1).map(Number);
  const leerlauf = werte[3]! + werte[4]!;
  return ((werte.reduce((a, b) => a + b, 0) - leerlauf) * 1000) / 100;
}

/**
 * Scanned PDFs fed like the scan service does: it keeps at most `offen` documents waiting to be filed and
 * sends the next one as soon as one is filed. After a run-in, documents filed in the measuring window count:
 * the sustained rate, free of the ramp at the start and the tail at the end.
 */
export async function scansDauerhaft(
  ctx: AppContext,
  scan: Uint8Array,
  { offen, einlaufMs, messMs }: { offen: number; einlaufMs: number; messMs: number },
): Promise<DauerlaufErgebnis> {
  const unterwegs = new Map<string, number>();
  const fertig: Array<{ angenommen: number; abgelegt: number }> = [];
  const start = Date.now();
  const fensterAnfang = start + einlaufMs;
  const fensterEnde = fensterAnfang + messMs;
  let laeuft = true;

  let inEinreichung = 0;
  async function einspeisen(): Promise<void> {
    while (laeuft) {
      if (unterwegs.size + inEinreichung >= offen) {
        await new Promise((resolve) => setTimeout(resolve, 10));
        continue;
      }
      inEinreichung++;
      try {
        const { eingangsnummer, angenommen } = await einreichenUndMessen(ctx, 'Kontoauszüge', [scan]);
        unterwegs.set(eingangsnummer, angenommen);
      } finally {
        inEinreichung--;
      }
    }
  }

  let cpuAnfang: number | undefined;
  async function beobachten(): Promise<void> {
    while (Date.now() < fensterEnde) {
      if (cpuAnfang === undefined && Date.now() >= fensterAnfang) cpuAnfang = await cpuBeschaeftigtMs();
      for (const row of unterwegs.size > 0 ? await abgelegteDokumente(ctx, [...unterwegs.keys()]) : []) {
        fertig.push({ angenommen: unterwegs.get(row.eingangsnummer)!, abgelegt: new Date(row.abgelegt_am).getTime() });
        unterwegs.delete(row.eingangsnummer);
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  let cpuEnde = 0;
  const einspeiser = Array.from({ length: 8 }, einspeisen);
  try {
    await beobachten();
    cpuEnde = await cpuBeschaeftigtMs();
  } finally {
    laeuft = false;
    await Promise.all(einspeiser);
  }
  const imFenster = fertig.filter((f) => f.abgelegt >= fensterAnfang && f.abgelegt < fensterEnde);
  return {
    dokumente_pro_sekunde: Number((imFenster.length / (messMs / 1000)).toFixed(1)),
    gleichzeitig_offen: offen,
    einlauf_s: einlaufMs / 1000,
    messfenster_s: messMs / 1000,
    im_fenster_abgelegt: imFenster.length,
    latenz: latenzen(imFenster.map((f) => f.abgelegt - f.angenommen)),
    cpu_ms_pro_dokument: Math.round((cpuEnde - (cpuAnfang ?? cpuEnde)) / imFenster.length),
  };
}
