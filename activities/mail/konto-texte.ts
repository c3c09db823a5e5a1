// Account and appointment e-mails: no social data, only a pointer into the portal.
import type { Mailtext } from './einmal-senden.js';

const fuss = 'Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht darauf.';

export function passwortLinkText(daten: { link: string; minuten: number }): Mailtext {
  return {
    betreff: 'Neues Passwort für das Jobcenter-Portal',
    text: [
      'Guten Tag,',
      '',
      'Sie haben ein neues Passwort für das Jobcenter-Portal angefordert. Mit diesem Link legen Sie es fest:',
      '',
      daten.link,
      '',
      `Der Link gilt ${daten.minuten} Minuten und nur ein einziges Mal.`,
      'Wenn Sie kein neues Passwort angefordert haben, können Sie diese E-Mail ignorieren. Ihr bisheriges Passwort gilt weiter.',
      '',
      fuss,
    ].join('\n'),
  };
}

export function terminErinnerungText(daten: { portalUrl: string }): Mailtext {
  return {
    betreff: 'Erinnerung an Ihren Termin',
    text: [
      'Guten Tag,',
      '',
      'morgen haben Sie einen Termin im Jobcenter.',
      `Uhrzeit, Raum und Ansprechpartner finden Sie im Portal unter „Termine“: ${daten.portalUrl}`,
      '',
      'Wenn Sie den Termin nicht wahrnehmen können, rufen Sie bitte die dort angegebene Telefonnummer an.',
      '',
      fuss,
    ].join('\n'),
  };
}
