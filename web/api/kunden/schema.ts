// Request and response schemas of the Kunden resource; the OpenAPI document is generated from them.
import { z } from 'zod/v4';
import { sprachen } from '../../../domain/sprache.js';
import { apiSchemas } from '../operation.js';

const text = (max: number) => z.string().max(max);
const subject = z
  .string()
  .min(1)
  .max(200)
  .nullable()
  .describe('OIDC-Subject eines aktiven Mitarbeiters (Team Vermittlung bzw. Leistung)');

export const KundennummerParameter = z.object({
  kundennummer: z
    .string()
    .regex(/^\d{3}[A-Za-z]\d{6}$/)
    .describe('Kundennummer, z. B. 100D000001'),
});

export const KundeSchreibenSchema = z
  .object({
    bgNummer: text(40).min(1).describe('BG-Nummer'),
    vorname: text(200).min(1),
    nachname: text(200).min(1),
    strasse: text(200).nullable().optional(),
    plz: text(10).nullable().optional(),
    ort: text(200).nullable().optional(),
    email: text(200).nullable().optional(),
    sprache: z
      .enum(sprachen)
      .optional()
      .describe('Sprache der Oberfläche und der E-Mails; ohne Angabe bleibt sie, neu: de'),
    onlineZustellungSeit: z.iso
      .datetime({ offset: true })
      .nullable()
      .describe('Einwilligung in die elektronische Bekanntgabe seit; null: keine Einwilligung'),
    ansprechpartner: subject.optional(),
    leistungssachbearbeiter: subject.optional(),
  })
  .strict()
  .register(apiSchemas, { name: 'KundeSchreiben' });

export const KundeSchema = z
  .object({
    kundennummer: z.string(),
    bgNummer: z.string(),
    vorname: z.string(),
    nachname: z.string(),
    strasse: z.string().nullable(),
    plz: z.string().nullable(),
    ort: z.string().nullable(),
    email: z.string().nullable(),
    sprache: z.enum(sprachen),
    onlineZustellungSeit: z.iso.datetime({ offset: true }).nullable(),
    ansprechpartner: z.string().nullable(),
    leistungssachbearbeiter: z.string().nullable(),
    aktiv: z.boolean(),
  })
  .register(apiSchemas, { name: 'Kunde' });
export type KundeDarstellung = z.output<typeof KundeSchema>;
