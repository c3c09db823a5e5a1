// Löschkonzept: per data class its Löschfrist, the event it counts from, and the variable that configures it.
import { berlinZeit } from './zeit.js';

export const datenklassen = [
  'eingang',
  'mitteilung',
  'abgelehnt',
  'brief',
  'mail',
  'sitzung',
  'einmal_link',
  'audit',
  'auskunft',
  'bewerbungsmappe',
  'anmeldeversuch',
  'benachrichtigung',
  'barriere_rueckmeldung',
  'termin',
  'ereignis',
  'geteilt',
] as const;
export type Datenklasse = (typeof datenklassen)[number];

export interface Loeschregel {
  /** Days after `ab` the data is deleted by the next nightly run. */
  standardTage: number;
  /** The event the Löschfrist counts from, as staff and operators read it. */
  ab: string;
  /** Environment variable overriding `standardTage`. */
  variable: string;
}

/**
 * The platform is a transfer point, not the archive: the E-Akte in the DMS holds the legal record. What is kept here only
 * serves the sender's and recipient's view of the exchange, so it goes once that view has served its purpose.
 * Anything a staff member put on hold (Löschsperre, with a reason) is kept until the hold is released.
 */
export const loeschkonzept: Record<Datenklasse, Loeschregel> = {
  // Long enough for questions about a finished case (a Widerspruch has one month, a review usually follows within months).
  eingang: {
    standardTage: 180,
    ab: 'Erledigung (abgelegt in der E-Akte und erledigt)',
    variable: 'LOESCHFRIST_EINGANG_TAGE',
  },
  // Free text may hold anything the sender chose to write; the filed PDF in the E-Akte is the record.
  mitteilung: { standardTage: 90, ab: 'Erledigung', variable: 'LOESCHFRIST_MITTEILUNG_TAGE' },
  // Nothing was filed; the sender only needs to see why and send again.
  abgelehnt: { standardTage: 30, ab: 'Ablehnung', variable: 'LOESCHFRIST_ABGELEHNT_TAGE' },
  // From the first of: retrieval, or the deemed delivery day (§ 37 SGB X, domain/bekanntgabe.ts); partners: the alert.
  brief: {
    standardTage: 180,
    ab: 'Abruf oder Bekanntgabe (bei Partnern: Abruf oder Benachrichtigung)',
    variable: 'LOESCHFRIST_BRIEF_TAGE',
  },
  // Only the embedded mail sink of development keeps mails (data/mails); a real mail server has its own rules.
  mail: { standardTage: 7, ab: 'Empfang durch den eingebetteten Mailserver', variable: 'LOESCHFRIST_MAIL_TAGE' },
  sitzung: { standardTage: 0, ab: 'Ablauf der Sitzung', variable: 'LOESCHFRIST_SITZUNG_TAGE' },
  // A week lets a late click on a used or expired link still be recognised as such.
  einmal_link: { standardTage: 7, ab: 'Ablauf oder Benutzung des Links', variable: 'LOESCHFRIST_EINMAL_LINK_TAGE' },
  // Longer than every class it records (so each access can be answered for in an Auskunft or a complaint while and
  // after the data exists) and covering two annual data-protection reviews; then it is itself social data to minimise.
  audit: { standardTage: 730, ab: 'Eintrag', variable: 'LOESCHFRIST_AUDIT_TAGE' },
  // An Auskunft (Art. 15 GDPR) is a copy made for the client to fetch; a month is ample, and it can be asked for again.
  auskunft: { standardTage: 30, ab: 'Bereitstellung der Auskunft', variable: 'LOESCHFRIST_AUSKUNFT_TAGE' },
  // A shared folder and its copies of the client's documents: a week after the link expired or was revoked, so the
  // client can still see what was shared; the originals stay in the E-Akte.
  bewerbungsmappe: {
    standardTage: 7,
    ab: 'Ablauf oder Widerruf des Links',
    variable: 'LOESCHFRIST_BEWERBUNGSMAPPE_TAGE',
  },
  // Failed sign-ins only matter within their window and lockout (minutes); a day later they are noise about a person.
  anmeldeversuch: {
    standardTage: 1,
    ab: 'letzter Fehlversuch oder Ende der Sperre',
    variable: 'LOESCHFRIST_ANMELDEVERSUCH_TAGE',
  },
  // The mail ledger (address, key, time) stops a mail going out twice while its workflow may still retry; the legal
  // proof of an alert is the letter's own benachrichtigt_am, kept with the letter.
  benachrichtigung: {
    standardTage: 90,
    ab: 'Versand der E-Mail (bei nie gesendeten: Anlage)',
    variable: 'LOESCHFRIST_BENACHRICHTIGUNG_TAGE',
  },
  // Feedback on barriers: a year covers the answer and a complaint to the enforcement body (BITV 2.0 / BGG).
  barriere_rueckmeldung: {
    standardTage: 365,
    ab: 'Eingang der Rückmeldung',
    variable: 'LOESCHFRIST_BARRIERE_RUECKMELDUNG_TAGE',
  },
  // A past appointment (with a guest's name and address); the Fachverfahren keeps the record.
  termin: { standardTage: 90, ab: 'Beginn des Termins', variable: 'LOESCHFRIST_TERMIN_TAGE' },
  // Machine API events: long enough for a Fachverfahren or webhook receiver back from an outage to catch up. Webhook
  // deliveries store nothing but the subscription's cursor (a position in this log) and Temporal's closed histories.
  ereignis: { standardTage: 30, ab: 'Erfassung des Ereignisses', variable: 'LOESCHFRIST_EREIGNIS_TAGE' },
  // Files shared into the app from the phone only wait (30 minutes) to be put into the upload form.
  geteilt: { standardTage: 1, ab: 'Teilen der Datei', variable: 'LOESCHFRIST_GETEILT_TAGE' },
};

