// The two steps of booking an appointment, shared by the client's and the public page: choose an Anliegen, then a slot.
import type { BuchungsAuswahl } from '../../services/termine/buchungs-auswahl.js';
import type { I18n } from '../i18n/index.js';
import { AnliegenAuswahl } from './anliegen-auswahl.js';
import type { FeldFehlerEintrag } from './feld-fehler.js';
import { TerminBuchenFormular } from './termin-buchen-formular.js';
import { Karte } from './karte.js';

export function BuchungsSchritte({
  i18n,
  csrf,
  pfad,
  auswahl,
  gast,
  fehler,
}: {
  i18n: I18n;
  csrf: string;
  /** The page's own path: the Anliegen links and the booking form point at it. */
  pfad: string;
  auswahl: BuchungsAuswahl;
  /** Guests also give their name and e-mail address. */
  gast?: { name: string; email: string };
  fehler: FeldFehlerEintrag[];
}) {
  return (
    <>
      <Karte>
        <AnliegenAuswahl i18n={i18n} basis={pfad} anliegen={auswahl.anliegen} gewaehlt={auswahl.gewaehlt?.id} />
      </Karte>
      {auswahl.gewaehlt && (
        <TerminBuchenFormular
          i18n={i18n}
          csrf={csrf}
          aktion={pfad}
          anliegen={auswahl.gewaehlt}
          slots={auswahl.slots}
          gast={gast}
          fehler={fehler}
        />
      )}
    </>
  );
}
