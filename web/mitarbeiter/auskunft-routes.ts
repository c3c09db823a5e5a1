// Auskünfte in the staff workspace (Admin only): list, have one made (for a request or a client), download audited.
import type Router from '@koa/router';
import { FachlicherFehler } from '../../domain/fehler.js';
import type { AppContext } from '../../platform/context.js';
import { auskuenfteListe } from '../../services/auskunft/auskuenfte-liste.js';
import { auskunftAnstossen } from '../../services/auskunft/auskunft-anstossen.js';
import { auskunftHerunterladen } from '../../services/auskunft/auskunft-herunterladen.js';
import { zipSenden } from '../components/download.js';
import { renderHtml } from '../render.js';
import type { Sitzungen } from '../sitzung/sitzung.js';
import { AuskunftPage } from './auskunft-page.js';
import { teamErforderlich } from './team-erforderlich.js';

const nummer = (wert: string | undefined): number => {
  if (!/^\d{1,9}$/.test(wert ?? '')) throw new FachlicherFehler('nicht_gefunden');
  return Number(wert);
};

export function auskunftRoutes(router: Router, app: AppContext, sitzungen: Sitzungen): void {
  const nurAdmin = teamErforderlich('admin');

  router.get('/auskuenfte', nurAdmin, async (ctx) => {
    renderHtml(ctx, AuskunftPage({ kontext: ctx.state.arbeitsplatz, zeilen: await auskuenfteListe(app.db) }));
  });

  router.post('/auskuenfte/:id/erstellen', nurAdmin, async (ctx) => {
    await auskunftAnstossen(app, { auskunftId: nummer(ctx.params.id) }, ctx.state.mitarbeiter.id);
    await sitzungen.melden(ctx, 'Die Auskunft wird erstellt; die Kundin oder der Kunde wird benachrichtigt.');
    ctx.redirect('/mitarbeiter/auskuenfte');
  });

  router.post('/kunden/:nummer/auskunft', nurAdmin, async (ctx) => {
    await auskunftAnstossen(app, { kundennummer: ctx.params.nummer! }, ctx.state.mitarbeiter.id);
    await sitzungen.melden(ctx, `Die Auskunft für ${ctx.params.nummer} wird erstellt.`);
    ctx.redirect('/mitarbeiter/auskuenfte');
  });

  router.get('/auskuenfte/:id/zip', nurAdmin, async (ctx) => {
    const { stream, dateiname } = await auskunftHerunterladen(
      app,
      { mitarbeiterId: ctx.state.mitarbeiter.id, requestId: ctx.state.requestId },
      nummer(ctx.params.id),
    );
    zipSenden(ctx, stream, dateiname);
  });
}
