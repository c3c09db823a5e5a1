// Streams a multipart form: the CSRF token must come first, files go to temporary files, limits are recorded, not thrown.
import busboy, { type Busboy } from 'busboy';
import { createWriteStream, type WriteStream } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import path from 'node:path';
import { FachlicherFehler } from '../../domain/fehler.js';
import { grenzen } from '../../domain/grenzen.js';
import { schonAbgebrochen } from '../anfrage-abgebrochen.js';
import type { HochgeladeneDatei } from '../../services/upload/datei.js';

/** Bytes a request may send before it has shown a valid CSRF token. */
export const VORAB_BYTES = 8 * 1024;
/** Enough of a file's beginning to recognise its type. */
const KOPF_BYTES = 4096;

export interface MultipartOptionen {
  /** A directory of this request's own, removed by the caller when the request ends. */
  ordner: string;
  /** True when the request already carries a valid token in its X-CSRF-Token header. */
  csrfGeprueft: boolean;
  tokenGueltig(token: string): boolean;
}

export interface MultipartErgebnis {
  felder: Record<string, string>;
  /** Every file part the sender chose, in form order, also those past a limit (then without `pfad`). */
  dateien: HochgeladeneDatei[];
  /** Set when reading stopped because the body did not begin with a valid CSRF token. */
  ohneCsrf?: true;
}

/**
 * Reads the form as it arrives. Files within the limits are written to temporary files; once the submission is over a
 * limit (count, size of one file, size of all), the rest is read and counted but not stored, so the form can say which
 * limit it was. Without a valid token in the header or as the first part, reading stops after a few KB.
 */
export function multipartLesen(
  req: IncomingMessage,
  { ordner, csrfGeprueft, tokenGueltig }: MultipartOptionen,
): Promise<MultipartErgebnis> {
  return new Promise((resolve, reject) => {
    const felder: Record<string, string> = {};
    const dateien: HochgeladeneDatei[] = [];
    const schreiber = new Set<WriteStream>();
    const verworfen = new WeakSet<WriteStream>();
    const geschrieben: Array<Promise<void>> = [];
    let csrfOk = csrfGeprueft;
    let gelesen = 0;
    let gesamt = 0;
    let ueberGrenze = false;
    let fertig = false;

    let parser: Busboy;
    try {
      parser = busboy({ headers: req.headers, limits: { files: 100, fields: 50, fieldSize: 20_000, parts: 150 } });
    } catch {
      return reject(new FachlicherFehler('ungueltige_eingabe', 'kein lesbares Formular'));
    }

    const aufhoeren = () => {
      req.off('data', zaehlen);
      req.unpipe(parser);
      req.pause();
      for (const s of schreiber) verwerfen(s);
    };
    const scheitern = (error: unknown) => {
      if (fertig) return;
      fertig = true;
      aufhoeren();
      parser.destroy();
      reject(error);
    };
    const ohneCsrf = () => {
      if (fertig) return;
      fertig = true;
      aufhoeren();
      parser.destroy();
      resolve({ felder: {}, dateien: [], ohneCsrf: true });
    };
    function zaehlen(teil: Buffer) {
      gelesen += teil.length;
      if (!csrfOk && gelesen > VORAB_BYTES) ohneCsrf();
    }

    parser.on('field', (name, wert) => {
      if (fertig) return;
      if (!csrfOk) {
        if (name !== '_csrf' || !tokenGueltig(wert)) return ohneCsrf();
        csrfOk = true;
      }
      felder[name] = wert;
    });

    parser.on('file', (feld, stream, info) => {
      stream.on('error', () => undefined);
      if (fertig || !csrfOk) {
        stream.resume();
        return ohneCsrf();
      }
      const datei: HochgeladeneDatei = { feld, name: info.filename ?? '', bytes: 0, kopf: new Uint8Array() };
      // A browser sends a field left without a file as an unnamed, empty part: that is no file. A named empty one is.
      // Its place among the chosen files (parts may all be announced before any of their bytes arrive).
      let platz = datei.name ? dateien.push(datei) : 0;
      const kopf: Buffer[] = [];
      let kopfLaenge = 0;
      let ziel: WriteStream | undefined;

      stream.on('data', (teil: Buffer) => {
        if (datei.bytes === 0) {
          platz ||= dateien.push(datei);
          if (!ueberGrenze && platz <= grenzen.dateienProEinreichung) ziel = oeffnen(datei, platz);
        }
        datei.bytes += teil.length;
        gesamt += teil.length;
        if (kopfLaenge < KOPF_BYTES) {
          const stueck = Buffer.from(teil.subarray(0, KOPF_BYTES - kopfLaenge));
          kopf.push(stueck);
          kopfLaenge += stueck.length;
        }
        if (
          datei.bytes > grenzen.bytesProDatei ||
          gesamt > grenzen.bytesProEinreichung ||
          dateien.length > grenzen.dateienProEinreichung
        )
          ueberGrenze = true;
        if (ueberGrenze && ziel) {
          verwerfen(ziel);
          ziel = undefined;
          delete datei.pfad;
        }
        if (ziel && !ziel.write(teil)) {
          stream.pause();
          ziel.once('drain', () => stream.resume());
        }
      });
      stream.on('end', () => {
        datei.kopf = Buffer.concat(kopf);
        ziel?.end();
      });
    });

    /** A temporary file for one kept file; its promise settles once it is closed, failing only on a write error. */
    function oeffnen(datei: HochgeladeneDatei, nummer: number): WriteStream {
      datei.pfad = path.join(ordner, `datei-${nummer}`);
      const ziel = createWriteStream(datei.pfad);
      schreiber.add(ziel);
      const fertigGeschrieben = new Promise<void>((ok, fehler) => {
        ziel.once('error', (error) => (verworfen.has(ziel) ? ok() : fehler(error)));
        ziel.once('close', () => {
          schreiber.delete(ziel);
          ok();
        });
      });
      fertigGeschrieben.catch(() => undefined);
      geschrieben.push(fertigGeschrieben);
      return ziel;
    }

    /** Stops writing a file that will not be used (over a limit, or the request failed); the directory goes with the request. */
    function verwerfen(ziel: WriteStream): void {
      verworfen.add(ziel);
      ziel.destroy();
    }

    parser.on('error', () =>
      scheitern(new FachlicherFehler('ungueltige_eingabe', 'Formular unvollständig oder unlesbar')),
    );
    parser.on('close', () => {
      if (fertig) return;
      fertig = true;
      Promise.all(geschrieben).then(() => resolve({ felder, dateien }), reject);
    });
    const abgebrochen = () => scheitern(new FachlicherFehler('ungueltige_eingabe', 'Übertragung abgebrochen'));
    if (schonAbgebrochen(req, abgebrochen)) return abgebrochen();
    // After the parser: a chunk that brings the token is parsed before it is counted against VORAB_BYTES.
    req.pipe(parser);
    req.on('data', zaehlen);
  });
}
