// Creates a client account (Admin) and renders the access letter with its first password.
import type { Db } from '../../db/knex.js';
import type { QrSchluessel } from '../../domain/antwortbogen-code.js';
import { kundeSpeichern } from '../kunden/kunde-speichern.js';
import { zugangsschreiben } from './zugangsschreiben.js';

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
