// Guards /partner/*: a signed-in, active partner user; builds the page context (language, CSRF, flash message, navigation).
import type { Middleware } from 'koa';
import { FachlicherFehler } from '../../domain/fehler.js';
import { portalKontext, zurAnmeldung } from '../layout/portal-kontext.js';
import type { Sitzung, Sitzungen } from '../sitzung/sitzung.js';

export function partnerErforderlich(sitzungen: Sitzungen): Middleware {
  return async (ctx, next) => {
    const sitzung: Sitzung | undefined = ctx.state.sitzung;
    if (!sitzung?.daten.partnerBenutzerId) return zurAnmeldung(ctx, '/partner/anmelden');
    const partner = sitzung.partner;
    if (!partner || partner.benutzerId !== sitzung.daten.partnerBenutzerId) {
      await sitzungen.beenden(ctx);
      return ctx.redirect('/partner/anmelden');
    }
    ctx.state.partner = partner;
    ctx.state.portal = await portalKontext(ctx, sitzungen, sitzung, {
      name: `${partner.vorname} ${partner.nachname} (${partner.partnerName})`,
      art: 'partner',
      istAdmin: partner.istAdmin,
    });
    await next();
  };
}

/** Verwaltung is for the organisation's admins only. */
export const nurAdmin: Middleware = async (ctx, next) => {
  if (!ctx.state.partner?.istAdmin) throw new FachlicherFehler('nicht_berechtigt');
  await next();
};
