// Payload codec for Temporal: every payload AES-256-GCM encrypted under a key id, so histories hold no personal data in clear.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { Payload, PayloadCodec } from '@temporalio/common';
import proto from '@temporalio/proto';

const { Payload: PayloadProto } = proto.temporal.api.common.v1;

/** One key: the id written beside each encrypted payload, and 32 bytes of key. */
export interface PayloadSchluessel {
  id: string;
  schluessel: Buffer;
}

export const VERSCHLUESSELT = 'binary/encrypted';
const KODIERUNG = new TextEncoder().encode(VERSCHLUESSELT);
const SCHLUESSEL_ID = /^[A-Za-z0-9_-]{1,16}$/;
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** `id:base64` of 32 bytes, more keys comma-separated; the first encrypts, all decrypt. */
export function payloadSchluesselLesen(wert: string): PayloadSchluessel[] {
  const liste = wert.split(',').map((eintrag) => {
    const trenn = eintrag.indexOf(':');
    const id = eintrag.slice(0, trenn).trim();
    if (trenn < 1 || !SCHLUESSEL_ID.test(id))
      throw new Error('must be id:key (id 1-16 letters, digits, _ or -), more keys separated by commas');
    const schluessel = Buffer.from(eintrag.slice(trenn + 1).trim(), 'base64');
    if (schluessel.length !== 32)
      throw new Error(`key ${id}: the key must be 32 bytes in base64 (openssl rand -base64 32)`);
    return { id, schluessel };
  });
  if (new Set(liste.map((k) => k.id)).size !== liste.length) throw new Error('key ids must be unique');
  return liste;
}

const text = (bytes: Uint8Array | null | undefined) => (bytes ? new TextDecoder().decode(bytes) : undefined);

/**
 * Encrypts the whole serialised payload (metadata and data). Payloads that are not encrypted (histories from before
 * the codec, or written without it) are decoded as they are, so those workflows still replay and run.
 */
export class AesGcmPayloadCodec implements PayloadCodec {
  private readonly nachId: Map<string, Buffer>;

  constructor(private readonly schluessel: PayloadSchluessel[]) {
    if (schluessel.length === 0) throw new Error('a payload codec needs at least one key');
    this.nachId = new Map(schluessel.map((k) => [k.id, k.schluessel]));
  }

  async encode(payloads: Payload[]): Promise<Payload[]> {
    const { id, schluessel } = this.schluessel[0]!;
    return payloads.map((payload) => {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', schluessel, iv);
      const klar = PayloadProto.encode(payload).finish();
      const daten = Buffer.concat([iv, cipher.update(klar), cipher.final(), cipher.getAuthTag()]);
      return { metadata: { encoding: KODIERUNG, 'encryption-key-id': new TextEncoder().encode(id) }, data: daten };
    });
  }

  async decode(payloads: Payload[]): Promise<Payload[]> {
    return payloads.map((payload) => {
      if (text(payload.metadata?.encoding) !== VERSCHLUESSELT) return payload;
      const id = text(payload.metadata?.['encryption-key-id']) ?? '';
      const schluessel = this.nachId.get(id);
      if (!schluessel) throw new Error(`payload encrypted with unknown key id "${id}"`);
      const daten = Buffer.from(payload.data ?? new Uint8Array());
      const decipher = createDecipheriv('aes-256-gcm', schluessel, daten.subarray(0, IV_BYTES));
      decipher.setAuthTag(daten.subarray(daten.length - TAG_BYTES));
      const klar = Buffer.concat([
        decipher.update(daten.subarray(IV_BYTES, daten.length - TAG_BYTES)),
        decipher.final(),
      ]);
      return PayloadProto.decode(klar) as Payload;
    });
  }
}

/** The data converter every client and worker of the platform uses. */
export function datenKonverter(schluessel: PayloadSchluessel[]): { payloadCodecs: PayloadCodec[] } {
  return { payloadCodecs: [new AesGcmPayloadCodec(schluessel)] };
}
