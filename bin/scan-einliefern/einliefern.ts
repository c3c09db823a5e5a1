// Uploads a scan folder as one Lieferung: announce it, send each document the server does not have yet at its position,
// close it. Run again after an interruption, it asks the server which positions it holds and sends only the others.
import { readFile } from 'node:fs/promises';
import type { Fortschritt } from './fortschritt.js';
import { manifestLesen, sha256Von } from './manifest.js';
import type { LieferungStand, ScanApi } from './scan-api.js';

export interface EinlieferungsErgebnis {
  lieferung: LieferungStand;
  eingeliefert: number;
  schonDa: number;
}

export async function ordnerEinliefern(
  ordner: string,
  api: ScanApi,
  fortschritt: Fortschritt,
): Promise<EinlieferungsErgebnis> {
  const { manifest, dokumente } = await manifestLesen(ordner);
  const { lieferungId } = manifest;
  await api.anlegen({ lieferungId, scanDatum: manifest.scanDatum, erwartet: dokumente.length });
  // The answer to announcing may be a replay of the first run's: the positions held are read now.
  const stand = await api.lesen(lieferungId);
  const angenommen = new Set(stand.positionen);
  const fehlen = dokumente.filter((d) => !angenommen.has(d.position));
  if (stand.status !== 'offen' && fehlen.length > 0)
    throw new Error(
      `Lieferung ${lieferungId} ist schon geschlossen, es fehlen aber die Positionen ${fehlen.map((d) => d.position).join(', ')}.`,
    );

  fortschritt.beginn(dokumente.length, dokumente.length - fehlen.length);
  let eingeliefert = 0;
  try {
    for (const dokument of fehlen) {
      const pdf = await readFile(dokument.pfad);
      if (sha256Von(pdf) !== dokument.sha256)
        throw new Error(`${dokument.datei} hat sich seit dem Prüfen geändert; bitte erneut aufrufen.`);
      const { status, wiederholt } = await api.einliefern(lieferungId, dokument.position, pdf, {
        ...dokument.angaben,
        sha256: dokument.sha256,
      });
      const neu = status === 201 && !wiederholt;
      if (neu) eingeliefert++;
      fortschritt.dokument(dokument.position, dokument.datei, neu ? 'eingeliefert' : 'war_schon_da');
    }
  } finally {
    fortschritt.ende();
  }
  if (stand.status === 'offen') await api.schliessen(lieferungId);
  return { lieferung: await api.lesen(lieferungId), eingeliefert, schonDa: dokumente.length - eingeliefert };
}
