// Builds every activity from explicit dependencies; workflows import only the type.
import type { Db } from '../db/knex.js';
import type { Loeschfristen } from '../domain/loeschkonzept.js';
import type { QrSchluessel } from '../domain/antwortbogen-code.js';
import type { BlobStore } from '../platform/blob-store.js';
import type { MailTransport } from '../platform/mail-transport.js';
import { createAusgangActivities } from './ausgang.js';
import { createAuskunftActivities } from './auskunft.js';
import { createAusgangImportActivities } from './ausgang-import.js';
import { createBlobActivities } from './blobs.js';
import { createDatenbankActivities } from './datenbank.js';
import { createDmsActivities } from './dms.js';
import { createLoeschActivities } from './loeschung.js';
import { createMailActivities } from './mail/benachrichtigung.js';
import { einmalSender } from './mail/einmal-senden.js';
import { createKontoMailActivities } from './mail/konto.js';
import { createTerminBestaetigungActivities } from './mail/termin-bestaetigung.js';
import { createPdfActivities } from './pdf.js';
import { createProjektionActivities } from './projektion.js';
import { createWebhookActivities } from './webhook.js';
import { createScanActivities } from './scan.js';
import { createScanLieferungActivities, type ScanLieferungDeps } from './scan-lieferung.js';
import { createScanStapelTrennenActivities } from './scan-stapel-trennen.js';
import { createVerwaisteBlobsActivities } from './verwaiste-blobs.js';

export interface ActivityDeps {
  db: Db;
  blobs: BlobStore;
  mail: { transport: MailTransport; from: string };
  dmsImportDir: string;
  dmsExportDir: string;
  publicUrl: string;
  loeschfristen: Loeschfristen;
  /** Hours before a blob no row refers to is deleted (default domain/loeschkonzept.ts). */
  verwaistKarenzStunden?: number;
  /** The embedded mail sink's folder of .eml files (development); nothing there in production. */
  mailDir: string;
  /** Keys of the Antwortbogen codes (first signs, all verify). */
  qrSchluessel: QrSchluessel[];
  /** Starts a scanned document's dokumentEingang (scan deliveries). */
  scanEinreichen: ScanLieferungDeps['scanEinreichen'];
}

export function createActivities(deps: ActivityDeps) {
  const einmalSenden = einmalSender({ db: deps.db, transport: deps.mail.transport, from: deps.mail.from });
  return {
    ...createKontoMailActivities({ db: deps.db, einmalSenden, publicUrl: deps.publicUrl }),
    ...createTerminBestaetigungActivities({ db: deps.db, einmalSenden, publicUrl: deps.publicUrl }),
    ...createAusgangActivities({ db: deps.db, einmalSenden, publicUrl: deps.publicUrl }),
    ...createAusgangImportActivities({
      db: deps.db,
      blobs: deps.blobs,
      exportDir: deps.dmsExportDir,
      qrSchluessel: deps.qrSchluessel,
    }),
    ...createDatenbankActivities(deps),
    ...createProjektionActivities(deps),
    ...createDmsActivities({ db: deps.db, blobs: deps.blobs, importDir: deps.dmsImportDir }),
    ...createMailActivities({
      db: deps.db,
      transport: deps.mail.transport,
      from: deps.mail.from,
      publicUrl: deps.publicUrl,
    }),
    ...createPdfActivities(deps),
    ...createScanActivities(deps),
    ...createScanLieferungActivities({ ...deps, einmalSenden }),
    ...createScanStapelTrennenActivities(deps),
    ...createBlobActivities(deps),
    ...createWebhookActivities(deps),
    ...createLoeschActivities(deps),
    ...createVerwaisteBlobsActivities(deps),
    ...createAuskunftActivities({ ...deps, einmalSenden }),
  };
}

export type Activities = ReturnType<typeof createActivities>;
