import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { render } from 'preact-render-to-string';
import type { Dokumentstatus } from '../../../domain/status.js';
import { sprachen, translator } from '../../../web/i18n/index.js';
import { StatusVerlauf } from '../../../web/kunde/status-verlauf.js';

const trail = (status: Dokumentstatus) =>
  render(
    StatusVerlauf({
      i18n: translator('de'),
      daten: {
        eingangsnummer: 'E26-AAAA-BBBB',
        status,
        ablehnungsgrund: status === 'abgelehnt' ? 'beschaedigt' : null,
      },
      basis: '/kunde/gesendet',
    }),
  );

describe('status trail polling', () => {
  it('asks every 3 seconds while the platform still prepares and files the document', () => {
    for (const status of ['eingegangen', 'aufbereitet', 'wartet_auf_ablage', 'abgelegt'] as const) {
      assert.match(trail(status), /hx-get="\/kunde\/gesendet\/E26-AAAA-BBBB\/status" hx-trigger="every 3s"/, status);
    }
  });

  it('asks once a minute while the team works on it, since people take hours or days', () => {
    for (const status of ['weitergeleitet', 'in_bearbeitung'] as const)
      assert.match(trail(status), /hx-trigger="every 60s"/, status);
  });

  it('stops asking once the document is done or refused', () => {
    for (const status of ['erledigt', 'abgelehnt'] as const)
      assert.doesNotMatch(trail(status), /hx-(get|trigger)/, status);
  });
});

describe('status trail notices', () => {
  it('tells the sender in their language when only the first picture of an animation was filed, while the trail goes on', () => {
    const deutsch = translator('de').t('hinweis.animation_erstes_bild');
    for (const sprache of sprachen) {
      const { t } = translator(sprache);
      const html = render(
        StatusVerlauf({
          i18n: translator(sprache),
          daten: {
            eingangsnummer: 'E26-AAAA-BBBB',
            status: 'abgelegt',
            ablehnungsgrund: null,
            hinweise: ['animation_erstes_bild'],
          },
          basis: '/kunde/gesendet',
        }),
      );
      assert.ok(html.includes(t('hinweis.animation_erstes_bild')), sprache);
      if (sprache !== 'de') assert.ok(!html.includes(deutsch), sprache);
      assert.match(html, /hx-trigger="every 3s"/);
    }
  });
});
