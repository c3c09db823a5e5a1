// Sessions in PostgreSQL: random token in an HttpOnly cookie, its hash as the key, idle timeout, new id at login.
import { createHash, randomBytes } from 'node:crypto';
import type { Context, Middleware } from 'koa';
import type { Db } from '../../db/knex.js';
import { Sitzung as SitzungZeile } from '../../db/models/sitzung.js';
import { vorbereitetAbfragen, type Vorbereitet } from '../../db/vorbereitet.js';
import type { Benachrichtigungen } from '../../platform/pg-benachrichtigungen.js';
import { sitzungsCache } from './sitzungs-cache.js';

export const COOKIE = 'sitzung';

export interface SitzungDaten {
  csrf: string;
  sprache?: string;
  kundeId?: number;
  /** Set while the initial password must still be changed. */
  passwortAendern?: boolean;
  meldung?: { art: 'erfolg' | 'fehler'; text: string };
  /** Partner organisations: the signed-in user. */
  partnerBenutzerId?: number;
  /** Staff: set after an OpenID Connect sign-in. */
  mitarbeiterId?: number;
  team?: string;
  idToken?: string;
  /** Between the redirect to the identity provider and its answer. */
  oidc?: { verifier: string; state: string; nonce: string };
  /** Files a client shared into the app, held until sent or discarded (web/kunde/geteilt.ts): blob keys only. */
  geteilt?: { bis: string; dateien: Array<{ key: string; name: string; bytes: number }> };
}

/** The signed-in client as loaded with the session (active accounts only). */
export interface SitzungsKunde {
  id: number;
  kundennummer: string;
  vorname: string;
  nachname: string;
}

/** The signed-in partner user and their organisation, as loaded with the session (active users only). */
export interface SitzungsPartner {
  benutzerId: number;
  partnerId: number;
  partnerName: string;
  email: string;
  vorname: string;
  nachname: string;
  istAdmin: boolean;
}

/** The signed-in staff member as loaded with the session (active only). */
export interface SitzungsMitarbeiter {
  id: number;
  team: string;
  vorname: string;
  nachname: string;
}

export interface Sitzung {
  id: string;
  daten: SitzungDaten;
  /** Set when daten.kundeId names an active client; loaded in the same query as the session. */
  kunde?: SitzungsKunde;
  /** Set when daten.mitarbeiterId names an active staff member; same query. */
  mitarbeiter?: SitzungsMitarbeiter;
  /** Set when daten.partnerBenutzerId names an active partner user; same query. */
  partner?: SitzungsPartner;
}

/** The session with the active client, staff member or partner user it names, in one statement. */
const SITZUNG_LADEN: Vorbereitet = {
  name: 'sitzung-laden',
  text: `select s.daten, s.laeuft_ab,
      k.id as kunde_id, k.kundennummer, k.vorname, k.nachname,
      m.id as m_id, m.team as m_team, m.vorname as m_vorname, m.nachname as m_nachname,
      b.id as b_id, b.partner_id as b_partner_id, p.name as p_name, b.email as b_email,
      b.vorname as b_vorname, b.nachname as b_nachname, b.ist_admin as b_ist_admin
    from sitzungen s
    left join kunden k on k.id = (s.daten->>'kundeId')::int and k.aktiv
    left join mitarbeiter m on m.id = (s.daten->>'mitarbeiterId')::int and m.aktiv
    left join partner_benutzer b on b.id = (s.daten->>'partnerBenutzerId')::int and b.aktiv
    left join partner p on p.id = b.partner_id and p.aktiv
    where s.id = $1 and s.laeuft_ab > now()
    limit 1`,
};

const hash = (token: string) => createHash('sha256').update(token).digest('hex');
const neuesToken = () => randomBytes(32).toString('base64url');

export interface SitzungOptionen {
  db: Db;
  idleMinuten: number;
  secure: boolean;
  /** PostgreSQL's messages about changed sessions and accounts: while they are heard, loaded sessions are remembered. */
  benachrichtigungen: Benachrichtigungen;
}

type SitzungsRow = Awaited<ReturnType<typeof vorbereitetAbfragen>>[number];

