// Holding area for files shared into the app with the phone's "Teilen": bytes in the blob store, their keys in the session, for 30 minutes.
import type { AppContext } from '../../platform/context.js';
import type { HochgeladeneDatei } from '../../services/upload/datei.js';
import { dateiSpeichern } from '../../services/upload/datei.js';
import type { Sitzung, SitzungDaten, Sitzungen } from '../sitzung/sitzung.js';

export const HALTEZEIT_MINUTEN = 30;

export type Haltebereich = NonNullable<SitzungDaten['geteilt']>;

/** The held files while they are fresh; expired ones are deleted on the way. */
export async function geteilteLaden(
  app: AppContext,
  sitzungen: Sitzungen,
  sitzung: Sitzung,
): Promise<Haltebereich | undefined> {
  const geteilt = sitzung.daten.geteilt;
  if (!geteilt) return undefined;
  if (new Date(geteilt.bis).getTime() > Date.now()) return geteilt;
  await geteilteVerwerfen(app, sitzungen, sitzung);
  return undefined;
}

/** Keeps the files the share brought (those within the limits), in place of any shared before. */
export async function geteilteAblegen(
  app: AppContext,
  sitzungen: Sitzungen,
  sitzung: Sitzung,
  dateien: HochgeladeneDatei[],
): Promise<number> {
  await geteilteVerwerfen(app, sitzungen, sitzung);
  const gehalten: Haltebereich['dateien'] = [];
  for (const datei of dateien.filter((d) => d.pfad && d.bytes > 0)) {
    const ref = await dateiSpeichern(app.blobs, datei, 'geteilt');
    gehalten.push({ key: ref.key, name: datei.name, bytes: ref.bytes });
  }
  if (gehalten.length === 0) return 0;
  sitzung.daten.geteilt = { bis: new Date(Date.now() + HALTEZEIT_MINUTEN * 60_000).toISOString(), dateien: gehalten };
  await sitzungen.speichern(sitzung);
  return gehalten.length;
}

/** The held files' bytes, to be submitted with the form the client confirmed. */
export function geteilteLesen(app: AppContext, geteilt: Haltebereich | undefined): Promise<Uint8Array[]> {
  return Promise.all((geteilt?.dateien ?? []).map((d) => app.blobs.get(d.key)));
}

export async function geteilteVerwerfen(app: AppContext, sitzungen: Sitzungen, sitzung: Sitzung): Promise<void> {
  const geteilt = sitzung.daten.geteilt;
  if (!geteilt) return;
  await Promise.allSettled(geteilt.dateien.map((d) => app.blobs.delete(d.key)));
  delete sitzung.daten.geteilt;
  await sitzungen.speichern(sitzung);
}
