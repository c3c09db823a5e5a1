// Parses form posts: urlencoded fields, or multipart with the upload limits enforced while streaming.
import busboy from 'busboy';
import coBody from 'co-body';
import type { Context, Middleware } from 'koa';
import { FachlicherFehler } from '../../domain/fehler.js';
import { grenzen } from '../../domain/grenzen.js';

export interface Formular {
  felder: Record<string, string>;
  /** Non-empty file fields in form order, e.g. datei1, datei2 … */
  dateien: Array<{ feld: string; bytes: Buffer }>;
}

function multipart(ctx: Context): Promise<Formular> {
  return new Promise((resolve, reject) => {
    const felder: Record<string, string> = {};
    const dateien: Formular['dateien'] = [];
    let gesamt = 0;
    let fehler: FachlicherFehler | undefined;
    const parser = busboy({
      headers: ctx.req.headers,
      limits: { fileSize: grenzen.bytesProDatei, files: grenzen.dateienProEinreichung, fields: 50, fieldSize: 20_000, parts: 100 },
    });
    parser.on('field', (name, value) => {
      felder[name] = value;
    });
    parser.on('file', (feld, stream) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => {
        gesamt += chunk.length;
        if (gesamt > grenzen.bytesProEinreichung) fehler ??= new FachlicherFehler('ungueltige_eingabe', 'Sendung zu groß', { dateien: 'zu_gross' });
        if (!fehler) chunks.push(chunk);
      });
      stream.on('limit', () => {
        fehler ??= new FachlicherFehler('ungueltige_eingabe', 'Datei zu groß', { [feld]: 'zu_gross' });
      });
      stream.on('close', () => {
        const bytes = Buffer.concat(chunks);
        if (bytes.length > 0) dateien.push({ feld, bytes });
      });
    });
    parser.on('filesLimit', () => {
      fehler ??= new FachlicherFehler('ungueltige_eingabe', 'zu viele Dateien', { dateien: 'zu_viele_dateien' });
    });
    parser.on('error', reject);
    parser.on('close', () => (fehler ? reject(fehler) : resolve({ felder, dateien })));
    ctx.req.pipe(parser);
  });
}

export function formular(): Middleware {
  return async (ctx, next) => {
    if (ctx.method === 'POST') {
      if (ctx.is('multipart/form-data')) ctx.state.formular = await multipart(ctx);
      else if (ctx.is('application/x-www-form-urlencoded')) {
        const felder = (await coBody.form(ctx.req, { limit: '100kb', queryString: { depth: 0, arrayLimit: 0 } })) as Record<string, unknown>;
        ctx.state.formular = { felder: Object.fromEntries(Object.entries(felder).map(([k, v]) => [k, String(v)])), dateien: [] };
      } else ctx.state.formular = { felder: {}, dateien: [] };
    }
    await next();
  };
}
