// Streams a raw PDF request body into the blob store — counted, capped and hashed on the way, never held in memory
// whole — and checks it against its Content-Digest (RFC 9530, sha-256). Nothing stays behind when it is refused.
import { Transform } from 'node:stream';
import type { Context } from 'koa';
import { FachlicherFehler } from '../../domain/fehler.js';
import { schonAbgebrochen } from '../anfrage-abgebrochen.js';
import { grenzen } from '../../domain/grenzen.js';
import type { BlobStore } from '../../platform/blob-store.js';
import type { GespeichertesPdf } from '../../services/ausgang/brief-annehmen.js';

const KOPF_BYTES = 1024;
const zuGross = () =>
  Object.assign(new Error(`Das PDF ist größer als ${grenzen.bytesProDatei / 1024 / 1024} MB.`), {
    status: 413,
    expose: true,
  });

/** The sha-256 member of a Content-Digest dictionary, as hex; undefined when there is none. */
function sha256AusDigest(kopf: string): string | undefined {
  const treffer = /(?:^|,)\s*sha-256=:([A-Za-z0-9+/]{43}=):\s*(?:;[^,]*)?(?:,|$)/.exec(kopf);
  return treffer ? Buffer.from(treffer[1]!, 'base64').toString('hex') : undefined;
}

export async function pdfEmpfangen(ctx: Context, blobs: BlobStore, prefix: string): Promise<GespeichertesPdf> {
  const erwartet = sha256AusDigest(ctx.get('Content-Digest'));
  if (!erwartet)
    throw new FachlicherFehler('ungueltige_eingabe', 'Content-Digest mit sha-256 fehlt oder ist ungültig.', {
      'Content-Digest': ctx.get('Content-Digest') ? 'format' : 'fehlt',
    });
  if ((ctx.request.length ?? 0) > grenzen.bytesProDatei) throw zuGross();
  const kopf: Buffer[] = [];
  let gelesen = 0;
  const zaehler = new Transform({
    transform(teil: Buffer, _encoding, weiter) {
      if (gelesen < KOPF_BYTES) kopf.push(teil.subarray(0, KOPF_BYTES - gelesen));
      gelesen += teil.length;
      weiter(gelesen > grenzen.bytesProDatei ? zuGross() : null, teil);
    },
  });
  // pipe() does not pass on a broken connection: without this the store would wait for the rest forever.
  if (schonAbgebrochen(ctx.req, () => zaehler.destroy(new Error('request body aborted'))))
    throw new Error('request body aborted before it was read');
  const gespeichert = await blobs.putStream(ctx.req.pipe(zaehler), prefix);
  if (gespeichert.sha256 !== erwartet) {
    await blobs.delete(gespeichert.key);
    throw new FachlicherFehler('ungueltige_eingabe', 'Der Inhalt passt nicht zum Content-Digest.', {
      'Content-Digest': 'passt_nicht',
    });
  }
  return { gespeichert, kopf: Buffer.concat(kopf) };
}
