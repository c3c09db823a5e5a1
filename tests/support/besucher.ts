// A visitor without JavaScript across several origins: one cookie jar per origin (host and port), redirects followed,
// and the embedded provider's sign-in form filled with the login given.
import { anmeldeFormular } from './oidc-anmeldung.js';

export interface Antwort {
  url: string;
  status: number;
  text: string;
  response: Response;
}

export class Besucher {
  private readonly dosen = new Map<string, Map<string, string>>();

  constructor(private readonly login?: string) {}

  /** The cookie `name` this visitor holds for `url`'s origin. */
  cookie(url: string, name: string): string | undefined {
    return this.dosen.get(new URL(url).origin)?.get(name);
  }

  private merken(url: string, response: Response): void {
    const origin = new URL(url).origin;
    const dose = this.dosen.get(origin) ?? new Map<string, string>();
    this.dosen.set(origin, dose);
    for (const header of response.headers.getSetCookie()) {
      const [paar, ...attribute] = header.split(';');
      const [name, ...wert] = paar!.split('=');
      const abgelaufen = attribute.some((a) => /^\s*max-age=(0|-\d+)\s*$/i.test(a));
      if (abgelaufen) dose.delete(name!.trim());
      else dose.set(name!.trim(), wert.join('='));
    }
  }

  private async einmal(url: string, init: RequestInit = {}): Promise<Response> {
    const dose = this.dosen.get(new URL(url).origin) ?? new Map<string, string>();
    const response = await fetch(url, {
      ...init,
      headers: {
        ...(init.headers as Record<string, string>),
        cookie: [...dose].map(([k, v]) => `${k}=${v}`).join('; '),
      },
      redirect: 'manual',
    });
    this.merken(url, response);
    return response;
  }

  /** GET `url` and everything it leads to, until a page answers that is not the provider's sign-in form. */
  async holen(url: string, headers: Record<string, string> = {}): Promise<Antwort> {
    let ort = url;
    let init: RequestInit = { headers };
    for (let schritt = 0; schritt < 20; schritt++) {
      const response = await this.einmal(ort, init);
      init = {};
      const weiter = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && weiter) {
        ort = new URL(weiter, ort).href;
        continue;
      }
      const text = await response.text();
      const formular = anmeldeFormular(text, ort, this.login ?? '');
      if (!formular) return { url: ort, status: response.status, text, response };
      if (!this.login) throw new Error(`sign-in asked for at ${ort}, but this visitor has no login`);
      ort = formular.ziel;
      init = {
        method: 'POST',
        body: formular.felder,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      };
    }
    throw new Error(`too many redirects from ${url}`);
  }
}
