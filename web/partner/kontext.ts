// Guards /partner/*: a signed-in, active partner user; builds the page context (language, CSRF, flash message, navigation).
import type { Middleware } from 'koa';
import { FachlicherFehler } from '../../domain/fehler.js';
import { translator } from '../i18n/index.js';
import type { Sitzung, Sitzungen, SitzungsPartner } from '../sitzung/sitzung.js';

declare module 'koa' {
  interface DefaultState {
    partner: SitzungsPartner;
  }
}

export function partnerErforderlich(sitzungen: Sitzungen): Middleware {
  return async (ctx, next) => {
    const sitzung: Sitzung | undefined = ctx.state.sitzung;
    if (!sitzung?.daten.partnerBenutzerId) {
      if (ctx.method === 'GET' && ctx.get('HX-Request') !== 'true') return ctx.redirect('/partner/anmelden');
      throw new FachlicherFehler('nicht_angemeldet');
    }
    const partner = sitzung.partner;
    if (!partner || partner.benutzerId !== sitzung.daten.partnerBenutzerId) {
      await sitzungen.beenden(ctx);
      return ctx.redirect('/partner/anmelden');
    }
    const meldung = await sitzungen.meldungAbholen(ctx);
    ctx.state.partner = partner;
    ctx.state.portal = {
      i18n: translator(sitzung.daten.sprache),
      csrf: sitzung.daten.csrf,
      pfad: ctx.path,
      name: `${partner.vorname} ${partner.nachname} (${partner.partnerName})`,
      meldung,
      art: 'partner',
      istAdmin: partner.istAdmin,
    };
    await next();
  };
}

/** Verwaltung is for the organisation's admins only. */
export const nurAdmin: Middleware = async (ctx, next) => {
  if (!ctx.state.partner?.istAdmin) throw new FachlicherFehler('nicht_berechtigt');
  await next();
};
