// The access letter a client receives by post: Kundennummer and a first password, for a new account or a renewed access;
// its last page is an Antwortbogen, so what the client sends back by post finds their file.
import type { QrSchluessel } from '../../domain/antwortbogen-code.js';
import { renderBrief } from '../../platform/pdf/brief-rendern.js';
import { jobcenter } from '../../domain/jobcenter.js';
import { mitAntwortbogen } from '../ausgang/antwortbogen.js';

export async function zugangsschreiben(
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
