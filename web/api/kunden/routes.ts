// Kunden: create or update by Kundennummer (PUT, If-Match), read (GET, ETag), deactivate (POST) — the staff page's use cases.
import type Router from '@koa/router';
import type { Context } from 'koa';
import { FachlicherFehler } from '../../../domain/fehler.js';
import { normalisiereKundennummer } from '../../../domain/nummern.js';
import type { AppContext } from '../../../platform/context.js';
import { kundeDeaktivieren } from '../../../services/kunden/kunde-deaktivieren.js';
import { kundeLesen, type Kundenstamm } from '../../../services/kunden/kunde-lesen.js';
import { kundeSpeichern } from '../../../services/kunden/kunde-speichern.js';
import { etag, ifMatchPruefen } from '../etag.js';
import { operation, type Registrierung } from '../operation.js';
import { KundennummerParameter, KundeSchema, KundeSchreibenSchema, type KundeDarstellung } from './schema.js';

function darstellung(kunde: Kundenstamm): KundeDarstellung {
  return { ...kunde, onlineZustellungSeit: kunde.onlineZustellungSeit?.toISOString() ?? null };
}

function kundeSenden(ctx: Context, kunde: Kundenstamm, status = 200): void {
  const body = darstellung(kunde);
  ctx.status = status;
  ctx.set('ETag', etag(body));
  ctx.body = body;
}

const mitEtag = { schema: KundeSchema, kopfzeilen: ['ETag' as const] };

export function kundenRoutes(router: Router, registrierung: Registrierung, app: AppContext): void {
  operation(
    router,
    registrierung,
    {
      id: 'kundeSpeichern',
      methode: 'put',
      pfad: '/kunden/{kundennummer}',
      scope: 'kunden:schreiben',
      zusammenfassung:
        'Kunden anlegen oder ändern (ein neuer Kunde meldet sich erst an, wenn das Jobcenter ihm einen Zugang ausstellt oder er per E-Mail ein Passwort setzt)',
      parameter: KundennummerParameter,
      body: KundeSchreibenSchema,
      ifMatch: true,
      antworten: {
        200: { beschreibung: 'Geändert', ...mitEtag },
        201: { beschreibung: 'Angelegt', schema: KundeSchema, kopfzeilen: ['ETag', 'Location'] },
      },
    },
    async (ctx, { parameter, body }) => {
      const ifMatch = ctx.get('If-Match');
      const { kunde, angelegt } = await kundeSpeichern(
        app.db,
        {
          ...body,
          kundennummer: parameter.kundennummer,
          onlineZustellungSeit: body.onlineZustellungSeit ? new Date(body.onlineZustellungSeit) : null,
          ansprechpartner: body.ansprechpartner ? { subject: body.ansprechpartner } : null,
          leistungssachbearbeiter: body.leistungssachbearbeiter ? { subject: body.leistungssachbearbeiter } : null,
        },
        { vorbedingung: (aktuell) => ifMatchPruefen(ifMatch, aktuell && darstellung(aktuell)) },
      );
      if (angelegt) ctx.set('Location', `/api/v1/kunden/${kunde.kundennummer}`);
      kundeSenden(ctx, kunde, angelegt ? 201 : 200);
    },
  );

  operation(
    router,
    registrierung,
    {
      id: 'kundeLesen',
      methode: 'get',
      pfad: '/kunden/{kundennummer}',
      scope: 'kunden:lesen',
      zusammenfassung: 'Kunden lesen',
      parameter: KundennummerParameter,
      antworten: { 200: { beschreibung: 'Der Kunde', ...mitEtag } },
    },
    async (ctx, { parameter }) => {
      const kunde = await kundeLesen(app.db, normalisiereKundennummer(parameter.kundennummer));
      if (!kunde) throw new FachlicherFehler('nicht_gefunden', 'Diesen Kunden gibt es nicht.');
      kundeSenden(ctx, kunde);
    },
  );

  operation(
    router,
    registrierung,
    {
      id: 'kundeDeaktivieren',
      methode: 'post',
      pfad: '/kunden/{kundennummer}/deaktivieren',
      scope: 'kunden:schreiben',
      zusammenfassung:
        'Kunden deaktivieren: Anmeldungen und offene Passwort-Links enden; ein zweites Mal ändert nichts',
      parameter: KundennummerParameter,
      antworten: { 200: { beschreibung: 'Deaktiviert', ...mitEtag } },
    },
    async (ctx, { parameter }) => {
      await kundeDeaktivieren(app.db, parameter.kundennummer);
      kundeSenden(ctx, (await kundeLesen(app.db, normalisiereKundennummer(parameter.kundennummer)))!);
    },
  );
}
