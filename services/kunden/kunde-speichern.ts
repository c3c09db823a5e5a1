// Creates or updates a client by Kundennummer: the one use case behind the staff page and the machine API.
import type { Db } from '../../db/knex.js';
import type { Probleme } from '../../domain/eingabe.js';
import { istEmailAdresse } from '../../domain/email.js';
import { FachlicherFehler } from '../../domain/fehler.js';
import { kundennummerMuster, normalisiereKundennummer } from '../../domain/nummern.js';
import type { Sprache } from '../../domain/sprache.js';
import { neuesZugangspasswort } from '../../domain/zugangspasswort.js';
import { hashPasswort, KEIN_PASSWORT } from '../../platform/passwort.js';
import { kundeLesen, type Kundenstamm } from './kunde-lesen.js';

/** A staff member by record id (staff page) or by OIDC subject (Fachverfahren). */
export type Zustaendig = { id: number } | { subject: string };

export interface KundenEingabe {
  kundennummer: string;
  bgNummer: string;
  vorname: string;
  nachname: string;
  strasse?: string | null;
  plz?: string | null;
  ort?: string | null;
  email?: string | null;
  /** Unset keeps the stored language (German for a new client). */
  sprache?: Sprache;
  onlineZustellungSeit: Date | null;
  /** A Vermittlung member as Ansprechpartner, a Leistung member for benefits; null or unset for nobody. */
  ansprechpartner?: Zustaendig | null;
  leistungssachbearbeiter?: Zustaendig | null;
}

export interface SpeichernOptionen {
  /** Refuse an existing Kundennummer (the staff page creates only). */
  nurAnlegen?: boolean;
  /** Create with an initial password for the access letter; without it the client signs in only after staff renew access. */
  zugangspasswort?: boolean;
  /** Runs inside the transaction on the locked current state (undefined: not there yet) and may refuse by throwing. */
  vorbedingung?: (aktuell: Kundenstamm | undefined) => void;
}

export interface Gespeichert {
  kunde: Kundenstamm;
  angelegt: boolean;
  zugangspasswort?: string;
}

/** What can be wrong: kundennummer "format" or "vergeben"; bgNummer, vorname, nachname "fehlt"; email "format";
 * ansprechpartner, leistungssachbearbeiter "team" (no active member of that team) or "unbekannt" (unknown subject). */
export type KundeProblem = 'format' | 'vergeben' | 'fehlt' | 'team' | 'unbekannt';

const text = (wert: string | null | undefined) => wert?.trim() || null;

async function mitarbeiterId(
  db: Db,
  wer: Zustaendig | null | undefined,
  team: string,
  feld: string,
  probleme: Probleme<KundeProblem>,
): Promise<number | null> {
  if (!wer) return null;
  const row = await db('mitarbeiter')
    .where('id' in wer ? { id: wer.id } : { oidc_subject: wer.subject })
    .first('id', 'team', 'aktiv');
  if (!row || !row.aktiv) probleme[feld] = 'id' in wer ? 'team' : 'unbekannt';
  else if (row.team !== team) probleme[feld] = 'team';
  return row?.id ?? null;
}

export async function kundeSpeichern(
  db: Db,
  eingabe: KundenEingabe,
  optionen: SpeichernOptionen = {},
): Promise<Gespeichert> {
  const kundennummer = normalisiereKundennummer(eingabe.kundennummer);
  const probleme: Probleme<KundeProblem> = {};
  if (!kundennummerMuster.test(kundennummer)) probleme.kundennummer = 'format';
  else if (optionen.nurAnlegen && (await db('kunden').where({ kundennummer }).first('id')))
    probleme.kundennummer = 'vergeben';
  if (!eingabe.bgNummer.trim()) probleme.bgNummer = 'fehlt';
  if (!eingabe.vorname.trim()) probleme.vorname = 'fehlt';
  if (!eingabe.nachname.trim()) probleme.nachname = 'fehlt';
  const email = text(eingabe.email);
  if (email && !istEmailAdresse(email)) probleme.email = 'format';
  const ansprechpartnerId = await mitarbeiterId(
    db,
    eingabe.ansprechpartner,
    'vermittlung',
    'ansprechpartner',
    probleme,
  );
  const leistungssachbearbeiterId = await mitarbeiterId(
    db,
    eingabe.leistungssachbearbeiter,
    'leistung',
    'leistungssachbearbeiter',
    probleme,
  );
  if (Object.keys(probleme).length > 0)
    throw new FachlicherFehler(
      'ungueltige_eingabe',
      `Kunde unvollständig: ${Object.keys(probleme).join(', ')}`,
      probleme,
    );
  const stamm = {
    bg_nummer: eingabe.bgNummer.trim(),
    vorname: eingabe.vorname.trim(),
    nachname: eingabe.nachname.trim(),
    strasse: text(eingabe.strasse),
    plz: text(eingabe.plz),
    ort: text(eingabe.ort),
    email,
    online_zustellung_seit: eingabe.onlineZustellungSeit,
    ansprechpartner_id: ansprechpartnerId,
    leistungssachbearbeiter_id: leistungssachbearbeiterId,
    ...(eingabe.sprache ? { sprache: eingabe.sprache } : {}),
  };
  // Without an access letter the account has no password (sign-in compares against a stand-in, so it takes as long as any
  // other); a memory-hard hash is computed only for the access letter's password, never for an update or an API upsert.
  const zugangspasswort = optionen.zugangspasswort ? neuesZugangspasswort() : undefined;
  const passwortHash = zugangspasswort ? await hashPasswort(zugangspasswort) : KEIN_PASSWORT;
  return db.transaction(async (trx) => {
    // Two attempts: a concurrent request may create the same Kundennummer between our look and our insert.
    for (let versuch = 0; versuch < 2; versuch++) {
      const vorhanden = await trx('kunden').where({ kundennummer }).forUpdate().first('id');
      optionen.vorbedingung?.(vorhanden ? await kundeLesen(trx, kundennummer) : undefined);
      if (vorhanden) {
        if (optionen.nurAnlegen)
          throw new FachlicherFehler('ungueltige_eingabe', 'Kundennummer vergeben', {
            kundennummer: 'vergeben',
          } satisfies Probleme<KundeProblem>);
        await trx('kunden')
          .where({ id: vorhanden.id })
          .update({ ...stamm, updated_at: trx.fn.now() });
        return { kunde: (await kundeLesen(trx, kundennummer))!, angelegt: false };
      }
      const [neu] = await trx('kunden')
        .insert({ kundennummer, ...stamm, passwort_hash: passwortHash, passwort_aendern: true })
        .onConflict('kundennummer')
        .ignore()
        .returning('id');
      if (neu) return { kunde: (await kundeLesen(trx, kundennummer))!, angelegt: true, zugangspasswort };
    }
    throw new FachlicherFehler('konflikt', `Kunde ${kundennummer} wurde gleichzeitig angelegt`);
  });
}
