// Checks API answers against the served OpenAPI 3.1 document with an independent JSON Schema validator (draft 2020-12).
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { ValidateFunction } from 'ajv';

// ajv-formats is CommonJS: its default export arrives as the module object under ESM.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (
  ajv: Ajv2020,
) => Ajv2020;

export interface OpenApiPruefer {
  dokument: OpenApiDokument;
  /** Throws unless the status is documented for the operation (or by `default`) and the body matches its schema and media type. */
  pruefen(methode: string, pfad: string, antwort: { status: number; headers: Headers; body: unknown }): void;
}

interface OpenApiDokument {
  openapi: string;
  paths: Record<
    string,
    Record<
      string,
      { responses: Record<string, { content?: Record<string, unknown>; headers?: Record<string, unknown> }> }
    >
  >;
  components: Record<string, unknown>;
}

function vorlageFinden(dokument: OpenApiDokument, pfad: string): string | undefined {
  const ohneQuery = pfad.split('?')[0]!;
  for (const vorlage of Object.keys(dokument.paths)) {
    const muster = new RegExp(
      `^${vorlage.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{[^}]+\\?\}|\{[^}]+\}/g, '[^/]+')}$`,
    );
    if (muster.test(ohneQuery)) return vorlage;
  }
  return undefined;
}

const zeiger = (teil: string) => teil.replace(/~/g, '~0').replace(/\//g, '~1');

export async function openApiPruefer(appUrl: string): Promise<OpenApiPruefer> {
  const response = await fetch(`${appUrl}/api/v1/openapi.json`);
  if (response.status !== 200 || !response.headers.get('content-type')?.startsWith('application/json'))
    throw new Error(`openapi.json: ${response.status}`);
  const dokument = (await response.json()) as OpenApiDokument;
  if (dokument.openapi !== '3.1.0') throw new Error(`not OpenAPI 3.1: ${dokument.openapi}`);
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(dokument, 'openapi.json');
  const kompiliert = new Map<string, ValidateFunction>();
  return {
    dokument,
    pruefen(methode, pfad, { status, headers, body }) {
      const vorlage = vorlageFinden(dokument, pfad);
      if (!vorlage) {
        // A path the API does not have: only a 404 problem is right.
        if (status !== 404) throw new Error(`OpenAPI: no path matches ${pfad}, yet it answered ${status}`);
        const problem = ajv.getSchema('openapi.json#/components/schemas/Problem')!;
        if (headers.get('content-type') !== 'application/problem+json' || !problem(body))
          throw new Error(`OpenAPI: 404 for ${pfad} is not a problem: ${JSON.stringify(body)}`);
        return;
      }
      const operation = dokument.paths[vorlage]?.[methode.toLowerCase()];
      if (!operation) throw new Error(`OpenAPI: ${methode} ${vorlage} is not documented`);
      const code = operation.responses[String(status)] ? String(status) : 'default';
      const beschrieben = operation.responses[code];
      if (!beschrieben) throw new Error(`OpenAPI: ${methode} ${vorlage} does not document status ${status}`);
      const medientyp = headers.get('content-type')?.split(';')[0]?.trim();
      if (!beschrieben.content) {
        if (body !== undefined) throw new Error(`OpenAPI: ${methode} ${vorlage} ${status} has no documented body`);
        return;
      }
      if (!medientyp || !beschrieben.content[medientyp])
        throw new Error(
          `OpenAPI: ${methode} ${vorlage} ${status} answered ${medientyp}, documented ${Object.keys(beschrieben.content).join(', ')}`,
        );
      const kopfzeilenPruefen = () => {
        for (const name of Object.keys(beschrieben.headers ?? {}))
          if (!headers.get(name))
            throw new Error(`OpenAPI: ${methode} ${pfad} ${status} lacks documented header ${name}`);
      };
      // A body documented without schema (a PDF, say) is checked by its media type alone.
      if (!(beschrieben.content[medientyp] as { schema?: unknown }).schema) return kopfzeilenPruefen();
      const ref = `openapi.json#/paths/${zeiger(vorlage)}/${methode.toLowerCase()}/responses/${code}/content/${zeiger(medientyp)}/schema`;
      let validate = kompiliert.get(ref);
      if (!validate) {
        validate = ajv.compile({ $ref: ref });
        kompiliert.set(ref, validate);
      }
      if (!validate(body))
        throw new Error(
          `OpenAPI: ${methode} ${pfad} ${status} does not match its schema: ${ajv.errorsText(validate.errors)}\n${JSON.stringify(body)}`,
        );
      kopfzeilenPruefen();
    },
  };
}
