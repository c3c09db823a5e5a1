// Baseline web server for the bench: bare Koa answering one route with a static page of BASIS_BYTES bytes.
import Koa from 'koa';

const bytes = Number(process.env.BASIS_BYTES ?? 1000);
const seite = `<!doctype html><html lang="de"><body>${'x'.repeat(Math.max(0, bytes - 42))}</body></html>`;
const app = new Koa();
app.use((ctx) => {
  if (ctx.path !== '/seite') return;
  ctx.type = 'text/html; charset=utf-8';
  ctx.body = seite;
});
app.listen(Number(process.env.PORT), '127.0.0.1', () => process.send?.('bereit'));
