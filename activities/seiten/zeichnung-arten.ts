// The allow-list of what a page draws with: for each kind of object, the keys rendering needs and what kind their values are.

/**
 * A kind of object. `wert`: numbers, names, strings, booleans, null and arrays of them. `dict`: a dictionary keeping
 * only these keys; with `strom` it may be a stream (its data and filter keys come along), with `nurStrom` it must be.
 * `karte`: a dictionary of any names, each value of the given kind. `liste`: an array of that kind. `tupel`: an array
 * whose first name picks the kinds of its elements. `weiche`: the value of one key picks the kind.
 */
export type Art = {
  wert?: true;
  dict?: Readonly<Record<string, string>>;
  strom?: true;
  nurStrom?: true;
  karte?: string;
  liste?: string;
  tupel?: Readonly<Record<string, readonly string[]>>;
  weiche?: { schluessel: string; arten: Readonly<Record<string, string>> };
};

const w = 'wert';

const farbraumTupel = {
  ICCBased: [w, 'icc'],
  Indexed: [w, 'farbraum', w, 'nachschlag'],
  Separation: [w, w, 'farbraum', 'funktion'],
  DeviceN: [w, w, 'farbraum', 'funktion', 'devicen'],
  Pattern: [w, 'farbraum'],
  CalRGB: [w, 'kalibrierung'],
  CalGray: [w, 'kalibrierung'],
  Lab: [w, 'kalibrierung'],
  DeviceGray: [w],
  DeviceRGB: [w],
  DeviceCMYK: [w],
} as const;

const schriftBeschreibung = Object.fromEntries(
  [
    'Type',
    'FontName',
    'FontFamily',
    'FontStretch',
    'FontWeight',
    'Flags',
    'FontBBox',
    'ItalicAngle',
    'Ascent',
    'Descent',
    'Leading',
    'CapHeight',
    'XHeight',
    'StemV',
    'StemH',
    'AvgWidth',
    'MaxWidth',
    'MissingWidth',
    'CharSet',
    'Lang',
  ].map((k) => [k, w]),
);

