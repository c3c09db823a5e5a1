// The staff workspace behind OpenID Connect sign-in: team inboxes and the document view, team-scoped.
import Router from '@koa/router';
import type { Context, Middleware } from 'koa';
import type { Bereich } from '../../domain/bereich.js';
import { pdfSenden } from '../components/download.js';
import { dokumentAktion, type Aktion } from '../../services/bearbeitung/dokument-aktion.js';
import { dokumentAnsehen } from '../../services/bearbeitung/dokument-ansehen.js';
import { sichtbaresDokument } from '../../services/bearbeitung/sichtbares-dokument.js';
import { eingangsPdfHerunterladen } from '../../services/eingang/pdf-herunterladen.js';
import { FachlicherFehler } from '../../domain/fehler.js';
import type { AppContext } from '../../platform/context.js';
import { renderHtml } from '../render.js';
import type { Sitzungen } from '../sitzung/sitzung.js';
import { DokumentPage } from './dokument-page.js';
import { postfachLaden } from '../../services/bearbeitung/postfach.js';
import { postfachFilter } from '../../services/bearbeitung/postfach-filter.js';
import { PostfachPage } from './postfach-page.js';
import { uebersichtLaden } from '../../services/bearbeitung/uebersicht.js';
import { UebersichtPage } from './uebersicht-page.js';
import { ausgangRoutes } from './ausgang-routes.js';
import { loeschsperreAendern } from './loeschsperre.js';
import { kundenRoutes } from './kunden-routes.js';
import { auskunftRoutes } from './auskunft-routes.js';
import { partnerOrganisationRoutes } from './partner-routes.js';
import { formulareRoutes } from './formulare-routes.js';
import { termineRoutes } from './termine-routes.js';
import { terminvergabeRoutes } from './terminvergabe-routes.js';
import { zuordnenRoutes } from './zuordnen-routes.js';

function mitarbeiterErforderlich(sitzungen: Sitzungen): Middleware {
  return async (ctx, next) => {
    const sitzung = ctx.state.sitzung;
    if (!sitzung?.daten.mitarbeiterId) {
      if (ctx.method === 'GET' && ctx.get('HX-Request') !== 'true') return ctx.redirect('/mitarbeiter/anmelden');
      throw new FachlicherFehler('nicht_angemeldet');
    }
    const m = sitzung.mitarbeiter;
    if (!m) throw new FachlicherFehler('nicht_angemeldet');
    ctx.state.mitarbeiter = { id: m.id, team: m.team };
    const meldung = (await sitzungen.meldungAbholen(ctx))?.text;
    ctx.state.arbeitsplatz = {
      csrf: sitzung.daten.csrf,
      name: `${m.vorname} ${m.nachname}`.trim(),
      team: m.team,
      meldung,
    };
    await next();
  };
}

