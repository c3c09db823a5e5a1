// Formulare for partners (staff): the current list with size and download; Poststelle and Admin upload and remove.
import { ZeilenAktion } from '../components/zeilen-aktion.js';
import { grenzen } from '../../domain/grenzen.js';
import { dateigroesse as groesse } from '../components/dateigroesse.js';
import { FehlerZusammenfassung } from '../components/fehler-zusammenfassung.js';
import { FeldFehler, feldAria } from '../components/feld-fehler.js';
import { Liste, type Spalte } from '../components/liste.js';
import type { Formular } from '../../services/formulare/abfragen.js';
import { translator } from '../i18n/index.js';
import { ArbeitsplatzPage, type ArbeitsplatzKontext } from './arbeitsplatz-page.js';
import { Karte } from '../components/karte.js';
import { Verweis } from '../components/verweis.js';

const datum = new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', dateStyle: 'medium' });

interface Props {
  kontext: ArbeitsplatzKontext;
  zeilen: Formular[];
  darfPflegen: boolean;
  werte?: Record<string, string>;
  fehler?: Array<{ feld: string; text: string }>;
}

export function FormularePflegePage({ kontext, zeilen, darfPflegen, werte = {}, fehler = [] }: Props) {
  const spalten: Array<Spalte<Formular>> = [
    { kopf: 'Titel', zelle: (z) => z.titel },
    { kopf: 'Beschreibung', zelle: (z) => z.beschreibung ?? '' },
    { kopf: 'Stand', zelle: (z) => datum.format(z.angelegtAm) },
    { kopf: 'Größe', zelle: (z) => groesse(z.bytes) },
    {
      kopf: 'Datei',
      zelle: (z) => (
        <Verweis href={`/mitarbeiter/formulare/${z.id}/pdf`}>
          PDF<span class="kern-sr-only">{` ${z.titel}`}</span>
        </Verweis>
      ),
    },
  ];
  if (darfPflegen)
    spalten.push({
      kopf: 'Entfernen',
      zelle: (z) => (
        <ZeilenAktion
          csrf={kontext.csrf}
          action={`/mitarbeiter/formulare/${z.id}/entfernen`}
          text="Entfernen"
          ziel={z.titel}
        />
      ),
    });
  return (
    <ArbeitsplatzPage kontext={kontext} titel="Formulare für Partner">
      <FehlerZusammenfassung i18n={translator('de')} fehler={fehler} />
      {darfPflegen && (
        <Karte
          als="form"
          method="post"
          action="/mitarbeiter/formulare"
          enctype="multipart/form-data"
          klasse="formular"
          noValidate
        >
          <input type="hidden" name="_csrf" value={kontext.csrf} />
          <h2 class="kern-heading-medium">Formular bereitstellen</h2>
          <label class="kern-label" for="titel">
            Titel
          </label>
          <FeldFehler feld="titel" fehler={fehler} />
          <input
            id="titel"
            name="titel"
            required
            maxLength={200}
            value={werte.titel ?? ''}
            {...feldAria('kern-form-input__input', 'titel', fehler)}
          />
          <label class="kern-label" for="beschreibung">
            Beschreibung (freiwillig)
          </label>
          <FeldFehler feld="beschreibung" fehler={fehler} />
          <textarea
            id="beschreibung"
            name="beschreibung"
            maxLength={1000}
            rows={3}
            {...feldAria('kern-form-input__input', 'beschreibung', fehler)}
          >
            {werte.beschreibung ?? ''}
          </textarea>
          <label class="kern-label" for="datei">{`PDF (höchstens ${grenzen.bytesProDatei / 1024 / 1024} MB)`}</label>
          <FeldFehler feld="datei" fehler={fehler} />
          <input
            id="datei"
            name="datei"
            type="file"
            accept="application/pdf"
            required
            {...feldAria('kern-form-input__input', 'datei', fehler)}
          />
          <button class="kern-btn kern-btn--primary" type="submit">
            <span class="kern-label">Formular bereitstellen</span>
          </button>
        </Karte>
      )}
      <h2 class="kern-heading-medium">Aktuelle Formulare</h2>
      <Liste
        label="Formulare für Partner"
        leer="Zurzeit stehen keine Formulare für Partner bereit."
        zeilen={zeilen}
        spalten={spalten}
      />
    </ArbeitsplatzPage>
  );
}
