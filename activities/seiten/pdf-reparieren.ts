// Repairs a PDF that pdf-lib cannot open with qpdf: rebuilt cross-reference table, fixed stream lengths, empty user password removed.
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { asyncLocalStorage } from '@temporalio/activity';

const MB = 1024 * 1024;
const ZEITLIMIT_MS = 30_000;
/** Address space for qpdf: plenty for a 25 MB upload, and a decompression bomb ends qpdf, not the worker. */
const SPEICHERLIMIT = 1024 * MB;
/** qpdf copies streams as they are, so a repaired file is about as large as the upload. */
const ausgabeGrenze = (eingabe: number) => 2 * eingabe + MB;
/** qpdf exits 3 when it wrote the file but warned, which every repair does. */
const GESCHRIEBEN = new Set([0, 3]);
/** prlimit's exit code when it cannot start the program. */
const NICHT_GESTARTET = new Set([126, 127]);

export interface ReparaturOptionen {
  /** The qpdf program (from PATH by default). */
  qpdf?: string;
  /** Where a repair that could not run is reported; by default the activity's log. */
  melden?: (meldung: string) => void;
}

type Lauf =
  { art: 'fertig'; code: number | null; ausgabe: Buffer; fehler: string } | { art: 'fehlt' } | { art: 'zu_gross' };

function imProtokoll(meldung: string): void {
  const aktivitaet = asyncLocalStorage.getStore();
  if (aktivitaet) aktivitaet.log.warn(meldung);
  else process.emitWarning(meldung);
}

/** Runs a program without a shell, collects at most `hoechstens` bytes of its output and kills it after the time limit. */
function ausfuehren(programm: string, argumente: string[], hoechstens: number): Promise<Lauf> {
  return new Promise((resolve) => {
    const kind = spawn(programm, argumente, {
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: ZEITLIMIT_MS,
      killSignal: 'SIGKILL',
    });
    const teile: Buffer[] = [];
    let laenge = 0;
    let fehler = '';
    let ergebnis: Lauf | undefined;
    kind.stdout.on('data', (teil: Buffer) => {
      laenge += teil.length;
      if (laenge > hoechstens) {
        ergebnis ??= { art: 'zu_gross' };
        kind.kill('SIGKILL');
      } else teile.push(teil);
    });
    kind.stderr.on('data', (teil: Buffer) => {
      if (fehler.length < 2000) fehler += teil.toString('utf8');
    });
    kind.on('error', (error: NodeJS.ErrnoException) => {
      ergebnis ??=
        error.code === 'ENOENT' || error.code === 'EACCES'
          ? { art: 'fehlt' }
          : { art: 'fertig', code: null, ausgabe: Buffer.alloc(0), fehler: error.message };
    });
    kind.on('close', (code) => resolve(ergebnis ?? { art: 'fertig', code, ausgabe: Buffer.concat(teile), fehler }));
  });
}

/** qpdf under prlimit where that exists (util-linux), else qpdf alone. */
async function qpdfAusfuehren(qpdf: string, argumente: string[], hoechstens: number): Promise<Lauf> {
  const begrenzt = await ausfuehren(
    'prlimit',
    [`--as=${SPEICHERLIMIT}`, `--cpu=${ZEITLIMIT_MS / 1000}`, '--', qpdf, ...argumente],
    hoechstens,
  );
  if (begrenzt.art === 'fehlt') return ausfuehren(qpdf, argumente, hoechstens);
  if (begrenzt.art === 'fertig' && begrenzt.code !== null && NICHT_GESTARTET.has(begrenzt.code))
    return { art: 'fehlt' };
  return begrenzt;
}

/** qpdf says so when the file needs a user password. */
const PASSWORT = /invalid password/i;

export type Reparatur = { art: 'repariert'; pdf: Uint8Array } | { art: 'passwort' } | { art: 'gescheitert' };

/** The repaired PDF; `passwort` when it needs a password to open; `gescheitert` when qpdf cannot repair it or is not installed (reported). */
export async function pdfReparieren(
  bytes: Uint8Array,
  { qpdf = 'qpdf', melden = imProtokoll }: ReparaturOptionen = {},
): Promise<Reparatur> {
  const ordner = await mkdtemp(path.join(tmpdir(), 'pdf-reparatur-'));
  try {
    const eingabe = path.join(ordner, 'eingabe.pdf');
    await writeFile(eingabe, bytes, { mode: 0o600 });
    // Without a password qpdf opens what has only an owner password; one that needs a user password stays closed.
    const lauf = await qpdfAusfuehren(
      qpdf,
      ['--decrypt', '--stream-data=preserve', eingabe, '-'],
      ausgabeGrenze(bytes.length),
    );
    if (lauf.art === 'fehlt') {
      melden(`qpdf (${qpdf}) ist nicht installiert: beschädigte PDFs werden ohne Reparaturversuch abgelehnt`);
      return { art: 'gescheitert' };
    }
    if (lauf.art === 'zu_gross') return { art: 'gescheitert' };
    if (lauf.code !== null && GESCHRIEBEN.has(lauf.code) && lauf.ausgabe.length > 0)
      return { art: 'repariert', pdf: lauf.ausgabe };
    return PASSWORT.test(lauf.fehler) ? { art: 'passwort' } : { art: 'gescheitert' };
  } finally {
    await rm(ordner, { recursive: true, force: true });
  }
}
