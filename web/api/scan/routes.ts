// Scan deliveries: the scan service announces a Lieferung, adds its documents (one PDF each, or a stack with
// Trennblätter) at positions, closes it, and reads its progress.
import type Router from '@koa/router';
import type { Context } from 'koa';
import { z } from 'zod/v4';
import type { AppContext } from '../../../platform/context.js';
import { lieferungAnlegen } from '../../../services/scan/lieferung-anlegen.js';
import { lieferungDokumentAnnehmen, type PositionZeile } from '../../../services/scan/lieferung-dokument-annehmen.js';
import { lieferungSchliessen } from '../../../services/scan/lieferung-schliessen.js';
import { angenommenePositionen, lieferungFortschritt } from '../../../services/scan/lieferung-stand.js';
import { lieferungStapelAnnehmen } from '../../../services/scan/lieferung-stapel-annehmen.js';
import { eigeneLieferung } from '../../../services/scan/lieferung-zeile.js';
import { scanStapelWecken } from '../../../services/scan/scan-stapel-starten.js';
import { operation, type Registrierung } from '../operation.js';
import { pdfEmpfangen } from '../pdf-empfangen.js';
import type { ApiClient } from '../zugangstoken.js';
import {
  DokumentAbfrage,
  LieferungParameter,
  LieferungSchema,
  NeueLieferungSchema,
  PositionParameter,
  PositionSchema,
  StapelSchema,
  type LieferungDarstellung,
  type PositionDarstellung,
} from './schema.js';

const clientVon = (ctx: Context) => (ctx.state.apiClient as ApiClient).clientId;
const pfadVon = (lieferungId: string) => `/api/v1/scan/lieferungen/${encodeURIComponent(lieferungId)}`;

function position(zeile: PositionZeile): PositionDarstellung {
  return {
    position: zeile.position,
    sha256: zeile.sha256,
    stapel:
      zeile.stapel_sha256 === null
        ? null
        : { sha256: zeile.stapel_sha256, abPosition: zeile.stapel_ab ?? zeile.position },
    kundennummer: zeile.kundennummer,
    dokumentart: zeile.dokumentart,
    seiten: zeile.seiten,
    eingangsnummer: zeile.eingangsnummer,
  };
}

async function lieferungSenden(ctx: Context, app: AppContext, lieferungId: string, status = 200): Promise<void> {
  const zeile = await eigeneLieferung(app.db, clientVon(ctx), lieferungId);
  const {
    geschlossen: _g,
    erwartet: _e,
    fertig: _f,
    zuordnungSeit: _z,
    begonnenAm: _b,
    ...fortschritt
  } = await lieferungFortschritt(app.db, zeile);
  const iso = (zeit: Date | null) => (zeit ? new Date(zeit).toISOString() : null);
  const body: LieferungDarstellung = {
    lieferungId: zeile.lieferung_id,
    scanDatum: zeile.scan_datum,
    erwartet: zeile.erwartet,
    status: zeile.status,
    frist: new Date(zeile.frist).toISOString(),
    erstelltAm: new Date(zeile.erstellt_am).toISOString(),
    geschlossenAm: iso(zeile.geschlossen_am),
    abgeschlossenAm: iso(zeile.abgeschlossen_am),
    fortschritt,
    positionen: await angenommenePositionen(app.db, lieferungId),
  };
  ctx.status = status;
  ctx.body = body;
}

const EINLIEFERN = `Jede Position nimmt genau ein Dokument an: dasselbe PDF an derselben Position noch einmal ergibt dieselbe
Antwort (200), ein anderes 409 (errors[feld=position, code=belegt]). Ein unterbrochenes Hochladen wird so fortgesetzt:
GET auf die Lieferung nennt die angenommenen Positionen. Das PDF ist der Inhalt der Anfrage selbst (application/pdf,
bis 25 MB), seine SHA-256 steht in Content-Digest (RFC 9530).`;

