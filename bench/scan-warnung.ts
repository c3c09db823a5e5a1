// Time from the projection of a scan delivery crossing its 15:00 deadline to Poststelle's alert (banner row and team
// mail), with the real scanStapel workflow on the real clock: each delivery announces so many documents that, once its
// first one is filed and no more come, the projection passes the deadline at an instant computed from the database.
import { createHash } from 'node:crypto';
import { demoLogins } from '../db/demo/logins.js';
import { teamPostfaecher } from '../domain/jobcenter.js';
import { scanFrist } from '../domain/scan-frist.js';
import { berlinDatum } from '../domain/zeit.js';
import type { AppContext } from '../platform/context.js';
import type { MailSink } from '../platform/dev/mail-sink.js';
import type { ScanApi } from '../bin/scan-einliefern/scan-api.js';
import { lesen } from '../tests/support/mails.js';
import { latenzen, type Latenzen } from './quantil.js';

/** The workflow's look at the progress when nothing signals it (scanStapel's default `taktMs`): the baseline. */
const TAKT_MS = 15_000;
/** How long after the first document's start the projection should cross at least: room for it to be filed first. */
const KREUZT_NACH_MS = 30_000;

export interface ScanWarnungErgebnis {
  lieferungen: number;
  /** From the computed crossing to the warning row (the dashboard banner). */
  bis_banner: Latenzen;
  /** From the computed crossing to the mail in the Poststelle mailbox. */
  bis_mail: Latenzen;
  basis_takt_ms: number;
  verhaeltnis_p50_zu_takt: number;
  verhaeltnis_max_zu_takt: number;
  ziel: string;
}

const heuteInBerlin = () => {
  const { jahr, monat, tag } = berlinDatum(new Date());
  return `${jahr}-${String(monat).padStart(2, '0')}-${String(tag).padStart(2, '0')}`;
};

/** One delivery: announced, one document sent and filed, then nothing; resolves the two delays in ms. */
async function eineLieferung(
  ctx: AppContext,
  api: ScanApi,
  mails: MailSink,
  pdf: Uint8Array,
  nummer: number,
  kreuztNachMs: number,
): Promise<{ banner: number; mail: number }> {
  const lieferungId = `bench-warnung-${Date.now()}-${nummer}`;
  const scanDatum = heuteInBerlin();
  const frist = scanFrist(scanDatum).getTime();
  // With f = 1 filed of E announced, started at b: the projection now + (E - 1)(now - b) passes the deadline F at
  // b + (F - b) / E. So E = (F - b) / kreuztNachMs puts the crossing about that long after the start.
  const erwartet = Math.max(2, Math.min(100_000, Math.round((frist - Date.now()) / kreuztNachMs)));
  await api.anlegen({ lieferungId, scanDatum, erwartet });
  const eigenes = Buffer.concat([pdf, Buffer.from(`\n%warnung ${lieferungId}\n`)]);
  await api.einliefern(lieferungId, 1, eigenes, {
    sha256: createHash('sha256').update(eigenes).digest('hex'),
    kundennummer: demoLogins.kunde.kundennummer,
    dokumentart: 'Kontoauszüge',
  });
  const ende = Date.now() + 180_000;
  let banner: number | undefined;
  let mail: number | undefined;
  let gesehen = 0;
  while ((banner === undefined || mail === undefined) && Date.now() < ende) {
    if (banner === undefined) {
      const zeile = await ctx
        .db('scan_warnungen')
        .where({ lieferung_id: lieferungId, anlass: 'frist_gefaehrdet' })
        .first('erstellt_am');
      if (zeile) banner = new Date(zeile.erstellt_am).getTime();
    }
    if (mail === undefined) {
      // The subject is encoded (it has an umlaut): decoded, it names the delivery.
      const neue = await lesen(mails.received.slice(gesehen));
      gesehen += neue.length;
      if (neue.some((m) => m.to.includes(teamPostfaecher.poststelle) && m.subject.includes(lieferungId)))
        mail = Date.now();
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  if (banner === undefined || mail === undefined) throw new Error(`no alert for ${lieferungId} within 180 s`);
  const dokument = await ctx
    .db('eingangsdokumente as e')
    .join('dms_ablagen as d', 'd.eingangsnummer', 'e.eingangsnummer')
    .where('e.lieferung_id', lieferungId)
    .first('e.eingegangen_am', 'd.abgelegt_am');
  if (!dokument) throw new Error(`the document of ${lieferungId} was not filed`);
  const begonnen = new Date(dokument.eingegangen_am).getTime();
  const abgelegt = new Date(dokument.abgelegt_am).getTime();
  // Before the filing there is no projection (nothing done yet); if it came late, the projection crossed right then.
  const kreuzt = Math.max(begonnen + (frist - begonnen) / erwartet, abgelegt);
  return { banner: banner - kreuzt, mail: mail - kreuzt };
}

/**
 * Several deliveries at once, on an otherwise idle pipeline. The workflow's beat starts with the delivery's first
 * document, so each delivery crosses at another phase of it (spread over one beat): a crossing at a whole number of
 * beats after the start would always be seen at once and flatter the figure.
 */
export async function scanWarnungMessen(
  ctx: AppContext,
  api: ScanApi,
  mails: MailSink,
  pdf: Uint8Array,
  anzahl = 6,
): Promise<ScanWarnungErgebnis> {
  const gemessen = await Promise.all(
    Array.from({ length: anzahl }, (_, i) =>
      eineLieferung(ctx, api, mails, pdf, i, KREUZT_NACH_MS + ((i + 0.5) * TAKT_MS) / anzahl),
    ),
  );
  const banner = latenzen(gemessen.map((g) => g.banner));
  const mail = latenzen(gemessen.map((g) => g.mail));
  return {
    lieferungen: anzahl,
    bis_banner: banner,
    bis_mail: mail,
    basis_takt_ms: TAKT_MS,
    verhaeltnis_p50_zu_takt: Number((banner.p50_ms / TAKT_MS).toFixed(2)),
    verhaeltnis_max_zu_takt: Number((banner.max_ms / TAKT_MS).toFixed(2)),
    ziel: 'kein Ziel gesetzt; Basis ist der Takt, in dem scanStapel ohne Anstoß nachsieht',
  };
}
