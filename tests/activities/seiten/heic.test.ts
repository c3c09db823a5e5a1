import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import sharp from 'sharp';
import { Ablehnung } from '../../../domain/ablehnung.js';
import { bildAufbereiten } from '../../../activities/seiten/bild-aufbereiten.js';
import { erkenneDateityp } from '../../../domain/dateityp.js';

// No HEVC encoder exists offline, so the test writes its own HEIC: every 16x16 block is an uncompressed (PCM) coding
// unit in its own slice. Each slice starts CABAC afresh, so its arithmetic-coded bits are the same two fixed patterns.

class Bitschreiber {
  private readonly bytes: number[] = [];
  private aktuell = 0;
  private anzahl = 0;

  u(wert: number, breite: number): this {
    for (let i = breite - 1; i >= 0; i--) {
      this.aktuell = (this.aktuell << 1) | (Math.floor(wert / 2 ** i) & 1);
      if (++this.anzahl === 8) {
        this.bytes.push(this.aktuell);
        this.aktuell = 0;
        this.anzahl = 0;
      }
    }
    return this;
  }

  ue(wert: number): this {
    const laenge = Math.floor(Math.log2(wert + 1));
    return this.u(0, laenge).u(wert + 1, laenge + 1);
  }

  se(wert: number): this {
    return this.ue(wert <= 0 ? -2 * wert : 2 * wert - 1);
  }

  /** Writes `erstes` once (if not aligned), then zeros up to the next byte. */
  ausrichten(erstes: 0 | 1): this {
    if (this.anzahl > 0) this.u(erstes, 1);
    while (this.anzahl > 0) this.u(0, 1);
    return this;
  }

  bytesMitEnde(): Buffer {
    return Buffer.from(this.ausrichten(1).bytes);
  }
}

function nalEinheit(typ: number, rbsp: Buffer): Buffer {
  const bytes = [typ << 1, 1];
  let nullen = 0;
  for (const byte of rbsp) {
    if (nullen >= 2 && byte <= 3) {
      bytes.push(3);
      nullen = 0;
    }
    bytes.push(byte);
    nullen = byte === 0 ? nullen + 1 : 0;
  }
  return Buffer.from(bytes);
}

/** Main profile, progressive, frame-only, level 1. */
const profil = (b: Bitschreiber) => b.u(0, 2).u(0, 1).u(1, 5).u(0x60000000, 32).u(0b1001, 4).u(0, 44).u(30, 8);

const vps = () =>
  nalEinheit(
    32,
    profil(new Bitschreiber().u(0, 4).u(1, 1).u(1, 1).u(0, 6).u(0, 3).u(1, 1).u(0xffff, 16))
      .u(1, 1)
      .ue(0)
      .ue(0)
      .ue(0)
      .u(0, 6)
      .ue(0)
      .u(0, 2)
      .bytesMitEnde(),
  );

/** 4:2:0, 8 bit, CTB = minimum CB = 16 (no split flags), PCM for 16x16, no SAO, no deblocking of PCM. */
const sps = (breite: number, hoehe: number) =>
  nalEinheit(
    33,
    profil(new Bitschreiber().u(0, 4).u(0, 3).u(1, 1))
      .ue(0)
      .ue(1)
      .ue(breite)
      .ue(hoehe)
      .u(0, 1)
      .ue(0)
      .ue(0)
      .ue(4)
      .u(1, 1)
      .ue(0)
      .ue(0)
      .ue(0)
      .ue(1)
      .ue(0)
      .ue(0)
      .ue(2)
      .ue(0)
      .ue(0)
      .u(0, 3)
      .u(1, 1)
      .u(7, 4)
      .u(7, 4)
      .ue(1)
      .ue(0)
      .u(1, 1)
      .ue(0)
      .u(0, 5)
      .bytesMitEnde(),
  );

/** QP 26, deblocking disabled. */
const pps = () =>
  nalEinheit(
    34,
    new Bitschreiber()
      .ue(0)
      .ue(0)
      .u(0, 7)
      .ue(0)
      .ue(0)
      .se(0)
      .u(0, 3)
      .se(0)
      .se(0)
      .u(0, 7)
      .u(1, 1)
      .u(0, 1)
      .u(1, 1)
      .u(0, 2)
      .ue(0)
      .u(0, 2)
      .bytesMitEnde(),
  );

