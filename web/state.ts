// What the middleware puts on ctx.state, declared once for every route and middleware.
import type { Logger } from '../platform/logger.js';
import type { PortalKontext } from './layout/portal-page.js';
import type { Formular } from './middleware/formular.js';
import type { ArbeitsplatzKontext } from './mitarbeiter/arbeitsplatz-page.js';
import type { Sitzung, SitzungsKunde, SitzungsPartner } from './sitzung/sitzung.js';

declare module 'koa' {
  interface DefaultState {
    /** request-id.ts, on every request. */
    requestId: string;
    log: Logger;
    /** sitzung.ts: the session the cookie names, if any. */
    sitzung: Sitzung | undefined;
    /** formular.ts: the parsed body of every POST (empty for other methods' routes, which never read it). */
    formular: Formular;
    /** The portals' guards (kunde/kontext.ts, partner/kontext.ts): page context of the signed-in person. */
    portal: PortalKontext;
    kunde: SitzungsKunde;
    partner: SitzungsPartner;
    /** The staff guard (mitarbeiter/routes.ts). */
    mitarbeiter: { id: number; team: string };
    arbeitsplatz: ArbeitsplatzKontext;
  }
}
