import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import sharp from 'sharp';
import { Ablehnung } from '../../../domain/ablehnung.js';
import { grenzen } from '../../../domain/grenzen.js';
import { bildSeitenAufbereiten } from '../../../activities/seiten/bild-seiten.js';
import { animiertesPng, animiertesWebp, mehrseitigesTiff } from '../../support/dateien.js';

const abgelehnt = (grund: string) => (error: unknown) => error instanceof Ablehnung && error.grund === grund;

/** Mean red, green and blue of a page image. */
async function farbe(jpeg: Buffer): Promise<number[]> {
  const { channels } = await sharp(jpeg).stats();
  return channels.slice(0, 3).map((kanal) => Math.round(kanal.mean));
}

describe('image files with more than one picture', () => {
  it('makes every page of a multi-page TIFF a page, in order and each in its own size', async () => {
    const tiff = mehrseitigesTiff([
      { breite: 300, hoehe: 400, grau: 0 },
      { breite: 400, hoehe: 300, grau: 128 },
      { breite: 200, hoehe: 280, grau: 255 },
    ]);
    const { seiten, hinweis } = await bildSeitenAufbereiten(tiff, 'tiff');
    assert.equal(hinweis, undefined);
    assert.deepEqual(
      seiten.map((s) => [s.breite, s.hoehe]),
      [
        [300, 400],
        [400, 300],
        [200, 280],
      ],
    );
    const grau = await Promise.all(seiten.map(async (s) => (await farbe(s.jpeg))[0]!));
    assert.ok(grau[0]! < 10 && Math.abs(grau[1]! - 128) < 10 && grau[2]! > 245, `grey levels ${grau.join(', ')}`);
  });

  it('keeps a single-page TIFF as one page', async () => {
    const { seiten, hinweis } = await bildSeitenAufbereiten(
      mehrseitigesTiff([{ breite: 120, hoehe: 80, grau: 200 }]),
      'tiff',
    );
    assert.equal(seiten.length, 1);
    assert.equal(hinweis, undefined);
  });

  it(`refuses a TIFF of more than ${grenzen.seitenProDokument} pages before converting any`, async () => {
    const seiten = Array.from({ length: grenzen.seitenProDokument + 1 }, () => ({ breite: 2, hoehe: 2, grau: 255 }));
    await assert.rejects(bildSeitenAufbereiten(mehrseitigesTiff(seiten), 'tiff'), abgelehnt('zu_viele_seiten'));
  });

  it('refuses pages that together hold more than the pixel budget, from their headers, before decoding any', async () => {
    const seiten = Array.from({ length: 11 }, () => ({ breite: 10_000, hoehe: 10_000, grau: 255, nurKopf: true }));
    assert.ok(11 * 10_000 * 10_000 > grenzen.pixelProBilddatei && 10_000 * 10_000 <= grenzen.pixelProBild);
    await assert.rejects(bildSeitenAufbereiten(mehrseitigesTiff(seiten), 'tiff'), abgelehnt('zu_gross'));
  });

  it('files the first picture of an animated WebP and says that the others were left out', async () => {
    const { seiten, hinweis } = await bildSeitenAufbereiten(
      await animiertesWebp(['#ff0000', '#0000ff', '#00ff00']),
      'webp',
    );
    assert.equal(seiten.length, 1);
    assert.equal(hinweis, 'animation_erstes_bild');
    const [r, g, b] = await farbe(seiten[0]!.jpeg);
    assert.ok(r! > 200 && g! < 60 && b! < 60, `first frame is red: ${[r, g, b].join(',')}`);
  });

  it('files the first picture of an animated PNG and says that the others were left out', async () => {
    const apng = animiertesPng([
      [255, 0, 0],
      [0, 0, 255],
    ]);
    const { seiten, hinweis } = await bildSeitenAufbereiten(apng, 'png');
    assert.equal(seiten.length, 1);
    assert.equal(hinweis, 'animation_erstes_bild');
    const [r, , b] = await farbe(seiten[0]!.jpeg);
    assert.ok(r! > 200 && b! < 60);
  });

  it('gives no notice for still pictures', async () => {
    const still = sharp({ create: { width: 60, height: 40, channels: 3, background: 'white' } });
    for (const [typ, bytes] of [
      ['png', await still.clone().png().toBuffer()],
      ['webp', await still.clone().webp().toBuffer()],
      ['jpeg', await still.clone().jpeg().toBuffer()],
      ['png', animiertesPng([[0, 0, 0]])],
    ] as const) {
      const { seiten, hinweis } = await bildSeitenAufbereiten(bytes, typ);
      assert.equal(seiten.length, 1, typ);
      assert.equal(hinweis, undefined, typ);
    }
  });
});