export function scanRoutes(router: Router, registrierung: Registrierung, app: AppContext): void {
  operation(
    router,
    registrierung,
    {
      id: 'lieferungAnlegen',
      methode: 'post',
      pfad: '/scan/lieferungen',
      scope: 'scan:einliefern',
      zusammenfassung: 'Lieferung gescannter Dokumente ankündigen (Kennung, Scantag, erwartete Zahl)',
      beschreibung:
        'Dieselbe Lieferung noch einmal mit denselben Angaben ergibt 200, mit anderen 409. Die Frist ist 15:00 Uhr (Europe/Berlin) des nächsten Arbeitstags nach dem Scantag.',
      parameter: z.object({}),
      body: NeueLieferungSchema,
      antworten: {
        201: { beschreibung: 'Angelegt', schema: LieferungSchema, kopfzeilen: ['Location'] },
        200: { beschreibung: 'Schon angelegt', schema: LieferungSchema },
      },
    },
    async (ctx, { body }) => {
      const { neu } = await lieferungAnlegen(app, clientVon(ctx), body);
      ctx.state.apiAuditDetails = { lieferungId: body.lieferungId };
      if (neu) ctx.set('Location', pfadVon(body.lieferungId));
      await lieferungSenden(ctx, app, body.lieferungId, neu ? 201 : 200);
    },
  );

  operation(
    router,
    registrierung,
    {
      id: 'lieferungLesen',
      methode: 'get',
      pfad: '/scan/lieferungen/{lieferungId}',
      scope: 'scan:einliefern',
      zusammenfassung: 'Lieferung mit Fortschritt und angenommenen Positionen lesen',
      parameter: LieferungParameter,
      antworten: { 200: { beschreibung: 'Die Lieferung', schema: LieferungSchema } },
    },
    async (ctx, { parameter }) => lieferungSenden(ctx, app, parameter.lieferungId),
  );

  operation(
    router,
    registrierung,
    {
      id: 'lieferungDokumentEinliefern',
      methode: 'put',
      pfad: '/scan/lieferungen/{lieferungId}/dokumente/{position}',
      scope: 'scan:einliefern',
      zusammenfassung: 'Ein gescanntes Dokument (ein PDF) an einer Position der Lieferung einliefern',
      beschreibung: EINLIEFERN,
      parameter: PositionParameter,
      abfrage: DokumentAbfrage,
      pdfInhalt: true,
      antworten: {
        201: { beschreibung: 'Angenommen', schema: PositionSchema },
        200: { beschreibung: 'Dieses Dokument war an dieser Position schon angenommen', schema: PositionSchema },
      },
    },
    async (ctx, { parameter, abfrage }) => {
      const { gespeichert, kopf } = await pdfEmpfangen(ctx, app.blobs, 'scan');
      const { zeile, neu } = await lieferungDokumentAnnehmen(
        app,
        clientVon(ctx),
        parameter.lieferungId,
        parameter.position,
        { blob: gespeichert, kopf },
        abfrage,
      );
      ctx.state.apiAuditDetails = { lieferungId: parameter.lieferungId, position: parameter.position };
      if (neu) await scanStapelWecken(app, parameter.lieferungId);
      ctx.status = neu ? 201 : 200;
      ctx.body = position(zeile);
    },
  );

  operation(
    router,
    registrierung,
    {
      id: 'lieferungStapelEinliefern',
      methode: 'put',
      pfad: '/scan/lieferungen/{lieferungId}/stapel/{position}',
      scope: 'scan:einliefern',
      zusammenfassung: 'Einen Stapel (ein PDF, Dokumente durch Trennblätter getrennt) ab einer Position einliefern',
      beschreibung: `Der Stapel wird an den Trennblättern (QR-Code) in Dokumente an den Positionen ab {position} getrennt; die Trennblätter selbst entfallen. ${EINLIEFERN}`,
      parameter: PositionParameter,
      pdfInhalt: true,
      antworten: {
        201: { beschreibung: 'Angenommen und getrennt', schema: StapelSchema },
        200: { beschreibung: 'Dieser Stapel war ab dieser Position schon angenommen', schema: StapelSchema },
      },
    },
    async (ctx, { parameter }) => {
      const { gespeichert, kopf } = await pdfEmpfangen(ctx, app.blobs, 'scan');
      const { zeilen, neu } = await lieferungStapelAnnehmen(
        app,
        clientVon(ctx),
        parameter.lieferungId,
        parameter.position,
        { blob: gespeichert, kopf },
      );
      ctx.state.apiAuditDetails = { lieferungId: parameter.lieferungId, position: parameter.position };
      if (neu) await scanStapelWecken(app, parameter.lieferungId);
      ctx.status = neu ? 201 : 200;
      ctx.body = { positionen: zeilen.map(position) };
    },
  );

  operation(
    router,
    registrierung,
    {
      id: 'lieferungSchliessen',
      methode: 'post',
      pfad: '/scan/lieferungen/{lieferungId}/abschluss',
      scope: 'scan:einliefern',
      zusammenfassung: 'Lieferung als vollständig eingeliefert melden; danach nimmt sie keine Dokumente mehr an',
      parameter: LieferungParameter,
      antworten: { 200: { beschreibung: 'Geschlossen', schema: LieferungSchema } },
    },
    async (ctx, { parameter }) => {
      await lieferungSchliessen(app, clientVon(ctx), parameter.lieferungId);
      ctx.state.apiAuditDetails = { lieferungId: parameter.lieferungId };
      await lieferungSenden(ctx, app, parameter.lieferungId);
    },
  );
}
