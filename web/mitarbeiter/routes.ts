// The staff workspace behind OpenID Connect sign-in: team inboxes and the document view, team-scoped.
import Router from '@koa/router';
import type { Middleware } from 'koa';
import { FachlicherFehler } from '../../domain/fehler.js';
import type { AppContext } from '../../platform/context.js';
import { renderHtml } from '../render.js';
import type { Sitzung } from '../sitzung/sitzung.js';
import { type ArbeitsplatzKontext } from './arbeitsplatz-page.js';
import { DokumentPage } from './dokument-page.js';
import { postfachLaden, sichtbaresDokument } from './abfragen.js';
import { PostfachPage } from './postfach-page.js';

declare module 'koa' {
  interface DefaultState {
    mitarbeiter: { id: number; team: string };
    arbeitsplatz: ArbeitsplatzKontext;
  }
}

function mitarbeiterErforderlich(app: AppContext): Middleware {
  return async (ctx, next) => {
    const sitzung = ctx.state.sitzung as Sitzung | undefined;
    if (!sitzung?.daten.mitarbeiterId) {
      if (ctx.method === 'GET' && ctx.get('HX-Request') !== 'true') return ctx.redirect('/mitarbeiter/anmelden');
      throw new FachlicherFehler('nicht_angemeldet');
    }
    const m = await app.db('mitarbeiter').where({ id: sitzung.daten.mitarbeiterId, aktiv: true }).first('id', 'team', 'vorname', 'nachname');
    if (!m) throw new FachlicherFehler('nicht_angemeldet');
    ctx.state.mitarbeiter = { id: m.id, team: m.team };
    ctx.state.arbeitsplatz = { csrf: sitzung.daten.csrf, name: `${m.vorname} ${m.nachname}`.trim(), team: m.team };
    await next();
  };
}

export function mitarbeiterRoutes(app: AppContext): Router {
  const router = new Router({ prefix: '/mitarbeiter' });
  router.use(mitarbeiterErforderlich(app));

  router.get('/', (ctx) => ctx.redirect(`/mitarbeiter/postfach/${ctx.state.mitarbeiter.team === 'admin' ? 'poststelle' : ctx.state.mitarbeiter.team}`));

  router.get('/postfach/:team', async (ctx) => {
    const team = ctx.params.team!;
    if (!['leistung', 'vermittlung', 'poststelle'].includes(team)) throw new FachlicherFehler('nicht_gefunden');
    if (ctx.state.mitarbeiter.team !== team && ctx.state.mitarbeiter.team !== 'admin') throw new FachlicherFehler('nicht_berechtigt');
    renderHtml(ctx, PostfachPage({ kontext: ctx.state.arbeitsplatz, team, zeilen: await postfachLaden(app.db, team) }));
  });

  router.get('/dokument/:nummer', async (ctx) => {
    const dokument = await sichtbaresDokument(app.db, ctx.state.mitarbeiter, ctx.params.nummer!);
    renderHtml(ctx, DokumentPage({ kontext: ctx.state.arbeitsplatz, dokument }));
  });
  return router;
}
