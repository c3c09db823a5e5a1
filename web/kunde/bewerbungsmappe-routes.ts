// Bewerbungsmappen of the signed-in client (/kunde/bewerbungsmappen…): list, create, add and remove documents, link, card, revoke.
import type Router from '@koa/router';
import type { Context } from 'koa';
import type { AppContext } from '../../platform/context.js';
import { dokumentEntfernen } from '../../services/bewerbungsmappe/dokument-entfernen.js';
import { dokumentHinzufuegen } from '../../services/bewerbungsmappe/dokument-hinzufuegen.js';
import { dokumentHochladen } from '../../services/bewerbungsmappe/dokument-hochladen.js';
import type { DokumentProblem } from '../../services/eingang/einreichen.js';
import { dokumentFehler } from '../components/einreichung-fehler.js';
import { karteErstellen, mappenLink } from '../../services/bewerbungsmappe/karte-erstellen.js';
import { linkErneuern } from '../../services/bewerbungsmappe/link-erneuern.js';
import { mappeAnlegen, type MappeProblem } from '../../services/bewerbungsmappe/mappe-anlegen.js';
import { mappeLesen } from '../../services/bewerbungsmappe/mappe-lesen.js';
import { mappenLaden } from '../../services/bewerbungsmappe/mappen-laden.js';
import { mappeWiderrufen } from '../../services/bewerbungsmappe/mappe-widerrufen.js';
import { formularFehler, formularStatus } from '../components/formular-fehler.js';
import { pdfSenden } from '../components/download.js';
import type { MessageKey } from '../i18n/de.js';
import { renderHtml } from '../render.js';
import type { Sitzungen } from '../sitzung/sitzung.js';
import { BewerbungsmappePage } from './bewerbungsmappe-page.js';
import { BewerbungsmappenPage } from './bewerbungsmappen-page.js';
import { Readable } from 'node:stream';

const fehlerText = (feld: string, code: MappeProblem): MessageKey =>
  feld === 'titel'
    ? code === 'zu_lang'
      ? 'mappe.titel_zu_lang'
      : 'mappe.titel_fehlt'
    : feld === 'tage'
      ? 'mappe.tage_ungueltig'
      : 'mappe.voll_kurz';

/** A new upload: the Dokument senden messages for the files, the folder's own for the rest. */
const uploadFehlerText = (feld: string, code: string): MessageKey =>
  feld === 'bezeichnung'
    ? 'mappe.bezeichnung_zu_lang'
    : feld === 'dokument'
      ? 'mappe.voll_kurz'
      : dokumentFehler(feld, code as DokumentProblem);

