// A Fachverfahren simulator: a machine client with a client-credentials token that syncs clients, appointments and letters through /api/v1, with Idempotency-Keys and retries on 429/503.
import { createHash, randomUUID } from 'node:crypto';

export interface FachverfahrenAntwort {
  status: number;
  headers: Headers;
  body: unknown;
}

export interface FachverfahrenOptionen {
  /** The portal's base URL (without /api/v1). */
  portalUrl: string;
  /** The OpenID provider that issues client-credentials tokens. */
  issuer: string;
  clientId: string;
  clientSecret: string;
  scopes: readonly string[];
  /** Called with every answer the API gives (a test validates it against the OpenAPI document). */
  pruefen?: (methode: string, pfad: string, antwort: FachverfahrenAntwort) => void;
  /** Give up after this many 429/503 answers to one request. */
  hoechstensWiederholungen?: number;
}

export interface FachverfahrenStatistik {
  anfragen: number;
  /** Answers 429 (rate limit) and 503 (unavailable) that were waited out and retried with the same key. */
  wiederholt: { 429: number; 503: number };
  tokens: number;
}

/** Runs `arbeit` over `eintraege` with at most `gleichzeitig` calls in flight; results in input order. */
export async function begrenztParallel<T, E>(
  eintraege: readonly T[],
  gleichzeitig: number,
  arbeit: (eintrag: T, index: number) => Promise<E>,
): Promise<E[]> {
  const ergebnisse: E[] = new Array(eintraege.length);
  let naechster = 0;
  const laeufer = async () => {
    while (naechster < eintraege.length) {
      const i = naechster++;
      ergebnisse[i] = await arbeit(eintraege[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(gleichzeitig, eintraege.length) }, laeufer));
  return ergebnisse;
}

const warten = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class Fachverfahren {
  readonly statistik: FachverfahrenStatistik = { anfragen: 0, wiederholt: { 429: 0, 503: 0 }, tokens: 0 };
  private token: Promise<{ wert: string; gueltigBis: number }> | undefined;

  constructor(private readonly optionen: FachverfahrenOptionen) {}

  /** A cached access token, fetched again a minute before it expires (or when the API refused it). */
  private async zugangstoken(erneuern = false): Promise<string> {
    const aktuell = this.token && !erneuern ? await this.token.catch(() => undefined) : undefined;
    if (!aktuell || aktuell.gueltigBis - 60_000 < Date.now()) {
      this.token = this.tokenHolen();
      return (await this.token).wert;
    }
    return aktuell.wert;
  }

  private async tokenHolen(): Promise<{ wert: string; gueltigBis: number }> {
    const { issuer, clientId, clientSecret, scopes } = this.optionen;
    const response = await fetch(`${issuer}/token`, {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: new URLSearchParams({ grant_type: 'client_credentials', scope: scopes.join(' ') }),
    });
    const antwort = (await response.json()) as { access_token?: string; expires_in?: number };
    if (!response.ok || !antwort.access_token)
      throw new Error(`token endpoint: ${response.status} ${JSON.stringify(antwort)}`);
    this.statistik.tokens++;
    return { wert: antwort.access_token, gueltigBis: Date.now() + (antwort.expires_in ?? 300) * 1000 };
  }

  /**
   * One API call. POST and PUT carry an Idempotency-Key, kept across retries so a retried write happens once;
   * 429 and 503 are retried after Retry-After (seconds), a 401 once with a fresh token.
   */
  async aufrufen(
    methode: string,
    pfad: string,
    {
      json,
      pdf,
      kopf = {},
      schluessel = randomUUID(),
    }: { json?: unknown; pdf?: Uint8Array; kopf?: Record<string, string>; schluessel?: string } = {},
  ): Promise<FachverfahrenAntwort> {
    const schreibend = methode === 'POST' || methode === 'PUT';
    const inhalt: Record<string, string> =
      pdf !== undefined
        ? {
            'content-type': 'application/pdf',
            'content-digest': `sha-256=:${createHash('sha256').update(pdf).digest('base64')}:`,
          }
        : json !== undefined
          ? { 'content-type': 'application/json' }
          : {};
    const hoechstens = this.optionen.hoechstensWiederholungen ?? 20;
    let neuesToken = false;
    for (let versuch = 0; ; versuch++) {
      const token = await this.zugangstoken(neuesToken);
      this.statistik.anfragen++;
      const response = await fetch(`${this.optionen.portalUrl}/api/v1${pfad}`, {
        method: methode,
        headers: {
          authorization: `Bearer ${token}`,
          accept: 'application/json',
          ...inhalt,
          ...(schreibend ? { 'idempotency-key': schluessel } : {}),
          ...kopf,
        },
        body: pdf !== undefined ? Buffer.from(pdf) : json !== undefined ? JSON.stringify(json) : undefined,
      });
      const bytes = Buffer.from(await response.arrayBuffer());
      const istJson = /[/+]json\b/.test(response.headers.get('content-type') ?? '');
      const antwort: FachverfahrenAntwort = {
        status: response.status,
        headers: response.headers,
        body: bytes.length === 0 ? undefined : istJson ? (JSON.parse(bytes.toString('utf8')) as unknown) : bytes,
      };
      this.optionen.pruefen?.(methode, pfad, antwort);
      if (antwort.status === 401 && !neuesToken) {
        neuesToken = true;
        continue;
      }
      if ((antwort.status === 429 || antwort.status === 503) && versuch < hoechstens) {
        this.statistik.wiederholt[antwort.status]++;
        const sekunden = Number(response.headers.get('retry-after'));
        await warten((Number.isFinite(sekunden) && sekunden > 0 ? sekunden : 1) * 1000 + Math.random() * 100);
        continue;
      }
      return antwort;
    }
  }

  /** Like `aufrufen`, but anything other than the expected statuses is an error naming the answer. */
  async erwarten(
    erwartet: readonly number[],
    ...args: Parameters<Fachverfahren['aufrufen']>
  ): Promise<FachverfahrenAntwort> {
    const antwort = await this.aufrufen(...args);
    if (!erwartet.includes(antwort.status))
      throw new Error(`${args[0]} ${args[1]}: ${antwort.status} ${JSON.stringify(antwort.body)}`);
    return antwort;
  }

  kundeSpeichern(kundennummer: string, kunde: Record<string, unknown>) {
    return this.erwarten([200, 201], 'PUT', `/kunden/${kundennummer}`, { json: kunde });
  }

  terminSpeichern(terminId: string, termin: Record<string, unknown>) {
    return this.erwarten([200, 201], 'PUT', `/termine/${encodeURIComponent(terminId)}`, { json: termin });
  }

  /** Publishes a PDF letter; the letter's details travel as query parameters, the PDF as the body. */
  async briefVeroeffentlichen(angaben: Record<string, string>, pdf: Uint8Array): Promise<{ ausgangsnummer: string }> {
    const antwort = await this.erwarten([200, 201], 'POST', `/ausgang?${new URLSearchParams(angaben)}`, { pdf });
    return antwort.body as { ausgangsnummer: string };
  }

  /** One page of the event log after `nach` (the whole log without it). */
  async ereignisse<E>(nach?: string, limit = 1000): Promise<{ ereignisse: E[]; cursor: string }> {
    const abfrage = new URLSearchParams({ ...(nach ? { nach } : {}), limit: String(limit) });
    return (await this.erwarten([200], 'GET', `/ereignisse?${abfrage}`)).body as { ereignisse: E[]; cursor: string };
  }
}
