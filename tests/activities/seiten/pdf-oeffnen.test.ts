import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodePDFRawStream, PDFDocument, PDFRawStream, StandardFonts, type SecurityOptions } from '@cantoo/pdf-lib';
import { Ablehnung } from '../../../domain/ablehnung.js';
import { pdfAufbereiten } from '../../../activities/seiten/pdf-aufbereiten.js';
import { pdfOeffnen } from '../../../activities/seiten/pdf-oeffnen.js';

const abgelehnt = (grund: string) => (error: unknown) => error instanceof Ablehnung && error.grund === grund;
const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');
/** pdf-lib writes drawn text as a hex string. */
const hex = (text: string) => Buffer.from(text, 'latin1').toString('hex').toUpperCase();

async function kontoauszug(verschluesselung?: SecurityOptions): Promise<string> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 1; i <= 3; i++)
    doc.addPage([300, 400]).drawText(`Kontoauszug Seite ${i}`, { x: 20, y: 300, font, size: 12 });
  if (verschluesselung) doc.encrypt(verschluesselung);
  return latin1(await doc.save({ useObjectStreams: false }));
}

/** Appends an incremental update (a new Info object) whose trailer dictionary was cut off while writing, as a crashed editor leaves it. */
function nachtragMitAbgeschnittenemTrailer(pdf: string): Buffer {
  const startxref = Number(/startxref\s+(\d+)/.exec(pdf)![1]);
  const groesse = Number(/\/Size (\d+)/.exec(pdf)![1]);
  const wurzel = /\/Root (\d+ \d+ R)/.exec(pdf)![1];
  const objekt = `${groesse} 0 obj\n<< /Title (Nachtrag) >>\nendobj\n`;
  const xref = `xref\n${groesse} 1\n${String(pdf.length).padStart(10, '0')} 00000 n \n`;
  const trailer = `trailer\n<< /Size ${groesse + 1} /Root ${wurzel} /Info ${groesse} 0 R /Prev ${startxref}`;
  return Buffer.from(`${pdf}${objekt}${xref}${trailer}\nstartxref\n${pdf.length + objekt.length}\n%%EOF\n`, 'latin1');
}

/** The first line says `%PDF-1.` without its minor version, as some scanner firmware writes it. */
const kopfOhneVersion = (pdf: string) => Buffer.from(pdf.replace(/^%PDF-1\.\d/, '%PDF-1.'), 'latin1');

async function erwarteDreiSeiten(bytes: Uint8Array): Promise<void> {
  const { pdf, seiten } = await pdfAufbereiten(bytes);
  assert.equal(seiten, 3);
  const aus = await PDFDocument.load(pdf);
  assert.equal(aus.getPageCount(), 3);
  const inhalt = aus.context
    .enumerateIndirectObjects()
    .flatMap(([, objekt]) => (objekt instanceof PDFRawStream ? [latin1(decodePDFRawStream(objekt).decode())] : []))
    .join('\n');
  assert.ok(inhalt.includes(hex('Kontoauszug Seite 3')), 'the text of the last page survives');
}

describe('opening damaged PDFs that viewers open', () => {
  it('repairs a PDF whose last trailer was cut off and accepts it with all its pages', async () => {
    const kaputt = nachtragMitAbgeschnittenemTrailer(await kontoauszug());
    await assert.rejects(PDFDocument.load(kaputt), 'pdf-lib alone cannot read it');
    await erwarteDreiSeiten(kaputt);
  });

  it('repairs a PDF whose header line lacks its version', async () => {
    const kaputt = kopfOhneVersion(await kontoauszug());
    await assert.rejects(PDFDocument.load(kaputt), 'pdf-lib alone cannot read it');
    await erwarteDreiSeiten(kaputt);
  });

  it('repairs and decrypts a damaged bank statement that has only an owner password', async () => {
    const auszug = await kontoauszug({
      ownerPassword: 'bank-intern',
      userPassword: '',
      permissions: { modifying: false, copying: false },
    });
    await erwarteDreiSeiten(nachtragMitAbgeschnittenemTrailer(auszug));
  });

  it('still refuses a damaged PDF that needs a password to open, naming the password as the reason', async () => {
    const geschuetzt = await kontoauszug({ ownerPassword: 'bank-intern', userPassword: 'geheim' });
    await assert.rejects(
      pdfAufbereiten(nachtragMitAbgeschnittenemTrailer(geschuetzt)),
      abgelehnt('passwort_geschuetzt'),
    );
  });

  it('refuses what no repair can open as damaged', async () => {
    const hoffnungslos = [
      Buffer.from('%PDF-1.7\n\u0000\u0001\u0002 kein PDF, nur Rauschen\n%%EOF\n', 'latin1'),
      // The catalog's dictionary never closes, so catalog and page tree are lost for every reader.
      Buffer.from((await kontoauszug()).replace(/\/Type \/Catalog/, '/Type /Catalog <<'), 'latin1'),
    ];
    for (const bytes of hoffnungslos) await assert.rejects(pdfAufbereiten(bytes), abgelehnt('beschaedigt'));
  });

  it('refuses a cut-off upload without trying to repair it', async () => {
    const ganz = Buffer.from(await kontoauszug(), 'latin1');
    const meldungen: string[] = [];
    const abgeschnitten = ganz.subarray(0, Math.floor(ganz.length * 0.9));
    await assert.rejects(
      pdfOeffnen(abgeschnitten, { qpdf: '/gibt/es/nicht/qpdf', melden: (m) => meldungen.push(m) }),
      abgelehnt('beschaedigt'),
    );
    assert.deepEqual(meldungen, [], 'no repair was attempted');
  });

  it('refuses as before, and says so in the log, when qpdf is not installed', async () => {
    const meldungen: string[] = [];
    const kaputt = nachtragMitAbgeschnittenemTrailer(await kontoauszug());
    await assert.rejects(
      pdfOeffnen(kaputt, { qpdf: '/gibt/es/nicht/qpdf', melden: (m) => meldungen.push(m) }),
      abgelehnt('beschaedigt'),
    );
    assert.equal(meldungen.length, 1);
    assert.match(meldungen[0]!, /qpdf .* nicht installiert/);
  });
});
