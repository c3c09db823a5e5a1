// "verfügbar bis <Datum>" of a row in a client's or partner's list, as text (pages and exports alike).
import type { Verfuegbarkeit } from '../../domain/loeschkonzept.js';
import type { I18n } from '../i18n/index.js';

export function verfuegbarkeitText(i18n: I18n, v: Verfuegbarkeit, wartetAuf: 'erledigung' | 'abruf'): string {
  if (v.gesperrt) return i18n.t('loeschung.gesperrt');
  if (v.bis) return i18n.tf('loeschung.verfuegbar_bis', { datum: i18n.datum(v.bis) });
  return i18n.tf(wartetAuf === 'abruf' ? 'loeschung.nach_abruf' : 'loeschung.nach_erledigung', {
    tage: String(v.tage),
  });
}