/** One IDR slice with one CTU: part_mode 2Nx2N, pcm_flag 1, the samples, end_of_slice_segment_flag 1. */
function slice(adresse: number, ctus: number, proben: number[]): Buffer {
  const b = new Bitschreiber()
    .u(adresse === 0 ? 1 : 0, 1)
    .u(0, 1)
    .ue(0);
  if (adresse > 0) b.u(adresse, Math.ceil(Math.log2(ctus)));
  b.ue(2).se(0).ausrichten(1);
  // part_mode = MPS at context state 0 (range 510 → 270), then pcm_flag = terminate bin 1 and flush: 100001101.
  b.u(0b100001101, 9).ausrichten(0);
  for (const probe of proben) b.u(probe, 8);
  // Fresh engine after PCM: end_of_slice_segment_flag = terminate bin 1 and flush; its last 1 is the stop bit.
  return nalEinheit(19, Buffer.from(b.u(0b111111101, 9).ausrichten(0).bytesMitEnde()));
}

const u16 = (wert: number) => Buffer.from([wert >> 8, wert & 0xff]);
const u32 = (wert: number) => Buffer.from([wert >>> 24, (wert >> 16) & 0xff, (wert >> 8) & 0xff, wert & 0xff]);
function box(typ: string, ...inhalt: Buffer[]): Buffer {
  const daten = Buffer.concat(inhalt);
  return Buffer.concat([u32(daten.length + 8), Buffer.from(typ, 'latin1'), daten]);
}
const vollbox = (typ: string, version: number, ...inhalt: Buffer[]) =>
  box(typ, Buffer.from([version, 0, 0, 0]), ...inhalt);

function hvcC(parametersaetze: Buffer[]): Buffer {
  const felder = parametersaetze.map((nal) =>
    Buffer.concat([Buffer.from([0x80 | (nal[0]! >> 1)]), u16(1), u16(nal.length), nal]),
  );
  return box(
    'hvcC',
    Buffer.from([1, 0x01]),
    u32(0x60000000),
    Buffer.from([0x90, 0, 0, 0, 0, 0, 30, 0xf0, 0, 0xfc, 0xfd, 0xf8, 0xf8, 0, 0, 0x0f, felder.length]),
    ...felder,
  );
}

type Farbe = readonly [number, number, number];

/** A HEIC as iPhones write it (HEVC in HEIF); `drehung` is the irot box, in quarter turns anticlockwise. */
function heicErzeugen(
  breite: number,
  hoehe: number,
  farbe: (x: number, y: number) => Farbe,
  optionen: { drehung?: number; kopfgroesse?: [number, number] } = {},
): Buffer {
  const ycbcr = (x: number, y: number) => {
    const [r, g, b] = farbe(x, y);
    return [
      16 + (65.481 * r + 128.553 * g + 24.966 * b) / 255,
      128 + (-37.797 * r - 74.203 * g + 112 * b) / 255,
      128 + (112 * r - 93.786 * g - 18.214 * b) / 255,
    ].map(Math.round);
  };
  const spalten = breite / 16;
  const ctus = spalten * (hoehe / 16);
  const slices = Array.from({ length: ctus }, (_, adresse) => {
    const [x0, y0] = [(adresse % spalten) * 16, Math.floor(adresse / spalten) * 16];
    const luma = Array.from({ length: 256 }, (_, i) => ycbcr(x0 + (i % 16), y0 + Math.floor(i / 16))[0]!);
    const chroma = Array.from({ length: 64 }, (_, i) => ycbcr(x0 + 2 * (i % 8), y0 + 2 * Math.floor(i / 8)));
    return slice(adresse, ctus, [...luma, ...chroma.map((p) => p[1]!), ...chroma.map((p) => p[2]!)]);
  });
  const daten = Buffer.concat(slices.flatMap((s) => [u32(s.length), s]));
  const [kopfBreite, kopfHoehe] = optionen.kopfgroesse ?? [breite, hoehe];
  const eigenschaften = [hvcC([vps(), sps(breite, hoehe), pps()]), vollbox('ispe', 0, u32(kopfBreite), u32(kopfHoehe))];
  if (optionen.drehung) eigenschaften.push(box('irot', Buffer.from([optionen.drehung & 3])));
  const zuordnung = Buffer.from([eigenschaften.length, ...eigenschaften.map((_, i) => 0x80 | (i + 1))]);
  const ftyp = box('ftyp', Buffer.from('heic', 'latin1'), u32(0), Buffer.from('mif1heic', 'latin1'));
  const meta = (datenAb: number) =>
    vollbox(
      'meta',
      0,
      vollbox('hdlr', 0, u32(0), Buffer.from('pict', 'latin1'), Buffer.alloc(13)),
      vollbox('pitm', 0, u16(1)),
      vollbox('iinf', 0, u16(1), vollbox('infe', 2, u16(1), u16(0), Buffer.from('hvc1\0', 'latin1'))),
      vollbox('iloc', 0, Buffer.from([0x44, 0]), u16(1), u16(1), u16(0), u16(1), u32(datenAb), u32(daten.length)),
      box('iprp', box('ipco', ...eigenschaften), vollbox('ipma', 0, u32(1), u16(1), zuordnung)),
    );
  return Buffer.concat([ftyp, meta(ftyp.length + meta(0).length + 8), box('mdat', daten)]);
}

