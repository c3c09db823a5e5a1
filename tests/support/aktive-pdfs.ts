// Generates PDFs (built with the upstream pdf-lib, whose font subsetting works with fontkit) that draw with everything a page can use and hide active content in any chosen place; finds any trace of it.
import fontkit from '@pdf-lib/fontkit';
import type { PDFRawStream } from '@cantoo/pdf-lib';
import {
  decodePDFRawStream,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFRef,
  PDFStream,
  PDFString,
  type PDFContext,
  type PDFObject,
} from '@cantoo/pdf-lib';
import * as Erzeuger from 'pdf-lib';
import sharp from 'sharp';
import { schriftenLaden } from '../../platform/schriften.js';

/** Every hidden payload carries this word; the filed PDF must not. */
export const SPUR = 'GEHEIMNIS';

const text = (inhalt: string) => PDFString.of(inhalt);

/** The classes of active content; each payload names its class next to the marker, so a trace says what survived. */
export const klassen = [
  'JavaScript',
  'Launch',
  'URI',
  'SubmitForm',
  'ImportData',
  'GoToR',
  'GoToE',
  'EmbeddedFile',
  'RichMedia',
  'XFA',
  'AcroForm',
] as const;

/** Every class at once, as the entries they add to whatever dictionary hides them; actions are chained through /Next and /AA triggers. */
function aktiveInhalte(c: PDFContext): Array<[string, PDFObject]> {
  const spur = (klasse: string) => text(`${SPUR}-${klasse}`);
  const datei = () =>
    c.obj({
      Type: 'Filespec',
      F: spur('EmbeddedFile'),
      UF: spur('EmbeddedFile'),
      EF: { F: c.register(c.stream(`${SPUR}-EmbeddedFile im Anhang`, { Type: 'EmbeddedFile' })) },
    });
  const aktionen = {
    JavaScript: () => c.obj({ S: 'JavaScript', JS: c.register(c.stream(`app.alert("${SPUR}-JavaScript")`)) }),
    Launch: () => c.obj({ S: 'Launch', F: datei(), Win: { F: text('cmd.exe'), P: spur('Launch') } }),
    URI: () => c.obj({ S: 'URI', URI: spur('URI') }),
    SubmitForm: () => c.obj({ S: 'SubmitForm', F: { FS: 'URL', F: spur('SubmitForm') }, Flags: 4 }),
    ImportData: () => c.obj({ S: 'ImportData', F: spur('ImportData') }),
    GoToR: () => c.obj({ S: 'GoToR', F: spur('GoToR'), D: [0, 'Fit'], NewWindow: true }),
    GoToE: () => c.obj({ S: 'GoToE', T: { R: 'C', N: spur('GoToE') }, D: [0, 'Fit'] }),
  };
  const alle = () => Object.values(aktionen).map((aktion) => aktion());
  const [erste, ...weitere] = alle();
  erste!.set(PDFName.of('Next'), c.obj(weitere));
  const ausloeser = ['O', 'C', 'K', 'F', 'V', 'PO', 'PC'];
  return [
    ['A', erste!],
    ['AA', c.obj(Object.fromEntries(alle().map((aktion, i) => [ausloeser[i]!, aktion])))],
    ['OpenAction', aktionen.JavaScript()],
    ['JS', spur('JavaScript')],
    ['JavaScript', c.obj({ Names: [spur('JavaScript'), aktionen.JavaScript()] })],
    ['AF', c.obj([c.register(datei())])],
    ['FS', datei()],
    ['EmbeddedFiles', c.obj({ Names: [spur('EmbeddedFile'), datei()] })],
    ['Ref', c.obj({ F: datei(), Page: 0 })],
    [
      'RichMediaContent',
      c.obj({
        Assets: { Names: [spur('RichMedia'), datei()] },
        Configurations: [
          {
            Type: 'RichMediaConfiguration',
            Subtype: 'Flash',
            Instances: [{ Params: { FlashVars: spur('RichMedia') } }],
          },
        ],
      }),
    ],
    ['RichMediaSettings', c.obj({ Activation: { Condition: 'PO', Scripts: [c.register(datei())] } })],
    ['XFA', c.obj([text('template'), c.register(c.stream(`<template><script>${SPUR}-XFA</script></template>`))])],
    [
      'AcroForm',
      c.obj({
        Fields: [c.register(c.obj({ FT: 'Tx', T: spur('AcroForm'), AA: { K: aktionen.SubmitForm() } }))],
        NeedAppearances: true,
      }),
    ],
  ];
}

