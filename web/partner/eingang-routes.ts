// Partner: Eingang (documents from the jobcenter, retrieval recorded) and Formulare (downloads).
import type Router from '@koa/router';
import { FachlicherFehler } from '../../domain/fehler.js';
import type { AppContext } from '../../platform/context.js';
import { abrufMelden } from '../../services/ausgang/abruf-melden.js';
import { pdfSenden } from '../components/download.js';
import { formularLaden, formulareLaden } from '../../services/formulare/abfragen.js';
import { renderHtml } from '../render.js';
import { briefAbrufen } from '../../services/ausgang/abrufen.js';
import { partnerEingangLaden } from '../../services/ausgang/partner-eingang.js';
import { PartnerEingangPage } from './eingang-page.js';
import { FormularePage } from './formulare-page.js';

export function partnerEingangRoutes(router: Router, app: AppContext): void {
  router.get('/eingang', async (ctx) => {
    renderHtml(
      ctx,
      PartnerEingangPage({
        kontext: ctx.state.portal,
        zeilen: await partnerEingangLaden(app.db, ctx.state.partner.partnerId, app.config.loeschfristen),
      }),
    );
  });

  router.get('/eingang/:nummer/pdf', async (ctx) => {
    const brief = await briefAbrufen(app.db, { partner_id: ctx.state.partner.partnerId }, ctx.params.nummer!);
    await abrufMelden(app, brief.ausgangsnummer);
    pdfSenden(ctx, app.blobs.stream(brief.blobKey), `${brief.ausgangsnummer}.pdf`);
  });

  router.get('/formulare', async (ctx) => {
    renderHtml(ctx, FormularePage({ kontext: ctx.state.portal, zeilen: await formulareLaden(app.db) }));
  });

  router.get('/formulare/:id/pdf', async (ctx) => {
    const id = Number(ctx.params.id);
    if (!Number.isSafeInteger(id) || id <= 0) throw new FachlicherFehler('nicht_gefunden');
    const formular = await formularLaden(app.db, id);
    pdfSenden(ctx, app.blobs.stream(formular.blobKey), `formular-${id}.pdf`);
  });
}
