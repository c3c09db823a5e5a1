// Deletes what the Löschkonzept says is due, one batch per call: rows and their blob keys leave together, then the blobs.
import { readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Knex } from 'knex';
import type { Db } from '../db/knex.js';
import type { DokumentEingangInput } from '../domain/eingang.js';
import { briefAbSql, loeschgrenze, type Datenklasse, type Loeschfristen } from '../domain/loeschkonzept.js';
import type { BlobStore } from '../platform/blob-store.js';

export interface LoeschAuftrag {
  klasse: Datenklasse;
  /** ISO instant the run counts from (the workflow's clock; tests pass their own). */
  jetzt: string;
  limit: number;
}

export interface LoeschDeps {
  db: Db;
  blobs: BlobStore;
  loeschfristen: Loeschfristen;
  /** Where the embedded mail sink keeps its .eml files; absent in production. */
  mailDir: string;
}

type Zeile = { blob_key: string | null; input?: DokumentEingangInput | null; blob_keys?: string[] | null };

/** Deletes up to `limit` due rows in one statement (skipping rows another run holds) and returns their blob keys. */
type Auswahl = (trx: Knex, grenze: Date, limit: number) => Promise<Zeile[]>;

const ohneSperre = 'loeschsperre_seit is null';

const eingangsdokumente =
  (bedingung: string, ab: 'erledigt_am' | 'aktualisiert_am'): Auswahl =>
  async (trx, grenze, limit) => {
    const { rows } = await trx.raw<{ rows: Array<Zeile & { eingangsnummer: string }> }>(
      `with faellig as (
         select e.eingangsnummer, e.blob_key, s.input from eingangsdokumente e
         left join eingangs_starts s on s.eingangsnummer = e.eingangsnummer
         where ${bedingung} and e.${ab} < ? and e.${ohneSperre}
         order by e.${ab} limit ? for update of e skip locked)
       delete from eingangsdokumente e using faellig f where e.eingangsnummer = f.eingangsnummer
       returning f.eingangsnummer, f.blob_key, f.input`,
      [grenze, limit],
    );
    if (rows.length > 0)
      await trx('dms_ablagen')
        .whereIn(
          'eingangsnummer',
          rows.map((r) => r.eingangsnummer),
        )
        .delete();
    return rows;
  };

/**
 * A plain batch delete by primary key: `blob` names the column of the row's file (none by default), `bedingung`
 * spares rows still in use.
 */
const stapelweise =
  (tabelle: string, schluessel: string, ab: string, { blob = 'null', bedingung = 'true' } = {}): Auswahl =>
  async (trx, grenze, limit) => {
    const { rows } = await trx.raw<{ rows: Zeile[] }>(
      `delete from ${tabelle} where ${schluessel} in (
         select ${schluessel} from ${tabelle} where ${ab} < ? and ${bedingung} limit ? for update skip locked)
       returning ${blob} as blob_key`,
      [grenze, limit],
    );
    return rows;
  };

/** Rows without blobs. */
const nurZeilen = (tabelle: string, schluessel: string, ab: string, bedingung?: string): Auswahl =>
  stapelweise(tabelle, schluessel, ab, { bedingung });

const auswahl: Record<Exclude<Datenklasse, 'mail' | 'einmal_link'>, Auswahl> = {
  eingang: eingangsdokumente("e.status = 'erledigt' and e.art = 'dokument'", 'erledigt_am'),
  mitteilung: eingangsdokumente("e.status = 'erledigt' and e.art = 'mitteilung'", 'erledigt_am'),
  abgelehnt: eingangsdokumente("e.status = 'abgelehnt'", 'aktualisiert_am'),
  brief: async (trx, grenze, limit) => {
    const { rows } = await trx.raw<{ rows: Zeile[] }>(
      `delete from ausgangsdokumente where id in (
         select a.id from ausgangsdokumente a where ${briefAbSql} < ? and a.${ohneSperre}
         limit ? for update skip locked)
       returning blob_key`,
      [grenze, limit],
    );
    return rows;
  },
  // A folder leaves with its copies (the rows by cascade); counted from revocation, or from expiry.
  bewerbungsmappe: async (trx, grenze, limit) => {
    const { rows } = await trx.raw<{ rows: Zeile[] }>(
      `with faellig as (
         select id from bewerbungsmappen where least(widerrufen_am, gueltig_bis) < ?
         order by id limit ? for update skip locked),
       kopien as (
         select d.mappe_id, array_agg(d.blob_key) as blob_keys from bewerbungsmappe_dokumente d
         join faellig f on f.id = d.mappe_id group by d.mappe_id)
       delete from bewerbungsmappen m using faellig f left join kopien k on k.mappe_id = f.id
       where m.id = f.id
       returning null as blob_key, k.blob_keys`,
      [grenze, limit],
    );
    return rows;
  },
  sitzung: nurZeilen('sitzungen', 'id', 'laeuft_ab'),
  audit: nurZeilen('audit_log', 'id', 'zeit'),
  auskunft: stapelweise('auskuenfte', 'id', 'bereit_am', { blob: 'blob_key' }),
  // A lockout counts from its end, so deleting the row never lifts one early.
  anmeldeversuch: nurZeilen('anmeldeversuche', 'kennung', 'greatest(erster_fehlversuch, gesperrt_bis)'),
  // A key an attempt holds a live claim on stays: deleting it would let a second attempt send beside the first.
  benachrichtigung: nurZeilen(
    'benachrichtigungen',
    'schluessel',
    'coalesce(gesendet_am, angelegt_am)',
    '(versuch_bis is null or versuch_bis < now())',
  ),
  barriere_rueckmeldung: nurZeilen('barriere_rueckmeldungen', 'id', 'eingegangen_am'),
  // Its single-use cancel/move links go with it (they point at it).
  termin: async (trx, grenze, limit) => {
    const ids = (await trx('termine')
      .where('beginn', '<', grenze)
      .orderBy('beginn')
      .limit(limit)
      .forUpdate()
      .skipLocked()
      .pluck('id')) as number[];
    if (ids.length === 0) return [];
    await trx('termin_links').whereIn('termin_id', ids).delete();
    await trx('termine').whereIn('id', ids).delete();
    return ids.map(() => ({ blob_key: null }));
  },
  ereignis: nurZeilen('ereignisse', 'position', 'erfasst_am'),
  geteilt: stapelweise('geteilte_dateien', 'blob_key', 'abgelegt_am', { blob: 'blob_key' }),
};

