import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { demoLogins } from '../../../db/demo/logins.js';
import { neueNummer } from '../../../domain/nummern.js';
import { berlinZeit } from '../../../domain/zeit.js';
import { uebersichtLaden } from '../../../services/bearbeitung/uebersicht.js';
import { arbeitsplatzStarten } from '../../support/arbeitsplatz.js';
import type { TestContext } from '../../support/context.js';
import type { RunningApp } from '../../support/http.js';
import { mitarbeiterAnmelden } from '../../support/oidc-anmeldung.js';

describe('dashboard: open documents per team and status, today per Kanal, overdue, upload-to-filed times', () => {
  let t: TestContext;
  let app: RunningApp;
  let stoppen: () => Promise<void>;
  // A fixed Wednesday noon (Berlin): "today" and "last 24 hours" must not depend on when the suite runs.
  const jetzt = berlinZeit(2026, 11, 18, 12, 0);

  before(async () => {
    ({ t, app, stoppen } = await arbeitsplatzStarten({ workers: false }));
    const paula = await t.ctx.db('kunden').where({ kundennummer: demoLogins.kunde.kundennummer }).first('id');
    const doc = (felder: Record<string, unknown>, abgelegtNachSekunden?: number) => {
      const zeit = (felder.eingegangen_am as Date | undefined) ?? new Date(jetzt.getTime() - 60_000);
      const eingangsnummer = neueNummer('E', zeit);
      return {
        row: {
          eingangsnummer,
          art: 'dokument',
          kanal: 'kunde',
          kunde_id: paula.id,
          dokumentart: 'Sonstiges',
          status: 'weitergeleitet',
          teams: ['leistung'],
          eingegangen_am: zeit,
          aktualisiert_am: zeit,
          ...felder,
        },
        ablage:
          abgelegtNachSekunden === undefined
            ? undefined
            : {
                eingangsnummer,
                referenz: `DMS-${eingangsnummer}`,
                sha256: 'x',
                abgelegt_am: new Date(zeit.getTime() + abgelegtNachSekunden * 1000),
              },
      };
    };
    const docs = [
      doc({}, 2),
      doc({ kanal: 'scan' }, 4),
      doc({ kanal: 'scan', teams: ['poststelle'], status: 'in_bearbeitung' }, 10),
      doc({ status: 'erledigt' }),
      doc({ eingegangen_am: new Date(jetzt.getTime() - 10 * 86_400_000) }),
    ];
    await t.ctx.db('eingangsdokumente').insert(docs.map((d) => d.row));
    await t.ctx.db('dms_ablagen').insert(docs.flatMap((d) => (d.ablage ? [d.ablage] : [])));
  });
  after(() => stoppen());

  it('counts open documents per team and status, leaving finished ones out', async () => {
    const daten = await uebersichtLaden(t.ctx.db, jetzt);
    assert.deepEqual(daten.proTeamUndStatus, [
      { team: 'leistung', status: 'weitergeleitet', anzahl: 3 },
      { team: 'poststelle', status: 'in_bearbeitung', anzahl: 1 },
    ]);
  });

  it('counts today\u2019s intake per Kanal, the overdue documents per team and the filing times', async () => {
    const daten = await uebersichtLaden(t.ctx.db, jetzt);
    assert.deepEqual(daten.heuteProKanal, [
      { kanal: 'kunde', anzahl: 2 },
      { kanal: 'scan', anzahl: 2 },
    ]);
    assert.deepEqual(daten.ueberfaellig, [{ team: 'leistung', anzahl: 1 }]);
    assert.deepEqual(daten.ablage24h, { anzahl: 3, p50Sekunden: 4, p95Sekunden: 9.4 });
  });

  it('shows the dashboard to a signed-in staff member', async () => {
    const { portal } = await mitarbeiterAnmelden(app.url, 'demo-leistung');
    const { status, html } = await portal.holen('/mitarbeiter/uebersicht');
    assert.equal(status, 200);
    assert.match(html, /Offene Dokumente nach Team und Status/);
    assert.match(html, /Vom Hochladen bis zur Ablage \(letzte 24 Stunden\)/);
  });
});
