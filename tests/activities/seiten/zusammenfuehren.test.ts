import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import zlib from 'node:zlib';
import {
  PageSizes,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFRawStream,
  StandardFonts,
  type PDFObject,
  type PDFPage,
} from '@cantoo/pdf-lib';
import sharp from 'sharp';
import { Ablehnung } from '../../../domain/ablehnung.js';
import { jobcenter } from '../../../domain/jobcenter.js';
import { zusammenfuehren, type GeladenerTeil } from '../../../activities/seiten/zusammenfuehren.js';

const abgelehnt = (grund: string) => (error: unknown) => error instanceof Ablehnung && error.grund === grund;
const [A4_BREITE, A4_HOEHE] = PageSizes.A4;

async function bild(breite: number, hoehe: number, farbe: string): Promise<GeladenerTeil> {
  const jpeg = await sharp({ create: { width: breite, height: hoehe, channels: 3, background: farbe } })
    .jpeg()
    .toBuffer();
  return { art: 'bild', jpeg, breite, hoehe };
}

/** Pages of the given square sizes, so their order can be read back from the result. */
async function pdf(...kanten: number[]): Promise<GeladenerTeil> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const kante of kanten) doc.addPage([kante, kante]).drawText(`Seite ${kante}`, { x: 10, y: 10, font, size: 10 });
  return { art: 'pdf', pdf: await doc.save() };
}

function rohdaten(objekt: PDFObject | undefined): Uint8Array {
  assert.ok(objekt instanceof PDFRawStream);
  return objekt.contents;
}

function eingebettetesBild(seite: PDFPage): Uint8Array {
  const xobjekte = seite.node.Resources()!.lookup(PDFName.of('XObject'), PDFDict);
  const [name] = xobjekte.keys();
  return rohdaten(xobjekte.lookup(name!));
}

/** Where the page draws its image: the unit square mapped through all `cm` matrices before `Do`. */
function bildlage(doc: PDFDocument, seite: PDFPage) {
  const inhalt = seite.node.lookup(PDFName.of('Contents'), PDFArray).get(0);
  const text = zlib.inflateSync(rohdaten(doc.context.lookup(inhalt))).toString('latin1');
  let [a, b, c, d, e, f] = [1, 0, 0, 1, 0, 0];
  for (const treffer of text.matchAll(/(\S+) (\S+) (\S+) (\S+) (\S+) (\S+) cm/g)) {
    const [ma, mb, mc, md, me, mf] = treffer.slice(1).map(Number) as [number, number, number, number, number, number];
    [a, b, c, d, e, f] = [
      ma * a + mb * c,
      ma * b + mb * d,
      mc * a + md * c,
      mc * b + md * d,
      me * a + mf * c + e,
      me * b + mf * d + f,
    ];
  }
  assert.ok(b === 0 && c === 0, 'not rotated or skewed');
  return { breite: a, hoehe: d, x: e, y: f };
}

describe('merging parts into one PDF', () => {
  it('puts 2 images, a 3-page PDF and another image on 6 pages in the given order', async () => {
    const hoch = await bild(300, 400, 'red');
    const quer = await bild(400, 300, 'blue');
    const spaeter = await bild(600, 900, 'green');
    const { pdf: ergebnis, seiten } = await zusammenfuehren([hoch, quer, await pdf(200, 300, 400), spaeter]);
    assert.equal(seiten, 6);
    const aus = await PDFDocument.load(ergebnis, { updateMetadata: false });
    const groessen = aus.getPages().map((seite) => {
      const { width, height } = seite.getSize();
      return [Math.round(width), Math.round(height)];
    });
    const a4 = [Math.round(A4_BREITE), Math.round(A4_HOEHE)];
    assert.deepEqual(groessen, [a4, [a4[1], a4[0]], [200, 200], [300, 300], [400, 400], a4]);
    for (const [seite, teil] of [
      [0, hoch],
      [1, quer],
      [5, spaeter],
    ] as const) {
      assert.ok(
        teil.art === 'bild' && Buffer.from(eingebettetesBild(aus.getPage(seite))).equals(teil.jpeg),
        `page ${seite + 1}`,
      );
    }
  });

  it('embeds the JPEGs byte for byte, without re-encoding', async () => {
    const teile = [await bild(300, 400, 'red'), await bild(400, 300, 'blue')];
    const aus = await PDFDocument.load((await zusammenfuehren(teile)).pdf);
    aus.getPages().forEach((seite, i) => {
      const teil = teile[i]!;
      assert.ok(teil.art === 'bild' && Buffer.from(eingebettetesBild(seite)).equals(teil.jpeg));
    });
  });

  it('scales an image to fit the page with a small margin, centred', async () => {
    const aus = await PDFDocument.load((await zusammenfuehren([await bild(1654, 2339, 'white')])).pdf);
    const { breite, hoehe, x, y } = bildlage(aus, aus.getPage(0));
    assert.ok(x > 5 && y > 5 && x + breite < A4_BREITE - 5 && y + hoehe < A4_HOEHE - 5);
    assert.ok(Math.abs(x - (A4_BREITE - x - breite)) < 0.5 && Math.abs(y - (A4_HOEHE - y - hoehe)) < 0.5);
    assert.ok(breite > A4_BREITE - 40 || hoehe > A4_HOEHE - 40, 'fills the page up to the margin');
  });

  it('writes neutral metadata: a generic title, the jobcenter as producer, no author or dates', async () => {
    const aus = await PDFDocument.load((await zusammenfuehren([await bild(30, 40, 'white')])).pdf, {
      updateMetadata: false,
    });
    assert.equal(aus.getTitle(), 'Dokument');
    assert.equal(aus.getProducer(), jobcenter.name);
    assert.equal(aus.getAuthor(), undefined);
    assert.equal(aus.getCreator(), undefined);
    assert.equal(aus.getCreationDate(), undefined);
  });

  it('refuses more than 500 pages in total', async () => {
    const dreihundert = await pdf(...Array.from({ length: 300 }, () => 100));
    await assert.rejects(zusammenfuehren([dreihundert, dreihundert]), abgelehnt('zu_viele_seiten'));
    const fuenfhundert = await pdf(...Array.from({ length: 500 }, () => 100));
    assert.equal((await zusammenfuehren([fuenfhundert])).seiten, 500);
    await assert.rejects(zusammenfuehren([fuenfhundert, await bild(30, 40, 'white')]), abgelehnt('zu_viele_seiten'));
  });

  it('refuses nothing to merge as empty, and a broken part as damaged', async () => {
    await assert.rejects(zusammenfuehren([]), abgelehnt('leer'));
    await assert.rejects(
      zusammenfuehren([{ art: 'bild', jpeg: Buffer.from('kein jpeg'), breite: 1, hoehe: 1 }]),
      abgelehnt('beschaedigt'),
    );
  });
});
