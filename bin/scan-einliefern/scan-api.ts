// The scan service's client of the machine API: an access token by client credentials (openid-client), renewed before it
// expires, and the delivery calls with Idempotency-Key; transient failures (network, 429, 5xx) are retried.
import { createHash } from 'node:crypto';
import * as oidc from 'openid-client';

export interface ScanApiKonfiguration {
  /** Base URL of the portal, e.g. https://portal.example (the API is under /api/v1). */
  apiUrl: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
}

export interface LieferungStand {
  lieferungId: string;
  status: 'offen' | 'geschlossen' | 'abgeschlossen';
  erwartet: number;
  frist: string;
  positionen: number[];
}

export interface PositionAntwort {
  position: number;
  sha256: string;
}

/** An answer of the API that is not a success: status and the problem details, shown as they came. */
export class ApiFehler extends Error {
  constructor(
    readonly status: number,
    readonly problem: { title?: string; detail?: string; errors?: Array<{ feld: string; code: string }> } | undefined,
    aufruf: string,
  ) {
    const felder = problem?.errors?.map((e) => `${e.feld}: ${e.code}`).join(', ');
    super(
      `${aufruf}: ${status} ${problem?.title ?? ''}${problem?.detail ? ` – ${problem.detail}` : ''}${felder ? ` (${felder})` : ''}`,
    );
  }
}

const VERSUCHE = 5;
const warten = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const lokal = (url: URL) => url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);

export function scanApi(konfiguration: ScanApiKonfiguration) {
  const basis = `${konfiguration.apiUrl.replace(/\/+$/, '')}/api/v1`;
  let oidcKonfiguration: Promise<oidc.Configuration> | undefined;
  let token: { wert: string; bis: number } | undefined;

  async function zugangstoken(erneuern = false): Promise<string> {
    if (!erneuern && token && token.bis > Date.now() + 30_000) return token.wert;
    const issuer = new URL(konfiguration.issuer);
    oidcKonfiguration ??= oidc.discovery(
      issuer,
      konfiguration.clientId,
      undefined,
      oidc.ClientSecretBasic(konfiguration.clientSecret),
      // Plain http only for a provider on this machine (development); anything else must be https.
      lokal(issuer) ? { execute: [oidc.allowInsecureRequests] } : undefined,
    );
    const antwort = await oidc.clientCredentialsGrant(await oidcKonfiguration, { scope: 'scan:einliefern' });
    token = { wert: antwort.access_token, bis: Date.now() + (antwort.expiresIn() ?? 300) * 1000 };
    return token.wert;
  }

  async function aufrufen<T>(
    methode: 'GET' | 'POST' | 'PUT',
    pfad: string,
    optionen: { json?: unknown; pdf?: Uint8Array; schluessel?: string } = {},
  ): Promise<{ status: number; body: T; wiederholt: boolean }> {
    const aufruf = `${methode} ${pfad}`;
    for (let versuch = 1; ; versuch++) {
      let response: Response;
      try {
        const kopf: Record<string, string> = {
          authorization: `Bearer ${await zugangstoken()}`,
          accept: 'application/json',
        };
        if (optionen.schluessel) kopf['idempotency-key'] = optionen.schluessel;
        if (optionen.json !== undefined) kopf['content-type'] = 'application/json';
        if (optionen.pdf) {
          kopf['content-type'] = 'application/pdf';
          kopf['content-digest'] = `sha-256=:${createHash('sha256').update(optionen.pdf).digest('base64')}:`;
        }
        response = await fetch(`${basis}${pfad}`, {
          method: methode,
          headers: kopf,
          body: optionen.pdf
            ? Buffer.from(optionen.pdf)
            : optionen.json === undefined
              ? undefined
              : JSON.stringify(optionen.json),
        });
      } catch (error) {
        if (versuch >= VERSUCHE) throw new Error(`${aufruf}: ${(error as Error).message}`, { cause: error });
        await warten(500 * 2 ** versuch);
        continue;
      }
      const text = await response.text();
      const body = text ? (JSON.parse(text) as unknown) : undefined;
      // A replayed answer (same Idempotency-Key) tells what happened the first time, not now.
      if (response.ok)
        return {
          status: response.status,
          body: body as T,
          wiederholt: response.headers.get('idempotent-replayed') === 'true',
        };
      // An expired or revoked token: a new one once.
      if (response.status === 401 && versuch === 1) {
        token = undefined;
        continue;
      }
      const nochmal =
        response.status === 429 ||
        response.status >= 500 ||
        (response.status === 409 && response.headers.has('retry-after'));
      if (!nochmal || versuch >= VERSUCHE) throw new ApiFehler(response.status, body as ApiFehler['problem'], aufruf);
      const sekunden = Number(response.headers.get('retry-after'));
      await warten(Number.isFinite(sekunden) && sekunden > 0 ? sekunden * 1000 : 500 * 2 ** versuch);
    }
  }

  const lieferungPfad = (lieferungId: string) => `/scan/lieferungen/${encodeURIComponent(lieferungId)}`;

  return {
    zugangstoken,
    /** Announces the delivery; the same again answers the delivery as it stands. */
    anlegen: (lieferung: { lieferungId: string; scanDatum: string; erwartet: number }) =>
      aufrufen<LieferungStand>('POST', '/scan/lieferungen', {
        json: lieferung,
        schluessel: `lieferung:${lieferung.lieferungId}:anlegen`,
      }).then((a) => a.body),
    lesen: (lieferungId: string) => aufrufen<LieferungStand>('GET', lieferungPfad(lieferungId)).then((a) => a.body),
    /** 201 (not replayed): taken now; otherwise this very PDF was already at this position. */
    einliefern: (
      lieferungId: string,
      position: number,
      pdf: Uint8Array,
      angaben: { sha256: string; kundennummer?: string; dokumentart?: string; seiten?: number },
    ) => {
      const abfrage = new URLSearchParams(
        Object.entries(angaben).flatMap(([k, v]) => (v === undefined ? [] : [[k, String(v)]])),
      );
      return aufrufen<PositionAntwort>('PUT', `${lieferungPfad(lieferungId)}/dokumente/${position}?${abfrage}`, {
        pdf,
        schluessel: `lieferung:${lieferungId}:${position}:${angaben.sha256}`,
      });
    },
    schliessen: (lieferungId: string) =>
      aufrufen<LieferungStand>('POST', `${lieferungPfad(lieferungId)}/abschluss`, {
        schluessel: `lieferung:${lieferungId}:abschluss`,
      }).then((a) => a.body),
  };
}

export type ScanApi = ReturnType<typeof scanApi>;
