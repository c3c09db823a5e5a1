// One API operation described once: the route checks scope and input with its schemas, the OpenAPI document is generated from them.
import type Router from '@koa/router';
import type { Context } from 'koa';
import { z } from 'zod/v4';
import type { ApiScope } from '../../domain/api-scopes.js';
import { scopeErforderlich } from './anmeldung.js';
import { pruefen } from './eingabe.js';

/** Schemas with a name become components of the OpenAPI document, referred to wherever they are used. */
export const apiSchemas = z.registry<{ name: string }>();

export interface Antwort {
  beschreibung: string;
  schema?: z.ZodType;
  /** A body that is not JSON (e.g. a PDF), streamed as is; documented without schema (beside `schema` when the client chooses by Accept). */
  medientyp?: 'application/pdf';
  /** The answer is a problem (RFC 9457), documented for a status an operation gives on purpose (say 409). */
  problem?: boolean;
  kopfzeilen?: Array<'ETag' | 'Location' | 'Content-Disposition'>;
}

/** A request the portal sends to an address a client registered (OpenAPI `webhooks`), described like an operation. */
export interface Webhook {
  id: string;
  zusammenfassung: string;
  beschreibung: string;
  body: z.ZodType;
  kopfzeilen: Record<string, string>;
}

export interface Operation<
  P extends z.ZodType = z.ZodType,
  B extends z.ZodType | undefined = undefined,
  Q extends z.ZodType | undefined = undefined,
> {
  id: string;
  methode: 'get' | 'put' | 'post' | 'delete';
  /** OpenAPI path template below /api/v1, e.g. /kunden/{kundennummer}. */
  pfad: string;
  scope: ApiScope;
  zusammenfassung: string;
  /** A longer explanation for the OpenAPI document. */
  beschreibung?: string;
  parameter: P;
  body?: B;
  /** Query parameters (an object schema of optional strings or coerced values). */
  abfrage?: Q;
  /** The request body is a raw PDF (streamed, never parsed as JSON) whose SHA-256 the Content-Digest header names. */
  pdfInhalt?: boolean;
  /** The operation honours If-Match (412 when the current ETag differs). */
  ifMatch?: boolean;
  antworten: Record<number, Antwort>;
}

type Ausgabe<S extends z.ZodType | undefined> = S extends z.ZodType ? z.output<S> : undefined;

export type Handler<P extends z.ZodType, B extends z.ZodType | undefined, Q extends z.ZodType | undefined> = (
  ctx: Context,
  eingabe: { parameter: z.output<P>; body: Ausgabe<B>; abfrage: Ausgabe<Q> },
) => Promise<void>;

export type BeliebigeOperation = Operation<z.ZodType, z.ZodType | undefined, z.ZodType | undefined>;

export interface Registrierung {
  operationen: BeliebigeOperation[];
  webhooks?: Webhook[];
}

export function operation<
  P extends z.ZodType,
  B extends z.ZodType | undefined = undefined,
  Q extends z.ZodType | undefined = undefined,
>(router: Router, registrierung: Registrierung, op: Operation<P, B, Q>, handler: Handler<P, B, Q>): void {
  registrierung.operationen.push(op as unknown as BeliebigeOperation);
  const koaPfad = op.pfad.replace(/\{(\w+)\}/g, ':$1');
  router[op.methode](koaPfad, scopeErforderlich(op.scope), async (ctx) => {
    if (Boolean(op.pdfInhalt) !== Boolean(ctx.state.apiPdf) && (op.pdfInhalt || ctx.state.apiPdf))
      throw Object.assign(
        new Error(`Der Inhalt muss ${op.pdfInhalt ? 'ein PDF (application/pdf)' : 'JSON (application/json)'} sein.`),
        { status: 415, expose: true },
      );
    const parameter = pruefen(op.parameter, ctx.params, 'Pfad');
    const body = (op.body ? pruefen(op.body, ctx.state.apiBody, 'Inhalt') : undefined) as Ausgabe<B>;
    const abfrage = (op.abfrage ? pruefen(op.abfrage, { ...ctx.query }, 'Abfrage') : undefined) as Ausgabe<Q>;
    await handler(ctx, { parameter, body, abfrage });
  });
}
