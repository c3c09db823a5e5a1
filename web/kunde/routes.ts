// The client portal (/kunde): each handler validates, makes one call and renders.
import Router from '@koa/router';
import { FachlicherFehler } from '../../domain/fehler.js';
import { dokumentFehler, mitteilungFehler } from '../components/einreichung-fehler.js';
import { formularFehler, formularStatus } from '../components/formular-fehler.js';
import { pdfSenden } from '../components/download.js';
import { dokumentEinreichen, mitteilungEinreichen } from '../../services/eingang/einreichen.js';
import { DokumentSendenPage } from '../portal/dokument-senden-page.js';
import { GesendetPage } from './gesendet-page.js';
import { MitteilungPage } from '../portal/mitteilung-page.js';
import { StatusVerlauf } from './status-verlauf.js';
import type { AppContext } from '../../platform/context.js';
import { passwortAendern } from '../../services/konten/passwort-aendern.js';
import { renderHtml } from '../render.js';
import type { Sitzungen } from '../sitzung/sitzung.js';
import { gesendetLaden } from '../../services/kunden/gesendet-liste.js';
import { eigenesDokument, startseiteLaden } from '../../services/kunden/portal-abfragen.js';
import { kundeErforderlich } from './kontext.js';
import { PasswortPage } from '../portal/passwort-page.js';
import { StartseitePage } from './startseite-page.js';
import { akteRoutes } from './akte-routes.js';
import { auskunftRoutes } from './auskunft-routes.js';
import { bewerbungsmappeRoutes } from './bewerbungsmappe-routes.js';
import { terminBuchenRoutes } from './termin-buchen-routes.js';
import { HALTEZEIT_MINUTEN, geteilteLaden, geteilteLesen, geteilteVerwerfen } from './geteilt.js';