/** Every blob a row refers to, including the uploads of a refused submission (kept in its start journal). */
function blobKeys(zeile: Zeile): string[] {
  const keys = zeile.blob_key ? [zeile.blob_key] : [];
  if (zeile.blob_keys) keys.push(...zeile.blob_keys);
  const inhalt = zeile.input?.inhalt;
  if (inhalt?.art === 'dokument') keys.push(...inhalt.dateien.map((d) => d.key));
  if (inhalt?.art === 'mitteilung') keys.push(inhalt.text.key);
  return keys;
}

export function createLoeschActivities({ db, blobs, loeschfristen, mailDir }: LoeschDeps) {
  /**
   * Deletes the journal's blobs (a missing one counts as deleted), then their journal entries. The store takes each
   * blob's lock against the key rotation (platform/blob-store-gesperrt.ts); taking it here too would wait for itself.
   */
  async function blobsAbarbeiten(keys: string[]): Promise<void> {
    for (let i = 0; i < keys.length; i += 32) {
      const teil = keys.slice(i, i + 32);
      await blobs.deleteMany(teil);
      await db('loesch_blobs').whereIn('blob_key', teil).delete();
    }
  }

  async function zeilenLoeschen(klasse: Datenklasse, grenze: Date, limit: number): Promise<number> {
    if (klasse === 'einmal_link') {
      const ab = 'least(benutzt_am, gueltig_bis)';
      const kunden = await nurZeilen('passwort_links', 'token_hash', ab)(db, grenze, limit);
      const partner = await nurZeilen('partner_passwort_links', 'token_hash', ab)(db, grenze, limit - kunden.length);
      return kunden.length + partner.length;
    }
    if (klasse === 'mail') throw new Error('mail is not a table');
    let keys: string[] = [];
    const anzahl = await db.transaction(async (trx) => {
      const zeilen = await auswahl[klasse](trx, grenze, limit);
      keys = zeilen.flatMap(blobKeys);
      if (keys.length > 0)
        await trx('loesch_blobs')
          .insert(keys.map((blob_key) => ({ blob_key, klasse })))
          .onConflict('blob_key')
          .ignore();
      return zeilen.length;
    });
    await blobsAbarbeiten(keys);
    return anzahl;
  }

  async function mailsLoeschen(grenze: Date, limit: number): Promise<number> {
    const namen = await readdir(mailDir).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [] as string[];
      throw error;
    });
    let anzahl = 0;
    for (const name of namen.filter((n) => n.endsWith('.eml'))) {
      if (anzahl >= limit) break;
      const datei = path.join(mailDir, name);
      const info = await stat(datei).catch(() => null);
      if (!info || info.mtime >= grenze) continue;
      await rm(datei, { force: true });
      anzahl += 1;
    }
    return anzahl;
  }

  return {
    /** One batch of one data class; fewer than `limit` means nothing more is due. */
    async loeschen({ klasse, jetzt, limit }: LoeschAuftrag): Promise<number> {
      const grenze = loeschgrenze(new Date(jetzt), loeschfristen[klasse]);
      return klasse === 'mail' ? mailsLoeschen(grenze, limit) : zeilenLoeschen(klasse, grenze, limit);
    },

    /** Blobs a previous run recorded but did not get to delete (it died in between); returns how many. */
    async loeschBlobsAbarbeiten({ limit }: { limit: number }): Promise<number> {
      const keys = (await db('loesch_blobs').orderBy('vorgemerkt_am').limit(limit).pluck('blob_key')) as string[];
      await blobsAbarbeiten(keys);
      return keys.length;
    },

    /** One audit entry per run with the count per data class; a retried call adds none. */
    async loeschlaufProtokollieren({
      lauf,
      jetzt,
      anzahl,
    }: {
      lauf: string;
      jetzt: string;
      anzahl: Partial<Record<Datenklasse, number>>;
    }): Promise<void> {
      await db.raw(
        `insert into audit_log (aktion, details, request_id)
         select 'loeschlauf', ?::jsonb, ? where not exists (
           select 1 from audit_log where aktion = 'loeschlauf' and request_id = ?)`,
        [JSON.stringify({ jetzt, anzahl, fristen: loeschfristen }), lauf, lauf],
      );
    },
  };
}
