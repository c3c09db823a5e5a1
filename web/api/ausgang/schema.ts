// Request and response schemas of the Ausgang resource; the OpenAPI document is generated from them.
import { z } from 'zod/v4';
import { bereiche } from '../../../domain/bereich.js';
import { ausgangDokumentartenKunde, ausgangDokumentartenPartner } from '../../../domain/katalog.js';
import { apiSchemas } from '../operation.js';

export const AusgangsnummerParameter = z.object({
  ausgangsnummer: z
    .string()
    .regex(/^A\d{2}-[0-9A-Z]{4}-[0-9A-Z]{4}$/)
    .describe('Ausgangsnummer, z. B. A26-7K3M-Q9XZ'),
});

export const BriefAbfrage = z
  .object({
    kundennummer: z
      .string()
      .regex(/^\d{3}[A-Za-z]\d{6}$/)
      .describe('Der Kunde, an den das Schreiben geht; bei einem Schreiben an einen Träger der Kunde, den es betrifft'),
    partnerId: z
      .string()
      .regex(/^\d{1,9}$/)
      .optional()
      .describe('Die Partnerorganisation (Träger), an die das Schreiben geht; ohne Angabe geht es an den Kunden'),
    dokumentart: z
      .string()
      .min(1)
      .max(100)
      .describe(
        `An Kunden z. B. ${ausgangDokumentartenKunde.join(', ')}; an Träger nur ${ausgangDokumentartenPartner.join(', ')} (eine Zuweisung weist den Kunden dem Träger zu, alles andere setzt die Zuweisung voraus)`,
      ),
    bereich: z.enum(bereiche),
    name: z.string().min(1).max(200).describe('Bezeichnung, die der Empfänger im Eingang sieht'),
    info: z.string().max(500).optional().describe('Zusatzinformation für den Empfänger'),
    referenz: z
      .string()
      .min(1)
      .max(200)
      .optional()
      .describe(
        'Referenz des Fachverfahrens: dasselbe PDF unter derselben Referenz ergibt dasselbe Schreiben (200), ein anderes 409',
      ),
  })
  .strict();

const zeit = z.iso.datetime({ offset: true });
const Bekanntgabe = z.object({
  am: z.iso.date().describe('Kalendertag, an dem das Schreiben als bekanntgegeben gilt'),
  grundlage: z.string().describe('Rechtsgrundlage in der Fassung, die am Tag der Benachrichtigung bzw. Aufgabe galt'),
});

export const VersandSchema = z
  .object({
    ausgangsnummer: z.string(),
    kundennummer: z.string(),
    partnerId: z.number().int().nullable().describe('Bei einem Schreiben an einen Träger dessen Kennung'),
    dokumentart: z.string(),
    bereich: z.enum(bereiche),
    name: z.string(),
    info: z.string().nullable(),
    referenz: z.string().nullable(),
    versandstatus: z
      .enum(['bereitgestellt', 'benachrichtigt', 'abgerufen', 'erinnert', 'postversand'])
      .describe(
        'bereitgestellt → benachrichtigt (E-Mail gesendet) → abgerufen; erinnert nach 7 Tagen; postversand nach 14 Tagen ohne Abruf oder ohne E-Mail-Adresse',
      ),
    bereitgestelltAm: zeit,
    benachrichtigtAm: zeit.nullable().describe('Zeitpunkt der Benachrichtigungs-E-Mail (Nachweis)'),
    abgerufenAm: zeit.nullable().describe('Erster Abruf durch den Empfänger'),
    bekanntgabe: Bekanntgabe.nullable().describe(
      'Elektronische Bekanntgabe (§ 37 Abs. 2a SGB X), nur bei Schreiben an Kunden, ab der Benachrichtigung',
    ),
    post: z
      .object({
        zurPostAm: zeit.nullable().describe('Vom Jobcenter vermerkter Tag der Aufgabe zur Post'),
        bekanntgabe: Bekanntgabe.nullable().describe('Bekanntgabe bei Postversand (§ 37 Abs. 2 SGB X)'),
      })
      .nullable()
      .describe('Ersatzweise Zustellung auf Papier; null, solange sie nicht nötig ist'),
  })
  .register(apiSchemas, { name: 'Versand' });
export type VersandDarstellung = z.output<typeof VersandSchema>;
