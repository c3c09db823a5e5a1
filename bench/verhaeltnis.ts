// Ratios of a figure to the baseline measured in the same run: what carries from one machine to another.
import type { KoaBasis } from './basis/koa.js';
import type { SharpBasis } from './basis/sharp.js';
import type { WorkflowBasis } from './basis/workflow-rate.js';

export const verhaeltnis = (wert: number, basis: number): number => Number((wert / basis).toFixed(3));

interface Teile {
  pipeline?: {
    fotos_3x12mp: { p50_ms: number; basis_sharp: SharpBasis };
    scan_pdf_10_seiten: { dokumente_pro_sekunde: number; basis_workflow: WorkflowBasis };
  };
  web?: Array<{ web_prozesse: number; volle_last: { anfragen_pro_sekunde: number }; basis_koa: KoaBasis }>;
}

/** One line per figure: the figure, its baseline, their ratio and the target for the ratio. */
export function verhaeltnisseAus({ pipeline, web }: Teile): Record<string, Record<string, number | string>> {
  const zeilen: Record<string, Record<string, number | string>> = {};
  for (const w of web ?? [])
    zeilen[`gesendet_volle_last_${w.web_prozesse}_prozess${w.web_prozesse > 1 ? 'e' : ''}`] = {
      wert: w.volle_last.anfragen_pro_sekunde,
      basis: w.basis_koa.volle_last.anfragen_pro_sekunde,
      einheit: 'Anfragen/s; Basis: Koa allein, statische Seite gleicher Größe',
      verhaeltnis: verhaeltnis(w.volle_last.anfragen_pro_sekunde, w.basis_koa.volle_last.anfragen_pro_sekunde),
      ziel: w.web_prozesse === 1 ? '>= 0.10' : '—',
    };
  if (pipeline) {
    const { scan_pdf_10_seiten: scan, fotos_3x12mp: fotos } = pipeline;
    zeilen.scans_dauerhaft = {
      wert: scan.dokumente_pro_sekunde,
      basis: scan.basis_workflow.workflows_pro_sekunde,
      einheit: 'Dokumente/s; Basis: leere Workflows/s (eine lokale Aktivität), gleich viele offen',
      verhaeltnis: verhaeltnis(scan.dokumente_pro_sekunde, scan.basis_workflow.workflows_pro_sekunde),
      ziel: '>= 0.50',
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
