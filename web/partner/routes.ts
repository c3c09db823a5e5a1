// The partner portal (/partner): each handler validates, makes one call and renders; every query is scoped to the organisation.
import Router from '@koa/router';
import { FachlicherFehler } from '../../domain/fehler.js';
import type { AppContext } from '../../platform/context.js';
import { passwortAendern } from '../../services/konten/passwort-aendern.js';
import { istSprache, translator } from '../i18n/index.js';
import { EinstellungenPage } from '../portal/einstellungen-page.js';
import { PasswortPage } from '../portal/passwort-page.js';
import { renderHtml } from '../render.js';
import type { Sitzungen } from '../sitzung/sitzung.js';
import { spracheWaehlen } from '../sitzung/sprache-waehlen.js';
import { partnerEingangRoutes } from './eingang-routes.js';
import { partnerGesendetRoutes } from './gesendet-routes.js';
import { partnerErforderlich } from './kontext.js';
import { partnerSendenRoutes } from './senden-routes.js';
import { partnerStartLaden } from '../../services/partner/start-abfrage.js';
import { PartnerStartseitePage } from './startseite-page.js';
import { partnerVerwaltungRoutes } from './verwaltung-routes.js';

export function partnerRoutes(app: AppContext, sitzungen: Sitzungen): Router {
  const router = new Router({ prefix: '/partner' });
  router.use(partnerErforderlich(sitzungen));

  router.get('/', async (ctx) =>
    renderHtml(
      ctx,
      PartnerStartseitePage({ kontext: ctx.state.portal, daten: await partnerStartLaden(app.db, ctx.state.partner) }),
    ),
  );

  partnerSendenRoutes(router, app, sitzungen);
  partnerGesendetRoutes(router, app);
  partnerEingangRoutes(router, app);
  partnerVerwaltungRoutes(router, app, sitzungen);

  router.get('/einstellungen', (ctx) => renderHtml(ctx, EinstellungenPage({ kontext: ctx.state.portal })));

  router.post('/sprache', async (ctx) => {
    const { sprache } = ctx.state.formular.felder;
    if (!istSprache(sprache))
      throw new FachlicherFehler('ungueltige_eingabe', 'unbekannte Sprache', { sprache: 'ungueltig' });
    await spracheWaehlen(app.db, sitzungen, ctx.state.sitzung!, sprache);
    await sitzungen.melden(ctx, translator(sprache).t('sprache.erfolg'));
    ctx.redirect('/partner/einstellungen');
  });

  router.get('/passwort', (ctx) => renderHtml(ctx, PasswortPage({ kontext: ctx.state.portal, erstesMal: false })));

  router.post('/passwort', async (ctx) => {
    const { bisher = '', neu = '', wiederholung = '' } = ctx.state.formular.felder;
    const ergebnis = await passwortAendern(
      app.db,
      { art: 'partner', id: ctx.state.partner.benutzerId },
      { bisher, neu, wiederholung },
    );
    const { t } = ctx.state.portal.i18n;
    if (!ergebnis.ok) {
      const text = t(
        ergebnis.problem === 'wie_kundennummer' ? 'partner.passwort.wie_kennung' : `passwort.${ergebnis.problem}`,
      );
      return renderHtml(
        ctx,
        PasswortPage({ kontext: ctx.state.portal, erstesMal: false, fehler: [{ feld: ergebnis.feld, text }] }),
        400,
      );
    }
    await sitzungen.erneuern(ctx, { meldung: { art: 'erfolg', text: t('passwort.erfolg') } });
    ctx.redirect('/partner/einstellungen');
  });
  return router;
}
