// What the client and partner guards share: the answer to a missing sign-in, and the page context of a signed-in user.
import type { Context } from 'koa';
import { FachlicherFehler } from '../../domain/fehler.js';
import { translator } from '../i18n/index.js';
import type { Sitzung, Sitzungen } from '../sitzung/sitzung.js';
import type { PortalKontext } from './portal-page.js';

/** A page view goes to the sign-in; a form post or htmx request gets 401. */
export function zurAnmeldung(ctx: Context, anmeldung: string): void {
  if (ctx.method === 'GET' && ctx.get('HX-Request') !== 'true') return ctx.redirect(anmeldung);
  throw new FachlicherFehler('nicht_angemeldet');
}

/** Language, CSRF token, current path and the pending flash message of the session, for every portal page. */
export async function portalKontext(
  ctx: Context,
  sitzungen: Sitzungen,
  sitzung: Sitzung,
  felder: Pick<PortalKontext, 'name' | 'art' | 'istAdmin'>,
): Promise<PortalKontext> {
  return {
    i18n: translator(sitzung.daten.sprache),
    csrf: sitzung.daten.csrf,
    pfad: ctx.path,
    meldung: await sitzungen.meldungAbholen(ctx),
    ...felder,
  };
}
