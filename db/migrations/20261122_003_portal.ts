// Client portal: failed sign-ins per identifier (existing or not, so lockout reveals nothing) and the jobcenter's news.
import type { Knex } from 'knex';

export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('anmeldeversuche', (t) => {
    t.text('kennung').primary();
    t.integer('fehlversuche').notNullable().defaultTo(0);
    t.timestamp('erster_fehlversuch', { useTz: true }).notNullable();
    t.timestamp('gesperrt_bis', { useTz: true });
  });
  await db.schema.createTable('neuigkeiten', (t) => {
    t.increments('id');
    t.text('titel').notNullable();
    t.text('text').notNullable();
    t.timestamp('sichtbar_ab', { useTz: true }).notNullable().defaultTo(db.fn.now());
    t.timestamp('sichtbar_bis', { useTz: true });
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTableIfExists('neuigkeiten');
  await db.schema.dropTableIfExists('anmeldeversuche');
}
