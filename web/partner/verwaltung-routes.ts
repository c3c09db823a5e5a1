// Partner Verwaltung (admins only): list users, "Benutzer anlegen", renew an invitation, deactivate.
import type Router from '@koa/router';
import type { Context } from 'koa';
import type { AppContext } from '../../platform/context.js';
import { formularFehler } from '../components/formular-fehler.js';
import type { FeldFehlerEintrag } from '../components/feld-fehler.js';
import type { MessageKey } from '../i18n/de.js';
import { renderHtml } from '../render.js';
import type { Sitzungen } from '../sitzung/sitzung.js';
import { benutzerAnlegen, type BenutzerProblem } from '../../services/partner-benutzer/benutzer-anlegen.js';
import { benutzerDeaktivieren } from '../../services/partner-benutzer/benutzer-deaktivieren.js';
import { benutzerListe } from '../../services/partner-benutzer/benutzer-liste.js';
import { einladungErneuern } from '../../services/partner-benutzer/einladung-erneuern.js';
import type { LetzterAdminProblem } from '../../services/partner-benutzer/letzter-admin.js';
import { rolleSetzen } from '../../services/partner-benutzer/rolle-setzen.js';
import { nurAdmin } from './kontext.js';
import { VerwaltungPage } from './verwaltung-page.js';

function fehlerSchluessel(feld: string, code: BenutzerProblem | LetzterAdminProblem): MessageKey {
  switch (code) {
    case 'ungueltig':
      return 'partner.verwaltung.fehler.email';
    case 'vergeben':
      return 'partner.verwaltung.fehler.email_vergeben';
    case 'fehlt':
      return feld === 'vorname' ? 'partner.verwaltung.fehler.vorname' : 'partner.verwaltung.fehler.nachname';
    case 'letzter_admin':
      return 'partner.verwaltung.fehler.letzter_admin';
  }
}

const benutzerId = (ctx: Context) => (Number.isSafeInteger(Number(ctx.params.id)) ? Number(ctx.params.id) : -1);

export function partnerVerwaltungRoutes(router: Router, app: AppContext, sitzungen: Sitzungen): void {
  const seite = async (ctx: Context, status = 200, werte?: Record<string, string>, fehler?: FeldFehlerEintrag[]) =>
    renderHtml(
      ctx,
      VerwaltungPage({
        kontext: ctx.state.portal,
        benutzer: await benutzerListe(app.db, ctx.state.partner.partnerId),
        werte,
        fehler,
      }),
      status,
    );
  const fehlerAnzeigen = async (ctx: Context, error: unknown, werte?: Record<string, string>) => {
    const fehler = formularFehler(error, ctx.state.portal.i18n, fehlerSchluessel);
    // An action on a row (not a form field): shown as the page's alert instead of in the field summary.
    const zeilenFehler = fehler.find((f) => f.feld === 'benutzer');
    if (zeilenFehler) ctx.state.portal = { ...ctx.state.portal, meldung: { art: 'fehler', text: zeilenFehler.text } };
    await seite(
      ctx,
      400,
      werte,
      fehler.filter((f) => f.feld !== 'benutzer'),
    );
  };

  router.get('/verwaltung', nurAdmin, (ctx) => seite(ctx));

  router.post('/verwaltung/benutzer', nurAdmin, async (ctx) => {
    const werte = ctx.state.formular.felder;
    try {
      const neu = await benutzerAnlegen(app, ctx.state.partner.partnerId, {
        email: werte.email ?? '',
        nachname: werte.nachname ?? '',
        vorname: werte.vorname ?? '',
        istAdmin: werte.ist_admin === 'ja',
      });
      await sitzungen.melden(ctx, ctx.state.portal.i18n.tf('partner.verwaltung.angelegt', { email: neu.email }));
      ctx.redirect('/partner/verwaltung');
    } catch (error) {
      await fehlerAnzeigen(ctx, error, werte);
    }
  });

  router.post('/verwaltung/benutzer/:id/einladen', nurAdmin, async (ctx) => {
    const { email } = await einladungErneuern(app, ctx.state.partner.partnerId, benutzerId(ctx));
    await sitzungen.melden(ctx, ctx.state.portal.i18n.tf('partner.verwaltung.eingeladen_erneut', { email }));
    ctx.redirect('/partner/verwaltung');
  });

  for (const rolle of ['admin', 'benutzer'] as const) {
    router.post(`/verwaltung/benutzer/:id/${rolle}`, nurAdmin, async (ctx) => {
      try {
        const { email } = await rolleSetzen(app.db, ctx.state.partner.partnerId, benutzerId(ctx), rolle === 'admin');
        await sitzungen.melden(ctx, ctx.state.portal.i18n.tf('partner.verwaltung.rolle_geaendert', { email }));
        // Whoever gave up their own admin right no longer sees Verwaltung.
        ctx.redirect(
          benutzerId(ctx) === ctx.state.partner.benutzerId && rolle === 'benutzer' ? '/partner' : '/partner/verwaltung',
        );
      } catch (error) {
        await fehlerAnzeigen(ctx, error);
      }
    });
  }

  router.post('/verwaltung/benutzer/:id/deaktivieren', nurAdmin, async (ctx) => {
    try {
      const { email } = await benutzerDeaktivieren(app.db, ctx.state.partner.partnerId, benutzerId(ctx));
      if (benutzerId(ctx) === ctx.state.partner.benutzerId) {
        await sitzungen.beenden(ctx);
        return ctx.redirect('/partner/anmelden?abgemeldet');
      }
      await sitzungen.melden(ctx, ctx.state.portal.i18n.tf('partner.verwaltung.deaktiviert_meldung', { email }));
      ctx.redirect('/partner/verwaltung');
    } catch (error) {
      await fehlerAnzeigen(ctx, error);
    }
  });
}
