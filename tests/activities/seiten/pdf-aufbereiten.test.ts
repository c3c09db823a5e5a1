import assert from 'node:assert/strict';
import { once } from 'node:events';
import { describe, it } from 'node:test';
import zlib from 'node:zlib';
import {
  decodePDFRawStream,
  EncryptedPDFError,
  PDFDocument,
  PDFName,
  PDFRawStream,
  PDFString,
  StandardFonts,
  type SecurityOptions,
} from '@cantoo/pdf-lib';
import sharp from 'sharp';
import { Ablehnung } from '../../../domain/ablehnung.js';
import { jobcenter } from '../../../domain/jobcenter.js';
import { pdfAufbereiten } from '../../../activities/seiten/pdf-aufbereiten.js';

const MB = 1024 * 1024;
const abgelehnt = (grund: string) => (error: unknown) => error instanceof Ablehnung && error.grund === grund;
/** pdf-lib writes drawn text as a hex string. */
const hex = (text: string) => Buffer.from(text, 'latin1').toString('hex').toUpperCase();

async function textPdf(seitenzahl: number, verschluesselung?: SecurityOptions): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 1; i <= seitenzahl; i++)
    doc.addPage([300, 400]).drawText(`Kontoauszug Seite ${i}`, { x: 20, y: 300, font, size: 12 });
  if (verschluesselung) doc.encrypt(verschluesselung);
  return doc.save();
}

/** A PDF written by hand, object by object; pdf-lib finds objects without a cross-reference table. */
function rohesPdf(...objekte: string[]): Buffer {
  const koerper = objekte.map((objekt, i) => `${i + 1} 0 obj\n${objekt}\nendobj\n`).join('');
  return Buffer.from(`%PDF-1.7\n${koerper}trailer\n<< /Root 1 0 R /Size ${objekte.length + 1} >>\n%%EOF\n`, 'latin1');
}

/** Every object of a PDF as text, streams decoded where a general-purpose filter allows. */
function allesLesbar(doc: PDFDocument): string {
  return doc.context
    .enumerateIndirectObjects()
    .map(([, objekt]) => {
      if (!(objekt instanceof PDFRawStream)) return objekt.toString();
      let inhalt = objekt.contents;
      try {
        inhalt = decodePDFRawStream(objekt).decode();
      } catch {
        // image data stays as stored
      }
      return `${objekt.dict.toString()}\n${Buffer.from(inhalt).toString('latin1')}`;
    })
    .join('\n');
}

async function nullenKomprimiert(megabytes: number): Promise<Buffer> {
  const teile: Buffer[] = [];
  const deflate = zlib.createDeflate({ level: 9 });
  deflate.on('data', (teil: Buffer) => teile.push(teil));
  const fertig = once(deflate, 'end');
  const nullen = Buffer.alloc(MB);
  for (let i = 0; i < megabytes; i++) if (!deflate.write(nullen)) await once(deflate, 'drain');
  deflate.end();
  await fertig;
  return Buffer.concat(teile);
}

