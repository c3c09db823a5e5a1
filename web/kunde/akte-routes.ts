// Client portal pages that read the client's file: Termine (+ calendar files), Eingang, Kontakt, Stammdaten, Einstellungen.
import type Router from '@koa/router';
import { FachlicherFehler } from '../../domain/fehler.js';
import { jobcenter } from '../../domain/jobcenter.js';
import { kalenderDatei } from '../../domain/kalender.js';
import type { AppContext } from '../../platform/context.js';
import { abrufMelden } from '../../services/ausgang/abruf-melden.js';
import { pdfSenden } from '../components/download.js';
import { istSprache, translator } from '../i18n/index.js';
import { renderHtml } from '../render.js';
import type { Sitzungen } from '../sitzung/sitzung.js';
import { spracheWaehlen } from '../sitzung/sprache-waehlen.js';
import { eingangLaden } from '../../services/ausgang/kunde-eingang.js';
import { briefAbrufen } from '../../services/ausgang/abrufen.js';
import { EingangPage } from './eingang-page.js';
import { EinstellungenPage } from '../portal/einstellungen-page.js';
import { kontaktLaden, stammdatenLaden } from '../../services/kunden/konto-abfragen.js';
import { KontaktPage } from './kontakt-page.js';
import { StammdatenPage } from './stammdaten-page.js';
import { eigenerTermin, termineLaden } from '../../services/termine/kunde-termine.js';
import { TerminePage } from './termine-page.js';

export function akteRoutes(router: Router, app: AppContext, sitzungen: Sitzungen): void {
  router.get('/termine', async (ctx) => {
    renderHtml(ctx, TerminePage({ kontext: ctx.state.portal, ...(await termineLaden(app.db, ctx.state.kunde.id)) }));
  });

  router.get('/termine/:datei', async (ctx) => {
    const id = /^(\d{1,9})\.ics$/.exec(ctx.params.datei ?? '')?.[1];
    if (!id) throw new FachlicherFehler('nicht_gefunden');
    const termin = await eigenerTermin(app.db, ctx.state.kunde.id, Number(id));
    const { i18n } = ctx.state.portal;
    ctx.type = 'text/calendar; charset=utf-8';
    ctx.set('Content-Disposition', `attachment; filename="termin-${termin.id}.ics"`);
    ctx.set('Cache-Control', 'private, no-store');
    ctx.body = kalenderDatei({
      uid: `termin-${termin.id}@${new URL(app.config.publicUrl).hostname}`,
      beginn: new Date(termin.beginn),
      dauerMinuten: termin.dauerMinuten,
      titel: i18n.tf('termine.ics.titel', { jobcenter: jobcenter.name }),
      ort: [termin.raum ? i18n.tf('termine.ics.ort', { raum: termin.raum }) : '', jobcenter.strasse, jobcenter.plzOrt]
        .filter(Boolean)
        .join(', '),
      beschreibung: [termin.ansprechpartner, termin.telefon, termin.mitteilung1, termin.mitteilung2]
        .filter(Boolean)
        .join('\n'),
      erstellt: new Date(termin.geaendertAm),
      abgesagt: termin.status === 'abgesagt',
    });
  });

  router.get('/eingang', async (ctx) => {
    renderHtml(
      ctx,
      EingangPage({
        kontext: ctx.state.portal,
        zeilen: await eingangLaden(app.db, ctx.state.kunde.id, app.config.loeschfristen),
      }),
    );
  });

  router.get('/eingang/:nummer/pdf', async (ctx) => {
    const brief = await briefAbrufen(app.db, { kunde_id: ctx.state.kunde.id }, ctx.params.nummer!);
    await abrufMelden(app, brief.ausgangsnummer);
    pdfSenden(ctx, app.blobs.stream(brief.blobKey), `${brief.ausgangsnummer}.pdf`);
  });

  router.get('/kontakt', async (ctx) => {
    renderHtml(ctx, KontaktPage({ kontext: ctx.state.portal, daten: await kontaktLaden(app.db, ctx.state.kunde.id) }));
  });

  router.get('/stammdaten', async (ctx) => {
    renderHtml(
      ctx,
      StammdatenPage({ kontext: ctx.state.portal, daten: await stammdatenLaden(app.db, ctx.state.kunde.id) }),
    );
  });

  router.get('/einstellungen', (ctx) => renderHtml(ctx, EinstellungenPage({ kontext: ctx.state.portal })));

  router.post('/sprache', async (ctx) => {
    const { sprache } = ctx.state.formular.felder;
    if (!istSprache(sprache))
      throw new FachlicherFehler('ungueltige_eingabe', 'unbekannte Sprache', { sprache: 'ungueltig' });
    await spracheWaehlen(app.db, sitzungen, ctx.state.sitzung!, sprache);
    await sitzungen.melden(ctx, translator(sprache).t('sprache.erfolg'));
    ctx.redirect('/kunde/einstellungen');
  });
}
