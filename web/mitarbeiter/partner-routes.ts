// Partner organisations in the staff workspace (Admin only): list and create with the first admin's invitation.
import type Router from '@koa/router';
import type { Context } from 'koa';
import type { AppContext } from '../../platform/context.js';
import { mitarbeiterFehler } from '../components/formular-fehler.js';
import { partnerOrganisationAnlegen, type OrganisationProblem } from '../../services/partner/organisation-anlegen.js';
import { partnerDeaktivieren } from '../../services/partner/partner-deaktivieren.js';
import { partnerListe } from '../../services/partner/partner-liste.js';
import { zuordnungBeenden } from '../../services/partner/kunden-zuordnung.js';
import { zuweisungenLaden } from '../../services/partner/zuweisungen-laden.js';
import { renderHtml } from '../render.js';
import type { Sitzungen } from '../sitzung/sitzung.js';
import { PartnerPage, ZuweisungenPage } from './partner-page.js';
import { teamErforderlich } from './team-erforderlich.js';

function fehlerText(feld: string, code: OrganisationProblem): string {
  switch (code) {
    case 'fehlt':
      if (feld === 'adminVorname') return 'Bitte den Vornamen angeben.';
      return feld === 'adminNachname' ? 'Bitte den Nachnamen angeben.' : 'Bitte den Namen der Organisation angeben.';
    case 'ungueltig':
      return feld === 'email'
        ? 'Bitte eine gültige E-Mail-Adresse der Organisation angeben.'
        : 'Bitte eine gültige E-Mail-Adresse für die Administration angeben.';
    case 'vergeben':
      return 'Für diese E-Mail-Adresse gibt es bereits einen Zugang im Partnerportal.';
  }
}

export function partnerOrganisationRoutes(router: Router, app: AppContext, sitzungen: Sitzungen): void {
  const nurAdmin = teamErforderlich('admin');

  router.get('/partner', nurAdmin, async (ctx) =>
    renderHtml(ctx, PartnerPage({ kontext: ctx.state.arbeitsplatz, zeilen: await partnerListe(app) })),
  );

  router.post('/partner', nurAdmin, async (ctx) => {
    const werte = ctx.state.formular.felder;
    const feld = (name: string) => werte[name] ?? '';
    try {
      await partnerOrganisationAnlegen(app, {
        name: feld('name'),
        email: feld('email'),
        telefon: feld('telefon'),
        admin: { email: feld('adminEmail'), vorname: feld('adminVorname'), nachname: feld('adminNachname') },
      });
      await sitzungen.melden(
        ctx,
        `Die Organisation „${feld('name').trim()}“ ist angelegt; ${feld('adminEmail').trim()} erhält eine Einladung.`,
      );
      ctx.redirect('/mitarbeiter/partner');
    } catch (error) {
      renderHtml(
        ctx,
        PartnerPage({
          kontext: ctx.state.arbeitsplatz,
          zeilen: await partnerListe(app),
          werte,
          fehler: mitarbeiterFehler(error, fehlerText),
        }),
        400,
      );
    }
  });

  const partnerId = (ctx: Context) => (Number.isSafeInteger(Number(ctx.params.id)) ? Number(ctx.params.id) : -1);

  router.post('/partner/:id/deaktivieren', nurAdmin, async (ctx) => {
    const { name } = await partnerDeaktivieren(app, partnerId(ctx));
    await sitzungen.melden(
      ctx,
      `„${name}“ ist deaktiviert: keine Anmeldung mehr, alle Zuweisungen beendet. Gesendete Dokumente und Schreiben bleiben erhalten.`,
    );
    ctx.redirect('/mitarbeiter/partner');
  });

  router.get('/partner/:id/zuweisungen', nurAdmin, async (ctx) => {
    const { name, zeilen } = await zuweisungenLaden(app, partnerId(ctx));
    renderHtml(ctx, ZuweisungenPage({ kontext: ctx.state.arbeitsplatz, partnerId: partnerId(ctx), name, zeilen }));
  });

  router.post('/partner/:id/zuweisungen/:nummer/beenden', nurAdmin, async (ctx) => {
    await zuordnungBeenden(app.db, partnerId(ctx), ctx.params.nummer!);
    await sitzungen.melden(
      ctx,
      `Die Zuweisung von ${ctx.params.nummer} ist beendet; die Organisation kann für sie oder ihn nichts mehr senden.`,
    );
    ctx.redirect(`/mitarbeiter/partner/${partnerId(ctx)}/zuweisungen`);
  });
}