/** Keys and names that only active content uses; none may be reachable in a filed PDF. */
const VERBOTENE_SCHLUESSEL = new Set([
  'A',
  'AA',
  'OpenAction',
  'JS',
  'JavaScript',
  'URI',
  'EF',
  'EmbeddedFile',
  'EmbeddedFiles',
  'AF',
  'FS',
  'RichMediaContent',
  'RichMediaSettings',
  'XFA',
  'AcroForm',
  'Names',
  'Outlines',
  'Annots',
  'Win',
  'Next',
  'Fields',
  'Ref',
  'OCProperties',
]);
const VERBOTENE_NAMEN = new Set([
  'JavaScript',
  'Launch',
  'URI',
  'SubmitForm',
  'ImportData',
  'GoToR',
  'GoToE',
  'EmbeddedFile',
  'Filespec',
  'RichMedia',
  'FileAttachment',
  'Annot',
  'Widget',
  'Link',
]);

/** Every trace of active content in any object reachable from the trailer, described; empty when there is none. */
export function spurenSuchen(doc: PDFDocument): string[] {
  const spuren: string[] = [];
  const besucht = new Set<PDFObject>();
  const besuchen = (objekt: PDFObject | undefined, wo: string): void => {
    if (objekt instanceof PDFRef) {
      const ziel = doc.context.lookup(objekt);
      if (ziel && !besucht.has(ziel)) {
        besucht.add(ziel);
        besuchen(ziel, objekt.toString());
      }
    } else if (objekt instanceof PDFStream) {
      besuchen(objekt.dict, wo);
      const fund = Buffer.from(lesbar(objekt as PDFRawStream))
        .toString('latin1')
        .match(new RegExp(`${SPUR}[-\\w]*`));
      if (fund) spuren.push(`${fund[0]} in a stream, ${wo}`);
    } else if (objekt instanceof PDFDict) {
      for (const [name, wert] of objekt.entries()) {
        if (VERBOTENE_SCHLUESSEL.has(name.decodeText())) spuren.push(`${name.toString()} in ${wo}`);
        besuchen(wert, wo);
      }
    } else if (objekt instanceof PDFArray) {
      for (const wert of objekt.asArray()) besuchen(wert, wo);
    } else if (objekt instanceof PDFName) {
      if (VERBOTENE_NAMEN.has(objekt.decodeText())) spuren.push(`${objekt.toString()} in ${wo}`);
    } else if (objekt instanceof PDFString || objekt instanceof PDFHexString) {
      if (objekt.decodeText().includes(SPUR)) spuren.push(`${objekt.decodeText()} in a string, ${wo}`);
    }
  };
  const { Root, Info, Encrypt, ID } = doc.context.trailerInfo;
  for (const wurzel of [Root, Info, Encrypt, ID]) besuchen(wurzel, 'trailer');
  return spuren;
}

/** A stream's data, decoded where a general-purpose filter allows (image data stays as stored). */
function lesbar(strom: PDFRawStream): Uint8Array {
  try {
    return decodePDFRawStream(strom).decode();
  } catch {
    return strom.getContents();
  }
}

/** The page tree as text, objects numbered in the order they are reached: two PDFs that draw with the same objects read the same. */
export function gestalt(doc: PDFDocument): string {
  const nummern = new Map<PDFObject, number>();
  const teile: string[] = [];
  const schreiben = (objekt: PDFObject | undefined): string => {
    if (objekt instanceof PDFRef) {
      const ziel = doc.context.lookup(objekt)!;
      if (!nummern.has(ziel)) {
        nummern.set(ziel, nummern.size);
        teile[nummern.get(ziel)!] = '';
        teile[nummern.get(ziel)!] = schreiben(ziel);
      }
      return `@${nummern.get(ziel)}`;
    }
    if (objekt instanceof PDFStream)
      return `${schreiben(objekt.dict)} stream ${Buffer.from(lesbar(objekt as PDFRawStream)).toString('base64')}`;
    if (objekt instanceof PDFDict) {
      const eintraege = objekt
        .entries()
        .filter(([name]) => !['Parent', 'Length', 'Filter'].includes(name.decodeText()));
      return `<<${eintraege
        .map(([name, wert]) => `${name.toString()} ${schreiben(wert)}`)
        .sort()
        .join(' ')}>>`;
    }
    if (objekt instanceof PDFArray) return `[${objekt.asArray().map(schreiben).join(' ')}]`;
    return String(objekt);
  };
  schreiben(doc.catalog.get(PDFName.of('Pages')));
  return teile.map((teil, i) => `${i}: ${teil}`).join('\n');
}

