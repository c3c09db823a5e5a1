import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Context } from 'koa';
import { demoLogins } from '../../../db/demo/logins.js';
import { demoApp, type RunningApp } from '../../support/http.js';
import { rateLimit } from '../../../web/middleware/rate-limit.js';

/** A browser behind the jobcenter's TLS proxy: the proxy appends the address it saw to X-Forwarded-For. */
class HinterDemProxy {
  private cookie = '';
  private csrf = '';

  constructor(
    private readonly url: string,
    private readonly adresse: string,
  ) {}

  private headers(vorgetaeuscht?: string): Record<string, string> {
    const weitergeleitet = vorgetaeuscht ? `${vorgetaeuscht}, ${this.adresse}` : this.adresse;
    return {
      'x-forwarded-proto': 'https',
      'x-forwarded-for': weitergeleitet,
      cookie: this.cookie,
      accept: 'text/html',
    };
  }

  async loginSeite(): Promise<void> {
    const antwort = await fetch(`${this.url}/anmelden`, { headers: this.headers() });
    this.cookie = antwort.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    this.csrf = /name="_csrf" value="([^"]+)"/.exec(await antwort.text())![1]!;
  }

  async anmelden(kundennummer: string, passwort: string, vorgetaeuscht?: string): Promise<number> {
    const antwort = await fetch(`${this.url}/anmelden`, {
      method: 'POST',
      body: new URLSearchParams({ _csrf: this.csrf, kundennummer, passwort }),
      headers: this.headers(vorgetaeuscht),
      redirect: 'manual',
    });
    await antwort.text();
    return antwort.status;
  }
}

describe('sign-in attempts per address', () => {
  let app: RunningApp;
  let stop: () => Promise<void>;
  before(async () => {
    ({ app, stop } = await demoApp((ctx) => {
      ctx.config.publicUrl = 'https://portal.jobcenter.example';
    }));
  });
  after(() => stop());

  it('refuses the 31st attempt within a minute from one address, even with the right password and an invented X-Forwarded-For', async () => {
    const angreifer = new HinterDemProxy(app.url, '203.0.113.7');
    await angreifer.loginSeite();
    for (let i = 0; i < 30; i++) {
      // Each attempt another Kundennummer (no account lock) and another invented address before the proxy's.
      assert.equal(
        await angreifer.anmelden(`999Z${String(i).padStart(6, '0')}`, 'geraten', `198.51.100.${i}`),
        401,
        `attempt ${i + 1}`,
      );
    }
    assert.equal(
      await angreifer.anmelden(demoLogins.zweiterKunde.kundennummer, demoLogins.zweiterKunde.passwort, '198.51.100.99'),
      429,
    );
  });

  it('still lets a client at another address sign in meanwhile', async () => {
    const kunde = new HinterDemProxy(app.url, '203.0.113.8');
    await kunde.loginSeite();
    assert.equal(await kunde.anmelden(demoLogins.zweiterKunde.kundennummer, demoLogins.zweiterKunde.passwort), 302);
  });
});

describe('rate limit memory', () => {
  it('keeps at most 10,000 addresses, forgetting the earliest first when fresh addresses flood in', async () => {
    const limit = rateLimit({ proMinute: 2 });
    const versuch = (ip: string) =>
      limit({ ip } as Context, async () => {}).then(
        () => 'erlaubt',
        () => 'abgewiesen',
      );
    assert.equal(await versuch('2001:db8::1'), 'erlaubt');
    assert.equal(await versuch('2001:db8::1'), 'erlaubt');
    assert.equal(await versuch('2001:db8::1'), 'abgewiesen');
    for (let i = 2; i <= 10_001; i++) await versuch(`2001:db8::${i.toString(16)}`);
    assert.equal(await versuch('2001:db8::1'), 'erlaubt', 'the earliest address was dropped');
    assert.equal(await versuch('2001:db8::2711'), 'erlaubt');
    assert.equal(await versuch('2001:db8::2711'), 'abgewiesen', 'a recent address is still counted');
  });
});