export const arten = {
  wert: { wert: true },
  /** Plain data: a font program, a lookup table, JBIG2 globals, a CMap; only its filters come along. */
  daten: { dict: {}, nurStrom: true },
  seite: {
    dict: {
      Type: w,
      MediaBox: w,
      CropBox: w,
      BleedBox: w,
      TrimBox: w,
      ArtBox: w,
      Rotate: w,
      UserUnit: w,
      Resources: 'ressourcen',
      Contents: 'inhalt',
      Group: 'gruppe',
    },
  },
  inhalt: { dict: {}, nurStrom: true, liste: 'inhaltsstrom' },
  inhaltsstrom: { dict: {}, nurStrom: true },
  ressourcen: {
    dict: {
      ExtGState: 'grafikzustaende',
      ColorSpace: 'farbraeume',
      Pattern: 'muster',
      Shading: 'schattierungen',
      XObject: 'xobjekte',
      Font: 'schriften',
      ProcSet: w,
      Properties: 'eigenschaften',
    },
  },
  grafikzustaende: { karte: 'grafikzustand' },
  farbraeume: { karte: 'farbraum' },
  muster: { karte: 'musterart' },
  schattierungen: { karte: 'schattierung' },
  xobjekte: { karte: 'xobjekt' },
  schriften: { karte: 'schrift' },

  /** Marked-content property lists: optional content groups (without their usage, whose /Print and /Export can name anything) and tags. */
  eigenschaften: { karte: 'eigenschaft' },
  eigenschaft: {
    dict: { Type: w, Name: w, Intent: w, OCGs: 'eigenschaft', P: w, MCID: w, ActualText: w, Alt: w, Lang: w, E: w },
    liste: 'eigenschaft',
  },
  gruppe: { dict: { Type: w, S: w, CS: 'farbraum', I: w, K: w } },
  xobjekt: { weiche: { schluessel: 'Subtype', arten: { Form: 'form', Image: 'bild' } } },
  form: {
    dict: { Type: w, Subtype: w, FormType: w, BBox: w, Matrix: w, Resources: 'ressourcen', Group: 'gruppe' },
    nurStrom: true,
  },
  bild: {
    dict: {
      Type: w,
      Subtype: w,
      Width: w,
      Height: w,
      ColorSpace: 'farbraum',
      BitsPerComponent: w,
      Intent: w,
      ImageMask: w,
      Mask: 'maske',
      SMask: 'maske',
      SMaskInData: w,
      Matte: w,
      Decode: w,
      Interpolate: w,
    },
    nurStrom: true,
  },
  /** A colour-key array or a mask image (whose Type and Subtype may be missing). */
  maske: {
    wert: true,
    nurStrom: true,
    dict: {
      Type: w,
      Subtype: w,
      Width: w,
      Height: w,
      ColorSpace: 'farbraum',
      BitsPerComponent: w,
      ImageMask: w,
      Matte: w,
      Decode: w,
      Interpolate: w,
    },
  },

  farbraum: { wert: true, tupel: farbraumTupel },
  icc: { dict: { N: w, Alternate: 'farbraum', Range: w }, nurStrom: true },
  nachschlag: { wert: true, dict: {}, nurStrom: true },
  kalibrierung: { dict: { WhitePoint: w, BlackPoint: w, Gamma: w, Matrix: w, Range: w } },
  devicen: { dict: { Subtype: w, Colorants: 'farbraeume', Process: 'prozess', MixingHints: 'mischung' } },
  prozess: { dict: { ColorSpace: 'farbraum', Components: w } },
  mischung: { dict: { Solidities: 'zahlenkarte', PrintingOrder: w, DotGain: 'funktionskarte' } },
  zahlenkarte: { karte: w },
  funktionskarte: { karte: 'funktion' },
  funktion: {
    wert: true,
    dict: {
      FunctionType: w,
      Domain: w,
      Range: w,
      Size: w,
      BitsPerSample: w,
      Order: w,
      Encode: w,
      Decode: w,
      C0: w,
      C1: w,
      N: w,
      Functions: 'funktion',
      Bounds: w,
    },
    strom: true,
    liste: 'funktion',
  },

  grafikzustand: {
    dict: {
      Type: w,
      LW: w,
      LC: w,
      LJ: w,
      ML: w,
      D: w,
      RI: w,
      OP: w,
      op: w,
      OPM: w,
      Font: 'schriftgroesse',
      BG: 'funktion',
      BG2: 'funktion',
      UCR: 'funktion',
      UCR2: 'funktion',
      TR: 'funktion',
      TR2: 'funktion',
      FL: w,
      SM: w,
      SA: w,
      BM: w,
      SMask: 'weiche-maske',
      CA: w,
      ca: w,
      AIS: w,
      TK: w,
      UseBlackPtComp: w,
    },
  },
  schriftgroesse: { tupel: { '*': ['schrift', w] } },
  'weiche-maske': { wert: true, dict: { Type: w, S: w, G: 'form', BC: w, TR: 'funktion' } },

  musterart: { weiche: { schluessel: 'PatternType', arten: { 1: 'kachelmuster', 2: 'schattierungsmuster' } } },
  kachelmuster: {
    dict: {
      Type: w,
      PatternType: w,
      PaintType: w,
      TilingType: w,
      BBox: w,
      XStep: w,
      YStep: w,
      Resources: 'ressourcen',
      Matrix: w,
    },
    nurStrom: true,
  },
  schattierungsmuster: {
    dict: { Type: w, PatternType: w, Shading: 'schattierung', Matrix: w, ExtGState: 'grafikzustand' },
  },
  schattierung: {
    dict: {
      ShadingType: w,
      ColorSpace: 'farbraum',
      Background: w,
      BBox: w,
      AntiAlias: w,
      Domain: w,
      Matrix: w,
      Function: 'funktion',
      Coords: w,
      Extend: w,
      BitsPerCoordinate: w,
      BitsPerComponent: w,
      BitsPerFlag: w,
      Decode: w,
      VerticesPerRow: w,
    },
    strom: true,
  },

  schrift: {
    weiche: {
      schluessel: 'Subtype',
      arten: {
        Type1: 'einfache-schrift',
        MMType1: 'einfache-schrift',
        TrueType: 'einfache-schrift',
        Type3: 'typ3-schrift',
        Type0: 'typ0-schrift',
      },
    },
  },
  'einfache-schrift': {
    dict: {
      Type: w,
      Subtype: w,
      Name: w,
      BaseFont: w,
      FirstChar: w,
      LastChar: w,
      Widths: w,
      FontDescriptor: 'schriftbeschreibung',
      Encoding: 'kodierung',
      ToUnicode: 'daten',
    },
  },
  'typ3-schrift': {
    dict: {
      Type: w,
      Subtype: w,
      Name: w,
      FontBBox: w,
      FontMatrix: w,
      CharProcs: 'zeichenprozeduren',
      Encoding: 'kodierung',
      FirstChar: w,
      LastChar: w,
      Widths: w,
      FontDescriptor: 'schriftbeschreibung',
      Resources: 'ressourcen',
      ToUnicode: 'daten',
    },
  },
  zeichenprozeduren: { karte: 'inhaltsstrom' },
  'typ0-schrift': {
    dict: { Type: w, Subtype: w, BaseFont: w, Encoding: 'cmap', DescendantFonts: 'nachfahren', ToUnicode: 'daten' },
  },
  nachfahren: { liste: 'cid-schrift' },
  'cid-schrift': {
    dict: {
      Type: w,
      Subtype: w,
      BaseFont: w,
      CIDSystemInfo: 'systeminfo',
      FontDescriptor: 'schriftbeschreibung',
      DW: w,
      W: w,
      DW2: w,
      W2: w,
      CIDToGIDMap: 'nachschlag',
    },
  },
  cmap: {
    wert: true,
    dict: { Type: w, CMapName: w, CIDSystemInfo: 'systeminfo', WMode: w, UseCMap: 'cmap' },
    nurStrom: true,
  },
  systeminfo: { dict: { Registry: w, Ordering: w, Supplement: w } },
  kodierung: { wert: true, dict: { Type: w, BaseEncoding: w, Differences: w } },
  schriftbeschreibung: {
    dict: {
      ...schriftBeschreibung,
      FontFile: 'schriftdatei',
      FontFile2: 'schriftdatei',
      FontFile3: 'schriftdatei',
      CIDSet: 'daten',
      Style: 'stil',
      FD: 'teilbeschreibungen',
    },
  },
  schriftdatei: { dict: { Length1: w, Length2: w, Length3: w, Subtype: w }, nurStrom: true },
  stil: { dict: { Panose: w } },
  teilbeschreibungen: { karte: 'schriftbeschreibung' },
} as const satisfies Record<string, Art>;
