// iCalendar (RFC 5545) file for one appointment: UTC times, escaped text, CRLF lines folded at 75 octets.
export interface KalenderTermin {
  uid: string;
  beginn: Date;
  dauerMinuten: number;
  titel: string;
  ort: string;
  beschreibung: string;
  erstellt: Date;
  abgesagt: boolean;
}

const zeit = (d: Date) =>
  d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
const text = (s: string) => s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

/** Folds a content line so that no physical line exceeds 75 octets, never splitting a UTF-8 character. */
function falten(zeile: string): string {
  const teile: string[] = [];
  let aktuell = '';
  let laenge = 0;
  for (const zeichen of zeile) {
    const bytes = Buffer.byteLength(zeichen);
    const grenze = teile.length === 0 ? 75 : 74;
    if (laenge + bytes > grenze) {
      teile.push(aktuell);
      aktuell = '';
      laenge = 0;
    }
    aktuell += zeichen;
    laenge += bytes;
  }
  teile.push(aktuell);
  return teile.join('\r\n ');
}

export function kalenderDatei(termin: KalenderTermin): string {
  const zeilen = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Jobcenter-Portal//Termine//DE',
    'CALSCALE:GREGORIAN',
    `METHOD:${termin.abgesagt ? 'CANCEL' : 'PUBLISH'}`,
    'BEGIN:VEVENT',
    `UID:${termin.uid}`,
    `DTSTAMP:${zeit(termin.erstellt)}`,
    `DTSTART:${zeit(termin.beginn)}`,
    `DTEND:${zeit(new Date(termin.beginn.getTime() + termin.dauerMinuten * 60_000))}`,
    `SUMMARY:${text(termin.titel)}`,
    `LOCATION:${text(termin.ort)}`,
    `DESCRIPTION:${text(termin.beschreibung)}`,
    `STATUS:${termin.abgesagt ? 'CANCELLED' : 'CONFIRMED'}`,
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    'TRIGGER:-PT1H',
    `DESCRIPTION:${text(termin.titel)}`,
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return zeilen.map(falten).join('\r\n') + '\r\n';
}
