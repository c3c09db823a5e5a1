import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import sharp from 'sharp';
import { erkenneDateityp } from '../../domain/dateityp.js';

const bild = () => sharp({ create: { width: 8, height: 8, channels: 3, background: 'white' } });

function ftyp(hauptmarke: string, ...kompatibel: string[]): Uint8Array {
  const laenge = 16 + 4 * kompatibel.length;
  const box = Buffer.alloc(laenge + 8);
  box.writeUInt32BE(laenge, 0);
  box.write(`ftyp${hauptmarke}`, 4, 'latin1');
  kompatibel.forEach((marke, i) => box.write(marke, 16 + 4 * i, 'latin1'));
  return box;
}

describe('file type from magic bytes', () => {
  it('recognises JPEG, PNG, WebP, TIFF and BigTIFF', async () => {
    assert.equal(erkenneDateityp(await bild().jpeg().toBuffer()), 'jpeg');
    assert.equal(erkenneDateityp(await bild().png().toBuffer()), 'png');
    assert.equal(erkenneDateityp(await bild().webp().toBuffer()), 'webp');
    assert.equal(erkenneDateityp(await bild().tiff().toBuffer()), 'tiff');
    assert.equal(erkenneDateityp(await bild().tiff({ bigtiff: true }).toBuffer()), 'tiff');
  });

  it('recognises HEIF by its ftyp brands, major or compatible', async () => {
    for (const marke of ['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1'])
      assert.equal(erkenneDateityp(ftyp(marke)), 'heic', marke);
    assert.equal(erkenneDateityp(ftyp('isom', 'iso2', 'mif1')), 'heic');
    assert.equal(erkenneDateityp(await bild().heif({ compression: 'av1' }).toBuffer()), 'heic');
  });

  it('refuses an MP4 video, which is ISO-BMFF too', () => {
    assert.equal(erkenneDateityp(ftyp('isom', 'iso2', 'mp41')), undefined);
  });

  it('recognises a PDF whose header starts within the first 1024 bytes', () => {
    assert.equal(erkenneDateityp(Buffer.from('%PDF-1.7\n%%EOF\n')), 'pdf');
    assert.equal(erkenneDateityp(Buffer.concat([Buffer.alloc(1000, 0x20), Buffer.from('%PDF-1.4\n')])), 'pdf');
    assert.equal(erkenneDateityp(Buffer.concat([Buffer.alloc(2000, 0x20), Buffer.from('%PDF-1.4\n')])), undefined);
  });

  it('refuses a ZIP, a text file and an empty file, even when named .pdf', () => {
    assert.equal(erkenneDateityp(Buffer.from('PK\u0003\u0004\u0014\u0000\u0000\u0000antrag.pdf', 'latin1')), undefined);
    assert.equal(erkenneDateityp(Buffer.from('Sehr geehrte Damen und Herren, anbei mein Antrag.')), undefined);
    assert.equal(erkenneDateityp(new Uint8Array(0)), undefined);
  });
});
