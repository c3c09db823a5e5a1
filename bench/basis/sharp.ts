// Baseline for the image pipeline: bare sharp (auto-orient, resize into portrait A4 at 200 dpi, JPEG) on the same photos.
import sharp from 'sharp';
import { bildAufbereiten } from '../../activities/seiten/bild-aufbereiten.js';
import { seitenbild } from '../../domain/grenzen.js';
import { quantil } from '../quantil.js';

export interface SharpBasis {
  /** Three photos at once, the way one submission's photos go through the pipeline, with nothing around them. */
  drei_fotos_p50_ms: number;
  /** One photo: the pipeline's own normalisation (bildAufbereiten) and bare sharp, alternating in this process. */
  ein_foto: { normalisierung_p50_ms: number; sharp_p50_ms: number; verhaeltnis: number };
  runden: number;
}

const nackt = (foto: Buffer) =>
  sharp(foto, { autoOrient: true })
    .resize({ width: seitenbild.breite, height: seitenbild.hoehe, fit: 'inside', withoutEnlargement: true })
    .jpeg({ quality: seitenbild.jpegQualitaet })
    .toBuffer();

async function dauer(arbeit: () => Promise<unknown>): Promise<number> {
  const anfang = performance.now();
  await arbeit();
  return performance.now() - anfang;
}

const p50 = (werte: number[]) =>
  Math.round(
    quantil(
      [...werte].sort((a, b) => a - b),
      0.5,
    ),
  );

export async function sharpBasisMessen(fotos: Buffer[], runden = 10): Promise<SharpBasis> {
  const [foto] = fotos;
  await nackt(foto!);
  await bildAufbereiten(foto!, 'jpeg');
  const normal: number[] = [];
  const bar: number[] = [];
  const drei: number[] = [];
  for (let i = 0; i < runden; i++) {
    normal.push(await dauer(() => bildAufbereiten(foto!, 'jpeg')));
    bar.push(await dauer(() => nackt(foto!)));
    drei.push(await dauer(() => Promise.all(fotos.map(nackt))));
  }
  return {
    drei_fotos_p50_ms: p50(drei),
    ein_foto: {
      normalisierung_p50_ms: p50(normal),
      sharp_p50_ms: p50(bar),
      verhaeltnis: Number((p50(normal) / p50(bar)).toFixed(2)),
    },
    runden,
  };
}
