// The client's gesendet list, the page clients load most: one statement written once, each row's fields read as one
// text. The driver then decodes two fields a row instead of sixteen, and a row whose text has not changed since it was
// last built is taken as it was (the same object, so the remembered HTML of the row is found without comparing fields).
import type { Db } from '../../db/knex.js';
import { vorbereitetAbfragen, type Vorbereitet } from '../../db/vorbereitet.js';
import { begrenztSetzen } from '../../platform/begrenzte-map.js';
import type { Team } from '../../domain/bereich.js';
import { eingangVerfuegbarkeit, type Loeschfristen, type Verfuegbarkeit } from '../../domain/loeschkonzept.js';
import type { StatusDaten } from '../../domain/status.js';
import { SICHTBAR_FUER_KUNDEN } from './sichtbar.js';

export interface GesendetZeile extends StatusDaten {
  eingegangenAm: Date;
  teams: Team[];
  name: string;
  info: string | null;
  /** Paper the client sent by post, as the scan service delivered it. */
  perPost: boolean;
  herunterladbar: boolean;
  verfuegbarkeit: Verfuegbarkeit;
}

/** Times as milliseconds since 1970 (cut to the millisecond, as the driver reads them), so no date text is parsed. */
const ms = (spalte: string) => `floor(extract(epoch from ${spalte}) * 1000)`;

/** Newest first; the partner's name joined in (only rows a partner sent for the client have one). */
const GESENDET: Vorbereitet = {
  name: 'kunde-gesendet-zeilen',
  text: `select e.eingangsnummer,
      json_build_array(e.status, e.ablehnungsgrund, e.hinweise, ${ms('e.eingegangen_am')}, e.teams, e.art,
        e.dokumentart, e.betreff, e.info, e.blob_key is not null, e.partner_id is not null, p.name,
        ${ms('e.erledigt_am')}, ${ms('e.aktualisiert_am')}, e.loeschsperre_seit is not null, e.kanal)::text as felder
    from eingangsdokumente as e
    left join partner as p on p.id = e.partner_id
    where e.kunde_id = $1 and ${SICHTBAR_FUER_KUNDEN}
    order by e.eingegangen_am desc
    limit 200`,
};

/** The fields in the order of the statement's array. */
type Felder = [
  status: GesendetZeile['status'],
  ablehnungsgrund: GesendetZeile['ablehnungsgrund'],
  hinweise: GesendetZeile['hinweise'] | null,
  eingegangenAm: number,
  teams: Team[] | null,
  art: 'dokument' | 'mitteilung',
  dokumentart: string,
  betreff: string | null,
  info: string | null,
  hatPdf: boolean,
  vonPartner: boolean,
  partnerName: string | null,
  erledigtAm: number | null,
  aktualisiertAm: number,
  gesperrt: boolean,
  kanal: string,
];

function zeileBauen(eingangsnummer: string, text: string, fristen: Loeschfristen): GesendetZeile {
  const [
    status,
    ablehnungsgrund,
    hinweise,
    eingegangenAm,
    teams,
    art,
    dokumentart,
    betreff,
    info,
    hatPdf,
    vonPartner,
    partnerName,
    erledigtAm,
    aktualisiertAm,
    gesperrt,
    kanal,
  ] = JSON.parse(text) as Felder;
  const titel = art === 'mitteilung' ? `${dokumentart}: ${betreff}` : dokumentart;
  return {
    eingangsnummer,
    status,
    ablehnungsgrund: ablehnungsgrund ?? null,
    hinweise: hinweise ?? [],
    eingegangenAm: new Date(eingegangenAm),
    teams: teams ?? [],
    name: vonPartner ? `${titel} (${partnerName})` : titel,
    info,
    perPost: kanal === 'scan',
    herunterladbar: hatPdf && status !== 'abgelehnt',
    verfuegbarkeit: eingangVerfuegbarkeit(
      {
        art,
        status,
        erledigtAm: erledigtAm === null ? null : new Date(erledigtAm),
        aktualisiertAm: new Date(aktualisiertAm),
        gesperrt,
      },
      fristen,
    ),
  };
}

/** Rows built from their text, per process and bounded like the remembered HTML; shared between requests, so read-only. */
const HOECHSTENS = 10_000;
const gebaut = new Map<string, { text: string; fristen: Loeschfristen; zeile: GesendetZeile }>();

function zeileFuer(eingangsnummer: string, text: string, fristen: Loeschfristen): GesendetZeile {
  const bekannt = gebaut.get(eingangsnummer);
  if (bekannt && bekannt.text === text && bekannt.fristen === fristen) return bekannt.zeile;
  const zeile = Object.freeze(zeileBauen(eingangsnummer, text, fristen));
  begrenztSetzen(gebaut, eingangsnummer, { text, fristen, zeile }, HOECHSTENS);
  return zeile;
}

/** What the client sent through the portal (and partners for them, if allowed), newest first. */
export async function gesendetLaden(db: Db, kundeId: number, fristen: Loeschfristen): Promise<GesendetZeile[]> {
  const rows = await vorbereitetAbfragen(db, GESENDET, [kundeId]);
  return rows.map((row) => zeileFuer(row.eingangsnummer as string, row.felder as string, fristen));
}
