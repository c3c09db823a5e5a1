// Busy CPU time from /proc, of the whole machine and per kind of process: where a document's CPU goes (Temporal server,
// PostgreSQL, the io and PDF workers, the bench process that feeds the documents in), so a ratio to a baseline can be
// traced to its part.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** Linux counts a process's CPU time in 1/100 s (USER_HZ). */
const MS_JE_TICK = 10;

export type CpuJeArt = Record<string, number>;

/** Busy CPU milliseconds of the whole machine since boot, from /proc/stat (in ticks too). */
async function cpuBeschaeftigtMs(): Promise<number> {
  const [zeile] = (await readFile('/proc/stat', 'utf8')).split('\n');
  const werte = zeile!.trim().split(/\s+/).slice(1).map(Number);
  const leerlauf = werte[3]! + werte[4]!;
  return (werte.reduce((a, b) => a + b, 0) - leerlauf) * MS_JE_TICK;
}

async function lesen(datei: string): Promise<string | undefined> {
  try {
    return await readFile(datei, 'utf8');
  } catch {
    // The process ended between listing and reading.
    return undefined;
  }
}

/** What a process is, from its command line (and a worker's queues from its environment). */
async function artVon(pid: number, befehl: string[]): Promise<string> {
  if (pid === process.pid) return 'einspeiser';
  const programm = path.basename(befehl[0] ?? '');
  if (programm.startsWith('postgres')) return 'postgresql';
  if (programm === 'temporal' || programm === 'temporal-server' || programm === 'server') return 'temporal';
  const skript = befehl.find((teil) => /\bworker\.(ts|js)$/.test(teil)) ?? '';
  if (skript.includes(`basis${path.sep}worker`)) return 'basis_worker';
  if (skript.endsWith(`bin${path.sep}worker.ts`) || skript.endsWith(`bin${path.sep}worker.js`)) {
    const umgebung = (await lesen(`/proc/${pid}/environ`)) ?? '';
    const queues = /(?:^|\0)WORKER_QUEUES=([^\0]*)/.exec(umgebung)?.[1] ?? 'io,pdf';
    return `worker_${queues.replaceAll(',', '_')}`;
  }
  return 'sonstige';
}

/** Busy CPU milliseconds of every process alive now, by pid, with what it is. */
async function cpuJeProzess(): Promise<Map<number, { art: string; ms: number }>> {
  const prozesse = new Map<number, { art: string; ms: number }>();
  for (const eintrag of await readdir('/proc')) {
    const pid = Number(eintrag);
    if (!Number.isInteger(pid)) continue;
    const [stat, befehl] = await Promise.all([lesen(`/proc/${pid}/stat`), lesen(`/proc/${pid}/cmdline`)]);
    if (!stat || befehl === undefined) continue;
    // Fields after the command name in parentheses (which may hold spaces): utime and stime are the 12th and 13th.
    const felder = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(felder[11]) + Number(felder[12]);
    prozesse.set(pid, { art: await artVon(pid, befehl.split('\0').filter(Boolean)), ms: ticks * MS_JE_TICK });
  }
  return prozesse;
}

/** One reading: the whole machine's busy CPU and every process's. */
export interface CpuStand {
  gesamtMs: number;
  prozesse: Map<number, { art: string; ms: number }>;
}

export async function cpuStand(): Promise<CpuStand> {
  return { gesamtMs: await cpuBeschaeftigtMs(), prozesse: await cpuJeProzess() };
}

/**
 * CPU milliseconds per unit of work between two readings, of the whole machine and by kind of process. A process
 * started in between counts from zero; one that ended in between is missing (PostgreSQL keeps its connections, so that
 * is rare while measuring).
 */
export function cpuJeEinheit(
  anfang: CpuStand,
  ende: CpuStand,
  einheiten: number,
): { gesamt: number; jeProzess: CpuJeArt } {
  const je = (ms: number) => Math.round(ms / Math.max(1, einheiten));
  const summe: CpuJeArt = {};
  for (const [pid, { art, ms }] of ende.prozesse)
    summe[art] = (summe[art] ?? 0) + ms - (anfang.prozesse.get(pid)?.ms ?? 0);
  return {
    gesamt: je(ende.gesamtMs - anfang.gesamtMs),
    jeProzess: Object.fromEntries(
      Object.entries(summe)
        .sort(([, a], [, b]) => b - a)
        .map(([art, ms]) => [art, je(ms)]),
    ),
  };
}
