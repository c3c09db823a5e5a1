// Accounts (Kunden, Partner, Mitarbeitende), appointments, outgoing letters, sessions.
import type { Knex } from 'knex';

export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('mitarbeiter', (t) => {
    t.increments('id');
    t.text('oidc_subject').notNullable().unique();
    t.text('vorname').notNullable();
    t.text('nachname').notNullable();
    t.text('email').notNullable();
    t.text('telefon');
    t.text('raum');
    t.text('team').notNullable().checkIn(['leistung', 'vermittlung', 'poststelle', 'admin']);
    t.boolean('aktiv').notNullable().defaultTo(true);
    t.timestamps(true, true);
  });

  await db.schema.createTable('kunden', (t) => {
    t.increments('id');
    t.text('kundennummer').notNullable().unique();
    t.text('bg_nummer').notNullable().index();
    t.text('vorname').notNullable();
    t.text('nachname').notNullable();
    t.text('strasse');
    t.text('plz');
    t.text('ort');
    t.text('email');
    t.text('telefon');
    t.text('sprache').notNullable().defaultTo('de');
    t.text('passwort_hash').notNullable();
    t.boolean('passwort_aendern').notNullable().defaultTo(true);
    t.timestamp('online_zustellung_seit', { useTz: true });
    t.integer('ansprechpartner_id').references('mitarbeiter.id');
    t.integer('leistungssachbearbeiter_id').references('mitarbeiter.id');
    t.boolean('aktiv').notNullable().defaultTo(true);
    t.integer('fehlversuche').notNullable().defaultTo(0);
    t.timestamp('gesperrt_bis', { useTz: true });
    t.timestamp('letzter_login', { useTz: true });
    t.timestamps(true, true);
  });

  await db.schema.createTable('partner', (t) => {
    t.increments('id');
    t.text('name').notNullable();
    t.text('strasse');
    t.text('plz');
    t.text('ort');
    t.text('email').notNullable();
    t.text('telefon');
    t.timestamps(true, true);
  });

  await db.schema.createTable('partner_benutzer', (t) => {
    t.increments('id');
    t.integer('partner_id').notNullable().references('partner.id').index();
    t.text('email').notNullable().unique();
    t.text('vorname').notNullable();
    t.text('nachname').notNullable();
    t.boolean('ist_admin').notNullable().defaultTo(false);
    t.text('passwort_hash');
    t.boolean('aktiv').notNullable().defaultTo(true);
    t.integer('fehlversuche').notNullable().defaultTo(0);
    t.timestamp('gesperrt_bis', { useTz: true });
    t.timestamp('letzter_login', { useTz: true });
    t.timestamps(true, true);
  });
  await db.raw('alter table partner_benutzer add constraint partner_benutzer_email_klein check (email = lower(email))');

  await db.schema.createTable('partner_kunden', (t) => {
    t.integer('partner_id').notNullable().references('partner.id');
    t.integer('kunde_id').notNullable().references('kunden.id').index();
    t.timestamp('seit', { useTz: true }).notNullable().defaultTo(db.fn.now());
    t.primary(['partner_id', 'kunde_id']);
  });

  await db.schema.createTable('termine', (t) => {
    t.increments('id');
    t.integer('kunde_id').notNullable().references('kunden.id');
    t.integer('mitarbeiter_id').references('mitarbeiter.id');
    t.timestamp('beginn', { useTz: true }).notNullable();
    t.integer('dauer_minuten').notNullable().defaultTo(30);
    t.text('raum');
    t.text('telefon');
    t.text('mitteilung_1');
    t.text('mitteilung_2');
    t.text('status').notNullable().defaultTo('geplant').checkIn(['geplant', 'abgesagt', 'stattgefunden']);
    t.timestamps(true, true);
    t.index(['kunde_id', 'beginn']);
  });

  await db.schema.createTable('ausgangsdokumente', (t) => {
    t.increments('id');
    t.text('ausgangsnummer').notNullable().unique();
    t.integer('kunde_id').references('kunden.id');
    t.integer('partner_id').references('partner.id');
    t.text('dokumentart').notNullable();
    t.text('bereich').notNullable().checkIn(['leistung', 'vermittlung']);
    t.text('name').notNullable();
    t.text('info');
    t.text('blob_key').notNullable();
    t.text('sha256').notNullable();
    t.integer('bytes').notNullable();
    t.text('versandstatus')
      .notNullable()
      .checkIn(['bereitgestellt', 'benachrichtigt', 'abgerufen', 'erinnert', 'postversand']);
    t.timestamp('bereitgestellt_am', { useTz: true }).notNullable().defaultTo(db.fn.now());
    t.timestamp('benachrichtigt_am', { useTz: true });
    t.timestamp('abgerufen_am', { useTz: true });
    t.integer('erstellt_von').references('mitarbeiter.id');
    t.timestamps(true, true);
    t.index(['kunde_id', 'bereitgestellt_am']);
    t.index(['partner_id', 'bereitgestellt_am']);
  });
  await db.raw(
    'alter table ausgangsdokumente add constraint ausgangsdokumente_ein_empfaenger check ((kunde_id is null) <> (partner_id is null))',
  );

  await db.schema.createTable('sitzungen', (t) => {
    t.text('id').primary();
    t.jsonb('daten').notNullable();
    t.timestamp('laeuft_ab', { useTz: true }).notNullable().index();
  });
}

export async function down(db: Knex): Promise<void> {
  for (const table of [
    'sitzungen',
    'ausgangsdokumente',
    'termine',
    'partner_kunden',
    'partner_benutzer',
    'partner',
    'kunden',
    'mitarbeiter',
  ]) {
    await db.schema.dropTableIfExists(table);
  }
}