const nachsehen = (dict: PDFDict, ...pfad: string[]): PDFDict => {
  let objekt: PDFObject | undefined = dict;
  for (const schluessel of pfad) {
    objekt = (objekt instanceof PDFStream ? objekt.dict : (objekt as PDFDict)).lookup(PDFName.of(schluessel));
    if (objekt instanceof PDFStream) objekt = objekt.dict;
  }
  if (!(objekt instanceof PDFDict)) throw new Error(`kein Dictionary unter ${pfad.join('/')}`);
  return objekt;
};
const werte = (dict: PDFDict): PDFDict[] =>
  dict.values().map((wert) => {
    const o = dict.context.lookup(wert);
    return o instanceof PDFStream ? o.dict : (o as PDFDict);
  });

let vorlage: Promise<Uint8Array> | undefined;

/**
 * One page drawing with a standard and an embedded font, a JPEG and a PNG with transparency, a graphics state, a
 * spot colour, a shading, a tiling and a shading pattern, an optional-content layer, Form XObjects three deep, a filled-in form field, a square
 * annotation and a hidden one. Built once per process.
 */
export const reichesPdf = (): Promise<Uint8Array> => (vorlage ??= bauen());

async function bauen(): Promise<Uint8Array> {
  const doc = await Erzeuger.PDFDocument.create();
  doc.registerFontkit(fontkit);
  const c = doc.context;
  const [dejavuBytes] = await schriftenLaden();
  const helvetica = await doc.embedFont(Erzeuger.StandardFonts.Helvetica);
  const dejavu = await doc.embedFont(dejavuBytes, { subset: true });
  const jpeg = await sharp({ create: { width: 60, height: 40, channels: 3, background: '#3a7' } })
    .jpeg()
    .toBuffer();
  const png = await sharp({
    create: { width: 40, height: 40, channels: 4, background: { r: 200, g: 0, b: 0, alpha: 0.5 } },
  })
    .png()
    .toBuffer();
  const foto = await doc.embedJpg(jpeg);
  const durchsichtig = await doc.embedPng(png);
  const seite = doc.addPage([300, 400]);
  seite.drawText('Kontoauszug 1/2026', { x: 20, y: 370, font: helvetica, size: 14 });
  seite.drawText('Grüße, 12,50 €', { x: 20, y: 350, font: dejavu, size: 12 });
  seite.drawImage(foto, { x: 20, y: 280, width: 60, height: 40 });
  seite.drawImage(durchsichtig, { x: 60, y: 270, width: 40, height: 40 });
  seite.drawRectangle({ x: 120, y: 270, width: 60, height: 50, color: Erzeuger.rgb(0, 0, 1), opacity: 0.4 });

  const schrift = c.register(
    c.obj({ Type: 'Font', Subtype: 'Type1', BaseFont: 'Helvetica-Bold', Encoding: 'WinAnsiEncoding' }),
  );
  const form = (inhalt: string, ressourcen: object) =>
    c.register(
      c.stream(inhalt, {
        Type: 'XObject',
        Subtype: 'Form',
        BBox: [0, 0, 300, 400],
        Resources: c.obj(ressourcen as never),
      }),
    );
  const form3 = form('q 40 0 0 30 230 20 cm /Bild Do Q', { XObject: { Bild: foto.ref } });
  const form2 = form('BT /F1 9 Tf 200 60 Td (Dritte Ebene) Tj ET /Form3 Do', {
    Font: { F1: schrift },
    XObject: { Form3: form3 },
  });
  const form1 = form('0 0 1 RG 2 w 195 15 100 70 re S /Form2 Do', { XObject: { Form2: form2 } });
  const funktion = () => c.obj({ FunctionType: 2, Domain: [0, 1], C0: [1, 1, 0], C1: [0, 0.5, 1], N: 1 });
  const schattierung = c.register(
    c.obj({
      ShadingType: 2,
      ColorSpace: 'DeviceRGB',
      Coords: [20, 0, 280, 0],
      Function: funktion(),
      Extend: [true, true],
    }),
  );
  const kachel = c.register(
    c.stream('0 0.6 0 rg 0 0 5 5 re f 0.8 0 0.8 rg 5 5 5 5 re f', {
      Type: 'Pattern',
      PatternType: 1,
      PaintType: 1,
      TilingType: 1,
      BBox: [0, 0, 10, 10],
      XStep: 10,
      YStep: 10,
      Resources: {},
    }),
  );
  const eigene = seite.node.Resources()!;
  (eigene.lookup(Erzeuger.PDFName.of('XObject')) as Erzeuger.PDFDict).set(Erzeuger.PDFName.of('Form1'), form1);
  eigene.set(
    Erzeuger.PDFName.of('Pattern'),
    c.obj({ Kachel: kachel, Verlauf: c.register(c.obj({ Type: 'Pattern', PatternType: 2, Shading: schattierung })) }),
  );
  eigene.set(Erzeuger.PDFName.of('Shading'), c.obj({ Sh: schattierung }));
  eigene.set(
    Erzeuger.PDFName.of('Properties'),
    c.obj({ Ebene: c.register(c.obj({ Type: 'OCG', Name: Erzeuger.PDFString.of('Ebene') })) }),
  );
  eigene.set(
    Erzeuger.PDFName.of('ColorSpace'),
    c.obj({ Schmuck: ['Separation', 'Schmuckfarbe', 'DeviceRGB', c.register(funktion())] }),
  );
  const zeichnung = [
    'q /Form1 Do Q',
    'q /Pattern cs /Kachel scn 20 200 80 50 re f Q',
    'q /Pattern cs /Verlauf scn 110 200 80 50 re f Q',
    'q 200 200 80 50 re W n /Sh sh Q',
    'q /Schmuck cs 0.7 scn 20 140 80 40 re f Q',
    '/OC /Ebene BDC q 0.3 g 20 90 60 30 re f Q EMC',
  ].join('\n');
  seite.node.addContentStream(c.register(c.stream(zeichnung)));

  const feld = doc.getForm().createTextField('name');
  feld.setText('Erika Beispiel');
  feld.addToPage(seite, {
    x: 110,
    y: 140,
    width: 150,
    height: 24,
    font: helvetica,
    textColor: Erzeuger.rgb(0, 0, 0),
    borderColor: Erzeuger.rgb(0.2, 0.2, 0.2),
  });
  const erscheinung = c.register(
    c.stream('1 0 0 RG 3 w 2 2 76 46 re S', { Type: 'XObject', Subtype: 'Form', BBox: [0, 0, 80, 50], Resources: {} }),
  );
  seite.node.addAnnot(
    c.register(c.obj({ Type: 'Annot', Subtype: 'Square', Rect: [20, 20, 100, 70], F: 4, AP: { N: erscheinung } })),
  );
  const verdeckt = form('0 0 0 rg 0 0 300 400 re f', {});
  seite.node.addAnnot(
    c.register(c.obj({ Type: 'Annot', Subtype: 'Square', Rect: [110, 20, 190, 70], F: 2, AP: { N: verdeckt } })),
  );
  return doc.save();
}

