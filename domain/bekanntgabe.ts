// When a letter to a client counts as notified (Bekanntgabefiktion, § 37 SGB X): dated rules, chosen by the day of the alert or posting.
import { berlinDatum } from './zeit.js';

/** 'abruf': provided in the portal, the alert e-mail sent (§ 37 Abs. 2a); 'post': posted within Germany (§ 37 Abs. 2). */
export type Bekanntgabeweg = 'abruf' | 'post';

export interface Bekanntgaberegel {
  weg: Bekanntgabeweg;
  /** First Berlin calendar day (YYYY-MM-DD) whose alert or posting this rule governs; null: every earlier day. */
  gueltigAb: string | null;
  /** Notified on this calendar day after the alert or posting. */
  tagNach: number;
  /** The source, as staff see it. */
  grundlage: string;
}

const POSTMODG = 'Art. 33 PostModG vom 15.07.2024, BGBl. 2024 I Nr. 236';

/**
 * The rules, oldest first. The Postrechtsmodernisierungsgesetz replaced the third by the fourth day from 1 January 2025;
 * a letter alerted or posted before keeps the rule of its day. The day is a calendar day: under § 37 SGB X it does not
 * move when it falls on a Saturday, Sunday or public holiday (the fiction is no period in the sense of § 26 SGB X;
 * BSG, 9.12.2008, B 8/9b SO 13/07 R). Open: the 2025 wording of Abs. 2a Satz 4 was not checked against the official
 * text here; the fourth day follows the law's stated aim of replacing every three-day fiction in SGB X.
 */
export const bekanntgaberegeln: readonly Bekanntgaberegel[] = [
  { weg: 'abruf', gueltigAb: null, tagNach: 3, grundlage: '§ 37 Abs. 2a Satz 4 SGB X (Fassung bis 31.12.2024)' },
  {
    weg: 'abruf',
    gueltigAb: '2025-01-01',
    tagNach: 4,
    grundlage: `§ 37 Abs. 2a Satz 4 SGB X (Fassung ab 01.01.2025, ${POSTMODG})`,
  },
  { weg: 'post', gueltigAb: null, tagNach: 3, grundlage: '§ 37 Abs. 2 Satz 1 SGB X (Fassung bis 31.12.2024)' },
  {
    weg: 'post',
    gueltigAb: '2025-01-01',
    tagNach: 4,
    grundlage: `§ 37 Abs. 2 Satz 1 SGB X (Fassung ab 01.01.2025, ${POSTMODG})`,
  },
];

const isoTag = (jahr: number, monat: number, tag: number) => {
  const d = new Date(Date.UTC(jahr, monat - 1, tag));
  return d.toISOString().slice(0, 10);
};

/** The rule in force on the Berlin day of `ausgeloestAm` for this way of delivery. */
export function bekanntgaberegel(
  weg: Bekanntgabeweg,
  ausgeloestAm: Date,
  regeln: readonly Bekanntgaberegel[] = bekanntgaberegeln,
): Bekanntgaberegel {
  const { jahr, monat, tag } = berlinDatum(ausgeloestAm);
  const heute = isoTag(jahr, monat, tag);
  let gefunden: Bekanntgaberegel | undefined;
  for (const regel of regeln) {
    if (
      regel.weg === weg &&
      (regel.gueltigAb === null || regel.gueltigAb <= heute) &&
      (!gefunden || (regel.gueltigAb ?? '') >= (gefunden.gueltigAb ?? ''))
    )
      gefunden = regel;
  }
  if (!gefunden) throw new Error(`no Bekanntgabe rule for ${weg} on ${heute}`);
  return gefunden;
}

export interface Bekanntgabe {
  /** Berlin calendar day, YYYY-MM-DD. */
  am: string;
  grundlage: string;
}

/** The day the letter counts as notified, from the moment the alert e-mail was sent or the letter was posted. */
export function bekanntgabe(
  weg: Bekanntgabeweg,
  ausgeloestAm: Date,
  regeln?: readonly Bekanntgaberegel[],
): Bekanntgabe {
  const regel = bekanntgaberegel(weg, ausgeloestAm, regeln);
  const { jahr, monat, tag } = berlinDatum(ausgeloestAm);
  return { am: isoTag(jahr, monat, tag + regel.tagNach), grundlage: regel.grundlage };
}
