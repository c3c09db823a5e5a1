// Pipeline benchmark: upload accepted → filed in the DMS, for phone photos and scanned PDFs; peak worker memory.
import { readFile } from 'node:fs/promises';
import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import { demoLogins } from '../db/demo/logins.js';
import type { AppContext } from '../platform/context.js';
import { dokumentEinreichen } from '../services/eingang/einreichen.js';
import { dauerlaufMessen, type Dauerlauf, type DauerlaufErgebnis } from './dauerlauf.js';

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

/**
 * Scanned PDFs fed like the scan service does: it keeps at most `offen` documents waiting to be filed and
 * sends the next one as soon as one is filed.
 */
export async function scansDauerhaft(
  ctx: AppContext,
  scan: Uint8Array,
  lauf: Dauerlauf,
  /** Receives the Eingangsnummer of every document sent. */
  gesendet: string[] = [],
): Promise<DauerlaufErgebnis> {
  const unterwegs = new Map<string, number>();
  return dauerlaufMessen(lauf, {
    async senden() {
      const { eingangsnummer, angenommen } = await einreichenUndMessen(ctx, 'Kontoauszüge', [scan]);
      unterwegs.set(eingangsnummer, angenommen);
      gesendet.push(eingangsnummer);
    },
    unterwegs: () => unterwegs.size,
    async einsammeln() {
      return (await abgelegteDokumente(ctx, [...unterwegs.keys()])).map((row) => {
        const angenommen = unterwegs.get(row.eingangsnummer)!;
        unterwegs.delete(row.eingangsnummer);
        return { angenommen, abgelegt: new Date(row.abgelegt_am).getTime() };
      });
    },
  });
}
