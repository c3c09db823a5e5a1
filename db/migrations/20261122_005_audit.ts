// Audit log: every staff view, download and action on a document (who, what, when).
import type { Knex } from 'knex';

export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('audit_log', (t) => {
    t.bigIncrements('id');
    t.integer('mitarbeiter_id').notNullable().references('mitarbeiter.id');
    t.text('aktion').notNullable().checkIn(['ansehen', 'herunterladen', 'uebernehmen', 'bereich_aendern', 'erledigen']);
    t.text('eingangsnummer').notNullable().index();
    t.jsonb('details').notNullable().defaultTo('{}');
    t.text('request_id');
    t.timestamp('zeit', { useTz: true }).notNullable().defaultTo(db.fn.now());
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTableIfExists('audit_log');
}
