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
import { lieferungStapelLesen, type StapelStand } from '../../../services/scan/lieferung-stapel-zeile.js';
import { eigeneLieferung } from '../../../services/scan/lieferung-zeile.js';
import { uebergabeprotokollLesen } from '../../../services/scan/uebergabeprotokoll-lesen.js';
import { pdfSenden } from '../../components/download.js';
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
  UebergabeprotokollSchema,
  type LieferungDarstellung,
  type PositionDarstellung,
  type StapelDarstellung,
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

function stapelDarstellung({ stapel, positionen }: StapelStand): StapelDarstellung {
  return {
    abPosition: stapel.ab,
    sha256: stapel.sha256,
    status: stapel.status,
    grund: stapel.grund,
    angenommenAm: new Date(stapel.angenommen_am).toISOString(),
    erledigtAm: stapel.erledigt_am ? new Date(stapel.erledigt_am).toISOString() : null,
    positionen: positionen.map(position),
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

const PROTOKOLL = `Liegt vor, sobald die Lieferung geschlossen und jedes ihrer Dokumente in der E-Akte oder abgelehnt ist
(Status abgeschlossen); vorher 409 (errors[feld=lieferungId, code=nicht_abgeschlossen]).`;

type Protokollform = 'application/json' | 'application/pdf';

/** Answers with the protocol as JSON or as its stored PDF. */
async function protokollSenden(ctx: Context, app: AppContext, lieferungId: string, form: Protokollform) {
  const { protokoll, pdf, dateiname } = await uebergabeprotokollLesen(app, clientVon(ctx), lieferungId);
  if (form === 'application/pdf') return pdfSenden(ctx, pdf(), dateiname);
  const body: z.output<typeof UebergabeprotokollSchema> = protokoll;
  ctx.body = body;
}

function gewuenschteForm(ctx: Context): Protokollform {
  const form = ctx.accepts('application/json', 'application/pdf');
  if (form === false)
    throw Object.assign(new Error('Das Übergabeprotokoll gibt es als application/json oder application/pdf.'), {
      status: 406,
      expose: true,
    });
  return form as Protokollform;
}

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
      beschreibung: `Der Stapel wird angenommen und gespeichert (202) und danach im Hintergrund an den Trennblättern (QR-Code) in Dokumente an den Positionen ab {position} getrennt; die Trennblätter selbst entfallen. Location nennt den Stand des Stapels: ihn abfragen, bis status getrennt (mit den Positionen) oder abgelehnt (mit grund) ist. Derselbe Stapel an derselben Position noch einmal ergibt 200 mit seinem Stand, ein anderer Stapel dort 409 (errors[feld=position, code=belegt]). Solange ein Stapel nicht getrennt ist, lässt sich die Lieferung nicht schließen. Das PDF ist der Inhalt der Anfrage selbst (application/pdf, bis 25 MB), seine SHA-256 steht in Content-Digest (RFC 9530).`,
      parameter: PositionParameter,
      pdfInhalt: true,
      antworten: {
        202: { beschreibung: 'Angenommen; wird getrennt', schema: StapelSchema, kopfzeilen: ['Location'] },
        200: {
          beschreibung: 'Dieser Stapel war ab dieser Position schon angenommen: sein Stand',
          schema: StapelSchema,
          kopfzeilen: ['Location'],
        },
      },
    },
    async (ctx, { parameter }) => {
      const { gespeichert, kopf } = await pdfEmpfangen(ctx, app.blobs, 'scan');
      const { neu, ...stand } = await lieferungStapelAnnehmen(
        app,
        clientVon(ctx),
        parameter.lieferungId,
        parameter.position,
        { blob: gespeichert, kopf },
      );
      ctx.state.apiAuditDetails = { lieferungId: parameter.lieferungId, position: parameter.position };
      ctx.set('Location', `${pfadVon(parameter.lieferungId)}/stapel/${parameter.position}`);
      ctx.status = neu ? 202 : 200;
      ctx.body = stapelDarstellung(stand);
    },
  );

  operation(
    router,
    registrierung,
    {
      id: 'lieferungStapelLesen',
      methode: 'get',
      pfad: '/scan/lieferungen/{lieferungId}/stapel/{position}',
      scope: 'scan:einliefern',
      zusammenfassung: 'Stand eines eingelieferten Stapels: angenommen, getrennt (mit den Positionen) oder abgelehnt',
      parameter: PositionParameter,
      antworten: { 200: { beschreibung: 'Der Stand des Stapels', schema: StapelSchema } },
    },
    async (ctx, { parameter }) => {
      const stand = await lieferungStapelLesen(app, clientVon(ctx), parameter.lieferungId, parameter.position);
      ctx.body = stapelDarstellung(stand);
    },
  );

  const protokollAntworten = (medien: 'json' | 'pdf' | 'beide') => ({
    200: {
      beschreibung: medien === 'beide' ? 'Das Übergabeprotokoll (JSON oder PDF, nach Accept)' : 'Das Übergabeprotokoll',
      ...(medien === 'pdf' ? {} : { schema: UebergabeprotokollSchema }),
      ...(medien === 'json' ? {} : { medientyp: 'application/pdf' as const }),
      // Only the PDF alone always carries it; the negotiated answer has it only as a PDF.
      ...(medien === 'pdf' ? { kopfzeilen: ['Content-Disposition' as const] } : {}),
    },
    409: { beschreibung: 'Die Lieferung ist noch nicht abgeschlossen', problem: true },
  });

  operation(
    router,
    registrierung,
    {
      id: 'uebergabeprotokollLesen',
      methode: 'get',
      pfad: '/scan/lieferungen/{lieferungId}/uebergabeprotokoll',
      scope: 'scan:einliefern',
      zusammenfassung: 'Übergabeprotokoll der Lieferung lesen, als JSON oder PDF je nach Accept',
      beschreibung: `${PROTOKOLL} Ohne Accept oder mit */* JSON.`,
      parameter: LieferungParameter,
      antworten: protokollAntworten('beide'),
    },
    async (ctx, { parameter }) => protokollSenden(ctx, app, parameter.lieferungId, gewuenschteForm(ctx)),
  );

  operation(
    router,
    registrierung,
    {
      id: 'uebergabeprotokollJson',
      methode: 'get',
      pfad: '/scan/lieferungen/{lieferungId}/uebergabeprotokoll.json',
      scope: 'scan:einliefern',
      zusammenfassung: 'Übergabeprotokoll der Lieferung als JSON',
      beschreibung: PROTOKOLL,
      parameter: LieferungParameter,
      antworten: protokollAntworten('json'),
    },
    async (ctx, { parameter }) => protokollSenden(ctx, app, parameter.lieferungId, 'application/json'),
  );

  operation(
    router,
    registrierung,
    {
      id: 'uebergabeprotokollPdf',
      methode: 'get',
      pfad: '/scan/lieferungen/{lieferungId}/uebergabeprotokoll.pdf',
      scope: 'scan:einliefern',
      zusammenfassung: 'Übergabeprotokoll der Lieferung als PDF',
      beschreibung: PROTOKOLL,
      parameter: LieferungParameter,
      antworten: protokollAntworten('pdf'),
    },
    async (ctx, { parameter }) => protokollSenden(ctx, app, parameter.lieferungId, 'application/pdf'),
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
      beschreibung:
        'Solange ein eingelieferter Stapel noch nicht getrennt ist, 409 (errors[feld=lieferungId, code=stapel_ungetrennt]); nach der Trennung noch einmal versuchen.',
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
