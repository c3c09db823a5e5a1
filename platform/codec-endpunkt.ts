// The Temporal UI's codec endpoint (POST /codec/decode): decrypts payloads for operators, on the internal metrics port only.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Payload, PayloadCodec } from '@temporalio/common';
import type { Config } from './config.js';
import { AesGcmPayloadCodec } from './temporal-codec.js';

export interface CodecEndpunktOptionen {
  codec: PayloadCodec;
  /** The bearer token operators' requests carry (TEMPORAL_CODEC_TOKEN). */
  token: string;
  /** The Temporal UI's origin: the only one a browser may call from. */
  uiOrigin: string;
}

const PFAD = '/codec/decode';
const HOECHSTENS_BYTES = 8 * 1024 * 1024;

type JsonPayload = { metadata?: Record<string, string>; data?: string };

const hash = (wert: string) => createHash('sha256').update(wert).digest();

function tokenPasst(kopf: string | undefined, token: string): boolean {
  const [art, wert] = (kopf ?? '').split(' ');
  return art?.toLowerCase() === 'bearer' && !!wert && timingSafeEqual(hash(wert), hash(token));
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
  if ((req.url ?? '').split('?')[0] !== PFAD) return false;
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== optionen.uiOrigin) {
    res.writeHead(403).end();
    return true;
  }
  if (origin) {
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
    res.setHeader('Vary', 'Origin');
  }
  if (req.method === 'OPTIONS') {
    res.setHeader('Access-Control-Allow-Methods', 'POST');
    res.setHeader('Access-Control-Allow-Headers', 'authorization, content-type, x-namespace');
    res.writeHead(204).end();
    return true;
  }
  if (req.method !== 'POST') {
    res.writeHead(405, { Allow: 'POST, OPTIONS' }).end();
    return true;
  }
  if (!tokenPasst(req.headers.authorization, optionen.token)) {
    res.writeHead(401, { 'WWW-Authenticate': 'Bearer' }).end();
    return true;
  }
  koerper(req)
    .then(async (text) => {
      const { payloads } = JSON.parse(text) as { payloads?: JsonPayload[] };
      if (!Array.isArray(payloads)) throw new Error('payloads missing');
      const entschluesselt = await optionen.codec.decode(payloads.map(ausJson));
      res
        .writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' })
        .end(JSON.stringify({ payloads: entschluesselt.map(zuJson) }));
    })
    .catch(() => {
      if (!res.headersSent) res.writeHead(400).end();
    });
  return true;
}

/** The endpoint for the metrics port, when TEMPORAL_CODEC_TOKEN is set; calls only from TEMPORAL_UI_URL's origin. */
export function codecEndpunkt(
  config: Pick<Config, 'temporalCodecToken' | 'temporalPayloadSchluessel' | 'temporalUiUrl'>,
): ((req: IncomingMessage, res: ServerResponse) => boolean) | undefined {
  const token = config.temporalCodecToken;
  if (!token) return undefined;
  const optionen = {
    codec: new AesGcmPayloadCodec(config.temporalPayloadSchluessel),
    token,
    uiOrigin: new URL(config.temporalUiUrl).origin,
  };
  return (req, res) => codecAnfrage(req, res, optionen);
}
