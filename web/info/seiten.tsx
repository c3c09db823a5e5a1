// Content of the footer pages: Impressum, Datenschutz, Leichte Sprache (the accessibility statement has its own file).
import type { Datenklasse, Loeschfristen } from '../../domain/loeschkonzept.js';
import { JobcenterAdresse } from '../components/jobcenter-adresse.js';
import type { MessageKey } from '../i18n/de.js';
import type { I18n } from '../i18n/index.js';

const absaetze = (i18n: I18n, keys: readonly MessageKey[]) => keys.map((key) => <p>{i18n.t(key)}</p>);

export function Impressum({ i18n }: { i18n: I18n }) {
  return (
    <>
      <h2 class="kern-heading-medium">{i18n.t('impressum.herausgeber')}</h2>
      <p>{i18n.t('impressum.text')}</p>
      <h2 class="kern-heading-medium">{i18n.t('impressum.kontakt')}</h2>
      <JobcenterAdresse i18n={i18n} />
      <p>{i18n.t('impressum.aufsicht')}</p>
    </>
  );
}

/** The Löschfristen clients and partners are told about (the development mail sink is none of theirs). */
const genannteFristen: ReadonlyArray<Exclude<Datenklasse, 'mail'>> = [
  'eingang',
  'mitteilung',
  'abgelehnt',
  'brief',
  'sitzung',
  'einmal_link',
  'audit',
  'auskunft',
  'bewerbungsmappe',
  'anmeldeversuch',
  'benachrichtigung',
  'barriere_rueckmeldung',
  'termin',
  'ereignis',
  'geteilt',
];

export function Datenschutz({ i18n, fristen }: { i18n: I18n; fristen: Loeschfristen }) {
  return (
    <>
      {absaetze(i18n, [
        'datenschutz.verantwortlich',
        'datenschutz.zweck',
        'datenschutz.portal',
        'datenschutz.cookies',
        'datenschutz.email',
      ])}
      <h2 class="kern-heading-medium" id="loeschfristen">
        {i18n.t('datenschutz.loeschfristen')}
      </h2>
      <p>{i18n.t('datenschutz.loeschung')}</p>
      <ul>
        {genannteFristen.map((klasse) => (
          <li>{i18n.tf(`datenschutz.loeschung.${klasse}`, { tage: String(fristen[klasse]) })}</li>
        ))}
      </ul>
      {absaetze(i18n, ['datenschutz.loeschung.sperre', 'datenschutz.rechte'])}
    </>
  );
}

export function LeichteSprache({ i18n }: { i18n: I18n }) {
  return (
    <div class="leichte-sprache">
      {absaetze(i18n, ['leicht.1', 'leicht.2', 'leicht.3', 'leicht.4', 'leicht.5', 'leicht.6', 'leicht.7', 'leicht.8'])}
    </div>
  );
}
