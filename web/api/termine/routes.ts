// Termine: create or update by the Fachverfahren's id (PUT, If-Match), read (GET, ETag), cancel (POST) — the staff page's use cases.
import type Router from '@koa/router';
import type { Context } from 'koa';
import { FachlicherFehler } from '../../../domain/fehler.js';
import type { AppContext } from '../../../platform/context.js';
import { terminAbsagen } from '../../../services/termine/termin-absagen.js';
import { terminLesen, type Termin } from '../../../services/termine/termin-lesen.js';
import { terminSpeichern } from '../../../services/termine/termin-speichern.js';
import { etag, ifMatchPruefen } from '../etag.js';
import { operation, type Registrierung } from '../operation.js';
import { TerminIdParameter, TerminSchema, TerminSchreibenSchema, type TerminDarstellung } from './schema.js';

function darstellung(termin: Termin): TerminDarstellung {
  return {
    terminId: termin.fachverfahrenId!,
    kundennummer: termin.kundennummer,
    beginn: termin.beginn.toISOString(),
    dauerMinuten: termin.dauerMinuten,
    raum: termin.raum,
    telefon: termin.telefon,
    mitteilung1: termin.mitteilung1,
    mitteilung2: termin.mitteilung2,
    status: termin.status,
  };
}

function terminSenden(ctx: Context, termin: Termin, status = 200): void {
  const body = darstellung(termin);
  ctx.status = status;
  ctx.set('ETag', etag(body));
  ctx.body = body;
}

const mitEtag = { schema: TerminSchema, kopfzeilen: ['ETag' as const] };

export function termineRoutes(router: Router, registrierung: Registrierung, app: AppContext): void {
  operation(
    router,
    registrierung,
    {
      id: 'terminSpeichern',
      methode: 'put',
      pfad: '/termine/{terminId}',
      scope: 'termine:schreiben',
      zusammenfassung:
        'Termin anlegen oder ändern (Kennung des Fachverfahrens); die Erinnerung 24 Stunden vorher folgt dem neuen Beginn. Ein abgesagter Termin bleibt abgesagt (409).',
      parameter: TerminIdParameter,
      body: TerminSchreibenSchema,
      ifMatch: true,
      antworten: {
        200: { beschreibung: 'Geändert', ...mitEtag },
        201: { beschreibung: 'Angelegt', schema: TerminSchema, kopfzeilen: ['ETag', 'Location'] },
      },
    },
    async (ctx, { parameter, body }) => {
      const ifMatch = ctx.get('If-Match');
      const { termin, angelegt } = await terminSpeichern(
        app,
        { ...body, beginn: new Date(body.beginn) },
        {
          fachverfahrenId: parameter.terminId,
          vorbedingung: (aktuell) => ifMatchPruefen(ifMatch, aktuell && darstellung(aktuell)),
        },
      );
      if (angelegt) ctx.set('Location', `/api/v1/termine/${encodeURIComponent(parameter.terminId)}`);
      terminSenden(ctx, termin, angelegt ? 201 : 200);
    },
  );

  operation(
    router,
    registrierung,
    {
      id: 'terminLesen',
      methode: 'get',
      pfad: '/termine/{terminId}',
      scope: 'termine:schreiben',
      zusammenfassung: 'Termin lesen',
      parameter: TerminIdParameter,
      antworten: { 200: { beschreibung: 'Der Termin', ...mitEtag } },
    },
    async (ctx, { parameter }) => {
      const termin = await terminLesen(app.db, { fachverfahrenId: parameter.terminId });
      if (!termin) throw new FachlicherFehler('nicht_gefunden', 'Diesen Termin gibt es nicht.');
      terminSenden(ctx, termin);
    },
  );

  operation(
    router,
    registrierung,
    {
      id: 'terminAbsagen',
      methode: 'post',
      pfad: '/termine/{terminId}/absagen',
      scope: 'termine:schreiben',
      zusammenfassung: 'Termin absagen: der Kunde wird nicht mehr erinnert; ein zweites Mal ändert nichts',
      parameter: TerminIdParameter,
      antworten: { 200: { beschreibung: 'Abgesagt', ...mitEtag } },
    },
    async (ctx, { parameter }) => {
      await terminAbsagen(app, { fachverfahrenId: parameter.terminId });
      terminSenden(ctx, (await terminLesen(app.db, { fachverfahrenId: parameter.terminId }))!);
    },
  );
}
