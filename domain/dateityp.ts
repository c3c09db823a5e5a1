// Recognises an upload's file type from its first bytes, never from its name.
export type Dateityp = 'jpeg' | 'png' | 'heic' | 'tiff' | 'webp' | 'pdf';

const HEIF_MARKEN = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1']);
const PDF_KOPF = Buffer.from('%PDF-', 'latin1');

const beginntMit = (bytes: Uint8Array, muster: readonly number[], ab = 0) =>
  bytes.length >= ab + muster.length && muster.every((wert, i) => bytes[ab + i] === wert);

const ascii = (bytes: Uint8Array, von: number, bis: number) =>
  Buffer.from(bytes.buffer, bytes.byteOffset + von, bis - von).toString('latin1');

/** ISO-BMFF `ftyp` box whose major or a compatible brand is a HEIF image brand. */
function istHeif(bytes: Uint8Array): boolean {
  if (bytes.length < 16 || ascii(bytes, 4, 8) !== 'ftyp') return false;
  const boxLaenge = new DataView(bytes.buffer, bytes.byteOffset, 4).getUint32(0);
  const ende = Math.min(bytes.length, boxLaenge < 16 ? 16 : boxLaenge);
  if (HEIF_MARKEN.has(ascii(bytes, 8, 12))) return true;
  for (let pos = 16; pos + 4 <= ende; pos += 4) if (HEIF_MARKEN.has(ascii(bytes, pos, pos + 4))) return true;
  return false;
}

export function erkenneDateityp(bytes: Uint8Array): Dateityp | undefined {
  if (beginntMit(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (beginntMit(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (beginntMit(bytes, [0x49, 0x49, 0x2a, 0x00]) || beginntMit(bytes, [0x4d, 0x4d, 0x00, 0x2a])) return 'tiff';
  if (beginntMit(bytes, [0x49, 0x49, 0x2b, 0x00]) || beginntMit(bytes, [0x4d, 0x4d, 0x00, 0x2b])) return 'tiff';
  if (beginntMit(bytes, [0x52, 0x49, 0x46, 0x46]) && beginntMit(bytes, [0x57, 0x45, 0x42, 0x50], 8)) return 'webp';
  if (istHeif(bytes)) return 'heic';
  if (Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 1024)).includes(PDF_KOPF)) return 'pdf';
  return undefined;
}
