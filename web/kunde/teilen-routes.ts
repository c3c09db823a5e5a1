// The app's share target (manifest share_target): photos shared with "Teilen" on a phone land in Dokument senden.
//
// Why this POST needs no CSRF token, and why that is safe: the phone's share sheet posts the files itself, so the
// request cannot carry our per-session token. Instead:
// - it is answered only for a navigation the browser itself started (Sec-Fetch-Site `none`, as for the share sheet)
//   or one from our own pages (`same-origin`); another site's form (`cross-site`, `same-site`) is refused unread, and
//   the session cookie is SameSite=Lax, so such a post would arrive without a session anyway;
// - it changes nothing that counts: the files only go into a holding area of this session (geteilt.ts: blob store,
//   keys in the session, 30 minutes). Nothing is submitted until the signed-in client chooses the Dokumentart on
//   Dokument senden and presses "Jetzt hochladen", a normal form post with the CSRF token; the page lists the held
//   files and offers to discard them. A forged share could at worst offer files the client sees and can discard.
// Not signed in: the body is not read, and a page says to sign in and share again (nothing was sent).
import Router from '@koa/router';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Context } from 'koa';
import type { AppContext } from '../../platform/context.js';
import { TEILEN_PFAD } from '../assets/app/manifest.js';
import { translator } from '../i18n/index.js';
import { multipartLesen } from '../middleware/multipart.js';
import { renderHtml } from '../render.js';
import type { Sitzung, Sitzungen } from '../sitzung/sitzung.js';
import { geteilteAblegen } from './geteilt.js';
import { TeilenHinweisPage } from './teilen-hinweis-page.js';

const erlaubteHerkunft = new Set(['none', 'same-origin']);

/** Answers without reading the body, then closes the connection instead of receiving the photos. */
function hinweis(ctx: Context, grund: 'anmelden' | 'abgelehnt', status: number): void {
  ctx.set('Connection', 'close');
  ctx.res.once('finish', () => {
    if (!ctx.req.complete) ctx.req.socket.destroy();
  });
  renderHtml(ctx, TeilenHinweisPage({ i18n: translator(ctx.state.sitzung?.daten.sprache), grund }), status);
}

/** Mounted after the session middleware and before form parsing and the CSRF check (web/app.ts). */
export function teilenRoutes(app: AppContext, sitzungen: Sitzungen): Router {
  const router = new Router();
  router.post(TEILEN_PFAD, async (ctx) => {
    if (!erlaubteHerkunft.has(ctx.get('Sec-Fetch-Site'))) return hinweis(ctx, 'abgelehnt', 403);
    const sitzung: Sitzung | undefined = ctx.state.sitzung;
    if (!sitzung?.kunde || sitzung.daten.passwortAendern) return hinweis(ctx, 'anmelden', 401);
    if (!ctx.is('multipart/form-data')) return hinweis(ctx, 'abgelehnt', 400);
    const ordner = await mkdtemp(path.join(tmpdir(), 'teilen-'));
    try {
      const { dateien } = await multipartLesen(ctx.req, { ordner, csrfGeprueft: true, tokenGueltig: () => false });
      if ((await geteilteAblegen(app, sitzungen, sitzung, dateien)) === 0) return hinweis(ctx, 'abgelehnt', 400);
    } finally {
      await rm(ordner, { recursive: true, force: true });
    }
    ctx.status = 303;
    ctx.redirect('/kunde/dokument-senden');
  });
  return router;
}
