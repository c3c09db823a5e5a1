import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import zlib from 'node:zlib';
import sharp, { type Sharp } from 'sharp';
import { Ablehnung } from '../../../domain/ablehnung.js';
import { seitenbild } from '../../../domain/grenzen.js';
import { bildAufbereiten } from '../../../activities/seiten/bild-aufbereiten.js';

/** Upright portrait page: white, with a red block in the top-left corner. */
const aufrecht = () =>
  sharp({ create: { width: 300, height: 400, channels: 3, background: 'white' } })
    .composite([{ input: { create: { width: 100, height: 100, channels: 3, background: 'red' } }, left: 0, top: 0 }])
    .png()
    .toBuffer();

/** How a camera stores the upright picture when it writes EXIF orientation n (the inverse of what a viewer applies). */
const gespeichert: Record<number, Array<(bild: Sharp) => Sharp>> = {
  1: [],
  2: [(b) => b.flop()],
  3: [(b) => b.rotate(180)],
  4: [(b) => b.flip()],
  5: [(b) => b.rotate(90), (b) => b.flop()],
  6: [(b) => b.rotate(270)],
  7: [(b) => b.rotate(270), (b) => b.flop()],
  8: [(b) => b.rotate(90)],
};

async function fotoMitOrientierung(orientierung: number): Promise<Buffer> {
  let bytes = await aufrecht();
  for (const schritt of gespeichert[orientierung]!) bytes = await schritt(sharp(bytes)).png().toBuffer();
  return sharp(bytes).jpeg({ quality: 95 }).withMetadata({ orientation: orientierung }).toBuffer();
}

async function pixel(jpeg: Buffer) {
  const { data, info } = await sharp(jpeg).raw().toBuffer({ resolveWithObject: true });
  const an = (x: number, y: number) => {
    const i = (y * info.width + x) * info.channels;
    return [data[i]!, data[i + 1]!, data[i + 2]!];
  };
  return { breite: info.width, hoehe: info.height, an };
}

const rot = ([r, g, b]: number[]) => r! > 200 && g! < 80 && b! < 80;
const weiss = ([r, g, b]: number[]) => r! > 220 && g! > 220 && b! > 220;

