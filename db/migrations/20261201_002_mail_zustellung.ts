// Mail ledger with claims (at most one attempt sends a key at a time) and the deemed delivery dates of outgoing letters.
import type { Knex } from 'knex';
import { bekanntgabe } from '../../domain/bekanntgabe.js';

export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('benachrichtigungen', (t) => {
    // offen: nothing in flight; wird_gesendet: an attempt claimed the key before SMTP; gesendet: the server accepted it.
    t.text('status').notNullable().defaultTo('offen').checkIn(['offen', 'wird_gesendet', 'gesendet']);
    t.uuid('versuch');
    t.timestamp('versuch_bis', { useTz: true });
    t.integer('versuche').notNullable().defaultTo(0);
    /** A claim took over an unconfirmed send: the recipient may have the mail twice (same Message-ID). */
    t.boolean('moeglicherweise_doppelt').notNullable().defaultTo(false);
  });
  // Rows written before claims existed: sent ones are done; the rest were started and never confirmed.
  await db('benachrichtigungen').update({
    status: db.raw("case when gesendet_am is not null then 'gesendet' else 'wird_gesendet' end"),
    versuche: 1,
  });

  await db.schema.alterTable('ausgangsdokumente', (t) => {
    t.date('bekanntgabe_am');
    t.text('bekanntgabe_grundlage');
    t.timestamp('zur_post_am', { useTz: true });
    t.date('post_bekanntgabe_am');
    t.text('post_bekanntgabe_grundlage');
  });
  // Letters already alerted get the day of the rule in force when their alert went out.
  const briefe = await db('ausgangsdokumente')
    .whereNotNull('kunde_id')
    .whereNotNull('benachrichtigt_am')
    .select('id', 'benachrichtigt_am');
  for (const brief of briefe) {
    const { am, grundlage } = bekanntgabe('abruf', new Date(brief.benachrichtigt_am));
    await db('ausgangsdokumente')
      .where({ id: brief.id })
      .update({ bekanntgabe_am: am, bekanntgabe_grundlage: grundlage });
  }
}

export async function down(db: Knex): Promise<void> {
  await db.schema.alterTable('ausgangsdokumente', (t) => {
    t.dropColumns(
      'bekanntgabe_am',
      'bekanntgabe_grundlage',
      'zur_post_am',
      'post_bekanntgabe_am',
      'post_bekanntgabe_grundlage',
    );
  });
  await db.schema.alterTable('benachrichtigungen', (t) =>
    t.dropColumns('status', 'versuch', 'versuch_bis', 'versuche', 'moeglicherweise_doppelt'),
  );
}