const ROT: Farbe = [255, 0, 0];
const WEISS: Farbe = [255, 255, 255];

async function pixel(jpeg: Buffer, x: number, y: number) {
  const { data, info } = await sharp(jpeg).raw().toBuffer({ resolveWithObject: true });
  const i = (y * info.width + x) * info.channels;
  return [data[i]!, data[i + 1]!, data[i + 2]!];
}
const rot = ([r, g, b]: number[]) => r! > 200 && g! < 80 && b! < 80;
const weiss = ([r, g, b]: number[]) => r! > 220 && g! > 220 && b! > 220;

describe('HEIC from iPhones (HEVC in HEIF)', () => {
  it('is recognised by its ftyp brand and sharp cannot decode it on its own', async () => {
    const heic = heicErzeugen(32, 32, () => WEISS);
    assert.equal(erkenneDateityp(heic), 'heic');
    assert.equal((await sharp(heic).metadata()).compression, 'hevc');
    await assert.rejects(sharp(heic).jpeg().toBuffer());
  });

  it('is decoded to an upright JPEG', async () => {
    const heic = heicErzeugen(48, 64, (x, y) => (x < 16 && y < 16 ? ROT : WEISS));
    const { jpeg, breite, hoehe } = await bildAufbereiten(heic, 'heic');
    assert.deepEqual([breite, hoehe], [48, 64]);
    assert.ok(rot(await pixel(jpeg, 5, 5)));
    assert.ok(weiss(await pixel(jpeg, 40, 5)) && weiss(await pixel(jpeg, 5, 56)));
  });

  it('applies the HEIF rotation (irot) of a portrait photo stored in landscape', async () => {
    const gespeichert = heicErzeugen(64, 48, (x, y) => (x < 16 && y >= 32 ? ROT : WEISS), { drehung: 3 });
    const { jpeg, breite, hoehe } = await bildAufbereiten(gespeichert, 'heic');
    assert.deepEqual([breite, hoehe], [48, 64]);
    assert.ok(rot(await pixel(jpeg, 5, 5)), `top left is ${(await pixel(jpeg, 5, 5)).join(',')}`);
    assert.ok(weiss(await pixel(jpeg, 40, 5)) && weiss(await pixel(jpeg, 5, 56)));
  });

  it('refuses a HEIC whose header claims more than 100 megapixels', async () => {
    const heic = heicErzeugen(32, 32, () => WEISS, { kopfgroesse: [10001, 10001] });
    await assert.rejects(
      bildAufbereiten(heic, 'heic'),
      (error) => error instanceof Ablehnung && error.grund === 'bild_zu_gross',
    );
  });
});