/** A PNG that claims 10001 x 10001 pixels but carries almost no image data. */
function riesenPngKopf(): Buffer {
  const chunk = (typ: string, daten: Buffer) => {
    const kopf = Buffer.alloc(8);
    kopf.writeUInt32BE(daten.length, 0);
    kopf.write(typ, 4, 'latin1');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(Buffer.concat([kopf.subarray(4), daten])) >>> 0, 0);
    return Buffer.concat([kopf, daten, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(10001, 0);
  ihdr.writeUInt32BE(10001, 4);
  ihdr.set([8, 0, 0, 0, 0], 8);
  const signatur = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signatur,
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(Buffer.alloc(10002))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const abgelehnt = (grund: string) => (error: unknown) => error instanceof Ablehnung && error.grund === grund;

describe('image preparation', () => {
  for (const orientierung of [1, 2, 3, 4, 5, 6, 7, 8]) {
    it(`turns a photo with EXIF orientation ${orientierung} upright`, async () => {
      const ergebnis = await bildAufbereiten(await fotoMitOrientierung(orientierung), 'jpeg');
      const { breite, hoehe, an } = await pixel(ergebnis.jpeg);
      assert.deepEqual([ergebnis.breite, ergebnis.hoehe], [300, 400]);
      assert.deepEqual([breite, hoehe], [300, 400]);
      assert.ok(rot(an(20, 20)), `top left is ${an(20, 20).join(',')}`);
      assert.ok(weiss(an(breite - 20, 20)) && weiss(an(20, hoehe - 20)) && weiss(an(breite - 20, hoehe - 20)));
    });
  }

  for (const [typ, kodieren] of [
    ['png', (b: Sharp) => b.png()],
    ['webp', (b: Sharp) => b.webp({ quality: 95 })],
    ['tiff', (b: Sharp) => b.tiff({ compression: 'lzw' })],
  ] as const) {
    it(`converts a ${typ.toUpperCase()} to an upright sRGB JPEG`, async () => {
      const ergebnis = await bildAufbereiten(await kodieren(sharp(await aufrecht())).toBuffer(), typ);
      const kopf = await sharp(ergebnis.jpeg).metadata();
      assert.equal(kopf.format, 'jpeg');
      assert.equal(kopf.space, 'srgb');
      assert.ok(rot((await pixel(ergebnis.jpeg)).an(20, 20)));
    });
  }

  it('decodes an AV1-coded HEIF (AVIF) through sharp', async () => {
    const heif = await sharp(await aufrecht())
      .heif({ compression: 'av1', quality: 90 })
      .toBuffer();
    const ergebnis = await bildAufbereiten(heif, 'heic');
    assert.deepEqual([ergebnis.breite, ergebnis.hoehe], [300, 400]);
    assert.ok(rot((await pixel(ergebnis.jpeg)).an(20, 20)));
  });

  it('lays transparent areas on white, not black', async () => {
    const durchsichtig = await sharp({
      create: { width: 50, height: 50, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } },
    })
      .png()
      .toBuffer();
    const { an } = await pixel((await bildAufbereiten(durchsichtig, 'png')).jpeg);
    assert.ok(weiss(an(25, 25)));
  });

  it('drops EXIF, GPS, ICC and XMP metadata', async () => {
    const foto = await sharp(await aufrecht())
      .jpeg()
      .withExif({
        IFD0: { Copyright: 'Erika Mustermann', ImageDescription: 'Kontoauszug Mustermann', Make: 'Telefon' },
        IFD3: {
          GPSLatitudeRef: 'N',
          GPSLatitude: '52/1 31/1 12/1',
          GPSLongitudeRef: 'E',
          GPSLongitude: '13/1 24/1 36/1',
        },
      })
      .withIccProfile('p3')
      .withXmp(
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/></x:xmpmeta>',
      )
      .toBuffer();
    const vorher = await sharp(foto).metadata();
    assert.ok(vorher.exif && vorher.icc && vorher.xmp, 'the input carries metadata');
    const { jpeg } = await bildAufbereiten(foto, 'jpeg');
    const nachher = await sharp(jpeg).metadata();
    assert.equal(nachher.exif, undefined);
    assert.equal(nachher.xmp, undefined);
    assert.equal(nachher.icc, undefined);
    assert.equal(jpeg.includes('Mustermann'), false);
  });

  it('scales a 12-megapixel photo into A4 at 200 dpi, landscape into landscape A4', async () => {
    const foto = sharp({ create: { width: 4000, height: 3000, channels: 3, background: '#d0d0c8' } }).jpeg();
    const quer = await bildAufbereiten(await foto.clone().toBuffer(), 'jpeg');
    assert.deepEqual([quer.breite, quer.hoehe], [2205, seitenbild.breite]);
    const hoch = await bildAufbereiten(await foto.clone().withMetadata({ orientation: 6 }).toBuffer(), 'jpeg');
    assert.deepEqual([hoch.breite, hoch.hoehe], [seitenbild.breite, 2205]);
  });

  it('never enlarges a small picture', async () => {
    const klein = await sharp({ create: { width: 120, height: 80, channels: 3, background: 'white' } })
      .png()
      .toBuffer();
    const ergebnis = await bildAufbereiten(klein, 'png');
    assert.deepEqual([ergebnis.breite, ergebnis.hoehe], [120, 80]);
  });

  it('refuses an image over 100 megapixels from its header, without decoding it', async () => {
    await assert.rejects(bildAufbereiten(riesenPngKopf(), 'png'), abgelehnt('bild_zu_gross'));
  });

  it('refuses undecodable and truncated images as damaged', async () => {
    await assert.rejects(
      bildAufbereiten(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4, 5]), 'jpeg'),
      abgelehnt('beschaedigt'),
    );
    const foto = await sharp({
      create: {
        width: 800,
        height: 600,
        channels: 3,
        background: 'grey',
        noise: { type: 'gaussian', mean: 128, sigma: 30 },
      },
    })
      .jpeg()
      .toBuffer();
    await assert.rejects(bildAufbereiten(foto.subarray(0, foto.length / 2), 'jpeg'), abgelehnt('beschaedigt'));
    await assert.rejects(bildAufbereiten(Buffer.from('ftypheic kaputt'), 'heic'), abgelehnt('beschaedigt'));
  });
});
