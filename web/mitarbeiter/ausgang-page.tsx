// Outbound letters: send a PDF to a client's or partner's Eingang, and follow each letter's Versandstatus and delivery date.
import { ausgangDokumentartenKunde, ausgangDokumentartenPartner } from '../../domain/katalog.js';
import { LoeschsperreFormular, verfuegbarText } from './loeschung-anzeige.js';
import { FehlerZusammenfassung } from '../components/fehler-zusammenfassung.js';
import { FeldFehler, feldAria } from '../components/feld-fehler.js';
import { TabellenRahmen } from '../components/tabellen-rahmen.js';
import { translator } from '../i18n/index.js';
import type { AusgangZeile } from '../../services/ausgang/ausgangsverwaltung.js';
import { ArbeitsplatzPage, type ArbeitsplatzKontext } from './arbeitsplatz-page.js';
import { Karte } from '../components/karte.js';

/** A stored calendar day (YYYY-MM-DD) as staff read it, e.g. 06.01.2025. */
const kalendertag = (iso: string) => iso.split('-').reverse().join('.');

function Bekanntgabe({ z }: { z: AusgangZeile }) {
  if (!z.bekanntgabeAm && !z.postBekanntgabeAm) return <>–</>;
  return (
    <>
      {z.bekanntgabeAm ? (
        <div class="bekanntgabe">
          {`Bekanntgabe gilt am ${kalendertag(z.bekanntgabeAm)} (online)`}
          <small class="kern-hint">{z.bekanntgabeGrundlage}</small>
        </div>
      ) : null}
      {z.postBekanntgabeAm ? (
        <div class="bekanntgabe">
          {`Bekanntgabe gilt am ${kalendertag(z.postBekanntgabeAm)} (Post)`}
          <small class="kern-hint">{z.postBekanntgabeGrundlage}</small>
        </div>
      ) : null}
    </>
  );
}

const zeit = new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', dateStyle: 'medium', timeStyle: 'short' });
const tag = new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', dateStyle: 'medium' });

interface Props {
  kontext: ArbeitsplatzKontext;
  zeilen: AusgangZeile[];
  partner: Array<{ id: number; name: string }>;
  werte?: Record<string, string>;
  fehler?: Array<{ feld: string; text: string }>;
}

