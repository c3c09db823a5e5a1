// The QR payload of an Antwortbogen (signed Kundennummer, reference, expected Dokumentart) and of a Trennblatt.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { kundenDokumentarten } from './katalog.js';

/** A signing key; the first configured key signs, every configured key verifies (rotation). */
export interface QrSchluessel {
  id: string;
  geheimnis: string;
}

/** What a reply sheet tells about the paper on top of which it arrives. */
export interface Antwortbogen {
  kundennummer: string;
  /** The letter's reference: its Ausgangsnummer, or what the access letter names. */
  referenz: string;
  /** The Dokumentart the reply is filed as. */
  dokumentart: string;
}

export type QrInhalt =
  | { art: 'antwortbogen'; bogen: Antwortbogen }
  | { art: 'trennblatt' }
  /** A code of ours that is altered, signed with an unknown key, or damaged: treated like no code. */
  | { art: 'ungueltig'; grund: 'signatur' | 'schluessel' | 'format' }
  /** Someone else's QR code (a bank's transfer code on an invoice, say). */
  | { art: 'fremd' };

const KENNUNG = 'JCQR1';
const TRENNER = ';';
/** 16 bytes of HMAC-SHA256 (128 bits) in base64url: short enough for a small code, far beyond guessing. */
const SIGNATUR_BYTES = 16;
const SCHLUESSEL_ID = /^[A-Za-z0-9_-]{1,16}$/;

/** The payload of a separator sheet: carries nothing to forge, so it is not signed. */
export const trennblattInhalt = `${KENNUNG}${TRENNER}T`;

function signatur(schluessel: QrSchluessel, text: string): Buffer {
  return createHmac('sha256', schluessel.geheimnis).update(text, 'utf8').digest().subarray(0, SIGNATUR_BYTES);
}

const feld = (wert: string) => encodeURIComponent(wert);

/** `JCQR1;A;<kundennummer>;<referenz>;<dokumentart>;<key id>;<signature>`, fields percent-encoded. */
export function antwortbogenKodieren(bogen: Antwortbogen, schluessel: QrSchluessel): string {
  if (!SCHLUESSEL_ID.test(schluessel.id)) throw new Error('QR key id must be 1-16 letters, digits, _ or -');
  const text = [
    KENNUNG,
    'A',
    feld(bogen.kundennummer),
    feld(bogen.referenz),
    feld(bogen.dokumentart),
    schluessel.id,
  ].join(TRENNER);
  return `${text}${TRENNER}${signatur(schluessel, text).toString('base64url')}`;
}

/** Reads a decoded QR text: a valid reply sheet only when its signature verifies under the key it names. */
export function qrInhaltLesen(text: string, schluessel: readonly QrSchluessel[]): QrInhalt {
  const teile = text.trim().split(TRENNER);
  if (teile[0] !== KENNUNG) return { art: 'fremd' };
  if (teile.length === 2 && teile[1] === 'T') return { art: 'trennblatt' };
  if (teile.length !== 7 || teile[1] !== 'A') return { art: 'ungueltig', grund: 'format' };
  const [, , kundennummer, referenz, dokumentart, id, sig] = teile as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  const key = schluessel.find((k) => k.id === id);
  if (!key) return { art: 'ungueltig', grund: 'schluessel' };
  const erwartet = signatur(key, teile.slice(0, 6).join(TRENNER));
  const gegeben = Buffer.from(sig, 'base64url');
  if (gegeben.length !== erwartet.length || !timingSafeEqual(gegeben, erwartet))
    return { art: 'ungueltig', grund: 'signatur' };
  try {
    return {
      art: 'antwortbogen',
      bogen: {
        kundennummer: decodeURIComponent(kundennummer),
        referenz: decodeURIComponent(referenz),
        dokumentart: decodeURIComponent(dokumentart),
      },
    };
  } catch {
    return { art: 'ungueltig', grund: 'format' };
  }
}

/**
 * The configured keys from `QR_SIGNATUR_SCHLUESSEL`: `id:secret`, more keys comma-separated (the first signs, all
 * verify). Throws a message naming what is wrong.
 */
export function qrSchluesselLesen(wert: string): QrSchluessel[] {
  const schluessel = wert.split(',').map((eintrag) => {
    const trenn = eintrag.indexOf(':');
    const id = eintrag.slice(0, trenn).trim();
    const geheimnis = eintrag.slice(trenn + 1).trim();
    if (trenn < 1 || !SCHLUESSEL_ID.test(id))
      throw new Error('must be id:secret (id 1-16 letters, digits, _ or -), more keys separated by commas');
    if (geheimnis.length < 32) throw new Error(`key ${id}: the secret must have at least 32 characters`);
    return { id, geheimnis };
  });
  if (new Set(schluessel.map((k) => k.id)).size !== schluessel.length) throw new Error('key ids must be unique');
  return schluessel;
}

/**
 * The Dokumentart a reply to a letter is filed as: the letter's own when it is one clients send (a form to fill in,
 * say), otherwise "Sonstiges" of the letter's Bereich, so the reply reaches the team that wrote.
 */
export function antwortDokumentart(brief: { dokumentart: string; bereich: string | null }): string {
  if (kundenDokumentarten.some((art) => art.name === brief.dokumentart)) return brief.dokumentart;
  if (brief.bereich === 'leistung') return 'Sonstiges - Leistung';
  if (brief.bereich === 'vermittlung') return 'Sonstiges - Vermittlung';
  return 'Sonstiges';
}
