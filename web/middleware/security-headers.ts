// Strict Content-Security-Policy (no inline scripts, own origin only) and the usual hardening headers.
import type { Middleware } from 'koa';

const csp = (formularZiele: string[]) =>
  [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "frame-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    // Staff sign-out posts to the portal, which redirects to the identity provider: that origin must be allowed.
    ["form-action 'self'", ...formularZiele].join(' '),
  ].join('; ');

/** `formularZiele`: origins a form submission may be redirected to (read per request, config can change in tests). */
export function securityHeaders(formularZiele: () => string[] = () => []): Middleware {
  return async (ctx, next) => {
    ctx.set('Content-Security-Policy', csp(formularZiele()));
    ctx.set('X-Content-Type-Options', 'nosniff');
    ctx.set('X-Frame-Options', 'DENY');
    ctx.set('Referrer-Policy', 'same-origin');
    ctx.set('Permissions-Policy', 'camera=(self), geolocation=(), microphone=()');
    ctx.set('Cross-Origin-Opener-Policy', 'same-origin');
    await next();
  };
}
