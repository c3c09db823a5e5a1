// A sustained run: feeders keep at most `offen` documents on their way, a watcher collects the filed ones; documents
// filed in the measuring window after the run-in count, so the rate is free of the ramp at the start and the tail.
import { cpuJeEinheit, cpuStand, type CpuJeArt, type CpuStand } from './cpu-je-prozess.js';
import { latenzen, type Latenzen } from './quantil.js';

export interface DauerlaufErgebnis {
  dokumente_pro_sekunde: number;
  gleichzeitig_offen: number;
  einlauf_s: number;
  messfenster_s: number;
  im_fenster_abgelegt: number;
  latenz: Latenzen;
  /** Busy CPU time of the whole machine in the window, per filed document (all processes: worker, Temporal, PostgreSQL, feeder). */
  cpu_ms_pro_dokument: number;
  /** The same, by kind of process (Temporal server, PostgreSQL, each worker, the feeding bench process). */
  cpu_ms_pro_dokument_je_prozess: CpuJeArt;
}

export interface Dauerlauf {
  offen: number;
  einlaufMs: number;
  messMs: number;
}

/** One filed document: when it was accepted and when it was filed (epoch ms). */
export interface Abgelegt {
  angenommen: number;
  abgelegt: number;
}

export async function dauerlaufMessen(
  { offen, einlaufMs, messMs }: Dauerlauf,
  weg: {
    /** Sends one document and notes it as on its way. */
    senden: () => Promise<void>;
    /** Documents sent and not yet filed. */
    unterwegs: () => number;
    /** The documents filed since the last look (no longer on their way). */
    einsammeln: () => Promise<Abgelegt[]>;
  },
): Promise<DauerlaufErgebnis> {
  const fertig: Abgelegt[] = [];
  const fensterAnfang = Date.now() + einlaufMs;
  const fensterEnde = fensterAnfang + messMs;
  let laeuft = true;
  let imVersand = 0;
  async function einspeisen(): Promise<void> {
    while (laeuft) {
      if (weg.unterwegs() + imVersand >= offen) {
        await new Promise((resolve) => setTimeout(resolve, 10));
        continue;
      }
      imVersand++;
      try {
        await weg.senden();
      } finally {
        imVersand--;
      }
    }
  }
  let cpuAnfang: CpuStand | undefined;
  // Every 100 ms: the filing time comes from the database, so looking more often (it looked every 20 ms before) only
  // takes CPU from the processes measured, for a refill at most 100 ms earlier with dozens of documents open.
  async function beobachten(): Promise<void> {
    while (Date.now() < fensterEnde) {
      if (cpuAnfang === undefined && Date.now() >= fensterAnfang) cpuAnfang = await cpuStand();
      if (weg.unterwegs() > 0) fertig.push(...(await weg.einsammeln()));
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  let cpuEnde: CpuStand | undefined;
  const einspeiser = Array.from({ length: 8 }, einspeisen);
  try {
    await beobachten();
    cpuEnde = await cpuStand();
    // Documents filed in the window's last moments, before the watcher looked again.
    if (weg.unterwegs() > 0) fertig.push(...(await weg.einsammeln()));
  } finally {
    laeuft = false;
    await Promise.all(einspeiser);
  }
  await auslaufen(weg);
  const imFenster = fertig.filter((f) => f.abgelegt >= fensterAnfang && f.abgelegt < fensterEnde);
  const cpu = cpuJeEinheit(cpuAnfang ?? cpuEnde!, cpuEnde!, imFenster.length);
  return {
    dokumente_pro_sekunde: Number((imFenster.length / (messMs / 1000)).toFixed(1)),
    gleichzeitig_offen: offen,
    einlauf_s: einlaufMs / 1000,
    messfenster_s: messMs / 1000,
    im_fenster_abgelegt: imFenster.length,
    latenz: latenzen(imFenster.map((f) => f.abgelegt - f.angenommen)),
    cpu_ms_pro_dokument: cpu.gesamt,
    cpu_ms_pro_dokument_je_prozess: cpu.jeProzess,
  };
}

/**
 * Waits until the documents still on their way are filed (they count for no figure), so the next measurement does not
 * start on a machine still busy with this run's tail.
 */
async function auslaufen(weg: { unterwegs: () => number; einsammeln: () => Promise<Abgelegt[]> }): Promise<void> {
  const bis = Date.now() + 120_000;
  while (weg.unterwegs() > 0) {
    if (Date.now() > bis) throw new Error(`${weg.unterwegs()} documents not filed within 2 minutes after the run`);
    await weg.einsammeln();
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
