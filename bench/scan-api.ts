// Scan-service channel benchmark: scanned PDFs sustained through the machine API (HTTP, bearer token, one delivery, the
// scanStapel workflow, QR reading of first pages) beside today's internal path in the same run; QR decoding per page.
import { createHash } from 'node:crypto';
import { PDFDocument } from 'pdf-lib';
import { demoLogins } from '../db/demo/logins.js';
import { scandienstScopes } from '../domain/api-scopes.js';
import { inVerarbeitung } from '../domain/scan-lieferung.js';
import type { AppContext } from '../platform/context.js';
import type { MailSink } from '../platform/dev/mail-sink.js';
import { antwortbogenAnhaengen } from '../platform/pdf/antwortbogen.js';
import { seiteLesen } from '../platform/scan/stapel.js';
import { scanApi } from '../bin/scan-einliefern/scan-api.js';
import { pdfMitSeiten } from '../tests/support/dateien.js';
import { alsScan } from '../tests/support/scan.js';
import { apiUmgebungStarten } from './api-umgebung.js';
import { dauerlaufMessen, type Dauerlauf, type DauerlaufErgebnis } from './dauerlauf.js';
import { gescanntesPdf, scansDauerhaft } from './pipeline.js';
import { latenzen, type Latenzen } from './quantil.js';
import { scanWarnungMessen, type ScanWarnungErgebnis } from './scan-warnung.js';

export interface ScanApiErgebnis {
  api: DauerlaufErgebnis & { hochgeladen: number; abgelegt_insgesamt: number };
  intern: DauerlaufErgebnis;
  api_zu_intern: number;
  ziel: string;
  qr_dekodierung_pro_seite: {
    mit_antwortbogen: Latenzen;
    ohne_code: Latenzen;
    erkannt: number;
    ziel: string;
  };
  /** From the projection crossing the 15:00 deadline to Poststelle's alert, beside the workflow's beat. */
  warnung_nach_prognose: ScanWarnungErgebnis;
}

const client = { clientId: 'scandienst-bench', clientSecret: 'scandienst-bench-geheim', scopes: scandienstScopes };

/** The same scan with a different trailing comment: its own SHA-256, so no document counts as a duplicate. */
const eigenes = (scan: Uint8Array, n: number) => Buffer.concat([scan, Buffer.from(`\n%bench ${n}\n`)]);

/**
 * Like `scansDauerhaft`, but through the API into one delivery: at most `offen` documents uploaded and not yet filed,
 * 8 uploads at a time; documents filed in the measuring window after the run-in count.
 */
async function apiDauerhaft(
  ctx: AppContext,
  api: ReturnType<typeof scanApi>,
  scan: Uint8Array,
  lauf: Dauerlauf,
): Promise<ScanApiErgebnis['api']> {
  const lieferungId = `bench-${Date.now()}`;
  await api.anlegen({ lieferungId, scanDatum: new Date().toISOString().slice(0, 10), erwartet: 100_000 });
  const unterwegs = new Map<number, number>();
  let position = 0;
  let abgelegtInsgesamt = 0;
  const ergebnis = await dauerlaufMessen(lauf, {
    async senden() {
      const n = ++position;
      const pdf = eigenes(scan, n);
      await api.einliefern(lieferungId, n, pdf, {
        sha256: createHash('sha256').update(pdf).digest('hex'),
        kundennummer: demoLogins.kunde.kundennummer,
        dokumentart: 'Kontoauszüge',
      });
      unterwegs.set(n, Date.now());
    },
    unterwegs: () => unterwegs.size,
    async einsammeln() {
      const zeilen = await ctx
        .db('eingangsdokumente as e')
        .leftJoin('dms_ablagen as d', 'd.eingangsnummer', 'e.eingangsnummer')
        .where('e.lieferung_id', lieferungId)
        .whereIn('e.lieferung_position', [...unterwegs.keys()])
        .where((q) => q.whereNotNull('d.abgelegt_am').orWhereIn('e.status', ['abgelehnt', 'wartet_auf_zuordnung']))
        .select('e.lieferung_position as position', 'e.status', 'd.abgelegt_am');
      return zeilen.map((zeile) => {
        if (!zeile.abgelegt_am) throw new Error(`bench document not filed: ${JSON.stringify(zeile)}`);
        const angenommen = unterwegs.get(zeile.position)!;
        unterwegs.delete(zeile.position);
        abgelegtInsgesamt++;
        return { angenommen, abgelegt: new Date(zeile.abgelegt_am).getTime() };
      });
    },
  });
  return { ...ergebnis, hochgeladen: position, abgelegt_insgesamt: abgelegtInsgesamt };
}

