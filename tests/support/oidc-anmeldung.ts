// Signs a staff member in through the real embedded provider with plain HTTP, as a browser would follow the redirects.
import { HttpKunde } from './http-kunde.js';

/** The embedded provider's sign-in form on `html` (at `ort`), filled in for `login`; undefined on any other page. */
export function anmeldeFormular(
  html: string,
  ort: string,
  login: string,
): { ziel: string; felder: URLSearchParams } | undefined {
  const aktion = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
  if (!aktion || !html.includes('name="login"')) return undefined;
  return {
    ziel: new URL(aktion.replace(/&amp;/g, '&'), ort).href,
    felder: new URLSearchParams({ prompt: 'login', login, password: 'beliebig' }),
  };
}

/** Follows redirects across the portal (cookie jar of `portal`) and the provider (own jar) until a portal page answers. */
export async function mitarbeiterAnmelden(
  portalUrl: string,
  login: string,
  portal = new HttpKunde(portalUrl),
): Promise<{ portal: HttpKunde; ziel: string; status: number }> {
  const idpCookies = new Map<string, string>();
  const idpHeaders = () => ({ cookie: [...idpCookies].map(([k, v]) => `${k}=${v}`).join('; ') });
  const merken = (response: Response) => {
    for (const header of response.headers.getSetCookie()) {
      const [paar] = header.split(';');
      const [name, ...wert] = paar!.split('=');
      idpCookies.set(name!.trim(), wert.join('='));
    }
  };
  let ort = new URL('/mitarbeiter/anmelden', portalUrl).href;
  let methode: 'GET' | 'POST' = 'GET';
  let body: URLSearchParams | undefined;
  for (let schritt = 0; schritt < 15; schritt++) {
    if (ort.startsWith(portalUrl)) {
      const pfad = ort.slice(portalUrl.length);
      const { status, response } = await portal.holen(pfad);
      const weiter = response.headers.get('location');
      if (status >= 300 && status < 400 && weiter) {
        ort = new URL(weiter, ort).href;
        continue;
      }
      return { portal, ziel: pfad, status };
    }
    const response = await fetch(ort, {
      method: methode,
      body,
      headers: { ...idpHeaders(), ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
      redirect: 'manual',
    });
    merken(response);
    methode = 'GET';
    body = undefined;
    const weiter = response.headers.get('location');
    if (weiter) {
      ort = new URL(weiter, ort).href;
      continue;
    }
    const html = await response.text();
    const formular = anmeldeFormular(html, ort, login);
    if (!formular)
      throw new Error(
        `unexpected provider page (${response.status}): ${html.replace(/<style[\s\S]*<\/style>/, '').slice(0, 1500)}`,
      );
    ort = formular.ziel;
    methode = 'POST';
    body = formular.felder;
  }
  throw new Error('too many redirects during staff sign-in');
}
