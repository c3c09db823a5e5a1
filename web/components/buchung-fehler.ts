// Booking failures as field errors in the visitor's language (taken slot, missing slot, guest fields).
import { FachlicherFehler } from '../../domain/fehler.js';
import type { I18n } from '../i18n/index.js';
import type { FeldFehlerEintrag } from './feld-fehler.js';

/** Rethrows what is no business failure of the form. */
export function buchungFehler(error: unknown, i18n: I18n): FeldFehlerEintrag[] {
  if (!(error instanceof FachlicherFehler)) throw error;
  const { t } = i18n;
  if (error.typ === 'konflikt') return [{ feld: 'slot', text: t('buchen.vergeben') }];
  if (error.typ === 'nicht_gefunden') return [{ feld: 'slot', text: t('buchen.slot_waehlen') }];
  if (error.typ !== 'ungueltige_eingabe') throw error;
  const texte: Record<string, string> = {
    slot: t('buchen.slot_waehlen'),
    name: t('buchen.name_fehlt'),
    email: t('buchen.email_ungueltig'),
  };
  return Object.keys(error.felder)
    .filter((feld) => texte[feld])
    .map((feld) => ({ feld, text: texte[feld]! }));
}

/** 409 for a slot someone else just took, otherwise 400. */
export const buchungStatus = (error: unknown): 400 | 409 =>
  error instanceof FachlicherFehler && error.typ === 'konflikt' ? 409 : 400;
