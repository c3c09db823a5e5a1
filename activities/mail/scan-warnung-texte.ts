// Mail to the Poststelle team about a scan delivery at risk (staff notice: German; counts only, no social data).
import type { LieferungStand, Warnanlass } from '../../domain/scan-lieferung.js';
import type { Mailtext } from './einmal-senden.js';

export function scanWarnung(daten: {
  lieferungId: string;
  anlass: Warnanlass;
  frist: string;
  stand: LieferungStand;
  uebersichtUrl: string;
}): Mailtext {
  const frist = new Date(daten.frist).toLocaleString('de-DE', {
    timeZone: 'Europe/Berlin',
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  const offen = Math.max(daten.stand.erwartet, daten.stand.angenommen) - daten.stand.fertig;
  const grund =
    daten.anlass === 'frist_gefaehrdet'
      ? `Bei der jetzigen Geschwindigkeit sind nicht alle Dokumente bis ${frist} Uhr in der E-Akte (noch offen: ${offen}).`
      : 'Dokumente dieser Lieferung warten schon lange auf die Zuordnung durch die Poststelle.';
  return {
    betreff:
      daten.anlass === 'frist_gefaehrdet'
        ? `Scan-Lieferung ${daten.lieferungId}: Frist gefährdet`
        : `Scan-Lieferung ${daten.lieferungId}: Zuordnung wartet`,
    text: [grund, '', `Übersicht: ${daten.uebersichtUrl}`].join('\n'),
  };
}
