// Turns one photo or scan into an upright, metadata-free sRGB JPEG no larger than an A4 page at 200 dpi.
import sharp, { type Sharp, type SharpOptions } from 'sharp';
import { Ablehnung } from '../../domain/ablehnung.js';
import { grenzen, seitenbild } from '../../domain/grenzen.js';
import type { Dateityp } from '../../domain/dateityp.js';
import { heicDekodieren } from './heic-dekodieren.js';

export interface Seitenbild {
  jpeg: Buffer;
  breite: number;
  hoehe: number;
}

// Every image is converted once, so libvips' operation cache would only hold on to memory.
sharp.cache(false);

const EINGABE: SharpOptions = { limitInputPixels: grenzen.pixelProBild, sequentialRead: true };
const PIXELGRENZE = /exceeds pixel limit/i;

/** One page (`seite`, from 0) of an image file; HEIC always gives its primary image. */
export async function bildAufbereiten(
  bytes: Uint8Array,
  typ: Exclude<Dateityp, 'pdf'>,
  seite = 0,
): Promise<Seitenbild> {
  const eingabe: SharpOptions = { ...EINGABE, page: seite };
  const kopf = await sharp(bytes, eingabe)
    .metadata()
    .catch((error: Error) => {
      if (PIXELGRENZE.test(error.message)) throw new Ablehnung('bild_zu_gross');
      return undefined;
    });
  if (typ === 'heic' && kopf?.compression !== 'av1') {
    const { breite, hoehe, rgba } = await heicDekodieren(bytes, grenzen.pixelProBild);
    return kodieren(sharp(rgba, { ...EINGABE, raw: { width: breite, height: hoehe, channels: 4 } }), breite > hoehe);
  }
  if (!kopf?.width || !kopf.height) throw new Ablehnung('beschaedigt', 'Bild nicht lesbar');
  if (kopf.width * kopf.height > grenzen.pixelProBild) throw new Ablehnung('bild_zu_gross');
  const { width, height } = kopf.autoOrient ?? kopf;
  return kodieren(sharp(bytes, { ...eingabe, autoOrient: true }), width > height);
}

/** Landscape pictures get the landscape A4 box, so a page photographed sideways keeps 200 dpi. */
async function kodieren(bild: Sharp, quer: boolean): Promise<Seitenbild> {
  const [breite, hoehe] = quer ? [seitenbild.hoehe, seitenbild.breite] : [seitenbild.breite, seitenbild.hoehe];
  try {
    const { data, info } = await bild
      .resize({ width: breite, height: hoehe, fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .toColourspace('srgb')
      .jpeg({ quality: seitenbild.jpegQualitaet })
      .toBuffer({ resolveWithObject: true });
    return { jpeg: data, breite: info.width, hoehe: info.height };
  } catch (error) {
    if (PIXELGRENZE.test((error as Error).message)) throw new Ablehnung('bild_zu_gross');
    throw new Ablehnung('beschaedigt', (error as Error).message);
  }
}
