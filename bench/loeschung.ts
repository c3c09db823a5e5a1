// Löschlauf: deleting N expired submissions (rows and encrypted blobs) in its batches, beside a plain DELETE of the same.
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { createLoeschActivities } from '../activities/loeschung.js';
import { neueNummer } from '../domain/nummern.js';
import type { AppContext } from '../platform/context.js';

export interface LoeschungErgebnis {
  anzahl: number;
  /** The Löschlauf's activity as the workflow calls it: batches of 500, journal, blob locks. */
  loeschlauf: { dauer_ms: number; je_sekunde: number; spitzenspeicher_mb: number };
  /** One DELETE of the same rows, then the same blobs deleted 32 at a time, without journal or locks. */
  einfach: { dauer_ms: number; je_sekunde: number; spitzenspeicher_mb: number };
  /** Löschlauf time over plain time: 1.0 costs nothing. */
  verhaeltnis: number;
}

const TAG = 86_400_000;

/** N finished submissions, each with a 2 KiB blob, counting from long before their Löschfrist. */
async function anlegen(ctx: AppContext, anzahl: number, kundeId: number): Promise<string[]> {
  const inhalt = randomBytes(2048);
  const erledigt = new Date(Date.now() - 400 * TAG);
  const nummern: string[] = [];
  for (let i = 0; i < anzahl; i += 500) {
    const teil = Math.min(500, anzahl - i);
    const keys: string[] = [];
    for (let j = 0; j < teil; j += 32)
      keys.push(
        ...(
          await Promise.all(Array.from({ length: Math.min(32, teil - j) }, () => ctx.blobs.put(inhalt, 'bench-loesch')))
        ).map((r) => r.key),
      );
    const zeilen = keys.map((blob_key) => ({
      eingangsnummer: neueNummer('E', erledigt),
      art: 'dokument',
      kanal: 'kunde',
      kunde_id: kundeId,
      dokumentart: 'Lohnabrechnung',
      teams: ['leistung'],
      status: 'erledigt',
      eingegangen_am: erledigt,
      erledigt_am: erledigt,
      aktualisiert_am: erledigt,
      blob_key,
    }));
    // A rare duplicate of a random Eingangsnummer is skipped.
    await ctx.db('eingangsdokumente').insert(zeilen).onConflict('eingangsnummer').ignore();
    nummern.push(...zeilen.map((z) => z.eingangsnummer));
  }
  return nummern;
}

/** Runs `arbeit`, sampling the process's resident memory every 50 ms. */
async function messen(arbeit: () => Promise<unknown>) {
  let spitze = process.memoryUsage().rss;
  const takt = setInterval(() => (spitze = Math.max(spitze, process.memoryUsage().rss)), 50);
  const start = performance.now();
  try {
    await arbeit();
  } finally {
    clearInterval(takt);
  }
  return { ms: performance.now() - start, mb: Math.round(Math.max(spitze, process.memoryUsage().rss) / 2 ** 20) };
}

export async function loeschungMessen(ctx: AppContext, anzahl: number): Promise<LoeschungErgebnis> {
  const kunde = await ctx.db('kunden').first('id');
  if (!kunde) throw new Error('bench needs the demo data (a client)');
  const loeschung = createLoeschActivities({
    db: ctx.db,
    blobs: ctx.blobs,
    loeschfristen: ctx.config.loeschfristen,
    mailDir: path.join(ctx.config.dataDir, 'mails'),
  });

  console.log(`  ${anzahl} expired submissions for the plain DELETE …`);
  const einfachNummern = await anlegen(ctx, anzahl, kunde.id);
  const alleKeys: string[] = [];
  const einfach = await messen(async () => {
    for (let i = 0; i < einfachNummern.length; i += 10_000)
      alleKeys.push(
        ...(
          (await ctx
            .db('eingangsdokumente')
            .whereIn('eingangsnummer', einfachNummern.slice(i, i + 10_000))
            .delete()
            .returning('blob_key')) as Array<{ blob_key: string }>
        ).map((r) => r.blob_key),
      );
    for (let i = 0; i < alleKeys.length; i += 32)
      await Promise.all(alleKeys.slice(i, i + 32).map((k) => ctx.blobs.delete(k)));
  });

  console.log(`  ${anzahl} expired submissions for the Löschlauf …`);
  await anlegen(ctx, anzahl, kunde.id);
  let geloescht = 0;
  const lauf = await messen(async () => {
    const jetzt = new Date().toISOString();
    for (;;) {
      const n = await loeschung.loeschen({ klasse: 'eingang', jetzt, limit: 500 });
      geloescht += n;
      if (n < 500) break;
    }
  });
  if (geloescht < anzahl * 0.99) throw new Error(`Löschlauf deleted ${geloescht} of ${anzahl}`);

  const proSekunde = (ms: number) => Math.round((anzahl / ms) * 1000);
  return {
    anzahl,
    loeschlauf: { dauer_ms: Math.round(lauf.ms), je_sekunde: proSekunde(lauf.ms), spitzenspeicher_mb: lauf.mb },
    einfach: { dauer_ms: Math.round(einfach.ms), je_sekunde: proSekunde(einfach.ms), spitzenspeicher_mb: einfach.mb },
    verhaeltnis: Math.round((lauf.ms / einfach.ms) * 100) / 100,
  };
}
