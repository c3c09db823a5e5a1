// Banner on Poststelle's start page while scan deliveries are at risk: each open warning, and the way to Zuordnen.
import type { I18n } from '../i18n/index.js';
import { Meldung } from '../components/meldung.js';
import type { ScanWarnung } from '../../services/scan/scan-warnungen.js';
import { Verweis } from '../components/verweis.js';

export function ScanWarnungen({ warnungen, i18n }: { warnungen: ScanWarnung[]; i18n: I18n }) {
  if (warnungen.length === 0) return null;
  const { t, tf } = i18n;
  return (
    <Meldung art="warnung" klasse="scan-warnungen">
      <h2>{t('scan.warnung.titel')}</h2>
      <ul>
        {warnungen.map((w) => (
          <li>
            {tf(`scan.warnung.${w.anlass}`, {
              lieferung: w.lieferungId,
              frist: `${i18n.datum(w.frist)} ${i18n.uhrzeit(w.frist)}`,
            })}
          </li>
        ))}
      </ul>
      <p>
        <Verweis href="/mitarbeiter/zuordnen">{t('scan.warnung.zuordnen')}</Verweis>
      </p>
    </Meldung>
  );
}