export function mitarbeiterRoutes(app: AppContext, sitzungen: Sitzungen): Router {
  const router = new Router({ prefix: '/mitarbeiter' });
  router.use(mitarbeiterErforderlich(sitzungen));

  const eigenesPostfach = (team: string) => `/mitarbeiter/postfach/${team === 'admin' ? 'poststelle' : team}`;
  router.get('/', (ctx) => ctx.redirect(eigenesPostfach(ctx.state.mitarbeiter.team)));

  ausgangRoutes(router, app, sitzungen);
  kundenRoutes(router, app, sitzungen);
  auskunftRoutes(router, app, sitzungen);
  partnerOrganisationRoutes(router, app, sitzungen);
  formulareRoutes(router, app, sitzungen);
  termineRoutes(router, app, sitzungen);
  terminvergabeRoutes(router, app, sitzungen);
  zuordnenRoutes(router, app, sitzungen);

  router.get('/uebersicht', async (ctx) => {
    renderHtml(ctx, UebersichtPage({ kontext: ctx.state.arbeitsplatz, daten: await uebersichtLaden(app.db) }));
  });

  router.get('/postfach/:team', async (ctx) => {
    const team = ctx.params.team!;
    if (!['leistung', 'vermittlung', 'poststelle'].includes(team)) throw new FachlicherFehler('nicht_gefunden');
    if (ctx.state.mitarbeiter.team !== team && ctx.state.mitarbeiter.team !== 'admin')
      throw new FachlicherFehler('nicht_berechtigt');
    const filter = postfachFilter(ctx.query);
    const { zeilen, gesamt } = await postfachLaden(
      app.db,
      team,
      filter,
      ctx.state.mitarbeiter.id,
      app.config.loeschfristen,
    );
    renderHtml(ctx, PostfachPage({ kontext: ctx.state.arbeitsplatz, team, zeilen, gesamt, filter }));
  });

  const temporalLink = (nummer: string) =>
    `${app.config.temporalUiUrl}/namespaces/${app.temporal.plan.namespace.name}/workflows/${encodeURIComponent(nummer)}`;

  const dokumentZeigen = async (ctx: Context, status = 200, fehler?: string) => {
    const nummer = ctx.params.nummer!;
    const dokument = await dokumentAnsehen(app, ctx.state.mitarbeiter, nummer, ctx.state.requestId);
    renderHtml(
      ctx,
      DokumentPage({
        kontext: ctx.state.arbeitsplatz,
        dokument,
        temporalLink: temporalLink(nummer),
        fehler,
        fristen: app.config.loeschfristen,
      }),
      status,
    );
  };

  router.get('/dokument/:nummer', (ctx) => dokumentZeigen(ctx));

  router.get('/dokument/:nummer/pdf', async (ctx) => {
    const { stream, dateiname } = await eingangsPdfHerunterladen(
      app,
      { mitarbeiter: ctx.state.mitarbeiter },
      ctx.params.nummer!,
      ctx.state.requestId,
    );
    const ansicht = ctx.query.ansicht !== undefined;
    if (ansicht) {
      // Shown in the document view's frame: only our own pages may embed it.
      ctx.set('Content-Security-Policy', "frame-ancestors 'self'");
      ctx.set('X-Frame-Options', 'SAMEORIGIN');
    }
    pdfSenden(ctx, stream, dateiname, ansicht ? 'inline' : 'attachment');
  });

  const aktionRoute = (pfad: string, aktion: (felder: Record<string, string>) => Aktion, erfolg: string) =>
    router.post(`/dokument/:nummer/${pfad}`, async (ctx) => {
      try {
        await dokumentAktion(
          app,
          ctx.state.mitarbeiter,
          ctx.params.nummer!,
          aktion(ctx.state.formular.felder),
          ctx.state.requestId,
        );
      } catch (error) {
        if (error instanceof FachlicherFehler && error.typ === 'konflikt')
          return dokumentZeigen(ctx, 409, error.message);
        throw error;
      }
      await sitzungen.melden(ctx, erfolg);
      // After a reroute the document may belong to another team now: back to the own inbox then.
      const nochSichtbar = await sichtbaresDokument(app, ctx.state.mitarbeiter, ctx.params.nummer!).then(
        () => true,
        () => false,
      );
      ctx.redirect(
        nochSichtbar
          ? `/mitarbeiter/dokument/${encodeURIComponent(ctx.params.nummer!)}`
          : eigenesPostfach(ctx.state.mitarbeiter.team),
      );
    });
  router.post('/dokument/:nummer/loeschsperre', async (ctx) => {
    const nummer = ctx.params.nummer!;
    await sichtbaresDokument(app, ctx.state.mitarbeiter, nummer);
    try {
      const meldung = await loeschsperreAendern(app.db, ctx, { art: 'eingang', eingangsnummer: nummer });
      await sitzungen.melden(ctx, meldung);
    } catch (error) {
      if (error instanceof FachlicherFehler && ['konflikt', 'ungueltige_eingabe'].includes(error.typ))
        return dokumentZeigen(ctx, error.typ === 'konflikt' ? 409 : 400, error.message);
      throw error;
    }
    ctx.redirect(`/mitarbeiter/dokument/${encodeURIComponent(nummer)}`);
  });
  aktionRoute('uebernehmen', () => ({ art: 'uebernehmen' }), 'Sie haben das Dokument übernommen.');
  aktionRoute('erledigen', () => ({ art: 'erledigen' }), 'Das Dokument ist erledigt.');
  aktionRoute(
    'bereich',
    (f) => ({ art: 'bereich_aendern', bereich: f.bereich as Bereich, grund: (f.grund ?? '').trim() }),
    'Das Dokument wurde weitergeleitet.',
  );
  return router;
}
