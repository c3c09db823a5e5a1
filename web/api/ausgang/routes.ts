// Ausgang: publish a PDF letter to a client or a partner organisation (the staff page's use case), read its delivery.
import type Router from '@koa/router';
import type { Context } from 'koa';
import { FachlicherFehler } from '../../../domain/fehler.js';
import type { AppContext } from '../../../platform/context.js';
import { briefBereitstellen } from '../../../services/ausgang/brief-bereitstellen.js';
import { briefLesen, type Versand } from '../../../services/ausgang/brief-lesen.js';
import { etag } from '../etag.js';
import { operation, type Registrierung } from '../operation.js';
import { pdfEmpfangen } from '../pdf-empfangen.js';
import { AusgangsnummerParameter, BriefAbfrage, VersandSchema, type VersandDarstellung } from './schema.js';
import { z } from 'zod/v4';

function darstellung(brief: Versand): VersandDarstellung {
  const iso = (zeit: Date | null) => zeit?.toISOString() ?? null;
  return {
    ...brief,
    bereich: brief.bereich as VersandDarstellung['bereich'],
    bereitgestelltAm: brief.bereitgestelltAm.toISOString(),
    benachrichtigtAm: iso(brief.benachrichtigtAm),
    abgerufenAm: iso(brief.abgerufenAm),
    post: brief.post && { ...brief.post, zurPostAm: iso(brief.post.zurPostAm) },
  };
}

async function briefSenden(ctx: Context, app: AppContext, ausgangsnummer: string, status = 200): Promise<void> {
  const brief = await briefLesen(app.db, ausgangsnummer);
  if (!brief) throw new FachlicherFehler('nicht_gefunden', 'Dieses Schreiben gibt es nicht.');
  const body = darstellung(brief);
  ctx.status = status;
  ctx.set('ETag', etag(body));
  ctx.body = body;
}

const HOCHLADEN = `Das PDF ist der Inhalt der Anfrage selbst (Content-Type: application/pdf, bis 25 MB), nicht Base64 in JSON:
so wird es unterwegs gezählt, begrenzt und gehasht in den Dateispeicher geschrieben und nie ganz im Speicher gehalten.
Die Angaben zum Schreiben stehen in den Abfrageparametern (UTF-8, Prozentkodierung), die SHA-256-Prüfsumme des PDFs in
Content-Digest (RFC 9530); beide gehören zu der Anfrage, die der Idempotency-Key wiedererkennt. Wird die Anfrage
abgelehnt (kein PDF: 400 mit errors[feld=datei, code=kein_pdf]; anderer Content-Type: 415; zu groß: 413), bleibt nichts
gespeichert. Angenommene Schreiben gehen über den Workflow dokumentAusgang: Benachrichtigung per E-Mail (ohne
Sozialdaten), Erinnerung nach 7 Tagen, Postversand nach 14 Tagen ohne Abruf; an Kunden nur mit Einwilligung in die
elektronische Zustellung (sonst 400, code keine_einwilligung).`;

export function ausgangRoutes(router: Router, registrierung: Registrierung, app: AppContext): void {
  operation(
    router,
    registrierung,
    {
      id: 'briefBereitstellen',
      methode: 'post',
      pfad: '/ausgang',
      scope: 'ausgang:schreiben',
      zusammenfassung: 'Schreiben (PDF) an einen Kunden oder einen Träger in dessen Eingang stellen',
      beschreibung: HOCHLADEN,
      parameter: z.object({}),
      abfrage: BriefAbfrage,
      pdfInhalt: true,
      antworten: {
        201: { beschreibung: 'Bereitgestellt', schema: VersandSchema, kopfzeilen: ['ETag', 'Location'] },
        200: {
          beschreibung: 'Unter dieser Referenz schon bereitgestellt',
          schema: VersandSchema,
          kopfzeilen: ['ETag'],
        },
      },
    },
    async (ctx, { abfrage }) => {
      const { referenz, partnerId, ...brief } = abfrage;
      const { ausgangsnummer, neu } = await briefBereitstellen(app, {
        ...brief,
        partnerId: partnerId === undefined ? undefined : Number(partnerId),
        referenz: referenz === undefined ? undefined : { quelle: 'fachverfahren', wert: referenz },
        pdf: await pdfEmpfangen(ctx, app.blobs, 'ausgang'),
      });
      ctx.state.apiAuditDetails = { ausgangsnummer };
      if (neu) ctx.set('Location', `/api/v1/ausgang/${ausgangsnummer}`);
      await briefSenden(ctx, app, ausgangsnummer, neu ? 201 : 200);
    },
  );

  operation(
    router,
    registrierung,
    {
      id: 'briefLesen',
      methode: 'get',
      pfad: '/ausgang/{ausgangsnummer}',
      scope: 'ausgang:schreiben',
      zusammenfassung:
        'Versand eines Schreibens lesen: Versandstatus, Benachrichtigung, Abruf, Tag der Bekanntgabe, Postversand',
      parameter: AusgangsnummerParameter,
      antworten: { 200: { beschreibung: 'Das Schreiben', schema: VersandSchema, kopfzeilen: ['ETag'] } },
    },
    async (ctx, { parameter }) => briefSenden(ctx, app, parameter.ausgangsnummer),
  );
}
