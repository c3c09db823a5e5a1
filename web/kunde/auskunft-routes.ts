// The client's Auskunft: ask for it, see its state, download the zip while it is kept.
import type Router from '@koa/router';
import { FachlicherFehler } from '../../domain/fehler.js';
import type { AppContext } from '../../platform/context.js';
import { auskunftBeantragen } from '../../services/auskunft/auskunft-beantragen.js';
import { auskunftHerunterladen } from '../../services/auskunft/auskunft-herunterladen.js';
import { eigeneAuskuenfte } from '../../services/auskunft/eigene-auskuenfte.js';
import { zipSenden } from '../components/download.js';
import { renderHtml } from '../render.js';
import type { Sitzungen } from '../sitzung/sitzung.js';
import { AuskunftPage } from './auskunft-page.js';

export function auskunftRoutes(router: Router, app: AppContext, sitzungen: Sitzungen): void {
  router.get('/auskunft', async (ctx) => {
    const auskuenfte = await eigeneAuskuenfte(app.db, ctx.state.kunde.id, app.config.loeschfristen);
    renderHtml(ctx, AuskunftPage({ kontext: ctx.state.portal, auskuenfte }));
  });

  router.post('/auskunft', async (ctx) => {
    await auskunftBeantragen(app.db, ctx.state.kunde.id);
    await sitzungen.melden(ctx, ctx.state.portal.i18n.t('auskunft.beantragt'));
    ctx.redirect('/kunde/auskunft');
  });

  router.get('/auskunft/:id/zip', async (ctx) => {
    const id = /^\d{1,9}$/.test(ctx.params.id ?? '') ? Number(ctx.params.id) : null;
    if (id === null) throw new FachlicherFehler('nicht_gefunden');
    const { stream, dateiname } = await auskunftHerunterladen(app, { kundeId: ctx.state.kunde.id }, id);
    zipSenden(ctx, stream, dateiname);
  });
}
