// Eingang: incoming documents as a change feed with cursor paging, one with its status trail, and its filed PDF (audited like a staff download).
import type Router from '@koa/router';
import { z } from 'zod/v4';
import { FachlicherFehler } from '../../../domain/fehler.js';
import { normalisiereKundennummer } from '../../../domain/nummern.js';
import { dokumentstatus } from '../../../domain/status.js';
import type { AppContext } from '../../../platform/context.js';
import {
  eingaengeAbfragen,
  eingangLesen,
  type Eingang,
  type EingangFilter,
} from '../../../services/eingang/eingaenge-abfragen.js';
import { eingangsPdfHerunterladen } from '../../../services/eingang/pdf-herunterladen.js';
import { pdfSenden } from '../../components/download.js';
import { cursorDekodieren, cursorKodieren } from '../cursor.js';
import { operation, type Registrierung } from '../operation.js';
import {
  EingaengeAbfrage,
  EingangListeSchema,
  EingangMitVerlaufSchema,
  EingangsnummerParameter,
  type EingangDarstellung,
} from './schema.js';

const STANDARD_LIMIT = 50;

/** What a cursor carries: the position after the last row given (absent before the first), and the listing's filters. */
const CursorSchema = z.object({
  position: z.object({ aenderung: z.string().regex(/^\d{1,20}$/), eingangsnummer: z.string().max(40) }).optional(),
  filter: z.object({
    kundennummer: z.string().optional(),
    status: z.enum(dokumentstatus).optional(),
    geaendertSeit: z.iso.datetime({ offset: true }).optional(),
  }),
});
type Cursor = z.output<typeof CursorSchema>;

function darstellung(e: Eingang): EingangDarstellung {
  return {
    ...e,
    eingegangenAm: e.eingegangenAm.toISOString(),
    abgelegtAm: e.abgelegtAm?.toISOString() ?? null,
    erledigtAm: e.erledigtAm?.toISOString() ?? null,
    geaendertAm: e.geaendertAm.toISOString(),
  };
}

/** The listing's filters and position: from the cursor when one is given (filters beside it must be the same), else from the query. */
function fortsetzung(abfrage: z.output<typeof EingaengeAbfrage>): Cursor {
  const filter = {
    ...(abfrage.kundennummer ? { kundennummer: normalisiereKundennummer(abfrage.kundennummer) } : {}),
    ...(abfrage.status ? { status: abfrage.status } : {}),
    ...(abfrage.geaendertSeit ? { geaendertSeit: new Date(abfrage.geaendertSeit).toISOString() } : {}),
  };
  if (!abfrage.cursor) return { filter };
  const cursor = cursorDekodieren(CursorSchema, abfrage.cursor);
  for (const [name, wert] of Object.entries(filter))
    if (cursor.filter[name as keyof typeof filter] !== wert)
      throw new FachlicherFehler('ungueltige_eingabe', 'Der Cursor gehört zu einer Liste mit anderen Filtern.', {
        [name]: 'passt_nicht_zum_cursor',
      });
  return cursor;
}

export function eingangRoutes(router: Router, registrierung: Registrierung, app: AppContext): void {
  operation(
    router,
    registrierung,
    {
      id: 'eingaengeListen',
      methode: 'get',
      pfad: '/eingaenge',
      scope: 'eingang:lesen',
      zusammenfassung:
        'Eingänge nach ihrer letzten Änderung auflisten (älteste zuerst), gefiltert nach Kundennummer, Status und Änderungszeit; mit naechster lückenlos fortsetzen',
      parameter: z.object({}),
      abfrage: EingaengeAbfrage,
      antworten: { 200: { beschreibung: 'Eine Seite Eingänge', schema: EingangListeSchema } },
    },
    async (ctx, { abfrage }) => {
      const { position, filter } = fortsetzung(abfrage);
      const limit = abfrage.limit ? Number(abfrage.limit) : STANDARD_LIMIT;
      const suche: EingangFilter = {
        ...filter,
        geaendertSeit: filter.geaendertSeit ? new Date(filter.geaendertSeit) : undefined,
      };
      const { eingaenge, letzte } = await eingaengeAbfragen(app.db, suche, position, limit);
      ctx.body = {
        eintraege: eingaenge.map(darstellung),
        naechster: cursorKodieren({ position: letzte ?? position, filter } satisfies Cursor),
        weitere: eingaenge.length === limit,
      };
    },
  );

  operation(
    router,
    registrierung,
    {
      id: 'eingangLesen',
      methode: 'get',
      pfad: '/eingaenge/{eingangsnummer}',
      scope: 'eingang:lesen',
      zusammenfassung: 'Einen Eingang mit seinem Statusverlauf lesen',
      parameter: EingangsnummerParameter,
      antworten: { 200: { beschreibung: 'Der Eingang', schema: EingangMitVerlaufSchema } },
    },
    async (ctx, { parameter }) => {
      const eingang = await eingangLesen(app.db, parameter.eingangsnummer);
      if (!eingang) throw new FachlicherFehler('nicht_gefunden', 'Diesen Eingang gibt es nicht.');
      ctx.body = {
        ...darstellung(eingang),
        verlauf: eingang.verlauf.map((s) => ({ ...s, zeit: s.zeit.toISOString() })),
      };
    },
  );

  operation(
    router,
    registrierung,
    {
      id: 'eingangPdfHerunterladen',
      methode: 'get',
      pfad: '/eingaenge/{eingangsnummer}/pdf',
      scope: 'eingang:lesen',
      zusammenfassung:
        'Das abgelegte PDF eines Eingangs herunterladen (wird wie ein Download durch Mitarbeitende im Audit-Log vermerkt)',
      parameter: EingangsnummerParameter,
      antworten: {
        200: { beschreibung: 'Das PDF', medientyp: 'application/pdf', kopfzeilen: ['Content-Disposition'] },
      },
    },
    async (ctx, { parameter }) => {
      const { stream, dateiname } = await eingangsPdfHerunterladen(
        app,
        { apiClient: ctx.state.apiClient.clientId },
        parameter.eingangsnummer,
        ctx.state.requestId,
      );
      pdfSenden(ctx, stream, dateiname);
    },
  );
}
