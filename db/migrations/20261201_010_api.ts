// Machine API: Idempotency-Key claims with their stored answers, and audit entries written for API clients.
import type { Knex } from 'knex';

const staffAktionen = ['ansehen', 'herunterladen', 'uebernehmen', 'bereich_aendern', 'erledigen'];

export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('api_idempotenz', (t) => {
    t.text('client_id').notNullable();
    t.text('schluessel').notNullable();
    /** sha256 over method, path, If-Match and the canonical JSON body: the same key with another request is refused. */
    t.text('anfrage_hash').notNullable();
    t.text('zustand').notNullable().checkIn(['in_bearbeitung', 'fertig']);
    /** A claim older than this is taken over by the next retry (its process died before answering). */
    t.timestamp('beansprucht_bis', { useTz: true }).notNullable();
    t.integer('antwort_status');
    t.jsonb('antwort_kopfzeilen');
    t.jsonb('antwort_inhalt');
    t.timestamp('erstellt_am', { useTz: true }).notNullable().defaultTo(db.fn.now());
    t.primary(['client_id', 'schluessel']);
    t.index(['erstellt_am']);
  });
  await db.schema.alterTable('audit_log', (t) => {
    t.text('api_client');
    t.setNullable('mitarbeiter_id');
    t.setNullable('eingangsnummer');
  });
  await db.raw('alter table audit_log drop constraint if exists audit_log_aktion_check');
  await db.raw(
    `alter table audit_log add constraint audit_log_aktion_check check (aktion in (${[...staffAktionen, 'api_aufruf'].map((a) => `'${a}'`).join(', ')}))`,
  );
  await db.raw(
    'alter table audit_log add constraint audit_log_wer check ((mitarbeiter_id is null) <> (api_client is null))',
  );
  await db.raw(
    "alter table audit_log add constraint audit_log_was check (eingangsnummer is not null or aktion = 'api_aufruf')",
  );
}

export async function down(db: Knex): Promise<void> {
  await db('audit_log').whereNotNull('api_client').delete();
  await db.raw('alter table audit_log drop constraint audit_log_was');
  await db.raw('alter table audit_log drop constraint audit_log_wer');
  await db.raw('alter table audit_log drop constraint audit_log_aktion_check');
  await db.raw(
    `alter table audit_log add constraint audit_log_aktion_check check (aktion in (${staffAktionen.map((a) => `'${a}'`).join(', ')}))`,
  );
  await db.schema.alterTable('audit_log', (t) => {
    t.dropColumn('api_client');
    t.dropNullable('mitarbeiter_id');
    t.dropNullable('eingangsnummer');
  });
  await db.schema.dropTableIfExists('api_idempotenz');
}
