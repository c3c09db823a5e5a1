// Partner: the organisation's gesendet list, its exports (exactly the filtered list) and each submission's PDF.
import type Router from '@koa/router';
import { FachlicherFehler } from '../../domain/fehler.js';
import type { AppContext } from '../../platform/context.js';
import { pdfSenden } from '../components/download.js';
import { exportFormate, listeExportieren, type ExportFormat } from '../export/index.js';
import { renderHtml } from '../render.js';
import {
  filterLesen,
  gesendetAlle,
  gesendetSeite,
  organisationsDokument,
} from '../../services/partner/gesendet-liste.js';
import { PartnerGesendetPage } from './gesendet-page.js';
import { gesendetKoepfe, gesendetZellen } from './gesendet-spalten.js';

export function partnerGesendetRoutes(router: Router, app: AppContext): void {
  router.get('/gesendet', async (ctx) => {
    const filter = filterLesen(ctx.query);
    const { zeilen, gesamt } = await gesendetSeite(app.db, ctx.state.partner.partnerId, filter);
    renderHtml(
      ctx,
      PartnerGesendetPage({ kontext: ctx.state.portal, filter, zeilen, gesamt, fristen: app.config.loeschfristen }),
    );
  });

  router.get('/gesendet/export.:format', async (ctx) => {
    const format = ctx.params.format as ExportFormat;
    if (!exportFormate.includes(format)) throw new FachlicherFehler('nicht_gefunden');
    const { i18n } = ctx.state.portal;
    const { partner } = ctx.state;
    const zeilen = await gesendetAlle(app.db, partner.partnerId, filterLesen(ctx.query));
    const erstelltAm = new Date();
    const datei = await listeExportieren(format, {
      titel: i18n.t('partner.gesendet.export_titel'),
      untertitel: partner.partnerName,
      spalten: gesendetKoepfe(i18n),
      zeilen: zeilen.map((z) => gesendetZellen(i18n, z, app.config.loeschfristen)),
      erstelltAm,
    });
    ctx.set(
      'Content-Disposition',
      `attachment; filename="gesendet-${erstelltAm.toISOString().slice(0, 10)}.${datei.dateiendung}"`,
    );
    ctx.set('Cache-Control', 'private, no-store');
    ctx.type = datei.contentType;
    ctx.body = datei.body;
  });

  router.get('/gesendet/:nummer/pdf', async (ctx) => {
    const dokument = await organisationsDokument(app.db, ctx.state.partner.partnerId, ctx.params.nummer!);
    if (!dokument?.blobKey || dokument.status === 'abgelehnt') throw new FachlicherFehler('nicht_gefunden');
    pdfSenden(ctx, app.blobs.stream(dokument.blobKey), `${ctx.params.nummer}.pdf`);
  });
}
