// PostgreSQL's LISTEN/NOTIFY on a connection of its own, opened when the first channel is subscribed. While that
// connection is down, nothing is heard: every subscriber is told at once (it must then trust nothing it remembered),
// and the connection is opened again a second later.
import pg from 'pg';
import type { Logger } from './logger.js';

export interface Abonnent {
  nachricht(text: string): void;
  /** The connection was lost or has just been (re)opened: messages may have been missed in between. */
  unterbrochen(): void;
}

export interface Benachrichtigungen {
  /** `hoert()` is true while messages on the channel are being received. */
  abonnieren(kanal: string, abonnent: Abonnent): { hoert(): boolean };
  close(): Promise<void>;
}

export function pgBenachrichtigungen(databaseUrl: string, log: Logger): Benachrichtigungen {
  const kanaele = new Map<string, Abonnent[]>();
  let client: pg.Client | undefined;
  let hoert = false;
  let geschlossen = false;
  let erneut: NodeJS.Timeout | undefined;

  const alleUnterbrechen = () => {
    for (const abonnenten of kanaele.values()) for (const abonnent of abonnenten) abonnent.unterbrochen();
  };

  async function verbinden(): Promise<void> {
    if (geschlossen || client) return;
    const neu = new pg.Client({ connectionString: databaseUrl, keepAlive: true });
    client = neu;
    const verloren = (grund: unknown) => {
      if (client !== neu) return;
      client = undefined;
      hoert = false;
      alleUnterbrechen();
      neu.end().catch(() => undefined);
      if (geschlossen) return;
      log.warn({ err: grund }, 'LISTEN connection to PostgreSQL lost; opening it again in 1 s');
      erneut = setTimeout(() => void verbinden(), 1000);
      erneut.unref();
    };
    neu.on('error', verloren);
    neu.on('end', () => verloren(new Error('connection ended')));
    neu.on('notification', ({ channel, payload }) => {
      for (const abonnent of kanaele.get(channel) ?? []) abonnent.nachricht(payload ?? '');
    });
    try {
      await neu.connect();
      for (const kanal of kanaele.keys()) await neu.query(`listen ${neu.escapeIdentifier(kanal)}`);
      if (client !== neu) return;
      hoert = true;
      // Whatever was remembered before this connection heard anything may be stale.
      alleUnterbrechen();
    } catch (error) {
      verloren(error);
    }
  }

  return {
    abonnieren(kanal, abonnent) {
      const abonnenten = kanaele.get(kanal);
      if (abonnenten) abonnenten.push(abonnent);
      else {
        kanaele.set(kanal, [abonnent]);
        // A channel added while connected: listened to from the next connection on (reconnect now).
        if (client) void client.end();
        else void verbinden();
      }
      return { hoert: () => hoert && !geschlossen };
    },
    async close() {
      geschlossen = true;
      hoert = false;
      clearTimeout(erneut);
      const offen = client;
      client = undefined;
      await offen?.end().catch(() => undefined);
    },
  };
}
