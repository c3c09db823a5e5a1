// The problem details body (RFC 9457) as a schema, for the OpenAPI document.
import { z } from 'zod/v4';
import { apiSchemas } from './operation.js';

export const ProblemSchema = z
  .object({
    type: z.string().describe('URN des Problemtyps, z. B. urn:jobcenter:problem:nicht_berechtigt'),
    title: z.string().describe('Kurzbeschreibung in der Sprache aus Accept-Language'),
    status: z.number().int().min(400).max(599),
    detail: z.string().optional(),
    errors: z
      .array(
        z.object({
          feld: z.string(),
          code: z
            .string()
            .describe('fehlt, format, zu_lang, typ, wert, unbekannt, vergeben, team, anderer_inhalt, in_bearbeitung …'),
        }),
      )
      .optional()
      .describe('Feldfehler'),
  })
  .describe('Problem Details (RFC 9457)')
  .register(apiSchemas, { name: 'Problem' });
