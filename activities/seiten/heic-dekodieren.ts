// Decodes HEVC-coded HEIC photos (iPhone) to RGBA with libheif as WebAssembly; sharp's prebuilt libheif only decodes AV1.
import { Ablehnung } from '../../domain/ablehnung.js';

export interface Rohbild {
  breite: number;
  hoehe: number;
  rgba: Buffer;
}

/** libheif applies the container's own rotation and mirroring (irot/imir) while decoding. */
export async function heicDekodieren(bytes: Uint8Array, hoechstePixel: number): Promise<Rohbild> {
  const { default: heicDecode } = await import('heic-decode');
  const bilder = await heicDecode.all({ buffer: bytes }).catch((error: unknown) => {
    throw new Ablehnung('beschaedigt', `HEIC: ${(error as Error).message}`);
  });
  try {
    const hauptbild = bilder[0];
    if (!hauptbild) throw new Ablehnung('beschaedigt', 'HEIC ohne Bild');
    if (hauptbild.width * hauptbild.height > hoechstePixel) throw new Ablehnung('bild_zu_gross');
    const { width, height, data } = await hauptbild.decode().catch((error: unknown) => {
      throw new Ablehnung('beschaedigt', `HEIC: ${(error as Error).message}`);
    });
    return { breite: width, hoehe: height, rgba: Buffer.from(data.buffer, data.byteOffset, data.byteLength) };
  } finally {
    bilder.dispose();
  }
}
