// Client accounts (Admin): create with an access letter (Antwortbogen as last page), reset the password with a new letter, deactivate; sessions end with it.
import { fn } from 'objection';
import { renderBrief } from '../../platform/pdf/brief-rendern.js';
import type { QrSchluessel } from '../../domain/antwortbogen-code.js';
import { mitAntwortbogen } from '../ausgang/antwortbogen.js';
import type { Db } from '../../db/knex.js';
import { Kunde } from '../../db/models/kunde.js';
import { FachlicherFehler } from '../../domain/fehler.js';
import { jobcenter } from '../../domain/jobcenter.js';
import { normalisiereKundennummer } from '../../domain/nummern.js';
import { neuesZugangspasswort } from '../../domain/zugangspasswort.js';
import { hashPasswort } from '../../platform/passwort.js';
import { kundeSpeichern } from '../kunden/kunde-speichern.js';
import { zugaengeBeenden } from './zugaenge-beenden.js';

export interface NeuerKunde {
  kundennummer: string;
  bgNummer: string;
  vorname: string;
  nachname: string;
  strasse: string;
  plz: string;
  ort: string;
  email: string;
  einwilligung: boolean;
  /** Responsible staff: a Vermittlung member as Ansprechpartner, a Leistung member for benefits. */
  ansprechpartnerId?: number;
  leistungssachbearbeiterId?: number;
}

async function zugangsschreiben(
  kunde: {
    kundennummer: string;
    vorname: string;
    nachname: string;
    strasse: string | null;
    plz: string | null;
    ort: string | null;
    sprache: string | null;
  },
  passwort: string,
  erneut: boolean,
  qrSchluessel: readonly QrSchluessel[],
): Promise<Uint8Array> {
  const datum = new Date();
  const brief = await renderBrief({
    absender: [jobcenter.name, jobcenter.strasse, jobcenter.plzOrt],
    empfaenger: [
      `${kunde.vorname} ${kunde.nachname}`,
      kunde.strasse ?? '',
      `${kunde.plz ?? ''} ${kunde.ort ?? ''}`.trim(),
    ].filter(Boolean),
    datum,
    betreff: erneut ? 'Ihr neuer Zugang zum Jobcenter-Portal' : 'Ihr Zugang zum Jobcenter-Portal',
    text: [
      'Guten Tag,',
      '',
      'mit diesem Schreiben erhalten Sie Ihren Zugang zum Portal des Jobcenters. Dort können Sie uns Unterlagen und Nachrichten senden, Ihre Termine sehen und Schreiben des Jobcenters lesen.',
      '',
      `Kundennummer: ${kunde.kundennummer}`,
      `Erstes Passwort: ${passwort}`,
      '',
      'Bei der ersten Anmeldung legen Sie ein eigenes Passwort fest; das Passwort aus diesem Schreiben gilt danach nicht mehr. Bewahren Sie dieses Schreiben nicht zusammen mit Ihrem Handy auf und geben Sie das Passwort an niemanden weiter.',
      '',
      'Mit freundlichen Grüßen',
      `Ihr ${jobcenter.name}`,
    ].join('\n'),
  });
  const referenz = `Zugangsschreiben ${datum.toISOString().slice(0, 10)}`;
  return mitAntwortbogen(
    brief,
    { kundennummer: kunde.kundennummer, referenz, dokumentart: 'Sonstiges', bereich: null, sprache: kunde.sprache },
    qrSchluessel,
  );
}

export async function kundeAnlegen(
  db: Db,
  eingabe: NeuerKunde,
  qrSchluessel: readonly QrSchluessel[],
): Promise<{ kundennummer: string; pdf: Uint8Array }> {
  const { kunde, zugangspasswort } = await kundeSpeichern(
    db,
    {
      ...eingabe,
      onlineZustellungSeit: eingabe.einwilligung ? new Date() : null,
      ansprechpartner: eingabe.ansprechpartnerId ? { id: eingabe.ansprechpartnerId } : null,
      leistungssachbearbeiter: eingabe.leistungssachbearbeiterId ? { id: eingabe.leistungssachbearbeiterId } : null,
    },
    { nurAnlegen: true, zugangspasswort: true },
  );
  return {
    kundennummer: kunde.kundennummer,
    pdf: await zugangsschreiben(kunde, zugangspasswort!, false, qrSchluessel),
  };
}

/** A new initial password and letter; the old password, open links, sessions and any lockout end. */
export async function zugangErneuern(
  db: Db,
  eingabe: string,
  qrSchluessel: readonly QrSchluessel[],
): Promise<{ kundennummer: string; pdf: Uint8Array }> {
  const kundennummer = normalisiereKundennummer(eingabe);
  const kunde = await Kunde.query(db)
    .findOne({ kundennummer, aktiv: true })
    .select('id', 'kundennummer', 'vorname', 'nachname', 'strasse', 'plz', 'ort', 'sprache');
  if (!kunde) throw new FachlicherFehler('nicht_gefunden');
  const passwort = neuesZugangspasswort();
  const pdf = await zugangsschreiben(kunde, passwort, true, qrSchluessel);
  const hash = await hashPasswort(passwort);
  await db.transaction(async (trx) => {
    await Kunde.query(trx)
      .findById(kunde.id)
      .patch({ passwort_hash: hash, passwort_aendern: true, updated_at: fn.now() });
    await zugaengeBeenden(trx, { art: 'kunde', id: kunde.id });
    await trx('anmeldeversuche')
      .where({ kennung: `kunde:${kundennummer}` })
      .delete();
  });
  return { kundennummer, pdf };
}

export { kundeDeaktivieren } from '../kunden/kunde-deaktivieren.js';
