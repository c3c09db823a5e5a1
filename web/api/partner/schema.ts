// Request and response schemas of partner assignments (a client assigned to a partner organisation).
import { z } from 'zod/v4';
import { apiSchemas } from '../operation.js';

export const ZuordnungParameter = z.object({
  partnerId: z
    .string()
    .regex(/^[1-9]\d{0,9}$/)
    .describe('Id der Partnerorganisation (Träger)'),
  kundennummer: z
    .string()
    .regex(/^\d{3}[A-Za-z]\d{6}$/)
    .describe('Kundennummer, z. B. 100D000001'),
});

export const ZuordnungSchema = z
  .object({
    partnerId: z.number().int(),
    kundennummer: z.string(),
    seit: z.iso.datetime({ offset: true }).describe('Zugeordnet seit'),
  })
  .register(apiSchemas, { name: 'Zuordnung' });