export function kundeRoutes(app: AppContext, sitzungen: Sitzungen): Router {
  const router = new Router({ prefix: '/kunde' });
  router.use(kundeErforderlich(sitzungen));

  router.get('/', async (ctx) => {
    renderHtml(
      ctx,
      StartseitePage({ kontext: ctx.state.portal, daten: await startseiteLaden(app.db, ctx.state.kunde.id) }),
    );
  });

  router.get('/passwort', (ctx) => {
    renderHtml(
      ctx,
      PasswortPage({ kontext: ctx.state.portal, erstesMal: Boolean(ctx.state.sitzung?.daten.passwortAendern) }),
    );
  });

  router.post('/passwort', async (ctx) => {
    const { bisher = '', neu = '', wiederholung = '' } = ctx.state.formular.felder;
    const ergebnis = await passwortAendern(
      app.db,
      { art: 'kunde', id: ctx.state.kunde.id },
      { bisher, neu, wiederholung },
    );
    const { t } = ctx.state.portal.i18n;
    if (!ergebnis.ok) {
      const fehler = [{ feld: ergebnis.feld, text: t(`passwort.${ergebnis.problem}`) }];
      return renderHtml(
        ctx,
        PasswortPage({
          kontext: ctx.state.portal,
          erstesMal: Boolean(ctx.state.sitzung?.daten.passwortAendern),
          fehler,
        }),
        400,
      );
    }
    await sitzungen.erneuern(ctx, { passwortAendern: false, meldung: { art: 'erfolg', text: t('passwort.erfolg') } });
    ctx.redirect('/kunde');
  });
  const geteiltAnzeige = (geteilt: Awaited<ReturnType<typeof geteilteLaden>>) =>
    geteilt && { dateien: geteilt.dateien, minuten: HALTEZEIT_MINUTEN };

  router.get('/dokument-senden', async (ctx) => {
    const geteilt = await geteilteLaden(app, sitzungen, ctx.state.sitzung!);
    renderHtml(ctx, DokumentSendenPage({ kontext: ctx.state.portal, geteilt: geteiltAnzeige(geteilt) }));
  });

  router.post('/dokument-senden', async (ctx) => {
    const { dokumentart = '', info = '' } = ctx.state.formular.felder;
    const { i18n } = ctx.state.portal;
    // Files shared into the app are sent with this form, the client's confirmation (teilen-routes.ts).
    const geteilt = await geteilteLaden(app, sitzungen, ctx.state.sitzung!);
    try {
      const dateien = [...ctx.state.formular.dateien, ...(await geteilteLesen(app, geteilt))];
      const { eingangsnummer } = await dokumentEinreichen(app, {
        absender: { kanal: 'kunde' },
        kundennummer: ctx.state.kunde.kundennummer,
        dokumentart,
        info: info.trim() || undefined,
        dateien,
      });
      await geteilteVerwerfen(app, sitzungen, ctx.state.sitzung!);
      await sitzungen.melden(ctx, i18n.tf('senden.erfolg', { name: dokumentart, nummer: eingangsnummer }));
      ctx.redirect('/kunde/dokument-senden');
    } catch (error) {
      const fehler = formularFehler(error, i18n, dokumentFehler);
      renderHtml(
        ctx,
        DokumentSendenPage({
          kontext: ctx.state.portal,
          werte: { dokumentart, info },
          fehler,
          geteilt: geteiltAnzeige(geteilt),
        }),
        formularStatus(error),
      );
    }
  });

  router.post('/dokument-senden/geteilt-verwerfen', async (ctx) => {
    await geteilteVerwerfen(app, sitzungen, ctx.state.sitzung!);
    await sitzungen.melden(ctx, ctx.state.portal.i18n.t('teilen.verworfen'));
    ctx.redirect('/kunde/dokument-senden');
  });

  router.get('/mitteilung-senden', (ctx) => renderHtml(ctx, MitteilungPage({ kontext: ctx.state.portal })));

  router.post('/mitteilung-senden', async (ctx) => {
    const werte = ctx.state.formular.felder;
    const { i18n } = ctx.state.portal;
    try {
      const { eingangsnummer } = await mitteilungEinreichen(app, {
        absender: { kanal: 'kunde' },
        kundennummer: ctx.state.kunde.kundennummer,
        bereich: werte.bereich ?? '',
        betreff: werte.betreff ?? '',
        notiz: werte.notiz ?? '',
        absenderZeilen: [ctx.state.portal.name, `Kundennummer ${ctx.state.kunde.kundennummer}`],
      });
      await sitzungen.melden(
        ctx,
        i18n.tf('mitteilung.erfolg', { name: (werte.betreff ?? '').trim(), nummer: eingangsnummer }),
      );
      ctx.redirect('/kunde/gesendet');
    } catch (error) {
      const fehler = formularFehler(error, i18n, mitteilungFehler);
      renderHtml(ctx, MitteilungPage({ kontext: ctx.state.portal, werte, fehler }), 400);
    }
  });

  router.get('/gesendet', async (ctx) => {
    renderHtml(
      ctx,
      GesendetPage({
        kontext: ctx.state.portal,
        zeilen: await gesendetLaden(app.db, ctx.state.kunde.id, app.config.loeschfristen),
      }),
    );
  });

  router.get('/gesendet/:nummer/status', async (ctx) => {
    const daten = await eigenesDokument(app.db, ctx.state.kunde.id, ctx.params.nummer!);
    renderHtml(ctx, StatusVerlauf({ i18n: ctx.state.portal.i18n, daten, basis: '/kunde/gesendet' }));
  });

  router.get('/gesendet/:nummer/pdf', async (ctx) => {
    const dokument = await eigenesDokument(app.db, ctx.state.kunde.id, ctx.params.nummer!);
    if (!dokument.blobKey || dokument.status === 'abgelehnt') throw new FachlicherFehler('nicht_gefunden');
    pdfSenden(ctx, app.blobs.stream(dokument.blobKey), `${dokument.eingangsnummer}.pdf`);
  });
  akteRoutes(router, app, sitzungen);
  auskunftRoutes(router, app, sitzungen);
  bewerbungsmappeRoutes(router, app, sitzungen);
  terminBuchenRoutes(router, app, sitzungen);
  return router;
}