export function sitzungen({ db, idleMinuten, secure, benachrichtigungen }: SitzungOptionen) {
  const cache = sitzungsCache<SitzungsRow>(benachrichtigungen);
  const ablauf = () => new Date(Date.now() + idleMinuten * 60_000);
  const setCookie = (ctx: Context, token: string) =>
    ctx.cookies.set(COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure,
      path: '/',
      overwrite: true,
      signed: false,
    });

  async function laden(ctx: Context): Promise<Sitzung | undefined> {
    const token = ctx.cookies.get(COOKIE);
    if (!token || token.length > 100) return undefined;
    const id = hash(token);
    let row = cache.holen(id);
    if (!row) {
      const stand = cache.stand();
      [row] = await vorbereitetAbfragen(db, SITZUNG_LADEN, [id]);
      if (!row) return undefined;
      cache.merken(id, row, stand);
    }
    // The statement checks the expiry too; a remembered row is checked here.
    if (new Date(row.laeuft_ab).getTime() <= Date.now()) return undefined;
    const kunde = row.kunde_id
      ? { id: row.kunde_id, kundennummer: row.kundennummer, vorname: row.vorname, nachname: row.nachname }
      : undefined;
    // Sliding idle timeout without a write on every request: extend once a minute at most.
    if (new Date(row.laeuft_ab).getTime() - Date.now() < idleMinuten * 60_000 - 60_000) {
      await SitzungZeile.query(db).findById(id).patch({ laeuft_ab: ablauf() });
      cache.vergessen(id);
    }
    const mitarbeiter = row.m_id
      ? { id: row.m_id, team: row.m_team, vorname: row.m_vorname, nachname: row.m_nachname }
      : undefined;
    const partner =
      row.b_id && row.p_name
        ? {
            benutzerId: row.b_id,
            partnerId: row.b_partner_id,
            partnerName: row.p_name,
            email: row.b_email,
            vorname: row.b_vorname,
            nachname: row.b_nachname,
            istAdmin: row.b_ist_admin,
          }
        : undefined;
    // A copy: handlers change the data of their request's session, the remembered row stays as loaded.
    return { id, daten: structuredClone(row.daten) as SitzungDaten, kunde, mitarbeiter, partner };
  }

  /** Starts a fresh session (a new id: at login and for anonymous visitors who need a CSRF token). */
  async function starten(ctx: Context, daten: Omit<SitzungDaten, 'csrf'>): Promise<Sitzung> {
    const alt: Sitzung | undefined = ctx.state.sitzung;
    if (alt) {
      await SitzungZeile.query(db).deleteById(alt.id);
      cache.vergessen(alt.id);
    }
    const token = neuesToken();
    const sitzung = { id: hash(token), daten: { ...daten, csrf: neuesToken() } };
    await SitzungZeile.query(db).insert({ id: sitzung.id, daten: { ...sitzung.daten }, laeuft_ab: ablauf() });
    setCookie(ctx, token);
    ctx.state.sitzung = sitzung;
    return sitzung;
  }

  /** Continues the current session under a new id and CSRF token with its data (after a new password ended every old one). */
  async function erneuern(ctx: Context, aenderungen: Partial<Omit<SitzungDaten, 'csrf'>> = {}): Promise<Sitzung> {
    const { csrf: _csrf, ...daten } = ctx.state.sitzung!.daten;
    return starten(ctx, { ...daten, ...aenderungen });
  }

  async function speichern(sitzung: Sitzung): Promise<void> {
    await SitzungZeile.query(db)
      .findById(sitzung.id)
      .patch({ daten: { ...sitzung.daten } });
    cache.vergessen(sitzung.id);
  }

  async function beenden(ctx: Context): Promise<void> {
    const sitzung: Sitzung | undefined = ctx.state.sitzung;
    if (sitzung) {
      await SitzungZeile.query(db).deleteById(sitzung.id);
      cache.vergessen(sitzung.id);
    }
    ctx.cookies.set(COOKIE, '', { httpOnly: true, sameSite: 'lax', secure, path: '/', expires: new Date(0) });
    ctx.state.sitzung = undefined;
  }

  /** A one-time success message for the next page this session renders (after a redirect). */
  async function melden(ctx: Context, text: string): Promise<void> {
    const sitzung = ctx.state.sitzung!;
    sitzung.daten.meldung = { art: 'erfolg', text };
    await speichern(sitzung);
  }

  /** Takes the pending message for a full page (htmx fragments leave it for the next page). */
  async function meldungAbholen(ctx: Context): Promise<SitzungDaten['meldung']> {
    const sitzung = ctx.state.sitzung;
    const meldung = sitzung?.daten.meldung;
    if (!meldung || ctx.get('HX-Request') === 'true') return undefined;
    delete sitzung.daten.meldung;
    await speichern(sitzung);
    return meldung;
  }

  /** The CSRF token of the current session, starting an anonymous one for a visitor's first form. */
  async function csrfFuer(ctx: Context): Promise<string> {
    const sitzung: Sitzung | undefined = ctx.state.sitzung;
    return (sitzung ?? (await starten(ctx, {}))).daten.csrf;
  }

  const middleware: Middleware = async (ctx, next) => {
    ctx.state.sitzung = await laden(ctx);
    await next();
  };

  return { middleware, starten, erneuern, speichern, beenden, csrfFuer, melden, meldungAbholen };
}

export type Sitzungen = ReturnType<typeof sitzungen>;
