// Activities of an Auskunft: make its zip (streamed into the blob store, heartbeating) and tell the client it is ready.
import { Context } from '@temporalio/activity';
import type { Db } from '../db/knex.js';
import type { Loeschfristen } from '../domain/loeschkonzept.js';
import { istSprache } from '../domain/sprache.js';
import type { BlobStore } from '../platform/blob-store.js';
import { auskunftZipSchreiben } from '../services/auskunft/auskunft-zip-schreiben.js';
import { auskunftBereitText } from './mail/auskunft-texte.js';
import type { EinmalSenden } from './mail/einmal-senden.js';

export interface AuskunftDeps {
  db: Db;
  blobs: BlobStore;
  einmalSenden: EinmalSenden;
  publicUrl: string;
  loeschfristen: Loeschfristen;
}

export function createAuskunftActivities({ db, blobs, einmalSenden, publicUrl, loeschfristen }: AuskunftDeps) {
  return {
    /** Idempotent; false when the request no longer exists. */
    async auskunftZipErstellen({ auskunftId }: { auskunftId: number }): Promise<boolean> {
      const weiter = () => Context.current().heartbeat();
      return (await auskunftZipSchreiben({ db, blobs }, auskunftId, weiter)).bereit;
    },

    /** The e-mail (once per Auskunft) when the client has an address; the portal shows the notice either way. */
    async auskunftMelden({ auskunftId }: { auskunftId: number }): Promise<boolean> {
      const kunde = await db('auskuenfte as a')
        .join('kunden as k', 'k.id', 'a.kunde_id')
        .where({ 'a.id': auskunftId, 'a.status': 'bereit', 'k.aktiv': true })
        .whereNotNull('k.email')
        .first('k.email', 'k.sprache');
      if (!kunde) return false;
      return einmalSenden(
        `auskunft/${auskunftId}/bereit`,
        kunde.email,
        auskunftBereitText(istSprache(kunde.sprache) ? kunde.sprache : 'de', {
          portalUrl: `${publicUrl}/kunde/auskunft`,
          tage: loeschfristen.auskunft,
        }),
      );
    },
  };
}
