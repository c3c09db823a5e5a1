// Which catalogue message explains each client Dokumentart in the upload form; the names stay German, the help is in the reader's language.
import type { kundenDokumentarten } from '../../domain/katalog.js';
import type { MessageKey } from '../i18n/de.js';

export const dokumentartHilfe: Readonly<Record<string, MessageKey>> = {
  'Arbeitsunfähigkeitsbescheinigung (Krankmeldung)': 'senden.hilfe.arbeitsunfaehigkeitsbescheinigung',
  Arbeitsvertrag: 'senden.hilfe.arbeitsvertrag',
  Kontoauszüge: 'senden.hilfe.kontoauszuege',
  Kündigung: 'senden.hilfe.kuendigung',
  Lebenslauf: 'senden.hilfe.lebenslauf',
  Lohnabrechnung: 'senden.hilfe.lohnabrechnung',
  Nebenkostenabrechnung: 'senden.hilfe.nebenkostenabrechnung',
  Sonstiges: 'senden.hilfe.sonstiges',
  'Sonstiges - Leistung': 'senden.hilfe.sonstiges_leistung',
  'Sonstiges - Vermittlung': 'senden.hilfe.sonstiges_vermittlung',
  Weiterbewilligungsantrag: 'senden.hilfe.weiterbewilligungsantrag',
} satisfies Record<(typeof kundenDokumentarten)[number]['name'], MessageKey>;
