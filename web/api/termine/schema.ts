// Request and response schemas of the Termine resource; the OpenAPI document is generated from them.
import { z } from 'zod/v4';
import { apiSchemas } from '../operation.js';

const text = (max: number) => z.string().max(max).nullable().optional();

export const TerminIdParameter = z.object({
  terminId: z
    .string()
    .regex(/^[A-Za-z0-9._~:-]{1,100}$/)
    .describe('Die Kennung des Termins im Fachverfahren (1 bis 100 Zeichen: Buchstaben, Ziffern, . _ ~ : -)'),
});

export const TerminSchreibenSchema = z
  .object({
    kundennummer: z
      .string()
      .regex(/^\d{3}[A-Za-z]\d{6}$/)
      .describe('Kundennummer eines aktiven Kunden'),
    beginn: z.iso.datetime({ offset: true }).describe('Beginn, in der Zukunft'),
    dauerMinuten: z.number().int().min(5).max(600).optional().describe('Dauer; ohne Angabe 30 Minuten'),
    raum: text(50),
    telefon: text(50).describe('Telefonnummer für einen Telefontermin'),
    mitteilung1: text(300).describe('Erste Zeile der Mitteilung an den Kunden (z. B. das Anliegen)'),
    mitteilung2: text(300).describe('Zweite Zeile der Mitteilung an den Kunden'),
  })
  .strict()
  .register(apiSchemas, { name: 'TerminSchreiben' });

export const TerminSchema = z
  .object({
    terminId: z.string().describe('Die Kennung des Termins im Fachverfahren'),
    kundennummer: z.string(),
    beginn: z.iso.datetime({ offset: true }),
    dauerMinuten: z.number().int(),
    raum: z.string().nullable(),
    telefon: z.string().nullable(),
    mitteilung1: z.string().nullable(),
    mitteilung2: z.string().nullable(),
    status: z
      .enum(['geplant', 'abgesagt', 'stattgefunden'])
      .describe('geplant: der Kunde wird 24 Stunden vorher per E-Mail erinnert; abgesagt: keine Erinnerung mehr'),
  })
  .register(apiSchemas, { name: 'Termin' });
export type TerminDarstellung = z.output<typeof TerminSchema>;
