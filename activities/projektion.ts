// Projects each workflow step into PostgreSQL (status, fields, timeline, event), idempotently by step number.
import type { Db } from '../db/knex.js';
import { Kunde } from '../db/models/kunde.js';
import type { ProjektionFelder } from '../domain/eingang.js';
import { eingangsereignis } from '../domain/ereignis.js';
import type { Zustaendige } from '../domain/routing.js';
import type { Dokumentstatus } from '../domain/status.js';
import { ereignisErfassen } from '../services/ereignisse/erfassen.js';

export interface StatusMeldung {
  eingangsnummer: string;
  schritt: number;
  status: Dokumentstatus;
  zeit: string;
  felder?: ProjektionFelder;
  details?: Record<string, unknown>;
}

function spalten(felder: ProjektionFelder = {}): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  if (felder.teams) row.teams = felder.teams;
  if (felder.zugewiesenAn !== undefined) row.zugewiesen_an = felder.zugewiesenAn;
  if (felder.seiten !== undefined) row.seiten = felder.seiten;
  if (felder.pdf) Object.assign(row, { blob_key: felder.pdf.key, sha256: felder.pdf.sha256, bytes: felder.pdf.bytes });
  if (felder.dmsReferenz) row.dms_referenz = felder.dmsReferenz;
  if (felder.ablehnungsgrund) row.ablehnungsgrund = felder.ablehnungsgrund;
  if (felder.hinweise) row.hinweise = felder.hinweise;
  if (felder.vorschau) row.vorschau = JSON.stringify(felder.vorschau);
  return row;
}

/** A scanned document's client (by Kundennummer), Dokumentart and the letter it answers. */
function zuordnungSpalten(db: Db, zuordnung: ProjektionFelder['zuordnung']): Record<string, unknown> {
  if (!zuordnung) return {};
  return {
    kunde_id: db('kunden').where({ kundennummer: zuordnung.kundennummer }).select('id'),
    dokumentart: zuordnung.dokumentart,
    antwort_auf: zuordnung.referenz ?? null,
  };
}

/**
 * The step's timeline entry and the row's new status in one statement (atomic on its own); an older or repeated step
 * leaves the row as it is. Throws when the document has no row. `db` is the pool, or the transaction of a step with
 * an event.
 */
async function projizieren(db: Db, meldung: StatusMeldung, zeit: Date): Promise<void> {
  const row: Record<string, unknown> = {
    ...spalten(meldung.felder),
    ...zuordnungSpalten(db, meldung.felder?.zuordnung),
    status: meldung.status,
    letzter_schritt: meldung.schritt,
    aktualisiert_am: zeit,
  };
  if (meldung.status === 'abgelegt') row.abgelegt_am = zeit;
  if (meldung.status === 'erledigt') row.erledigt_am = zeit;
  await db('eingangsdokumente')
    .with(
      'timeline',
      db.raw(
        `insert into eingangs_timeline (eingangsnummer, schritt, status, zeit, details) values (?, ?, ?, ?, ?)
         on conflict (eingangsnummer, schritt) do nothing`,
        [meldung.eingangsnummer, meldung.schritt, meldung.status, zeit, meldung.details ?? {}],
      ),
    )
    .where({ eingangsnummer: meldung.eingangsnummer })
    .andWhere('letzter_schritt', '<', meldung.schritt)
    .update(row)
    .catch((error: { constraint?: string }) => {
      // The timeline's foreign key: no row to project into.
      if (error.constraint === 'eingangs_timeline_eingangsnummer_foreign')
        throw new Error(`no projection row for ${meldung.eingangsnummer}`);
      throw error;
    });
}

export function createProjektionActivities({ db }: { db: Db }) {
  /** A step without an event for the Fachverfahren is one statement; one with an event records it in the same transaction. */
  async function statusProjizieren(meldung: StatusMeldung): Promise<void> {
    const zeit = new Date(meldung.zeit);
    const art = eingangsereignis(meldung.status);
    if (!art) return projizieren(db, meldung, zeit);
    await db.transaction(async (trx) => {
      await projizieren(trx, meldung, zeit);
      const dokument = await trx('eingangsdokumente as e')
        // Scanned paper may still be without its client (waiting for Zuordnen, or discarded as a duplicate).
        .leftJoin('kunden as k', 'k.id', 'e.kunde_id')
        .where('e.eingangsnummer', meldung.eingangsnummer)
        .first('k.kundennummer', 'e.dokumentart');
      await ereignisErfassen(trx, {
        art,
        schluessel: `eingang/${meldung.eingangsnummer}/${meldung.schritt}`,
        status: meldung.status,
        zeit,
        kundennummer: dokument.kundennummer ?? null,
        dokumentart: dokument.dokumentart ?? null,
        eingangsnummer: meldung.eingangsnummer,
      });
    });
  }

  return {
    statusProjizieren,

    /**
     * Several steps one after the other, so their events keep the steps' order. Each step is written once: a retry after
     * the first was written leaves it as it is and writes the rest.
     */
    async schritteProjizieren(meldungen: StatusMeldung[]): Promise<void> {
      for (const meldung of meldungen) await statusProjizieren(meldung);
    },

    async zustaendigeLaden(kundennummer: string): Promise<Zustaendige> {
      const kunde = await Kunde.query(db)
        .findOne({ kundennummer })
        .select('leistungssachbearbeiter_id', 'ansprechpartner_id');
      return {
        leistungssachbearbeiterId: kunde?.leistungssachbearbeiter_id ?? null,
        ansprechpartnerId: kunde?.ansprechpartner_id ?? null,
      };
    },
  };
}
