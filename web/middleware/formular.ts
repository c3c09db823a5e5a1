// Parses form posts once the session is known: urlencoded fields, or multipart streamed to temporary files (multipart.ts).
import coBody from 'co-body';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Context, Middleware } from 'koa';
import { FachlicherFehler } from '../../domain/fehler.js';
import type { Sitzung } from '../sitzung/sitzung.js';
import type { HochgeladeneDatei } from '../../services/upload/datei.js';
import { tokenGueltig } from './csrf.js';
import { multipartLesen } from './multipart.js';

export interface Formular {
  felder: Record<string, string>;
  /** File parts the sender chose, in form order, e.g. datei1, datei1, datei2 …; kept until the response is sent. */
  dateien: HochgeladeneDatei[];
}

/** Refuses as an expired form, then closes the connection instead of reading what the client still sends. */
function abweisen(ctx: Context): never {
  ctx.set('Connection', 'close');
  ctx.res.once('finish', () => {
    if (!ctx.req.complete) ctx.req.socket.destroy();
  });
  throw new FachlicherFehler('formular_abgelaufen');
}

/** Only signed-in people upload files; everyone else's multipart body is not read. */
const angemeldet = (sitzung: Sitzung | undefined): sitzung is Sitzung =>
  Boolean(sitzung?.kunde ?? sitzung?.partner ?? sitzung?.mitarbeiter);

async function multipart(ctx: Context, next: () => Promise<unknown>): Promise<void> {
  const sitzung: Sitzung | undefined = ctx.state.sitzung;
  if (!angemeldet(sitzung)) abweisen(ctx);
  const ordner = await mkdtemp(path.join(tmpdir(), 'formular-'));
  try {
    const gelesen = await multipartLesen(ctx.req, {
      ordner,
      csrfGeprueft: tokenGueltig(sitzung, ctx.get('X-CSRF-Token')),
      tokenGueltig: (token) => tokenGueltig(sitzung, token),
    });
    if (gelesen.ohneCsrf) abweisen(ctx);
    ctx.state.formular = { felder: gelesen.felder, dateien: gelesen.dateien } satisfies Formular;
    await next();
  } finally {
    await rm(ordner, { recursive: true, force: true });
  }
}

export function formular(): Middleware {
  return async (ctx, next) => {
    if (ctx.method !== 'POST') return next();
    // Every POST needs the session's CSRF token (csrf.ts): without a session there is nothing worth reading.
    if (!ctx.state.sitzung) abweisen(ctx);
    if (ctx.is('multipart/form-data')) return multipart(ctx, next);
    if (ctx.is('application/x-www-form-urlencoded')) {
      const felder = (await coBody.form(ctx.req, {
        limit: '100kb',
        queryString: { depth: 0, arrayLimit: 0 },
      })) as Record<string, unknown>;
      ctx.state.formular = {
        felder: Object.fromEntries(Object.entries(felder).map(([k, v]) => [k, String(v)])),
        dateien: [],
      } satisfies Formular;
    } else ctx.state.formular = { felder: {}, dateien: [] } satisfies Formular;
    await next();
  };
}
