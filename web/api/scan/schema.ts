// Request and response schemas of scan deliveries (Lieferungen); the OpenAPI document is generated from them.
import { z } from 'zod/v4';
import { apiSchemas } from '../operation.js';

const lieferungId = z
  .string()
  .regex(/^[A-Za-z0-9._-]{1,100}$/)
  .describe('Kennung der Lieferung beim Scandienstleister (Buchstaben, Ziffern, . _ -)');

export const LieferungParameter = z.object({ lieferungId });
export const PositionParameter = z.object({
  lieferungId,
  position: z.coerce.number().int().min(1).max(1_000_000).describe('Position in der Lieferung, ab 1'),
});

export const NeueLieferungSchema = z
  .object({
    lieferungId,
    scanDatum: z.iso.date().describe('Tag des Scannens (Europe/Berlin); Frist ist 15:00 Uhr des nächsten Arbeitstags'),
    erwartet: z.number().int().min(1).max(100_000).describe('Angekündigte Zahl der Dokumente'),
  })
  .strict()
  .register(apiSchemas, { name: 'NeueLieferung' });

export const DokumentAbfrage = z
  .object({
    kundennummer: z
      .string()
      .regex(/^\d{3}[A-Za-z]\d{6}$/)
      .optional()
      .describe(
        'Kundennummer, wenn der Scandienstleister sie kennt (sonst aus dem Antwortbogen oder von der Poststelle)',
      ),
    dokumentart: z.string().min(1).max(100).optional().describe('Dokumentart aus dem Katalog, wenn bekannt'),
    seiten: z.coerce.number().int().min(1).max(10_000).optional().describe('Seitenzahl laut Scandienstleister'),
    sha256: z
      .string()
      .regex(/^[0-9a-fA-F]{64}$/)
      .optional()
      .describe('SHA-256 der Datei (hex); weicht sie ab, wird das Dokument abgelehnt'),
  })
  .strict();

export const PositionSchema = z
  .object({
    position: z.number().int(),
    sha256: z.string().describe('SHA-256 der angenommenen Datei (bei einem Stapel: des abgetrennten Dokuments)'),
    stapel: z
      .object({ sha256: z.string(), abPosition: z.number().int() })
      .nullable()
      .describe('Der Stapel, aus dem das Dokument abgetrennt wurde'),
    kundennummer: z.string().nullable(),
    dokumentart: z.string().nullable(),
    seiten: z.number().int().nullable(),
    eingangsnummer: z.string().nullable().describe('Sobald die Verarbeitung begonnen hat'),
  })
  .register(apiSchemas, { name: 'LieferungPosition' });

export const StapelSchema = z
  .object({
    abPosition: z.number().int().describe('Erste Position der Dokumente des Stapels'),
    sha256: z.string().describe('SHA-256 des Stapel-PDFs'),
    status: z
      .enum(['angenommen', 'getrennt', 'abgelehnt'])
      .describe(
        'angenommen: gespeichert, wird getrennt; getrennt: die Dokumente stehen an ihren Positionen; abgelehnt: siehe grund',
      ),
    grund: z
      .enum(['positionen_belegt', 'ohne_dokumente', 'pdf_unlesbar'])
      .nullable()
      .describe(
        'Bei abgelehnt: Positionen schon mit anderen Dokumenten belegt, kein Dokument zwischen den Trennblättern, PDF nicht lesbar',
      ),
    angenommenAm: z.iso.datetime({ offset: true }),
    erledigtAm: z.iso.datetime({ offset: true }).nullable().describe('Getrennt oder abgelehnt am'),
    positionen: z
      .array(PositionSchema)
      .describe('Die Dokumente des Stapels, getrennt an den Trennblättern (leer, solange nicht getrennt)'),
  })
  .register(apiSchemas, { name: 'LieferungStapel' });

export type StapelDarstellung = z.output<typeof StapelSchema>;

const zeit = z.iso.datetime({ offset: true });

export const LieferungSchema = z
  .object({
    lieferungId: z.string(),
    scanDatum: z.iso.date(),
    erwartet: z.number().int(),
    status: z
      .enum(['offen', 'geschlossen', 'abgeschlossen'])
      .describe(
        'offen: nimmt Dokumente an; geschlossen: vollständig eingeliefert; abgeschlossen: Übergabeprotokoll liegt vor',
      ),
    frist: zeit.describe('Bis dahin sollen alle Dokumente in der E-Akte sein'),
    erstelltAm: zeit,
    geschlossenAm: zeit.nullable(),
    abgeschlossenAm: zeit.nullable(),
    fortschritt: z.object({
      angenommen: z.number().int(),
      nichtGestartet: z.number().int(),
      inVerarbeitung: z.number().int(),
      wartenAufZuordnung: z.number().int(),
      imEAkte: z.number().int(),
      abgelehnt: z.number().int(),
      duplikate: z.number().int(),
    }),
    positionen: z.array(z.number().int()).describe('Angenommene Positionen, aufsteigend (zum Fortsetzen)'),
  })
  .register(apiSchemas, { name: 'Lieferung' });

export type LieferungDarstellung = z.output<typeof LieferungSchema>;
export type PositionDarstellung = z.output<typeof PositionSchema>;

export const UebergabeprotokollSchema = z
  .object({
    lieferungId: z.string(),
    scanDatum: z.iso.date(),
    frist: zeit,
    erstelltAm: zeit,
    empfangen: z.number().int().describe('Angenommene Dokumente'),
    abgelegt: z.number().int().describe('In der E-Akte abgelegt'),
    abgelehnt: z
      .array(z.object({ position: z.number().int(), eingangsnummer: z.string(), grund: z.string().nullable() }))
      .describe('Abgelehnte Dokumente mit Grund'),
    duplikate: z
      .array(z.object({ position: z.number().int(), eingangsnummer: z.string(), duplikatVon: z.string() }))
      .describe('Dokumente, die als Datei schon einmal eingeliefert worden waren'),
    zeitBisEAkte: z
      .object({ p50Sekunden: z.number().nullable(), p95Sekunden: z.number().nullable() })
      .describe('Sekunden von der Annahme bis zur Ablage in der E-Akte (Median, 95 %)'),
    fristEingehalten: z.boolean().describe('Jedes abgelegte Dokument war bis zur Frist in der E-Akte'),
  })
  .register(apiSchemas, { name: 'Uebergabeprotokoll' });
