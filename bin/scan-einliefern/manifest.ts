// The manifest of a scan folder (manifest.json): the Lieferung, its scan date and its documents in position order; checked with zod.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod/v4';

export const MANIFEST_DATEI = 'manifest.json';

const Dokument = z
  .object({
    datei: z
      .string()
      .regex(/^[^/\\]+\.pdf$/i, 'ein PDF-Dateiname in diesem Ordner (ohne Pfad, endet auf .pdf)')
      .describe('PDF file in the folder'),
    kundennummer: z
      .string()
      .regex(/^\d{3}[A-Za-z]\d{6}$/, 'eine Kundennummer wie 163Q017901')
      .optional(),
    dokumentart: z.string().min(1).max(100).optional(),
    seiten: z.number().int().min(1).max(10_000).optional(),
    sha256: z
      .string()
      .regex(/^[0-9a-fA-F]{64}$/, '64 Hex-Zeichen')
      .optional(),
  })
  .strict();

const Manifest = z
  .object({
    lieferungId: z.string().regex(/^[A-Za-z0-9._-]{1,100}$/, '1 bis 100 Zeichen: Buchstaben, Ziffern, . _ -'),
    scanDatum: z.iso.date('ein Datum wie 2026-12-01'),
    dokumente: z
      .array(Dokument)
      .min(1, 'mindestens ein Dokument')
      .max(100_000)
      .refine((liste) => new Set(liste.map((d) => d.datei)).size === liste.length, 'jede Datei nur einmal'),
  })
  .strict();

export type Manifest = z.output<typeof Manifest>;

/** A document of the manifest with its position (its place in the list, from 1), bytes and SHA-256. */
export interface Einlieferung {
  position: number;
  datei: string;
  angaben: Omit<Manifest['dokumente'][number], 'datei'>;
  sha256: string;
  pfad: string;
}

export class ManifestFehler extends Error {
  constructor(readonly probleme: string[]) {
    super(`${MANIFEST_DATEI}: ${probleme.length} Fehler\n${probleme.map((p) => `  - ${p}`).join('\n')}`);
  }
}

function ort(pfad: readonly PropertyKey[]): string {
  return pfad.reduce<string>(
    (text, teil) => (typeof teil === 'number' ? `${text}[${teil}]` : text ? `${text}.${String(teil)}` : String(teil)),
    '',
  );
}

export const sha256Von = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Reads and checks the manifest and every file it names (present, a PDF, the SHA-256 given); all problems at once. */
export async function manifestLesen(ordner: string): Promise<{ manifest: Manifest; dokumente: Einlieferung[] }> {
  let roh: unknown;
  try {
    roh = JSON.parse(await readFile(path.join(ordner, MANIFEST_DATEI), 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ManifestFehler([
      code === 'ENOENT' ? `fehlt in ${ordner}` : `ist kein gültiges JSON (${(error as Error).message})`,
    ]);
  }
  const geprueft = Manifest.safeParse(roh);
  if (!geprueft.success)
    throw new ManifestFehler(geprueft.error.issues.map((i) => `${ort(i.path) || '(Manifest)'}: ${i.message}`));
  const manifest = geprueft.data;
  const probleme: string[] = [];
  const dokumente: Einlieferung[] = [];
  for (const [i, { datei, ...angaben }] of manifest.dokumente.entries()) {
    const pfad = path.join(ordner, datei);
    const bytes = await readFile(pfad).catch(() => undefined);
    if (!bytes) {
      probleme.push(`dokumente[${i}].datei: ${datei} fehlt im Ordner`);
      continue;
    }
    if (bytes.subarray(0, 5).toString('latin1') !== '%PDF-')
      probleme.push(`dokumente[${i}].datei: ${datei} ist kein PDF`);
    const sha256 = sha256Von(bytes);
    if (angaben.sha256 && angaben.sha256.toLowerCase() !== sha256)
      probleme.push(`dokumente[${i}].sha256: passt nicht zu ${datei} (die Datei hat ${sha256})`);
    dokumente.push({ position: i + 1, datei, angaben, sha256, pfad });
  }
  if (probleme.length > 0) throw new ManifestFehler(probleme);
  return { manifest, dokumente };
}
