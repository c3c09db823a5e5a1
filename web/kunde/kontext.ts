// Guards /kunde/*: a signed-in client, initial password changed; builds the page context (language, CSRF, flash message).
import type { Middleware } from 'koa';
import { portalKontext, zurAnmeldung } from '../layout/portal-kontext.js';
import type { Sitzung, Sitzungen } from '../sitzung/sitzung.js';

export function kundeErforderlich(sitzungen: Sitzungen): Middleware {
  return async (ctx, next) => {
    const sitzung: Sitzung | undefined = ctx.state.sitzung;
    if (!sitzung?.daten.kundeId) return zurAnmeldung(ctx, '/anmelden');
    if (sitzung.daten.passwortAendern && ctx.path !== '/kunde/passwort') return ctx.redirect('/kunde/passwort');
    const kunde = sitzung.kunde;
    if (!kunde || kunde.id !== sitzung.daten.kundeId) {
      await sitzungen.beenden(ctx);
      return ctx.redirect('/anmelden');
    }
    ctx.state.kunde = kunde;
    ctx.state.portal = await portalKontext(ctx, sitzungen, sitzung, { name: `${kunde.vorname} ${kunde.nachname}` });
    await next();
  };
}
