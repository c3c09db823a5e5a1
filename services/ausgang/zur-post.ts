// Staff record that a letter marked for post has been posted; for a client it then counts as notified by § 37 Abs. 2 SGB X.
import type { Db } from '../../db/knex.js';
import { bekanntgabe } from '../../domain/bekanntgabe.js';
import { FachlicherFehler } from '../../domain/fehler.js';

/** Records the posting once (a repeated click changes nothing); only a letter whose Versandstatus is postversand. */
export async function zurPostGegeben(db: Db, ausgangsnummer: string): Promise<void> {
  await db.transaction(async (trx) => {
    const brief = await trx('ausgangsdokumente')
      .where({ ausgangsnummer, versandstatus: 'postversand' })
      .forUpdate()
      .first('kunde_id', 'zur_post_am');
    if (!brief) throw new FachlicherFehler('nicht_gefunden');
    if (brief.zur_post_am) return;
    const { jetzt } = (await trx.raw('select now() as jetzt')).rows[0] as { jetzt: Date };
    const post = brief.kunde_id ? bekanntgabe('post', jetzt) : null;
    await trx('ausgangsdokumente')
      .where({ ausgangsnummer })
      .update({
        zur_post_am: jetzt,
        post_bekanntgabe_am: post?.am ?? null,
        post_bekanntgabe_grundlage: post?.grundlage ?? null,
        updated_at: jetzt,
      });
  });
}
