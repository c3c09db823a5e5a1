// A cookie-keeping HTTP client that fills forms like a browser without JavaScript (CSRF field from the last page).
export class HttpKunde {
  private cookies = new Map<string, string>();
  csrf = '';

  constructor(private readonly basis: string) {}

  private merken(response: Response): void {
    for (const header of response.headers.getSetCookie()) {
      const [paar] = header.split(';');
      const [name, ...wert] = paar!.split('=');
      this.cookies.set(name!.trim(), wert.join('='));
    }
  }

  get cookie(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  async holen(
    pfad: string,
    headers: Record<string, string> = {},
  ): Promise<{ status: number; html: string; response: Response }> {
    const response = await fetch(`${this.basis}${pfad}`, {
      headers: { cookie: this.cookie, accept: 'text/html', ...headers },
      redirect: 'manual',
    });
    this.merken(response);
    const html = response.headers.get('content-type')?.includes('pdf') ? '' : await response.text();
    const csrf = /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
    if (csrf) this.csrf = csrf;
    return { status: response.status, html, response };
  }

  async senden(
    pfad: string,
    felder: Record<string, string>,
    dateien: Array<{ feld: string; name: string; bytes: Uint8Array }> = [],
  ): Promise<{ status: number; html: string; location: string | null }> {
    let body: FormData | URLSearchParams;
    if (dateien.length > 0) {
      const form = new FormData();
      form.set('_csrf', this.csrf);
      for (const [k, v] of Object.entries(felder)) form.set(k, v);
      for (const d of dateien) form.append(d.feld, new Blob([Buffer.from(d.bytes)]), d.name);
      body = form;
    } else body = new URLSearchParams({ _csrf: this.csrf, ...felder });
    const response = await fetch(`${this.basis}${pfad}`, {
      method: 'POST',
      body,
      headers: { cookie: this.cookie, accept: 'text/html' },
      redirect: 'manual',
    });
    this.merken(response);
    const html = await response.text();
    const csrf = /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
    if (csrf) this.csrf = csrf;
    return { status: response.status, html, location: response.headers.get('location') };
  }

  /** Signs in with the demo password and, on first login, sets a new one. */
  async anmelden(kundennummer: string, passwort: string, neuesPasswort = 'Mein-neues-Passwort-1'): Promise<void> {
    await this.holen('/anmelden');
    const login = await this.senden('/anmelden', { kundennummer, passwort });
    if (login.location === '/kunde/passwort') {
      await this.holen('/kunde/passwort');
      const geaendert = await this.senden('/kunde/passwort', {
        bisher: passwort,
        neu: neuesPasswort,
        wiederholung: neuesPasswort,
      });
      if (geaendert.location !== '/kunde') throw new Error(`password change failed: ${geaendert.status}`);
    } else if (login.location !== '/kunde') throw new Error(`login failed: ${login.status}`);
  }
}
