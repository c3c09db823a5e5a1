// Partner assignments: assign a client to a partner organisation (PUT), read it, end it (POST) — the staff pages' use case.
import type Router from '@koa/router';
import type { Context } from 'koa';
import { FachlicherFehler } from '../../../domain/fehler.js';
import type { AppContext } from '../../../platform/context.js';
import {
  kundeZuordnen,
  zuordnungBeenden,
  zuordnungLesen,
  type Zuordnung,
} from '../../../services/partner/kunden-zuordnung.js';
import { operation, type Registrierung } from '../operation.js';
import { ZuordnungParameter, ZuordnungSchema } from './schema.js';

const PFAD = '/partner/{partnerId}/kunden/{kundennummer}';

function zuordnungSenden(ctx: Context, zuordnung: Zuordnung, status = 200): void {
  ctx.status = status;
  ctx.body = { ...zuordnung, seit: zuordnung.seit.toISOString() };
}

export function partnerZuordnungRoutes(router: Router, registrierung: Registrierung, app: AppContext): void {
  operation(
    router,
    registrierung,
    {
      id: 'kundeZuordnen',
      methode: 'put',
      pfad: PFAD,
      scope: 'kunden:schreiben',
      zusammenfassung:
        'Einen Kunden einer Partnerorganisation zuordnen: sie kann dann für ihn Dokumente senden und Schreiben zu ihm erhalten; ein zweites Mal ändert nichts',
      parameter: ZuordnungParameter,
      antworten: {
        200: { beschreibung: 'War schon zugeordnet', schema: ZuordnungSchema },
        201: { beschreibung: 'Zugeordnet', schema: ZuordnungSchema, kopfzeilen: ['Location'] },
      },
    },
    async (ctx, { parameter }) => {
      const { zuordnung, neu } = await kundeZuordnen(app.db, Number(parameter.partnerId), parameter.kundennummer);
      if (neu) ctx.set('Location', `/api/v1/partner/${zuordnung.partnerId}/kunden/${zuordnung.kundennummer}`);
      zuordnungSenden(ctx, zuordnung, neu ? 201 : 200);
    },
  );

  operation(
    router,
    registrierung,
    {
      id: 'zuordnungLesen',
      methode: 'get',
      pfad: PFAD,
      scope: 'kunden:lesen',
      zusammenfassung: 'Lesen, ob und seit wann ein Kunde einer Partnerorganisation zugeordnet ist',
      parameter: ZuordnungParameter,
      antworten: { 200: { beschreibung: 'Die Zuordnung', schema: ZuordnungSchema } },
    },
    async (ctx, { parameter }) => {
      const zuordnung = await zuordnungLesen(app.db, Number(parameter.partnerId), parameter.kundennummer);
      if (!zuordnung) throw new FachlicherFehler('nicht_gefunden', 'Diese Zuordnung gibt es nicht.');
      zuordnungSenden(ctx, zuordnung);
    },
  );

  operation(
    router,
    registrierung,
    {
      id: 'zuordnungBeenden',
      methode: 'post',
      pfad: `${PFAD}/beenden`,
      scope: 'kunden:schreiben',
      zusammenfassung:
        'Eine Zuordnung beenden (z. B. die Maßnahme ist vorbei): die Organisation kann für den Kunden nichts mehr senden; bereits Gesendetes bleibt',
      parameter: ZuordnungParameter,
      antworten: { 204: { beschreibung: 'Beendet' } },
    },
    async (ctx, { parameter }) => {
      await zuordnungBeenden(app.db, Number(parameter.partnerId), parameter.kundennummer);
      ctx.status = 204;
    },
  );
}