export function bewerbungsmappeRoutes(router: Router, app: AppContext, sitzungen: Sitzungen): void {
  const id = (ctx: Context) => Number(ctx.params.id);
  const zurMappe = (ctx: Context) => ctx.redirect(`/kunde/bewerbungsmappen/${id(ctx)}`);
  /** The folder page with its link, right after the link was made: rendered, never redirected, so the token is shown once. */
  const mitLink = async (ctx: Context, mappeId: number, token: string) => {
    ctx.set('Cache-Control', 'no-store');
    renderHtml(
      ctx,
      BewerbungsmappePage({
        kontext: ctx.state.portal,
        daten: await mappeLesen(app, ctx.state.kunde.id, mappeId),
        loeschTage: app.config.loeschfristen.bewerbungsmappe,
        neuerLink: { url: mappenLink(app.config.publicUrl, token), token },
      }),
      201,
    );
  };

  router.get('/bewerbungsmappen', async (ctx) => {
    renderHtml(
      ctx,
      BewerbungsmappenPage({ kontext: ctx.state.portal, mappen: await mappenLaden(app.db, ctx.state.kunde.id) }),
    );
  });

  router.post('/bewerbungsmappen', async (ctx) => {
    const { titel = '', tage = '' } = ctx.state.formular.felder;
    try {
      const { id: mappeId, token } = await mappeAnlegen(app, ctx.state.kunde.id, { titel, tage });
      await mitLink(ctx, mappeId, token);
    } catch (error) {
      const fehler = formularFehler(error, ctx.state.portal.i18n, fehlerText);
      const mappen = await mappenLaden(app.db, ctx.state.kunde.id);
      renderHtml(ctx, BewerbungsmappenPage({ kontext: ctx.state.portal, mappen, werte: { titel, tage }, fehler }), 400);
    }
  });

  router.get('/bewerbungsmappen/:id', async (ctx) => {
    renderHtml(
      ctx,
      BewerbungsmappePage({
        kontext: ctx.state.portal,
        daten: await mappeLesen(app, ctx.state.kunde.id, id(ctx)),
        loeschTage: app.config.loeschfristen.bewerbungsmappe,
      }),
    );
  });

  router.post('/bewerbungsmappen/:id/dokumente', async (ctx) => {
    const { i18n } = ctx.state.portal;
    try {
      const { name } = await dokumentHinzufuegen(
        app,
        ctx.state.kunde.id,
        id(ctx),
        ctx.state.formular.felder.eingangsnummer ?? '',
      );
      await sitzungen.melden(ctx, i18n.tf('mappe.hinzugefuegt', { name }));
      zurMappe(ctx);
    } catch (error) {
      const fehler = formularFehler(error, i18n, fehlerText).map((f) => ({ ...f, feld: 'eingangsnummer' }));
      const daten = await mappeLesen(app, ctx.state.kunde.id, id(ctx));
      const loeschTage = app.config.loeschfristen.bewerbungsmappe;
      renderHtml(ctx, BewerbungsmappePage({ kontext: ctx.state.portal, daten, loeschTage, fehler }), 400);
    }
  });

  router.post('/bewerbungsmappen/:id/hochladen', async (ctx) => {
    const { i18n } = ctx.state.portal;
    const { dokumentart = '', bezeichnung = '' } = ctx.state.formular.felder;
    try {
      const { name, eingangsnummer } = await dokumentHochladen(app, ctx.state.kunde, id(ctx), {
        dokumentart,
        bezeichnung,
        dateien: ctx.state.formular.dateien,
      });
      await sitzungen.melden(ctx, i18n.tf('mappe.hochgeladen', { name, nummer: eingangsnummer }));
      zurMappe(ctx);
    } catch (error) {
      const fehler = formularFehler(error, i18n, uploadFehlerText).map((f) =>
        f.feld === 'dokument' ? { ...f, feld: 'datei1' } : f,
      );
      const daten = await mappeLesen(app, ctx.state.kunde.id, id(ctx));
      const loeschTage = app.config.loeschfristen.bewerbungsmappe;
      const werte = { dokumentart, bezeichnung };
      renderHtml(
        ctx,
        BewerbungsmappePage({ kontext: ctx.state.portal, daten, loeschTage, fehler, werte }),
        formularStatus(error),
      );
    }
  });

  router.post('/bewerbungsmappen/:id/dokumente/:dokument/entfernen', async (ctx) => {
    await dokumentEntfernen(app, ctx.state.kunde.id, id(ctx), Number(ctx.params.dokument));
    await sitzungen.melden(ctx, ctx.state.portal.i18n.t('mappe.entfernt'));
    zurMappe(ctx);
  });

  router.post('/bewerbungsmappen/:id/widerrufen', async (ctx) => {
    await mappeWiderrufen(app, ctx.state.kunde.id, id(ctx));
    await sitzungen.melden(ctx, ctx.state.portal.i18n.t('mappe.widerrufen_erfolg'));
    zurMappe(ctx);
  });

  router.post('/bewerbungsmappen/:id/link', async (ctx) => {
    const { token } = await linkErneuern(app, ctx.state.kunde.id, id(ctx));
    await mitLink(ctx, id(ctx), token);
  });

  router.post('/bewerbungsmappen/:id/karte', async (ctx) => {
    const pdf = await karteErstellen(app, ctx.state.kunde.id, id(ctx), ctx.state.formular.felder.token ?? '');
    pdfSenden(ctx, Readable.from([Buffer.from(pdf)]), 'bewerberkarte.pdf');
  });
}
