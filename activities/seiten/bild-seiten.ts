// Turns an image file into its pages: every page of a multi-page scan; of an animation only the first picture, with a notice.
import sharp from 'sharp';
import { Ablehnung } from '../../domain/ablehnung.js';
import { grenzen } from '../../domain/grenzen.js';
import type { Eingangshinweis } from '../../domain/hinweis.js';
import { bildAufbereiten, type Seitenbild } from './bild-aufbereiten.js';
import type { Dateityp } from '../../domain/dateityp.js';

export interface Bildseiten {
  seiten: Seitenbild[];
  hinweis?: Eingangshinweis;
}

const PNG_SIGNATUR = 8;

/** An APNG announces its frames in an acTL chunk before the image data; sharp shows only its still image. */
function pngAnimiert(bytes: Uint8Array): boolean {
  const daten = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let pos = PNG_SIGNATUR; pos + 12 <= daten.length; pos += 12 + daten.readUInt32BE(pos)) {
    const typ = daten.toString('latin1', pos + 4, pos + 8);
    if (typ === 'acTL') return pos + 12 <= daten.length && daten.readUInt32BE(pos + 8) > 1;
    if (typ === 'IDAT' || typ === 'IEND') return false;
  }
  return false;
}

/** More than one picture with display times is an animation (WebP, APNG); without them (TIFF) they are pages. */
async function bilderImBild(
  bytes: Uint8Array,
  typ: Exclude<Dateityp, 'pdf'>,
): Promise<{ anzahl: number; animation: boolean }> {
  if (typ === 'png') return { anzahl: 1, animation: pngAnimiert(bytes) };
  if (typ !== 'tiff' && typ !== 'webp') return { anzahl: 1, animation: false };
  // A header sharp cannot read is refused with its reason when the first page is converted.
  const kopf = await sharp(bytes, { limitInputPixels: false })
    .metadata()
    .catch(() => undefined);
  const anzahl = kopf?.pages ?? 1;
  return { anzahl, animation: anzahl > 1 && kopf?.delay !== undefined };
}

/** From the page's header alone, so an oversized file is refused before any page is decoded; an unreadable header counts 0 and is refused when converted. */
async function seitenPixel(bytes: Uint8Array, seite: number): Promise<number> {
  const kopf = await sharp(bytes, { limitInputPixels: false, page: seite })
    .metadata()
    .catch(() => undefined);
  return (kopf?.width ?? 0) * (kopf?.height ?? 0);
}

export async function bildSeitenAufbereiten(bytes: Uint8Array, typ: Exclude<Dateityp, 'pdf'>): Promise<Bildseiten> {
  const { anzahl, animation } = await bilderImBild(bytes, typ);
  if (animation) return { seiten: [await bildAufbereiten(bytes, typ)], hinweis: 'animation_erstes_bild' };
  if (anzahl === 1) return { seiten: [await bildAufbereiten(bytes, typ)] };
  if (anzahl > grenzen.seitenProDokument) throw new Ablehnung('zu_viele_seiten');
  let pixel = 0;
  for (let seite = 0; seite < anzahl; seite++) pixel += await seitenPixel(bytes, seite);
  if (pixel > grenzen.pixelProBilddatei) throw new Ablehnung('zu_gross', 'Seiten zusammen zu viele Bildpunkte');
  const seiten: Seitenbild[] = [];
  for (let seite = 0; seite < anzahl; seite++) seiten.push(await bildAufbereiten(bytes, typ, seite));
  return { seiten };
}
