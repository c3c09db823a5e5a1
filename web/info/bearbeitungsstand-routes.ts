// The public Bearbeitungsstand page: figures from PostgreSQL, computed at most once a minute per web process.
import Router from '@koa/router';
import type { AppContext } from '../../platform/context.js';
import { bearbeitungsstandLesen } from '../../services/bearbeitungsstand/bearbeitungsstand-lesen.js';
import { translator } from '../i18n/index.js';
import { renderHtml } from '../render.js';
import type { Sitzungen } from '../sitzung/sitzung.js';
import { BearbeitungsstandPage } from './bearbeitungsstand-page.js';
import { zwischenspeicher } from './minuten-cache.js';

export function bearbeitungsstandRoutes(app: AppContext, sitzungen: Sitzungen, uhr: () => Date): Router {
  const router = new Router();
  const stand = zwischenspeicher((jetzt) => bearbeitungsstandLesen(app.db, jetzt), uhr);

  router.get('/bearbeitungsstand', async (ctx) => {
    const i18n = translator(ctx.state.sitzung?.daten.sprache);
    const angemeldet = Boolean(ctx.state.sitzung?.daten.kundeId);
    renderHtml(
      ctx,
      BearbeitungsstandPage({ i18n, csrf: await sitzungen.csrfFuer(ctx), angemeldet, stand: await stand() }),
    );
  });
  return router;
}
