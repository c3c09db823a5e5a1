// Client sign-in pages.
import Router from '@koa/router';
import { translator } from '../i18n/index.js';
import { renderHtml } from '../render.js';
import { LoginPage } from './login-page.js';

export function authRoutes(): Router {
  const router = new Router();
  router.get('/', (ctx) => ctx.redirect('/anmelden'));
  router.get('/anmelden', (ctx) => renderHtml(ctx, LoginPage({ i18n: translator('de') })));
  return router;
}
