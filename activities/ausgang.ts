// Outbound letters: alert e-mail (its time stored as proof), reminder, and the post fallback; each step checks retrieval first.
import type { Db } from '../db/knex.js';
import { bekanntgabe } from '../domain/bekanntgabe.js';
import { istSprache } from '../domain/sprache.js';
import { ausgangsereignisErfassen } from '../services/ereignisse/ausgang.js';
import type { EinmalSenden } from './mail/einmal-senden.js';
import { briefErinnerungText, briefNeuText } from './mail/konto-texte.js';

async function empfaenger(db: Db, ausgangsnummer: string) {
  const row = await db('ausgangsdokumente as a')
    .leftJoin('kunden as k', 'k.id', 'a.kunde_id')
    .leftJoin('partner as p', 'p.id', 'a.partner_id')
    .where('a.ausgangsnummer', ausgangsnummer)
    .first('a.abgerufen_am', 'a.kunde_id', 'k.email as kunde_email', 'k.sprache', 'p.email as partner_email');
  if (!row) throw new Error(`no letter ${ausgangsnummer}`);
  const email: string | null = row.kunde_id ? row.kunde_email : row.partner_email;
  return {
    email,
    sprache: istSprache(row.sprache) ? row.sprache : 'de',
    abgerufen: Boolean(row.abgerufen_am),
    pfad: row.kunde_id ? '/kunde/eingang' : '/partner/eingang',
  } as const;
}

export function createAusgangActivities({
  db,
  einmalSenden,
  publicUrl,
}: {
  db: Db;
  einmalSenden: EinmalSenden;
  publicUrl: string;
}) {
  return {
    /** False when there is no e-mail address to alert: the letter then goes by post. */
    async ausgangBenachrichtigen({ ausgangsnummer }: { ausgangsnummer: string }): Promise<boolean> {
      const an = await empfaenger(db, ausgangsnummer);
      if (!an.email) return false;
      await einmalSenden(
        `${ausgangsnummer}/benachrichtigung`,
        an.email,
        briefNeuText(an.sprache, { portalUrl: `${publicUrl}${an.pfad}` }),
      );
      const brief = await db.transaction(async (trx) => {
        const [zeile] = await trx('ausgangsdokumente')
          .where({ ausgangsnummer })
          .update({
            benachrichtigt_am: trx.raw('coalesce(benachrichtigt_am, now())'),
            versandstatus: trx.raw(
              "case when versandstatus = 'bereitgestellt' then 'benachrichtigt' else versandstatus end",
            ),
            updated_at: trx.fn.now(),
          })
          .returning(['kunde_id', 'benachrichtigt_am']);
        if (zeile)
          await ausgangsereignisErfassen(trx, ausgangsnummer, 'ausgang.benachrichtigt', zeile.benachrichtigt_am);
        return zeile;
      });
      // A letter to a client counts as notified on the day the rule in force at the alert names (§ 37 Abs. 2a SGB X).
      if (brief?.kunde_id) {
        const { am, grundlage } = bekanntgabe('abruf', new Date(brief.benachrichtigt_am));
        await db('ausgangsdokumente')
          .where({ ausgangsnummer })
          .whereNull('bekanntgabe_am')
          .update({ bekanntgabe_am: am, bekanntgabe_grundlage: grundlage });
      }
      return true;
    },

    async ausgangErinnern({ ausgangsnummer }: { ausgangsnummer: string }): Promise<boolean> {
      const an = await empfaenger(db, ausgangsnummer);
      if (an.abgerufen || !an.email) return false;
      await einmalSenden(
        `${ausgangsnummer}/erinnerung`,
        an.email,
        briefErinnerungText(an.sprache, { portalUrl: `${publicUrl}${an.pfad}` }),
      );
      await db('ausgangsdokumente')
        .where({ ausgangsnummer })
        .whereNull('abgerufen_am')
        .update({ versandstatus: 'erinnert', updated_at: db.fn.now() });
      return true;
    },

    /** Marks the letter for staff to send by post, unless it was retrieved meanwhile. */
    async ausgangPostversand({ ausgangsnummer }: { ausgangsnummer: string }): Promise<boolean> {
      return db.transaction(async (trx) => {
        const [geaendert] = await trx('ausgangsdokumente')
          .where({ ausgangsnummer })
          .whereNull('abgerufen_am')
          .update({ versandstatus: 'postversand', updated_at: trx.fn.now() })
          .returning('updated_at');
        if (geaendert) await ausgangsereignisErfassen(trx, ausgangsnummer, 'ausgang.postversand', geaendert.updated_at);
        return Boolean(geaendert);
      });
    },
  };
}
