// The one error middleware: failure type → HTTP status (503 while PostgreSQL is unreachable); page for browsers, fragment for htmx, problem details for the API; no internals on 5xx.
import type { Middleware } from 'koa';
import { FachlicherFehler, type FehlerTyp } from '../../domain/fehler.js';
import { istDatenbankNichtErreichbar } from '../../db/nicht-erreichbar.js';
import { sprachen, translator } from '../i18n/index.js';
import type { MessageKey } from '../i18n/de.js';
import { renderHtml } from '../render.js';
import { ErrorPage, ErrorFragment } from './error-page.js';
import { problemSenden } from '../api/problem.js';

export const statusFuer: Record<FehlerTyp, number> = {
  nicht_angemeldet: 401,
  nicht_berechtigt: 403,
  nicht_gefunden: 404,
  ungueltige_eingabe: 400,
  zu_viele_versuche: 429,
  konflikt: 409,
  vorbedingung_fehlgeschlagen: 412,
  formular_abgelaufen: 403,
  anmeldung_fehlgeschlagen: 401,
};

function classify(error: unknown): { status: number; key: MessageKey } {
  if (error instanceof FachlicherFehler) return { status: statusFuer[error.typ], key: `fehler.${error.typ}` };
  const status = (error as { status?: number; expose?: boolean }).status;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    if (status === 404) return { status, key: 'fehler.nicht_gefunden' };
    if (status === 403) return { status, key: 'fehler.nicht_berechtigt' };
    return { status, key: 'fehler.ungueltige_eingabe' };
  }
  if (istDatenbankNichtErreichbar(error) || status === 503) return { status: 503, key: 'fehler.nicht_erreichbar' };
  return { status: 500, key: 'fehler.intern' };
}

/** The HTTP status the error middleware will answer an error with. */
export function statusFuerFehler(error: unknown): number {
  return classify(error).status;
}

export function errorHandler(): Middleware {
  return async (ctx, next) => {
    try {
      await next();
      if (ctx.status === 404 && ctx.body === undefined) throw new FachlicherFehler('nicht_gefunden');
    } catch (error) {
      const { status, key } = classify(error);
      if (status >= 500) ctx.state.log?.error({ err: error }, 'request failed');
      // Without the database there is no session to read the language from: the browser's preference is the best guess.
      const api = ctx.path.startsWith('/api/');
      const i18n = translator(
        ctx.state.sitzung?.daten?.sprache ??
          (status === 503 || api ? ctx.acceptsLanguages([...sprachen]) || undefined : undefined),
      );
      if (status === 503) ctx.set('Retry-After', '120');
      const message = i18n.t(key);
      if (api)
        problemSenden(ctx, {
          status,
          typ: error instanceof FachlicherFehler ? error.typ : key.slice('fehler.'.length),
          titel: message,
          fehler: error,
        });
      else if (ctx.get('HX-Request') === 'true') renderHtml(ctx, ErrorFragment({ message }), status);
      else if (ctx.accepts('html', 'json') === 'json') {
        ctx.status = status;
        ctx.body = {
          fehler:
            error instanceof FachlicherFehler
              ? error.typ
              : status === 503
                ? 'nicht_erreichbar'
                : status >= 500
                  ? 'intern'
                  : 'ungueltige_eingabe',
          meldung: message,
        };
      } else renderHtml(ctx, ErrorPage({ i18n, message }), status);
    }
  };
}
