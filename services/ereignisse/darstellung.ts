// An event as the API answers it and a webhook carries it: ids and status, never content.
import type { EreignisArt } from '../../domain/ereignis.js';
import type { EreignisZeile } from './abfragen.js';

export interface EreignisDarstellung {
  id: string;
  art: EreignisArt;
  status: string;
  zeit: string;
  kundennummer: string | null;
  dokumentart: string | null;
  eingangsnummer: string | null;
  ausgangsnummer: string | null;
  terminId: number | null;
}

export function ereignisDarstellung(zeile: EreignisZeile): EreignisDarstellung {
  return {
    id: String(zeile.position),
    art: zeile.art,
    status: zeile.status,
    zeit: new Date(zeile.zeit).toISOString(),
    kundennummer: zeile.kundennummer,
    dokumentart: zeile.dokumentart,
    eingangsnummer: zeile.eingangsnummer,
    ausgangsnummer: zeile.ausgangsnummer,
    terminId: zeile.termin_id,
  };
}
