// The Temporal UI's codec endpoint (POST /codec/decode and /codec/encode) for operators, on its own port or the metrics port.
import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Payload, PayloadCodec } from '@temporalio/common';
import type { Config } from './config.js';
import { AesGcmPayloadCodec } from './temporal-codec.js';

export interface CodecEndpunktOptionen {
  codec: PayloadCodec;
  /** A static bearer token operators' requests may carry (TEMPORAL_CODEC_TOKEN). */
  token?: string;
  /**
   * Checks an operator's OIDC access token, which the Temporal UI passes on: resolves whether it grants decoding,
   * rejects when it is no valid token (with `status` 503 when the issuer cannot be asked now).
   */
  operatorToken?: (token: string) => Promise<boolean>;
  /** The Temporal UI's origin: the only one a browser may call from. */
  uiOrigin: string;
}

/** The UI calls `${TEMPORAL_CODEC_ENDPOINT}/decode` and `/encode`; the endpoint is `…/codec`. */
const PFADE = { '/codec/decode': 'decode', '/codec/encode': 'encode' } as const;
/**
 * What the Temporal UI's browser code sends: JSON, the namespace, the operator's access token and, with OIDC, the
 * ID token as `Authorization-Extras` (the preflight fails unless every one is allowed).
 */
const ERLAUBTE_KOEPFE = 'authorization, authorization-extras, content-type, x-namespace';
const HOECHSTENS_BYTES = 8 * 1024 * 1024;

type JsonPayload = { metadata?: Record<string, string>; data?: string };

const hash = (wert: string) => createHash('sha256').update(wert).digest();

type Zugang = 200 | 401 | 403 | 503;

/** 200 for the static token or an operator's access token granting decoding; 403 for a valid token without it. */
async function zugang(kopf: string | undefined, optionen: CodecEndpunktOptionen): Promise<Zugang> {
  const [art, wert, ...rest] = (kopf ?? '').split(' ');
  if (art?.toLowerCase() !== 'bearer' || !wert || rest.length > 0) return 401;
  if (optionen.token && timingSafeEqual(hash(wert), hash(optionen.token))) return 200;
  if (!optionen.operatorToken) return 401;
  try {
    return (await optionen.operatorToken(wert)) ? 200 : 403;
  } catch (error) {
    return (error as { status?: unknown }).status === 503 ? 503 : 401;
  }
}

async function koerper(req: IncomingMessage): Promise<string> {
  let bytes = 0;
  const teile: Buffer[] = [];
  for await (const teil of req as AsyncIterable<Buffer>) {
    bytes += teil.length;
    if (bytes > HOECHSTENS_BYTES) throw new Error('too large');
    teile.push(teil);
  }
  return Buffer.concat(teile).toString('utf8');
}

const ausJson = (p: JsonPayload): Payload => ({
  metadata: Object.fromEntries(Object.entries(p.metadata ?? {}).map(([k, v]) => [k, Buffer.from(v, 'base64')])),
  data: Buffer.from(p.data ?? '', 'base64'),
});

const zuJson = (p: Payload): JsonPayload => ({
  metadata: Object.fromEntries(
    Object.entries(p.metadata ?? {}).map(([k, v]) => [k, Buffer.from(v ?? new Uint8Array()).toString('base64')]),
  ),
  data: Buffer.from(p.data ?? new Uint8Array()).toString('base64'),
});

/** Answers the request when it is for the codec endpoint (true), otherwise leaves it to the caller (false). */
export function codecAnfrage(req: IncomingMessage, res: ServerResponse, optionen: CodecEndpunktOptionen): boolean {
  const pfad = (req.url ?? '').split('?')[0]!;
  if (!Object.hasOwn(PFADE, pfad)) return false;
  const richtung = PFADE[pfad as keyof typeof PFADE];
  res.setHeader('Vary', 'Origin');
  // A browser on any other page gets no CORS header, so it may neither send nor read; tools without Origin may.
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== optionen.uiOrigin) {
    res.writeHead(403).end();
    return true;
  }
  // The access token travels in Authorization, never as a cookie: no Access-Control-Allow-Credentials.
  if (origin) res.setHeader('Access-Control-Allow-Origin', origin);
  if (req.method === 'OPTIONS') {
    res.setHeader('Access-Control-Allow-Methods', 'POST');
    res.setHeader('Access-Control-Allow-Headers', ERLAUBTE_KOEPFE);
    res.setHeader('Access-Control-Max-Age', '600');
    res.writeHead(204).end();
    return true;
  }
  if (req.method !== 'POST') {
    res.writeHead(405, { Allow: 'POST, OPTIONS' }).end();
    return true;
  }
  zugang(req.headers.authorization, optionen)
    .then(async (status) => {
      if (status === 401) return void res.writeHead(401, { 'WWW-Authenticate': 'Bearer' }).end();
      if (status !== 200) return void res.writeHead(status).end();
      const text = await koerper(req);
      const { payloads } = JSON.parse(text) as { payloads?: JsonPayload[] };
      if (!Array.isArray(payloads)) throw new Error('payloads missing');
      const ergebnis = await optionen.codec[richtung](payloads.map(ausJson));
      res
        .writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' })
        .end(JSON.stringify({ payloads: ergebnis.map(zuJson) }));
    })
    .catch(() => {
      if (!res.headersSent) res.writeHead(400).end();
    });
  return true;
}

/**
 * The endpoint, when TEMPORAL_CODEC_TOKEN is set or operators' access tokens can be checked; browsers may call it
 * only from TEMPORAL_UI_URL's origin.
 */
export function codecEndpunkt(
  config: Pick<Config, 'temporalCodecToken' | 'temporalPayloadSchluessel' | 'temporalUiUrl'>,
  operatorToken?: (token: string) => Promise<boolean>,
): ((req: IncomingMessage, res: ServerResponse) => boolean) | undefined {
  const token = config.temporalCodecToken;
  if (!token && !operatorToken) return undefined;
  const optionen = {
    codec: new AesGcmPayloadCodec(config.temporalPayloadSchluessel),
    token,
    operatorToken,
    uiOrigin: new URL(config.temporalUiUrl).origin,
  };
  return (req, res) => codecAnfrage(req, res, optionen);
}

/** The endpoint on a port of its own (TEMPORAL_CODEC_PORT), which operators' browsers reach; nothing else is served there. */
export async function codecServerStarten(
  host: string,
  port: number,
  anfrage: (req: IncomingMessage, res: ServerResponse) => boolean,
): Promise<Server> {
  const server = createServer((req, res) => {
    if (!anfrage(req, res)) res.writeHead(404).end();
  });
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, host, resolve));
  return server;
}
