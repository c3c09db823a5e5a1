// Footer pages for everyone: Impressum, Datenschutz, Barrierefreiheit (with feedback), Leichte Sprache.
import Router from '@koa/router';
import type { Context } from 'koa';
import type { AppContext } from '../../platform/context.js';
import {
  rueckmeldungSpeichern,
  type RueckmeldungProblem,
} from '../../services/barrierefreiheit/rueckmeldung-speichern.js';
import { formularFehler } from '../components/formular-fehler.js';
import type { MessageKey } from '../i18n/de.js';
import { translator, type I18n } from '../i18n/index.js';
import type { VNode } from 'preact';
import { rateLimit } from '../middleware/rate-limit.js';
import { renderHtml } from '../render.js';
import type { Sitzungen } from '../sitzung/sitzung.js';
import { Barrierefreiheit, type RueckmeldungFormular } from './barrierefreiheit.js';
import { InfoPage } from './info-page.js';
import { Datenschutz, Impressum, LeichteSprache } from './seiten.js';

export function infoRoutes(app: AppContext, sitzungen: Sitzungen): Router {
  const router = new Router();
  const seite = async (ctx: Context, titel: MessageKey, inhalt: (i18n: I18n) => VNode, status = 200) => {
    const i18n = translator(ctx.state.sitzung?.daten.sprache);
    const angemeldet = Boolean(ctx.state.sitzung?.daten.kundeId);
    const csrf = await sitzungen.csrfFuer(ctx);
    renderHtml(
      ctx,
      InfoPage({ i18n, csrf, pfad: ctx.path, titel: i18n.t(titel), angemeldet, children: inhalt(i18n) }),
      status,
    );
  };

  router.get('/impressum', (ctx) => seite(ctx, 'impressum.titel', (i18n) => Impressum({ i18n })));
  router.get('/datenschutz', (ctx) =>
    seite(ctx, 'datenschutz.titel', (i18n) => Datenschutz({ i18n, fristen: app.config.loeschfristen })),
  );
  router.get('/leichte-sprache', (ctx) => seite(ctx, 'leicht.titel', (i18n) => LeichteSprache({ i18n })));

  const barrierefreiheit = async (ctx: Context, formular: Omit<RueckmeldungFormular, 'csrf'>, status = 200) => {
    const csrf = await sitzungen.csrfFuer(ctx);
    await seite(
      ctx,
      'barrierefreiheit.titel',
      (i18n) => Barrierefreiheit({ i18n, formular: { ...formular, csrf } }),
      status,
    );
  };

  router.get('/barrierefreiheit', (ctx) => barrierefreiheit(ctx, { danke: ctx.query.danke !== undefined }));

  router.post('/barrierefreiheit', rateLimit({ proMinute: 10 }), async (ctx) => {
    const { nachricht = '', kontakt = '' } = ctx.state.formular.felder;
    const i18n = translator(ctx.state.sitzung?.daten.sprache);
    try {
      await rueckmeldungSpeichern(app, { nachricht, kontakt, sprache: i18n.sprache });
      ctx.redirect('/barrierefreiheit?danke#rueckmeldung');
    } catch (error) {
      const fehler = formularFehler(error, i18n, (feld, _code: RueckmeldungProblem) =>
        feld === 'kontakt' ? 'barrierefreiheit.feedback_fehler.kontakt' : 'barrierefreiheit.feedback_fehler.nachricht',
      );
      await barrierefreiheit(ctx, { werte: { nachricht, kontakt }, fehler }, 400);
    }
  });
  return router;
}