/**
 * Blobs no row refers to (a process died between storing a file and recording it) are deleted by the nightly run once
 * this many hours old: never an upload in flight, nor the intermediate files a workflow holds while a worker is away
 * for up to a week.
 */
export const verwaisteBlobs = { standardStunden: 168, variable: 'BLOB_VERWAIST_KARENZ_STUNDEN' } as const;

/** Löschfrist in days per data class, as configured. */
export type Loeschfristen = Record<Datenklasse, number>;

export const standardLoeschfristen: Loeschfristen = Object.fromEntries(
  datenklassen.map((klasse) => [klasse, loeschkonzept[klasse].standardTage]),
) as Loeschfristen;

const TAG_MS = 86_400_000;

/** Whatever counts from before this instant is due at `jetzt`. */
export const loeschgrenze = (jetzt: Date, tage: number): Date => new Date(jetzt.getTime() - tage * TAG_MS);

/** Until when the portal keeps an item whose Löschfrist counts from `ab`; null while the event has not happened. */
export const verfuegbarBis = (ab: Date | null, tage: number): Date | null =>
  ab ? new Date(ab.getTime() + tage * TAG_MS) : null;

/** A Berlin calendar day (YYYY-MM-DD, as stored for Bekanntgabe) as the instant it begins. */
const tagBeginn = (iso: string): Date => {
  const [jahr, monat, tag] = iso.split('-').map(Number) as [number, number, number];
  return berlinZeit(jahr, monat, tag, 0);
};

export interface BriefZeitpunkte {
  abgerufenAm: Date | null;
  /** Deemed delivery days, YYYY-MM-DD; letters to clients only. */
  bekanntgabeAm: string | null;
  postBekanntgabeAm: string | null;
  benachrichtigtAm: Date | null;
  anPartner: boolean;
}

/** When a letter's Löschfrist starts: the earliest of retrieval and deemed delivery (for partners: retrieval or alert). */
export function briefAb(brief: BriefZeitpunkte): Date | null {
  const kandidaten = [
    brief.abgerufenAm,
    brief.bekanntgabeAm ? tagBeginn(brief.bekanntgabeAm) : null,
    brief.postBekanntgabeAm ? tagBeginn(brief.postBekanntgabeAm) : null,
    brief.anPartner ? brief.benachrichtigtAm : null,
  ].filter((d): d is Date => d !== null);
  return kandidaten.length ? new Date(Math.min(...kandidaten.map((d) => d.getTime()))) : null;
}

/** SQL of briefAb over an `ausgangsdokumente` row aliased `a` (least() skips nulls; all null gives null). */
export const briefAbSql =
  "least(a.abgerufen_am, (a.bekanntgabe_am::timestamp at time zone 'Europe/Berlin'), " +
  "(a.post_bekanntgabe_am::timestamp at time zone 'Europe/Berlin'), " +
  'case when a.partner_id is not null then a.benachrichtigt_am end)';

/** What a list shows about an item's deletion: its date, or the days still to come once its event happens; or on hold. */
export interface Verfuegbarkeit {
  bis: Date | null;
  tage: number;
  gesperrt: boolean;
}

export interface EingangZeitpunkte {
  art: 'dokument' | 'mitteilung';
  status: string;
  erledigtAm: Date | null;
  aktualisiertAm: Date;
  gesperrt: boolean;
}

/** A submission: refused ones count from the refusal, finished ones from Erledigung, all others not yet. */
export function eingangVerfuegbarkeit(e: EingangZeitpunkte, fristen: Loeschfristen): Verfuegbarkeit {
  const klasse: Datenklasse =
    e.status === 'abgelehnt' ? 'abgelehnt' : e.art === 'mitteilung' ? 'mitteilung' : 'eingang';
  const ab = e.status === 'abgelehnt' ? e.aktualisiertAm : e.status === 'erledigt' ? e.erledigtAm : null;
  return { bis: verfuegbarBis(ab, fristen[klasse]), tage: fristen[klasse], gesperrt: e.gesperrt };
}

export function briefVerfuegbarkeit(
  b: BriefZeitpunkte & { gesperrt: boolean },
  fristen: Loeschfristen,
): Verfuegbarkeit {
  return { bis: verfuegbarBis(briefAb(b), fristen.brief), tage: fristen.brief, gesperrt: b.gesperrt };
}
