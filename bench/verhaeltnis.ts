// Ratios of a figure to the baseline measured in the same run: what carries from one machine to another.
import type { KoaBasis } from './basis/koa.js';
import type { SharpBasis } from './basis/sharp.js';
import type { WorkflowBasis } from './basis/workflow-rate.js';
import type { WechselndErgebnis } from './wechselnd.js';

export const verhaeltnis = (wert: number, basis: number): number => Number((wert / basis).toFixed(3));

interface Teile {
  pipeline?: {
    fotos_3x12mp: { p50_ms: number; basis_sharp: SharpBasis };
    scan_pdf_10_seiten: {
      dokumente_pro_sekunde: number;
      basis_workflow: WorkflowBasis;
      basis_scan_form: WorkflowBasis;
    };
  };
  web?: Array<{
    web_prozesse: number;
    volle_last: { anfragen_pro_sekunde: number };
    volle_last_wechselnd: WechselndErgebnis;
    basis_koa: KoaBasis;
  }>;
}

/** One line per figure: the figure, its baseline, their ratio and the target for the ratio. */
export function verhaeltnisseAus({ pipeline, web }: Teile): Record<string, Record<string, number | string>> {
  const zeilen: Record<string, Record<string, number | string>> = {};
  for (const w of web ?? []) {
    const prozesse = `${w.web_prozesse}_prozess${w.web_prozesse > 1 ? 'e' : ''}`;
    const wechselnd = w.volle_last_wechselnd;
    zeilen[`gesendet_volle_last_${prozesse}`] = {
      wert: wechselnd.seite_anfragen_pro_sekunde,
      basis: wechselnd.basis_anfragen_pro_sekunde,
      einheit: `Anfragen/s, Median aus ${wechselnd.runden.length} Runden im Wechsel (je ${wechselnd.dauer_s_je_lauf} s); Basis: Koa allein, statische Seite gleicher Größe`,
      verhaeltnis: wechselnd.verhaeltnis,
      ziel: w.web_prozesse === 1 ? '>= 0.10' : '—',
    };
    zeilen[`gesendet_volle_last_${prozesse}_einzeln`] = {
      wert: w.volle_last.anfragen_pro_sekunde,
      basis: w.basis_koa.volle_last.anfragen_pro_sekunde,
      einheit: 'Anfragen/s, je 15 s nacheinander gemessen (bis 3. Dezember die einzige Messung); Basis wie oben',
      verhaeltnis: verhaeltnis(w.volle_last.anfragen_pro_sekunde, w.basis_koa.volle_last.anfragen_pro_sekunde),
      ziel: '—',
    };
  }
  if (pipeline) {
    const { scan_pdf_10_seiten: scan, fotos_3x12mp: fotos } = pipeline;
    zeilen.scans_dauerhaft = {
      wert: scan.dokumente_pro_sekunde,
      basis: scan.basis_workflow.workflows_pro_sekunde,
      einheit: 'Dokumente/s; Basis: leere Workflows/s (eine lokale Aktivität), gleich viele offen',
      verhaeltnis: verhaeltnis(scan.dokumente_pro_sekunde, scan.basis_workflow.workflows_pro_sekunde),
      ziel: '>= 0.50',
    };
    zeilen.scans_zu_scan_form = {
      wert: scan.dokumente_pro_sekunde,
      basis: scan.basis_scan_form.workflows_pro_sekunde,
      einheit:
        'Dokumente/s; Basis: Workflows in der Form eines Scans mit leeren Schritten/s (eine Aktivität, sieben lokale), gleich viele offen',
      verhaeltnis: verhaeltnis(scan.dokumente_pro_sekunde, scan.basis_scan_form.workflows_pro_sekunde),
      ziel: '—',
    };
    zeilen.foto_normalisierung = {
      wert: fotos.basis_sharp.ein_foto.normalisierung_p50_ms,
      basis: fotos.basis_sharp.ein_foto.sharp_p50_ms,
      einheit: 'ms je 12-MP-Foto (p50); Basis: sharp allein auf demselben Foto',
      verhaeltnis: fotos.basis_sharp.ein_foto.verhaeltnis,
      ziel: '<= 1.2',
    };
    zeilen.fotos_hochgeladen_bis_abgelegt = {
      wert: fotos.p50_ms,
      basis: fotos.basis_sharp.drei_fotos_p50_ms,
      einheit: 'ms p50 für 3 Fotos, angenommen → abgelegt; Basis: sharp allein auf denselben 3 Fotos gleichzeitig',
      verhaeltnis: verhaeltnis(fotos.p50_ms, fotos.basis_sharp.drei_fotos_p50_ms),
      ziel: '—',
    };
  }
  return zeilen;
}
