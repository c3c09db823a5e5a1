// Request and response schemas of the Eingang resource (incoming documents); the OpenAPI document is generated from them.
import { z } from 'zod/v4';
import { dokumentstatus } from '../../../domain/status.js';
import { apiSchemas } from '../operation.js';

const zeitpunkt = z.iso.datetime({ offset: true });
const HOECHSTES_LIMIT = 200;

export const EingangsnummerParameter = z.object({
  eingangsnummer: z
    .string()
    .regex(/^E\d{2}-[0-9A-Z]{4}-[0-9A-Z]{4}$/)
    .describe('Eingangsnummer, z. B. E26-7KQ2-M9XD'),
});

export const EingaengeAbfrage = z
  .object({
    kundennummer: z
      .string()
      .regex(/^\d{3}[A-Za-z]\d{6}$/)
      .optional()
      .describe('Nur Eingänge dieses Kunden'),
    status: z.enum(dokumentstatus).optional().describe('Nur Eingänge in diesem Status'),
    geaendertSeit: zeitpunkt.optional().describe('Nur Eingänge, die sich seit diesem Zeitpunkt geändert haben'),
    limit: z
      .string()
      .regex(/^(?:[1-9]\d?|1\d\d|200)$/)
      .optional()
      .describe(`Höchstens so viele Einträge je Seite (1 bis ${HOECHSTES_LIMIT}, ohne Angabe 50)`),
    cursor: z
      .string()
      .max(2000)
      .optional()
      .describe(
        'naechster aus der vorigen Antwort: setzt die Liste dort fort, mit ihren Filtern (andere Filter daneben: 400)',
      ),
  })
  .strict();

const Verlaufsschritt = z.object({
  schritt: z.number().int(),
  status: z.enum(dokumentstatus),
  zeit: zeitpunkt,
});

const eingangFelder = {
  eingangsnummer: z.string(),
  kundennummer: z.string(),
  art: z.enum(['dokument', 'mitteilung']),
  kanal: z.enum(['kunde', 'partner', 'scan', 'jobcenter']),
  partnerId: z.number().int().nullable().describe('Sendende Organisation bei kanal = partner'),
  dokumentart: z.string(),
  status: z.enum(dokumentstatus),
  ablehnungsgrund: z.string().nullable(),
  teams: z.array(z.string()).describe('Teams, an die der Eingang geleitet wurde (leistung, vermittlung, poststelle)'),
  seiten: z.number().int().nullable(),
  bytes: z.number().int().nullable(),
  sha256: z.string().nullable(),
  dmsReferenz: z.string().nullable(),
  pdf: z.boolean().describe('Das abgelegte PDF kann heruntergeladen werden'),
  eingegangenAm: zeitpunkt,
  abgelegtAm: zeitpunkt.nullable(),
  erledigtAm: zeitpunkt.nullable(),
  geaendertAm: zeitpunkt,
};

export const EingangSchema = z.object(eingangFelder).register(apiSchemas, { name: 'Eingang' });

export const EingangMitVerlaufSchema = z
  .object({ ...eingangFelder, verlauf: z.array(Verlaufsschritt).describe('Statusverlauf, ältester Schritt zuerst') })
  .register(apiSchemas, { name: 'EingangMitVerlauf' });

export const EingangListeSchema = z
  .object({
    eintraege: z.array(EingangSchema),
    naechster: z
      .string()
      .describe(
        'Cursor für die Fortsetzung; auch bei leerer Seite, um später nach neuen Änderungen zu fragen. Ein Eingang, der sich nach seiner Auslieferung ändert, kommt mit neuem Stand wieder.',
      ),
    weitere: z.boolean().describe('Die Seite ist voll: es gibt sofort weitere Einträge'),
  })
  .register(apiSchemas, { name: 'EingangListe' });

export type EingangDarstellung = z.output<typeof EingangSchema>;