export function AusgangPage({ kontext, zeilen, partner, werte = {}, fehler = [] }: Props) {
  const spalten = [
    'Ausgangsnummer',
    'Empfänger',
    'Name',
    'Dokumentart',
    'Versandstatus',
    'Benachrichtigt',
    'Abgerufen',
    'Zur Post gegeben',
    'Bekanntgabe gilt am',
    'Verfügbar bis',
  ];
  return (
    <ArbeitsplatzPage kontext={kontext} titel="Schreiben senden">
      <FehlerZusammenfassung i18n={translator('de')} fehler={fehler} />
      <Karte
        als="form"
        method="post"
        action="/mitarbeiter/ausgang"
        enctype="multipart/form-data"
        klasse="formular"
        noValidate
      >
        <input type="hidden" name="_csrf" value={kontext.csrf} />
        <label class="kern-label" for="empfaenger">
          Empfänger
        </label>
        <FeldFehler feld="empfaenger" fehler={fehler} />
        <div class="kern-form-input__select-wrapper">
          <select
            id="empfaenger"
            name="empfaenger"
            {...feldAria('kern-form-input__select', 'empfaenger', fehler, 'empfaenger-hinweis')}
          >
            <option value="kunde">Kundin oder Kunde (Eingang im Kundenportal)</option>
            {partner.map((p) => (
              <option value={String(p.id)} selected={werte.empfaenger === String(p.id)}>
                {`Partner: ${p.name}`}
              </option>
            ))}
          </select>
        </div>
        <p id="empfaenger-hinweis" class="kern-hint">
          An einen Partner geht ein Schreiben immer zu einer Kundin oder einem Kunden. Eine Zuweisung ordnet sie oder
          ihn der Organisation zu; erst dann kann der Partner für sie oder ihn senden und weitere Unterlagen erhalten.
        </p>
        <label class="kern-label" for="kundennummer">
          Kundennummer
        </label>
        <FeldFehler feld="kundennummer" fehler={fehler} />
        <input
          id="kundennummer"
          name="kundennummer"
          required
          value={werte.kundennummer ?? ''}
          {...feldAria('kern-form-input__input', 'kundennummer', fehler)}
        />
        <label class="kern-label" for="dokumentart">
          Dokumentart
        </label>
        <FeldFehler feld="dokumentart" fehler={fehler} />
        <input
          id="dokumentart"
          name="dokumentart"
          list="dokumentarten"
          required
          value={werte.dokumentart ?? ''}
          {...feldAria('kern-form-input__input', 'dokumentart', fehler, 'dokumentart-hinweis')}
        />
        <p id="dokumentart-hinweis" class="kern-hint">
          {`An Partner gehen nur: ${ausgangDokumentartenPartner.join(', ')}.`}
        </p>
        <datalist id="dokumentarten">
          {[...ausgangDokumentartenKunde, ...ausgangDokumentartenPartner].map((art) => (
            <option value={art} />
          ))}
        </datalist>
        <label class="kern-label" for="bereich">
          Bereich
        </label>
        <FeldFehler feld="bereich" fehler={fehler} />
        <div class="kern-form-input__select-wrapper">
          <select id="bereich" name="bereich" {...feldAria('kern-form-input__select', 'bereich', fehler)}>
            <option value="leistung" selected={werte.bereich !== 'vermittlung'}>
              Leistung
            </option>
            <option value="vermittlung" selected={werte.bereich === 'vermittlung'}>
              Vermittlung
            </option>
          </select>
        </div>
        <label class="kern-label" for="name">
          Name (wie ihn die Empfängerin sieht)
        </label>
        <FeldFehler feld="name" fehler={fehler} />
        <input
          id="name"
          name="name"
          required
          value={werte.name ?? ''}
          {...feldAria('kern-form-input__input', 'name', fehler)}
        />
        <label class="kern-label" for="info">
          Info
        </label>
        <input class="kern-form-input__input" id="info" name="info" value={werte.info ?? ''} />
        <label class="kern-label" for="datei">
          PDF
        </label>
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
          <span class="kern-label">Schreiben senden</span>
        </button>
      </Karte>
      <h2 class="kern-heading-medium">Zuletzt gesendet</h2>
      <TabellenRahmen label="Zuletzt gesendete Schreiben">
        <table class="kern-table liste">
          <thead>
            <tr class="kern-table__row">
              {spalten.map((s) => (
                <th class="kern-table__header" scope="col">
                  {s}
                </th>
              ))}
            </tr>
          </thead>
          <tbody class="kern-table__body">
            {zeilen.map((z) => {
              const werteZeile = [
                z.ausgangsnummer,
                z.partner ? `${z.partner} (zu ${z.kundennummer ?? '–'})` : (z.kundennummer ?? '–'),
                z.name,
                z.dokumentart,
                z.versandstatus,
                z.benachrichtigtAm ? zeit.format(z.benachrichtigtAm) : '–',
                z.abgerufenAm ? zeit.format(z.abgerufenAm) : '–',
              ];
              const zurPost = z.zurPostAm ? (
                tag.format(z.zurPostAm)
              ) : z.versandstatus === 'postversand' ? (
                <form method="post" action={`/mitarbeiter/ausgang/${z.ausgangsnummer}/zur-post`} class="inline">
                  <input type="hidden" name="_csrf" value={kontext.csrf} />
                  <button class="kern-btn kern-btn--primary" type="submit">
                    <span class="kern-label">Heute zur Post gegeben</span>
                  </button>
                </form>
              ) : (
                '–'
              );
              return (
                <tr class={z.versandstatus === 'postversand' && !z.zurPostAm ? 'ueberfaellig' : undefined}>
                  {werteZeile.map((w, i) => (
                    <td class="kern-table__cell" data-label={spalten[i]}>
                      {w}
                    </td>
                  ))}
                  <td class="kern-table__cell" data-label={spalten[7]}>
                    {zurPost}
                  </td>
                  <td class="kern-table__cell" data-label={spalten[8]}>
                    <Bekanntgabe z={z} />
                  </td>
                  <td class="kern-table__cell" data-label={spalten[9]}>
                    {verfuegbarText(z.verfuegbarkeit, 'Abruf oder Bekanntgabe')}
                    {z.loeschsperreGrund && <small class="kern-hint">{` Grund: ${z.loeschsperreGrund}`}</small>}
                    <LoeschsperreFormular
                      action={`/mitarbeiter/ausgang/${z.ausgangsnummer}/loeschsperre`}
                      csrf={kontext.csrf}
                      gesperrt={z.verfuegbarkeit.gesperrt}
                      id={z.ausgangsnummer}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TabellenRahmen>
    </ArbeitsplatzPage>
  );
}