/** One page whose resources hold the given Flate streams as form XObjects. */
async function pdfMitStroemen(stroeme: Buffer[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const seite = doc.addPage([100, 100]);
  const xobjekte = Object.fromEntries(
    stroeme.map((daten, i) => [
      `B${i}`,
      doc.context.register(
        doc.context.stream(daten, { Type: 'XObject', Subtype: 'Form', BBox: [0, 0, 10, 10], Filter: 'FlateDecode' }),
      ),
    ]),
  );
  seite.node.set(PDFName.of('Resources'), doc.context.obj({ XObject: xobjekte }));
  return doc.save({ useObjectStreams: false });
}

describe('PDF preparation', () => {
  it('keeps pages and text and reports the page count', async () => {
    const { pdf, seiten } = await pdfAufbereiten(await textPdf(3));
    assert.equal(seiten, 3);
    const aus = await PDFDocument.load(pdf);
    assert.equal(aus.getPageCount(), 3);
    assert.deepEqual(aus.getPage(2).getSize(), { width: 300, height: 400 });
    assert.ok(allesLesbar(aus).includes(hex('Kontoauszug Seite 3')));
  });

  it('leaves behind document JavaScript, OpenAction, attachments, forms, page actions and annotations', async () => {
    const doc = await PDFDocument.create();
    const { context, catalog } = doc;
    const font = await doc.embedFont(StandardFonts.Helvetica);
    const seite = doc.addPage([400, 400]);
    seite.drawText('Antrag auf Weiterbewilligung', { x: 20, y: 300, font, size: 12 });
    doc.addJavaScript('begruessung', 'app.alert("document script")');
    catalog.set(
      PDFName.of('OpenAction'),
      context.obj({ S: 'JavaScript', JS: PDFString.of('app.alert("open action")') }),
    );
    await doc.attach(Buffer.from('anhang mit geheimnis'), 'anhang.txt', { mimeType: 'text/plain' });
    seite.node.set(
      PDFName.of('AA'),
      context.obj({ O: { S: 'JavaScript', JS: PDFString.of('app.alert("page open")') } }),
    );
    const link = context.register(
      context.obj({
        Type: 'Annot',
        Subtype: 'Link',
        Rect: [0, 0, 100, 100],
        A: { S: 'JavaScript', JS: PDFString.of('app.alert("link")') },
      }),
    );
    seite.node.set(PDFName.of('Annots'), context.obj([link]));
    doc.getForm().createTextField('kundennummer').addToPage(seite, { x: 20, y: 100 });
    doc.setAuthor('Erika Mustermann');
    doc.setTitle('Antrag Mustermann');
    const eingabe = await PDFDocument.load(await doc.save());
    assert.ok(['Names', 'OpenAction', 'AcroForm'].every((schluessel) => eingabe.catalog.has(PDFName.of(schluessel))));

    const aus = await PDFDocument.load((await pdfAufbereiten(await eingabe.save())).pdf, { updateMetadata: false });
    for (const schluessel of ['Names', 'OpenAction', 'AcroForm', 'AA'])
      assert.equal(aus.catalog.has(PDFName.of(schluessel)), false, schluessel);
    assert.equal(aus.getPage(0).node.has(PDFName.of('AA')), false);
    assert.equal(aus.getPage(0).node.has(PDFName.of('Annots')), false);
    const inhalt = allesLesbar(aus);
    for (const spur of [
      'JavaScript',
      '/JS',
      'app.alert',
      'EmbeddedFile',
      'geheimnis',
      '/Annot',
      'kundennummer',
      'Mustermann',
    ])
      assert.equal(inhalt.includes(spur), false, spur);
    assert.ok(inhalt.includes(hex('Antrag auf Weiterbewilligung')));
    assert.equal(aus.getTitle(), 'Dokument');
    assert.equal(aus.getProducer(), jobcenter.name);
    assert.equal(aus.getAuthor(), undefined);
  });

  it('keeps page attributes inherited from the page tree', async () => {
    const inhalt = 'BT /F1 12 Tf 20 20 Td (geerbt) Tj ET';
    const pdf = rohesPdf(
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [0 0 200 300] /Rotate 90 /Resources << /Font << /F1 4 0 R >> >> >>',
      '<< /Type /Page /Parent 2 0 R /Contents 5 0 R >>',
      '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
      `<< /Length ${inhalt.length} >>\nstream\n${inhalt}\nendstream`,
    );
    const aus = await PDFDocument.load((await pdfAufbereiten(pdf)).pdf);
    const seite = aus.getPage(0);
    assert.deepEqual(seite.getSize(), { width: 200, height: 300 });
    assert.equal(seite.getRotation().angle, 90);
    assert.ok(allesLesbar(aus).includes('/BaseFont /Helvetica'));
  });

  for (const algorithm of ['AES-256', 'AES-128', 'RC4-128'] as const) {
    it(`accepts a PDF with only an owner password (${algorithm}) and returns it decrypted`, async () => {
      const eingabe = await textPdf(3, {
        ownerPassword: 'bank-intern',
        userPassword: '',
        permissions: { printing: 'lowResolution', modifying: false, copying: false },
        algorithm,
        allowWeakCryptography: true,
      });
      await assert.rejects(PDFDocument.load(eingabe), EncryptedPDFError);
      const { pdf, seiten } = await pdfAufbereiten(eingabe);
      assert.equal(seiten, 3);
      const aus = await PDFDocument.load(pdf);
      assert.equal(aus.isEncrypted, false);
      assert.ok(allesLesbar(aus).includes(hex('Kontoauszug Seite 2')));
    });
  }

  it('refuses a PDF that needs a password to open', async () => {
    await assert.rejects(
      pdfAufbereiten(await textPdf(1, { userPassword: 'geheim', ownerPassword: 'bank-intern' })),
      abgelehnt('passwort_geschuetzt'),
    );
  });

  it('refuses a truncated PDF as damaged, wherever it was cut', async () => {
    const doc = await PDFDocument.create();
    const foto = await doc.embedJpg(
      await sharp({
        create: {
          width: 600,
          height: 800,
          channels: 3,
          background: 'grey',
          noise: { type: 'gaussian', mean: 128, sigma: 30 },
        },
      })
        .jpeg()
        .toBuffer(),
    );
    for (let i = 0; i < 3; i++) doc.addPage([300, 400]).drawImage(foto, { x: 0, y: 0, width: 300, height: 400 });
    const ganz = await doc.save();
    for (const anteil of [0.1, 0.5, 0.9, 0.99])
      await assert.rejects(
        pdfAufbereiten(ganz.subarray(0, Math.floor(ganz.length * anteil))),
        abgelehnt('beschaedigt'),
        `${anteil}`,
      );
  });

  it('refuses unparsable PDFs as damaged', async () => {
    await assert.rejects(
      pdfAufbereiten(Buffer.from('%PDF-1.7\n\u0000\u0001\u0002 kein PDF\n%%EOF\n', 'latin1')),
      abgelehnt('beschaedigt'),
    );
    await assert.rejects(pdfAufbereiten(rohesPdf('<< /Type /Catalog >>')), abgelehnt('beschaedigt'));
  });

  it('refuses a page that refers to a missing object', async () => {
    const pdf = rohesPdf(
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 100 100] /Contents 9 0 R >>',
    );
    await assert.rejects(pdfAufbereiten(pdf), abgelehnt('beschaedigt'));
  });

  it('refuses a page tree that loops back on itself, instead of recursing forever', async () => {
    const pdf = rohesPdf(
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R 2 0 R] /Count 2 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 100 100] >>',
    );
    await assert.rejects(pdfAufbereiten(pdf), abgelehnt('beschaedigt'));
  });

  it('refuses a PDF without pages as empty', async () => {
    const doc = await PDFDocument.create();
    await assert.rejects(pdfAufbereiten(await doc.save({ addDefaultPage: false })), abgelehnt('leer'));
  });

  it('accepts 500 pages and refuses 501', async () => {
    assert.equal((await pdfAufbereiten(await textPdf(500))).seiten, 500);
    await assert.rejects(pdfAufbereiten(await textPdf(501)), abgelehnt('zu_viele_seiten'));
  });

  it('accepts a stream that inflates to a sane size', async () => {
    const { seiten } = await pdfAufbereiten(await pdfMitStroemen([await nullenKomprimiert(20)]));
    assert.equal(seiten, 1);
  });

  it('refuses a Flate bomb: one stream inflating beyond 128 MB', async () => {
    const bombe = await nullenKomprimiert(130);
    assert.ok(bombe.length < MB);
    await assert.rejects(pdfAufbereiten(await pdfMitStroemen([bombe])), abgelehnt('zu_gross'));
  });

  it('refuses Flate streams that together inflate beyond 512 MB', async () => {
    const teil = await nullenKomprimiert(110);
    await assert.rejects(pdfAufbereiten(await pdfMitStroemen([teil, teil, teil, teil, teil])), abgelehnt('zu_gross'));
  });

  it('refuses an object-stream bomb before the parser inflates it', async () => {
    const bombe = await nullenKomprimiert(40);
    const kopf = rohesPdf(
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 100 100] >>',
    )
      .toString('latin1')
      .replace(/trailer[\s\S]*$/, '');
    const pdf = Buffer.concat([
      Buffer.from(
        `${kopf}4 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length ${bombe.length} >>\nstream\n`,
        'latin1',
      ),
      bombe,
      Buffer.from('\nendstream\nendobj\ntrailer\n<< /Root 1 0 R /Size 5 >>\n%%EOF\n', 'latin1'),
    ]);
    await assert.rejects(pdfAufbereiten(pdf), abgelehnt('zu_gross'));
  });
});