/** Waits until no document is left in the automatic part of the pipeline, so one path's tail does not slow the other. */
async function leerlaufen(ctx: AppContext, timeoutMs: number): Promise<void> {
  const ende = Date.now() + timeoutMs;
  while (Date.now() < ende) {
    const zeile = await ctx
      .db('eingangsdokumente')
      .whereIn('status', inVerarbeitung)
      .first(ctx.db.raw('count(*)::int as n'));
    if (zeile.n === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the pipeline did not drain within ${timeoutMs} ms`);
}

/** Milliseconds to read the codes of each page (page picture out of the PDF, ZXing at about 100 dpi), as dokumentEingang does. */
async function qrMessen(
  ctx: AppContext,
  pdf: Uint8Array,
  runden: number,
): Promise<{ zeiten: number[]; erkannt: number }> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const zeiten: number[] = [];
  let erkannt = 0;
  for (let runde = 0; runde < runden; runde++)
    for (let seite = 0; seite < doc.getPageCount(); seite++) {
      const anfang = performance.now();
      const inhalt = await seiteLesen(doc, seite, ctx.config.qrSchluessel);
      zeiten.push(performance.now() - anfang);
      if (inhalt?.art === 'antwortbogen') erkannt++;
    }
  return { zeiten, erkannt };
}

export async function scanApiMessen(ctx: AppContext, lauf: Dauerlauf, mails: MailSink): Promise<ScanApiErgebnis> {
  console.log('QR decoding per page: scanned Antwortbogen pages (200 dpi, skewed, JPEG) and text pages without code …');
  const brief = await antwortbogenAnhaengen(await pdfMitSeiten(1, 'Bescheid'), {
    kundennummer: demoLogins.kunde.kundennummer,
    referenz: 'A-2026-000001',
    dokumentart: 'Kontoauszüge',
    schluessel: ctx.config.qrSchluessel[0]!,
  });
  const boegen = await Promise.all([-2, -1, 1, 2].map((grad) => alsScan(brief, { dpi: 200, grad })));
  const mitCode = { zeiten: [] as number[], erkannt: 0 };
  for (const bogen of boegen) {
    const { zeiten, erkannt } = await qrMessen(ctx, bogen, 5);
    // Page 1 is the letter, page 2 the Antwortbogen.
    mitCode.zeiten.push(...zeiten.filter((_, i) => i % 2 === 1));
    mitCode.erkannt += erkannt;
  }
  const ohneCode = await qrMessen(ctx, await gescanntesPdf(10), 4);

  const umgebung = await apiUmgebungStarten(ctx, client);
  try {
    const api = scanApi({ apiUrl: umgebung.app.url, issuer: umgebung.issuer, ...client });
    await api.zugangstoken();
    const scan = await gescanntesPdf(10);
    console.log(`scanned 10-page PDFs sustained, internal path (${lauf.messMs / 1000} s) …`);
    const intern = await scansDauerhaft(ctx, scan, lauf);
    await leerlaufen(ctx, 600_000);
    console.log(`scanned 10-page PDFs sustained through the API into one delivery (${lauf.messMs / 1000} s) …`);
    const perApi = await apiDauerhaft(ctx, api, scan, lauf);
    await leerlaufen(ctx, 600_000);
    console.log('projection crossing the deadline → Poststelle alerted, on an idle pipeline …');
    const warnung = await scanWarnungMessen(ctx, api, mails, scan);
    return {
      api: perApi,
      intern,
      api_zu_intern: Number((perApi.dokumente_pro_sekunde / intern.dokumente_pro_sekunde).toFixed(2)),
      ziel: 'API >= 0.9 x intern',
      qr_dekodierung_pro_seite: {
        mit_antwortbogen: latenzen(mitCode.zeiten),
        ohne_code: latenzen(ohneCode.zeiten),
        erkannt: mitCode.erkannt / mitCode.zeiten.length,
        ziel: 'kein Ziel gesetzt; ohne_code ist die Vergleichsgröße',
      },
      warnung_nach_prognose: warnung,
    };
  } finally {
    await umgebung.schliessen();
  }
}