/** The rich PDF with every class of active content hidden in every dictionary of one place. */
export async function mitVersteck(ort: string): Promise<Uint8Array> {
  const doc = await PDFDocument.load(await reichesPdf(), { updateMetadata: false });
  const c = doc.context;
  const seite = doc.getPage(0).node;
  const eigene = seite.Resources()!;
  const anmerkungen = (
    seite
      .Annots()!
      .asArray()
      .map((ref) => c.lookup(ref)) as PDFDict[]
  ).filter((a) => a.lookup(PDFName.of('F'))?.toString() === '4');
  const bilder = werte(nachsehen(eigene, 'XObject')).filter(
    (x) => x.lookup(PDFName.of('Subtype')) === PDFName.of('Image'),
  );
  const schriften = werte(nachsehen(eigene, 'Font'));
  const typ0 = schriften.find((f) => f.lookup(PDFName.of('Subtype')) === PDFName.of('Type0'))!;
  const nachfahre = (typ0.lookup(PDFName.of('DescendantFonts')) as PDFArray).lookup(0) as PDFDict;
  const gliederung = c.obj({ Type: 'Outlines', Count: 2 });
  const punkt = c.obj({ Title: text('Kapitel'), Parent: c.register(gliederung), Dest: [doc.getPage(0).ref, 'Fit'] });
  const unterpunkt = c.obj({ Title: text('Abschnitt'), Parent: c.register(punkt) });
  punkt.set(PDFName.of('First'), c.register(unterpunkt));
  gliederung.set(PDFName.of('First'), c.getObjectRef(punkt)!);
  const blatt = c.obj({
    Limits: [text('a'), text('z')],
    Names: [text('m'), c.register(c.obj({ S: 'JavaScript', JS: text(SPUR) }))],
  });
  const namen = c.obj({ JavaScript: { Kids: [c.register(blatt)] } });
  const orte: Record<string, PDFDict[]> = {
    Seite: [seite],
    Seitenressourcen: [eigene],
    'Form XObject, Ebene 1': [
      nachsehen(eigene, 'XObject', 'Form1'),
      nachsehen(eigene, 'XObject', 'Form1', 'Resources'),
    ],
    'Form XObject, Ebene 2': [
      nachsehen(eigene, 'XObject', 'Form1', 'Resources', 'XObject', 'Form2'),
      nachsehen(eigene, 'XObject', 'Form1', 'Resources', 'XObject', 'Form2', 'Resources'),
    ],
    'Form XObject, Ebene 3': [
      nachsehen(eigene, 'XObject', 'Form1', 'Resources', 'XObject', 'Form2', 'Resources', 'XObject', 'Form3'),
      nachsehen(
        eigene,
        'XObject',
        'Form1',
        'Resources',
        'XObject',
        'Form2',
        'Resources',
        'XObject',
        'Form3',
        'Resources',
      ),
    ],
    Bild: bilder,
    Muster: [
      nachsehen(eigene, 'Pattern', 'Kachel'),
      nachsehen(eigene, 'Pattern', 'Kachel', 'Resources'),
      nachsehen(eigene, 'Pattern', 'Verlauf'),
    ],
    'Schattierung und Farbraum': [
      nachsehen(eigene, 'Shading', 'Sh'),
      nachsehen(eigene, 'Shading', 'Sh', 'Function'),
      c.lookup((nachsehen(eigene, 'ColorSpace').lookup(PDFName.of('Schmuck')) as PDFArray).get(3)) as PDFDict,
    ],
    Grafikzustand: werte(nachsehen(eigene, 'ExtGState')),
    'Optionaler Inhalt': werte(nachsehen(eigene, 'Properties')),
    Schrift: [...schriften, nachfahre, nachfahre.lookup(PDFName.of('FontDescriptor')) as PDFDict],
    Anmerkungserscheinung: anmerkungen.flatMap((a) => [
      a,
      nachsehen(a, 'AP', 'N'),
      nachsehen(a, 'AP', 'N', 'Resources'),
    ]),
    Katalog: [doc.catalog],
    Namensbaum: [namen, blatt],
    Gliederung: [gliederung, punkt, unterpunkt],
  };
  for (const dict of orte[ort]!)
    for (const [schluessel, wert] of aktiveInhalte(c)) dict.set(PDFName.of(schluessel), wert);
  if (ort === 'Namensbaum') doc.catalog.set(PDFName.of('Names'), namen);
  if (ort === 'Gliederung') doc.catalog.set(PDFName.of('Outlines'), c.getObjectRef(gliederung)!);
  return doc.save({ useObjectStreams: false });
}

export const orte = [
  'Seite',
  'Seitenressourcen',
  'Form XObject, Ebene 1',
  'Form XObject, Ebene 2',
  'Form XObject, Ebene 3',
  'Bild',
  'Muster',
  'Schattierung und Farbraum',
  'Grafikzustand',
  'Optionaler Inhalt',
  'Schrift',
  'Anmerkungserscheinung',
  'Katalog',
  'Namensbaum',
  'Gliederung',
];
