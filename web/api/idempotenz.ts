// Idempotency-Key on every POST and PUT: per client, the first successful answer is stored and given again for the same request.
//
// The first request claims the key with INSERT … ON CONFLICT DO NOTHING; the answer is stored when it is a success.
// A concurrent duplicate waits (up to WARTEN_MS) for that answer and then gets it; still unfinished, it gets 409 with
// Retry-After. The same key with a different request (method, path, If-Match, JSON body) is refused with 409. A failed
// first attempt releases the key, so the retry runs again; a claim whose process died is taken over after CLAIM_S.
// A key expires 24 hours after its first use: then it counts as new (the nightly cleanup deletes expired keys).
import { createHash } from 'node:crypto';
import type { Context, Middleware } from 'koa';
import type { Db } from '../../db/knex.js';
import { idempotenzSchluesselGueltigStunden } from '../../domain/api-fristen.js';
import { FachlicherFehler } from '../../domain/fehler.js';
import type { ApiClient } from './zugangstoken.js';

const SCHLUESSEL = /^[\x21-\x7e]{1,255}$/;
const WARTEN_MS = 10_000;
const CLAIM_S = 60;
const GESPEICHERTE_KOPFZEILEN = ['etag', 'location', 'content-type'];

/** JSON with object keys sorted, so the same content in another key order counts as the same request. */
function kanonisch(wert: unknown): string {
  if (Array.isArray(wert)) return `[${wert.map(kanonisch).join(',')}]`;
  if (wert && typeof wert === 'object') {
    const eintraege = Object.entries(wert).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${eintraege.map(([k, v]) => `${JSON.stringify(k)}:${kanonisch(v)}`).join(',')}}`;
  }
  return JSON.stringify(wert) ?? 'null';
}

function anfrageHash(ctx: Context): string {
  return createHash('sha256')
    .update(kanonisch([ctx.method, ctx.path, ctx.get('If-Match'), ctx.state.apiBody ?? null]))
    .digest('hex');
}

interface Eintrag {
  anfrage_hash: string;
  zustand: 'in_bearbeitung' | 'fertig';
  antwort_status: number | null;
  antwort_kopfzeilen: Record<string, string> | null;
  antwort_inhalt: unknown;
}

function wiedergeben(ctx: Context, eintrag: Eintrag): void {
  ctx.status = eintrag.antwort_status!;
  for (const [name, wert] of Object.entries(eintrag.antwort_kopfzeilen ?? {})) ctx.set(name, wert);
  ctx.body = eintrag.antwort_inhalt ?? undefined;
  ctx.set('Idempotent-Replayed', 'true');
}

export function idempotenz(db: Db): Middleware {
  return async (ctx, next) => {
    if (ctx.method !== 'POST' && ctx.method !== 'PUT') return next();
    const schluessel = ctx.get('Idempotency-Key');
    if (!SCHLUESSEL.test(schluessel))
      throw new FachlicherFehler(
        'ungueltige_eingabe',
        'POST und PUT brauchen einen Idempotency-Key (1 bis 255 sichtbare ASCII-Zeichen).',
        { 'Idempotency-Key': schluessel ? 'format' : 'fehlt' },
      );
    const { clientId }: ApiClient = ctx.state.apiClient;
    const hash = anfrageHash(ctx);
    const schluesselZeile = { client_id: clientId, schluessel };
    const beanspruchen = async (): Promise<boolean> => {
      const neu = await db('api_idempotenz')
        .insert({
          ...schluesselZeile,
          anfrage_hash: hash,
          zustand: 'in_bearbeitung',
          beansprucht_bis: db.raw(`now() + interval '${CLAIM_S} seconds'`),
        })
        .onConflict(['client_id', 'schluessel'])
        .ignore()
        .returning('client_id');
      if (neu.length > 0) return true;
      const abgelaufen = await db('api_idempotenz')
        .where(schluesselZeile)
        .where('erstellt_am', '<', db.raw(`now() - interval '${idempotenzSchluesselGueltigStunden} hours'`))
        .delete();
      if (abgelaufen > 0) return beanspruchen();
      const uebernommen = await db('api_idempotenz')
        .where({ ...schluesselZeile, anfrage_hash: hash, zustand: 'in_bearbeitung' })
        .where('beansprucht_bis', '<', db.fn.now())
        .update({ beansprucht_bis: db.raw(`now() + interval '${CLAIM_S} seconds'`) })
        .returning('client_id');
      return uebernommen.length > 0;
    };

    const bis = Date.now() + WARTEN_MS;
    while (!(await beanspruchen())) {
      const eintrag: Eintrag | undefined = await db('api_idempotenz').where(schluesselZeile).first();
      if (!eintrag) continue;
      if (eintrag.anfrage_hash !== hash)
        throw new FachlicherFehler(
          'konflikt',
          'Dieser Idempotency-Key wurde schon für eine andere Anfrage verwendet.',
          { 'Idempotency-Key': 'anderer_inhalt' },
        );
      if (eintrag.zustand === 'fertig') return wiedergeben(ctx, eintrag);
      if (Date.now() > bis) {
        ctx.set('Retry-After', '1');
        throw new FachlicherFehler('konflikt', 'Eine Anfrage mit diesem Idempotency-Key ist noch in Bearbeitung.', {
          'Idempotency-Key': 'in_bearbeitung',
        });
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }

    try {
      await next();
    } catch (error) {
      await db('api_idempotenz').where(schluesselZeile).delete();
      throw error;
    }
    if (ctx.status >= 300) {
      await db('api_idempotenz').where(schluesselZeile).delete();
      return;
    }
    const kopfzeilen = Object.fromEntries(
      GESPEICHERTE_KOPFZEILEN.flatMap((name) =>
        ctx.response.get(name) ? [[name, String(ctx.response.get(name))]] : [],
      ),
    );
    await db('api_idempotenz')
      .where(schluesselZeile)
      .update({
        zustand: 'fertig',
        antwort_status: ctx.status,
        antwort_kopfzeilen: kopfzeilen,
        antwort_inhalt: ctx.body === undefined ? null : JSON.stringify(ctx.body),
      });
  };
}
