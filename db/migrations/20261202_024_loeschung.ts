// Löschkonzept: staff holds (Löschsperre) on documents and letters, the journal of blobs whose rows are deleted, and
// audit entries for holds (also on letters) and for each nightly deletion run (written by the system, no person).
import type { Knex } from 'knex';

const bisherigeAktionen = ['ansehen', 'herunterladen', 'uebernehmen', 'bereich_aendern', 'erledigen', 'api_aufruf'];
const neueAktionen = ['loeschsperre_setzen', 'loeschsperre_aufheben', 'loeschlauf'];

const aktionCheck = (aktionen: string[]) =>
  `alter table audit_log add constraint audit_log_aktion_check check (aktion in (${aktionen.map((a) => `'${a}'`).join(', ')}))`;

export async function up(db: Knex): Promise<void> {
  for (const tabelle of ['eingangsdokumente', 'ausgangsdokumente']) {
    await db.schema.alterTable(tabelle, (t) => {
      /** Set while a staff member holds the item back from deletion; the reason is required. */
      t.timestamp('loeschsperre_seit', { useTz: true });
      t.text('loeschsperre_grund');
      t.integer('loeschsperre_von').references('mitarbeiter.id');
    });
  }
  // A blob whose row is already deleted waits here until the blob store confirmed its deletion: no row ever points at
  // a missing file, and a run that dies in between leaves the key for the next run rather than an orphan.
  await db.schema.createTable('loesch_blobs', (t) => {
    t.text('blob_key').primary();
    t.text('klasse').notNullable();
    t.timestamp('vorgemerkt_am', { useTz: true }).notNullable().defaultTo(db.fn.now());
  });
  await db.raw(
    'create index eingangsdokumente_loeschung on eingangsdokumente (status, aktualisiert_am) where loeschsperre_seit is null',
  );
  await db.raw('create index audit_log_zeit on audit_log (zeit)');

  await db.schema.alterTable('audit_log', (t) => {
    t.text('ausgangsnummer');
  });
  await db.raw('alter table audit_log drop constraint audit_log_aktion_check');
  await db.raw(aktionCheck([...bisherigeAktionen, ...neueAktionen]));
  await db.raw('alter table audit_log drop constraint audit_log_wer');
  await db.raw(
    "alter table audit_log add constraint audit_log_wer check (case when aktion = 'loeschlauf' then mitarbeiter_id is null and api_client is null else (mitarbeiter_id is null) <> (api_client is null) end)",
  );
  await db.raw('alter table audit_log drop constraint audit_log_was');
  await db.raw(
    "alter table audit_log add constraint audit_log_was check (eingangsnummer is not null or ausgangsnummer is not null or aktion in ('api_aufruf', 'loeschlauf'))",
  );
}

export async function down(db: Knex): Promise<void> {
  await db('audit_log').whereIn('aktion', neueAktionen).delete();
  await db.raw('alter table audit_log drop constraint audit_log_was');
  await db.raw(
    "alter table audit_log add constraint audit_log_was check (eingangsnummer is not null or aktion = 'api_aufruf')",
  );
  await db.raw('alter table audit_log drop constraint audit_log_wer');
  await db.raw(
    'alter table audit_log add constraint audit_log_wer check ((mitarbeiter_id is null) <> (api_client is null))',
  );
  await db.raw('alter table audit_log drop constraint audit_log_aktion_check');
  await db.raw(aktionCheck(bisherigeAktionen));
  await db.schema.alterTable('audit_log', (t) => t.dropColumn('ausgangsnummer'));
  await db.raw('drop index if exists audit_log_zeit');
  await db.raw('drop index if exists eingangsdokumente_loeschung');
  await db.schema.dropTableIfExists('loesch_blobs');
  for (const tabelle of ['eingangsdokumente', 'ausgangsdokumente']) {
    await db.schema.alterTable(tabelle, (t) =>
      t.dropColumns('loeschsperre_seit', 'loeschsperre_grund', 'loeschsperre_von'),
    );
  }
}
