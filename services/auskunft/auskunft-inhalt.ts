// What an Auskunft holds about one client: every row as JSON and the stored files, each named by its place in the zip.
import type { Db } from '../../db/knex.js';
import type { DokumentEingangInput } from '../../domain/eingang.js';

export type AuskunftDatei = { name: string; json: unknown } | { name: string; blobKey: string };

const ohne = <T extends Record<string, unknown>>(zeile: T, ...spalten: string[]) =>
  Object.fromEntries(Object.entries(zeile).filter(([k]) => !spalten.includes(k)));

/**
 * Rows that name the client (by id, Kundennummer or e-mail address), and the files they point to. Left out on purpose:
 * password and token hashes and session ids (secrets, not information about the person), and the contents of other
 * people's rows (a partner is named, not its users).
 */
export async function* auskunftInhalt(db: Db, kundeId: number): AsyncGenerator<AuskunftDatei> {
  const kunde = await db('kunden as k')
    .leftJoin('mitarbeiter as ap', 'ap.id', 'k.ansprechpartner_id')
    .leftJoin('mitarbeiter as ls', 'ls.id', 'k.leistungssachbearbeiter_id')
    .where('k.id', kundeId)
    .first(
      'k.*',
      db.raw("ap.vorname || ' ' || ap.nachname as ansprechpartner"),
      db.raw("ls.vorname || ' ' || ls.nachname as leistungssachbearbeiter"),
    );
  if (!kunde) throw new Error(`client ${kundeId} not found`);
  const nummer: string = kunde.kundennummer;
  yield { name: 'kunde.json', json: ohne(kunde, 'passwort_hash') };

  const eingaenge = await db('eingangsdokumente as e')
    .leftJoin('eingangs_starts as s', 's.eingangsnummer', 'e.eingangsnummer')
    .leftJoin('partner as p', 'p.id', 'e.partner_id')
    .where('e.kunde_id', kundeId)
    .orderBy('e.eingegangen_am')
    .select('e.*', 'p.name as partner_name', 's.input');
  const timeline = await db('eingangs_timeline')
    .whereIn(
      'eingangsnummer',
      eingaenge.map((e) => e.eingangsnummer),
    )
    .orderBy(['eingangsnummer', 'schritt']);
  yield {
    name: 'eingang.json',
    json: eingaenge.map((e) => ({
      ...ohne(e, 'input', 'vorschau'),
      statusverlauf: timeline
        .filter((s) => s.eingangsnummer === e.eingangsnummer)
        .map((s) => ohne(s, 'eingangsnummer')),
    })),
  };
  for (const e of eingaenge) {
    if (e.blob_key) yield { name: `dokumente/eingang/${e.eingangsnummer}.pdf`, blobKey: e.blob_key };
    const inhalt = (e.input as DokumentEingangInput | null)?.inhalt;
    if (inhalt?.art === 'mitteilung') yield { name: `mitteilungen/${e.eingangsnummer}.json`, blobKey: inhalt.text.key };
  }

  const briefe = await db('ausgangsdokumente').where({ kunde_id: kundeId }).orderBy('bereitgestellt_am');
  yield { name: 'ausgang.json', json: briefe };
  for (const b of briefe) yield { name: `dokumente/ausgang/${b.ausgangsnummer}.pdf`, blobKey: b.blob_key };

  yield { name: 'termine.json', json: await db('termine').where({ kunde_id: kundeId }).orderBy('beginn') };
  yield {
    name: 'partner.json',
    json: await db('partner_kunden as pk')
      .join('partner as p', 'p.id', 'pk.partner_id')
      .where('pk.kunde_id', kundeId)
      .select('p.id as partner_id', 'p.name', 'pk.seit'),
  };
  yield {
    name: 'anmeldung.json',
    json: {
      sitzungen: await db('sitzungen')
        .whereRaw("daten->>'kundeId' = ?", [String(kundeId)])
        .select('laeuft_ab'),
      anmeldeversuche: await db('anmeldeversuche').where({ kennung: `kunde:${nummer}` }),
      passwortLinks: await db('passwort_links').where({ kunde_id: kundeId }).select('gueltig_bis', 'benutzt_am'),
    },
  };
  yield {
    name: 'emails.json',
    json: kunde.email
      ? await db('benachrichtigungen')
          .whereRaw('lower(empfaenger) = lower(?)', [kunde.email])
          .orderBy('angelegt_am')
          .select('schluessel', 'empfaenger', 'status', 'gesendet_am', 'angelegt_am')
      : [],
  };
  yield { name: 'ereignisse.json', json: await db('ereignisse').where({ kundennummer: nummer }).orderBy('position') };
  yield {
    name: 'auskuenfte.json',
    json: await db('auskuenfte').where({ kunde_id: kundeId }).orderBy('id').select(db.raw('auskuenfte.*')),
  };
  yield {
    name: 'protokoll.json',
    json: await db('audit_log as a')
      .leftJoin('mitarbeiter as m', 'm.id', 'a.mitarbeiter_id')
      .where((w) =>
        w
          .where('a.kundennummer', nummer)
          .orWhereRaw("a.details->>'kundennummer' = ?", [nummer])
          .orWhereIn('a.eingangsnummer', db('eingangsdokumente').where({ kunde_id: kundeId }).select('eingangsnummer'))
          .orWhereIn('a.ausgangsnummer', db('ausgangsdokumente').where({ kunde_id: kundeId }).select('ausgangsnummer')),
      )
      .orderBy('a.id')
      .select('a.*', 'm.team as mitarbeiter_team'),
  };
}
