// The access letter a client receives by post: Kundennummer and a first password, for a new account or a renewed access.
import { renderBrief } from '../../platform/pdf/brief-rendern.js';
import { jobcenter } from '../../domain/jobcenter.js';

export async function zugangsschreiben(
  kunde: {
    kundennummer: string;
    vorname: string;
    nachname: string;
    strasse: string | null;
    plz: string | null;
    ort: string | null;
  },
  passwort: string,
  erneut: boolean,
): Promise<Uint8Array> {
  return renderBrief({
    absender: [jobcenter.name, jobcenter.strasse, jobcenter.plzOrt],
    empfaenger: [
      `${kunde.vorname} ${kunde.nachname}`,
      kunde.strasse ?? '',
      `${kunde.plz ?? ''} ${kunde.ort ?? ''}`.trim(),
    ].filter(Boolean),
    datum: new Date(),
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
}
