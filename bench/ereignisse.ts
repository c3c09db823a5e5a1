// Events benchmark: a status change → its webhook received (through the delivery workflow in the worker process), beside the same change → its event row visible.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createProjektionActivities } from '../activities/projektion.js';
import { demoLogins } from '../db/demo/logins.js';
import type { AppContext } from '../platform/context.js';
import { webhookLoeschen, webhookRegistrieren } from '../services/webhooks/verwaltung.js';
import { latenzen, type Latenzen } from './quantil.js';

export interface EreignisseErgebnis {
  statuswechsel: number;
  ereignis_in_der_datenbank: Latenzen;
  webhook_empfangen: Latenzen;
  abfrage_intervall_ms: number;
}

const ANZAHL = Number(process.env.BENCH_EREIGNISSE ?? 40);

export async function ereignisseMessen(ctx: AppContext): Promise<EreignisseErgebnis> {
  const empfangen = new Map<string, number>();
  const warten = new Map<string, () => void>();
  const server = createServer((req, res) => {
    const teile: Buffer[] = [];
    req.on('data', (teil: Buffer) => teile.push(teil));
    req.on('end', () => {
      const { eingangsnummer } = JSON.parse(Buffer.concat(teile).toString('utf8')) as { eingangsnummer: string };
      empfangen.set(eingangsnummer, performance.now());
      warten.get(eingangsnummer)?.();
      res.statusCode = 204;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const abo = await webhookRegistrieren(ctx, 'bench', url);
  const { statusProjizieren } = createProjektionActivities({ db: ctx.db });
  const kunde = await ctx.db('kunden').where({ kundennummer: demoLogins.kunde.kundennummer }).first('id');

  const inDb: number[] = [];
  const perWebhook: number[] = [];
  try {
    // The first round is warm-up (the worker may still be bundling its workflows): not counted.
    for (let i = -1; i < ANZAHL; i++) {
      const eingangsnummer = `E26-BENCH-${Date.now().toString(36).toUpperCase()}-${i}`;
      const jetzt = new Date();
      await ctx.db('eingangsdokumente').insert({
        eingangsnummer,
        art: 'dokument',
        kanal: 'scan',
        kunde_id: kunde.id,
        dokumentart: 'Kontoauszüge',
        status: 'in_bearbeitung',
        letzter_schritt: 5,
        eingegangen_am: jetzt,
        aktualisiert_am: jetzt,
      });
      // A pause of random length, so the changes do not fall into step with the delivery's polling.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 300));
      const angekommen = new Promise<void>((resolve) => warten.set(eingangsnummer, resolve));
      const start = performance.now();
      await statusProjizieren({ eingangsnummer, schritt: 6, status: 'erledigt', zeit: jetzt.toISOString() });
      // Baseline: the same change seen in the event log by another connection, as a poller would.
      for (;;) {
        if (await ctx.db('ereignisse').where({ eingangsnummer }).first('position')) break;
        await new Promise((resolve) => setTimeout(resolve, 1));
      }
      const sichtbar = performance.now() - start;
      await angekommen;
      if (i < 0) continue;
      inDb.push(sichtbar);
      perWebhook.push(empfangen.get(eingangsnummer)! - start);
    }
  } finally {
    await webhookLoeschen(ctx, 'bench', abo.id);
    server.closeAllConnections();
    server.close();
  }
  return {
    statuswechsel: ANZAHL,
    ereignis_in_der_datenbank: latenzen(inDb),
    webhook_empfangen: latenzen(perWebhook),
    abfrage_intervall_ms: 200,
  };
}
