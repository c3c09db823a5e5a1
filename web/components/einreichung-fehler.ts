// Message keys for what a document or Mitteilung submission is refused for; tsc checks every key against the catalogue.
import {
  istDateiProblem,
  type DokumentProblem,
  type EmpfaengerProblem,
  type MitteilungProblem,
} from '../../services/eingang/einreichen.js';
import type { MessageKey } from '../i18n/de.js';

/** The partner form's client fields (a signed-in client does not type in their own Kundennummer). */
const empfaengerFelder: Record<string, Partial<Record<EmpfaengerProblem, MessageKey>>> = {
  kundennummer: { nicht_zugeordnet: 'partner.fehler.nicht_zugeordnet', fehlt: 'partner.fehler.kundennummer' },
  bg_nummer: { passt_nicht: 'partner.fehler.bg_nummer' },
  kundenname: { passt_nicht: 'partner.fehler.kundenname' },
  kunde_berechtigt: { fehlt: 'partner.fehler.kunde_berechtigt' },
};

const empfaengerFehler = (feld: string, code: EmpfaengerProblem): MessageKey =>
  empfaengerFelder[feld]?.[code] ?? 'fehler.ungueltige_eingabe';

export function dokumentFehler(feld: string, code: DokumentProblem): MessageKey {
  if (feld === 'dokumentart') return 'senden.fehler.dokumentart';
  return istDateiProblem(code) ? `senden.fehler.${code}` : empfaengerFehler(feld, code);
}

const mitteilungFelder: Record<string, MessageKey> = {
  bereich: 'mitteilung.fehler.bereich',
  betreff: 'mitteilung.fehler.betreff',
  notiz: 'mitteilung.fehler.notiz',
};

export function mitteilungFehler(feld: string, code: MitteilungProblem): MessageKey {
  if (code === 'zu_lang') return 'mitteilung.fehler.zu_lang';
  return mitteilungFelder[feld] ?? empfaengerFehler(feld, code);
}
