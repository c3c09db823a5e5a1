// Routes of "Passwort vergessen" for one sign-in (clients or partners); the token lives in the path and is only compared by hash.
import Router from '@koa/router';
import type { Context } from 'koa';
import type { PasswortProblem } from '../../domain/anmeldung.js';
import type { MessageKey } from '../i18n/de.js';
import { translator } from '../i18n/index.js';
import { rateLimit } from '../middleware/rate-limit.js';
import { renderHtml } from '../render.js';
import type { Sitzungen } from '../sitzung/sitzung.js';
import type { LinkErgebnis } from '../../services/konten/kunden-passwort-link.js';
import { LinkAnfordernPage, NeuesPasswortPage } from './vergessen-page.js';
import type { Zugang } from './zugang.js';

/** What one kind of account does with links: ask for one (by identifier), check one, redeem one. */
export interface LinkAktionen {
  anfordern(kennung: string): Promise<void>;
  gueltig(token: string): Promise<boolean>;
  einloesen(token: string, neu: string, wiederholung: string): Promise<LinkErgebnis>;
  /** Message key of a password problem for this kind of account. */
  problemText(problem: PasswortProblem): MessageKey;
}

export function vergessenRoutes(zugang: Zugang, aktionen: LinkAktionen, sitzungen: Sitzungen): Router {
  const router = new Router();
  const sprache = (ctx: Context) => translator(ctx.state.sitzung?.daten.sprache);

  router.get(zugang.vergessen, async (ctx) => {
    renderHtml(
      ctx,
      LinkAnfordernPage({
        i18n: sprache(ctx),
        csrf: await sitzungen.csrfFuer(ctx),
        zugang,
        bestaetigt: ctx.query.angefordert !== undefined,
      }),
    );
  });

  router.post(zugang.vergessen, rateLimit({ proMinute: 10 }), async (ctx) => {
    const kennung = (ctx.state.formular.felder[zugang.feld] ?? '').trim();
    const i18n = sprache(ctx);
    if (!kennung || kennung.length > 254) {
      const fehler = [{ feld: zugang.feld, text: i18n.t(zugang.texte.vergessenFeldFehlt) }];
      return renderHtml(ctx, LinkAnfordernPage({ i18n, csrf: await sitzungen.csrfFuer(ctx), zugang, fehler }), 400);
    }
    await aktionen.anfordern(kennung);
    ctx.redirect(`${zugang.vergessen}?angefordert`);
  });

  router.get(`${zugang.passwortNeu}/:token`, async (ctx) => {
    ctx.set('Referrer-Policy', 'no-referrer');
    const gueltig = await aktionen.gueltig(ctx.params.token!);
    renderHtml(
      ctx,
      NeuesPasswortPage({
        i18n: sprache(ctx),
        csrf: await sitzungen.csrfFuer(ctx),
        zugang,
        token: ctx.params.token!,
        gueltig,
      }),
      gueltig ? 200 : 410,
    );
  });

  router.post(`${zugang.passwortNeu}/:token`, rateLimit({ proMinute: 10 }), async (ctx) => {
    ctx.set('Referrer-Policy', 'no-referrer');
    const { neu = '', wiederholung = '' } = ctx.state.formular.felder;
    const i18n = sprache(ctx);
    const ergebnis = await aktionen.einloesen(ctx.params.token!, neu, wiederholung);
    if (ergebnis.ok) return ctx.redirect(`${zugang.anmelden}?neues_passwort`);
    const csrf = await sitzungen.csrfFuer(ctx);
    if (ergebnis.problem === 'link_ungueltig')
      return renderHtml(ctx, NeuesPasswortPage({ i18n, csrf, zugang, token: ctx.params.token!, gueltig: false }), 410);
    const fehler = [
      {
        feld: ergebnis.problem === 'ungleich' ? 'wiederholung' : 'neu',
        text: i18n.t(aktionen.problemText(ergebnis.problem)),
      },
    ];
    renderHtml(ctx, NeuesPasswortPage({ i18n, csrf, zugang, token: ctx.params.token!, gueltig: true, fehler }), 400);
  });
  return router;
}
