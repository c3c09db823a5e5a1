// Löschsperre: staff hold a document or letter back from deletion with a reason, and release it; both audited.
import type { Db } from '../../db/knex.js';
import { FachlicherFehler } from '../../domain/fehler.js';

export type Sperrziel = { art: 'eingang'; eingangsnummer: string } | { art: 'ausgang'; ausgangsnummer: string };

export interface Sperrauftrag {
  mitarbeiterId: number;
  ziel: Sperrziel;
  grund: string;
  requestId?: string;
}

const zeile = (db: Db, ziel: Sperrziel) =>
  ziel.art === 'eingang'
    ? db('eingangsdokumente').where({ eingangsnummer: ziel.eingangsnummer })
    : db('ausgangsdokumente').where({ ausgangsnummer: ziel.ausgangsnummer });

function geprueftGrund(grund: string): string {
  const text = grund.trim();
  if (text.length < 3 || text.length > 500)
    throw new FachlicherFehler('ungueltige_eingabe', 'Bitte einen Grund angeben (3 bis 500 Zeichen).', {
      grund: 'fehlt',
    });
  return text;
}

async function aendern(db: Db, auftrag: Sperrauftrag, setzen: boolean): Promise<void> {
  const grund = geprueftGrund(auftrag.grund);
  const { ziel } = auftrag;
  await db.transaction(async (trx) => {
    const geaendert = await zeile(trx, ziel)
      .where((q) => (setzen ? q.whereNull('loeschsperre_seit') : q.whereNotNull('loeschsperre_seit')))
      .update(
        setzen
          ? { loeschsperre_seit: trx.fn.now(), loeschsperre_grund: grund, loeschsperre_von: auftrag.mitarbeiterId }
          : { loeschsperre_seit: null, loeschsperre_grund: null, loeschsperre_von: null },
      );
    if (geaendert === 0) {
      if (!(await zeile(trx, ziel).first('loeschsperre_seit'))) throw new FachlicherFehler('nicht_gefunden');
      throw new FachlicherFehler(
        'konflikt',
        setzen
          ? 'Für dieses Dokument besteht schon eine Löschsperre.'
          : 'Für dieses Dokument besteht keine Löschsperre.',
      );
    }
    await trx('audit_log').insert({
      mitarbeiter_id: auftrag.mitarbeiterId,
      aktion: setzen ? 'loeschsperre_setzen' : 'loeschsperre_aufheben',
      eingangsnummer: ziel.art === 'eingang' ? ziel.eingangsnummer : null,
      ausgangsnummer: ziel.art === 'ausgang' ? ziel.ausgangsnummer : null,
      details: { grund },
      request_id: auftrag.requestId ?? null,
    });
  });
}

/** Kept until released, whatever its Löschfrist. */
export const loeschsperreSetzen = (db: Db, auftrag: Sperrauftrag) => aendern(db, auftrag, true);

/** From now on the Löschfrist applies again; an item already past it goes in the next nightly run. */
export const loeschsperreAufheben = (db: Db, auftrag: Sperrauftrag) => aendern(db, auftrag, false);
