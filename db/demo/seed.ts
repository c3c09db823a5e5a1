// Demo data for an empty database: Paula Portal and household, a partner, staff, appointments, letters.
import { renderBrief } from '../../platform/pdf/brief-rendern.js';
import { bekanntgabe } from '../../domain/bekanntgabe.js';
import { jobcenter } from '../../domain/jobcenter.js';
import { neueNummer } from '../../domain/nummern.js';
import { berlinDatum, berlinZeit } from '../../domain/zeit.js';
import type { BlobStore } from '../../platform/blob-store.js';
import { hashPasswort } from '../../platform/passwort.js';
import type { Db } from '../knex.js';
import { demoLogins, demoMitarbeiter } from './logins.js';

const TAG = 24 * 60 * 60 * 1000;

/** Berlin wall-clock time `tage` days from now at hh:mm. */
function termin(jetzt: Date, tage: number, stunde: number, minute = 0): Date {
  const { jahr, monat, tag } = berlinDatum(new Date(jetzt.getTime() + tage * TAG));
  return berlinZeit(jahr, monat, tag, stunde, minute);
}

export async function seedDemoData(db: Db, blobs: BlobStore, jetzt = new Date()): Promise<boolean> {
  const [{ count }] = (await db('kunden').count({ count: '*' })) as [{ count: string }];
  if (Number(count) > 0) return false;

  const kundenHash = await hashPasswort(demoLogins.kunde.passwort);
  const partnerHash = await hashPasswort(demoLogins.partnerAdmin.passwort);
  const briefe = await Promise.all(
    [
      {
        betreff: 'Bewilligungsbescheid Bürgergeld',
        dokumentart: 'Bescheid',
        bereich: 'leistung',
        text: 'Sehr geehrte Frau Portal,\n\nIhrem Weiterbewilligungsantrag wird entsprochen. Die Berechnung finden Sie in der Anlage.\n\nMit freundlichen Grüßen\nIhr Jobcenter',
      },
      {
        betreff: 'Einladung zum Gespräch',
        dokumentart: 'Einladung',
        bereich: 'vermittlung',
        text: 'Sehr geehrte Frau Portal,\n\nbitte kommen Sie zu einem Gespräch über Ihre berufliche Situation. Den Termin finden Sie im Portal unter Termine.\n\nMit freundlichen Grüßen\nIhr Jobcenter',
      },
    ].map(async (brief, index) => {
      const pdf = await renderBrief({
        absender: [jobcenter.name, jobcenter.strasse, jobcenter.plzOrt],
        empfaenger: ['Frau', 'Paula Portal', 'Musterweg 5', '12345 Musterstadt'],
        datum: new Date(jetzt.getTime() - (index + 2) * TAG),
        betreff: brief.betreff,
        text: brief.text,
      });
      return { ...brief, ref: await blobs.put(pdf, 'ausgang'), datum: new Date(jetzt.getTime() - (index + 2) * TAG) };
    }),
  );

  // A referral to the demo partner (it assigns Paula to the organisation) and a form the jobcenter provides for partners.
  const zuweisungPdf = await blobs.put(
    await renderBrief({
      absender: [jobcenter.name, jobcenter.strasse, jobcenter.plzOrt],
      empfaenger: ['Bildungswerk Musterstadt gGmbH', 'Werkstraße 3', '12345 Musterstadt'],
      datum: new Date(jetzt.getTime() - TAG),
      betreff: `Zuweisung zur Maßnahme „Bewerbungstraining“ – ${demoLogins.kunde.name}, Kundennummer ${demoLogins.kunde.kundennummer}`,
      text: 'Sehr geehrte Damen und Herren,\n\nwir weisen Ihnen Frau Paula Portal (BG-Nummer 10001BG0000001) für die Maßnahme „Bewerbungstraining“ ab dem 1. des kommenden Monats zu. Bitte bestätigen Sie den Beginn über das Partnerportal.\n\nMit freundlichen Grüßen\nIhr Jobcenter',
    }),
    'ausgang',
  );
  const formularPdf = await blobs.put(
    await renderBrief({
      absender: [jobcenter.name, jobcenter.strasse, jobcenter.plzOrt],
      empfaenger: ['An den Träger der Maßnahme'],
      datum: jetzt,
      betreff: 'Teilnahmebestätigung',
      text: 'Name der Teilnehmerin / des Teilnehmers: ____________________\nKundennummer: ____________________\nMaßnahme: ____________________\nBeginn: ______________   Ende: ______________\n\nOrt, Datum, Unterschrift des Trägers: ____________________',
    }),
    'formular',
  );

  await db.transaction(async (trx) => {
    const staff = await trx('mitarbeiter').insert(demoMitarbeiter).returning(['id', 'team']);
    const idOf = (team: string) => staff.find((s) => s.team === team)!.id as number;
    const kunde = (nummer: string, vorname: string, nachname: string, bg: string, email: string) => ({
      kundennummer: nummer,
      bg_nummer: bg,
      vorname,
      nachname,
      strasse: 'Musterweg 5',
      plz: '12345',
      ort: 'Musterstadt',
      email,
      telefon: '0170 0000000',
      passwort_hash: kundenHash,
      passwort_aendern: true,
      online_zustellung_seit: jetzt,
      ansprechpartner_id: idOf('vermittlung'),
      leistungssachbearbeiter_id: idOf('leistung'),
    });
    const [paula, max] = await trx('kunden')
      .insert([
        kunde(demoLogins.kunde.kundennummer, 'Paula', 'Portal', '10001BG0000001', 'paula.portal@example.org'),
        {
          ...kunde(
            demoLogins.zweiterKunde.kundennummer,
            'Max',
            'Mustermann',
            '10001BG0000002',
            'max.mustermann@example.org',
          ),
          strasse: 'Lindenallee 12',
        },
        kunde(demoLogins.haushalt.kundennummer, 'Pia', 'Portal', '10001BG0000001', 'pia.portal@example.org'),
      ])
      .returning('id');

    const [partner] = await trx('partner')
      .insert({
        name: 'Bildungswerk Musterstadt gGmbH',
        strasse: 'Werkstraße 3',
        plz: '12345',
        ort: 'Musterstadt',
        email: 'info@bildungswerk.example',
        telefon: '0123 98765',
      })
      .returning('id');
    await trx('partner_benutzer').insert({
      partner_id: partner.id,
      email: demoLogins.partnerAdmin.email,
      vorname: 'Anna',
      nachname: 'Admin',
      ist_admin: true,
      passwort_hash: partnerHash,
    });
    await trx('partner_kunden').insert({ partner_id: partner.id, kunde_id: paula.id });
    await trx('ausgangsdokumente').insert({
      ausgangsnummer: neueNummer('A', jetzt),
      partner_id: partner.id,
      betrifft_kunde_id: paula.id,
      dokumentart: 'Zuweisung',
      bereich: 'vermittlung',
      name: 'Zuweisung Bewerbungstraining',
      blob_key: zuweisungPdf.key,
      sha256: zuweisungPdf.sha256,
      bytes: zuweisungPdf.bytes,
      versandstatus: 'benachrichtigt',
      bereitgestellt_am: new Date(jetzt.getTime() - TAG),
      benachrichtigt_am: new Date(jetzt.getTime() - TAG),
      erstellt_von: idOf('vermittlung'),
    });
    await trx('formulare').insert({
      titel: 'Teilnahmebestätigung',
      beschreibung: 'Bestätigung des Maßnahmebeginns; bitte unterschrieben über „Dokument senden“ zurückschicken.',
      blob_key: formularPdf.key,
      sha256: formularPdf.sha256,
      bytes: formularPdf.bytes,
      angelegt_von: idOf('poststelle'),
    });

    const vermittlung = idOf('vermittlung');
    await trx('termine').insert([
      {
        kunde_id: paula.id,
        mitarbeiter_id: vermittlung,
        beginn: termin(jetzt, 3, 9, 30),
        raum: 'B 3.05',
        telefon: '0123 4567-305',
        mitteilung_1: 'Bitte bringen Sie Ihren Lebenslauf mit.',
        mitteilung_2: null,
      },
      {
        kunde_id: paula.id,
        mitarbeiter_id: idOf('leistung'),
        beginn: termin(jetzt, 10, 11),
        raum: 'A 2.10',
        telefon: '0123 4567-210',
        mitteilung_1: 'Besprechung Ihres Weiterbewilligungsantrags.',
        mitteilung_2: 'Bitte Kontoauszüge der letzten drei Monate mitbringen.',
      },
      {
        kunde_id: paula.id,
        mitarbeiter_id: vermittlung,
        beginn: termin(jetzt, -14, 10),
        raum: 'B 3.05',
        telefon: '0123 4567-305',
        mitteilung_1: 'Erstgespräch',
        status: 'stattgefunden',
      },
      {
        kunde_id: max.id,
        mitarbeiter_id: vermittlung,
        beginn: termin(jetzt, 5, 14),
        raum: 'B 3.05',
        telefon: '0123 4567-305',
        mitteilung_1: 'Beratungsgespräch',
      },
    ]);

    await trx('neuigkeiten').insert([
      {
        titel: 'Dokumente per Foto senden',
        text: 'Sie können Unterlagen jetzt direkt mit dem Handy fotografieren und im Portal hochladen. Mehrere Seiten werden zu einem Dokument zusammengefügt.',
        sichtbar_ab: jetzt,
      },
      {
        titel: 'Geänderte Öffnungszeiten zwischen den Feiertagen',
        text: 'Vom 27. bis 30. Dezember ist das Jobcenter nur vormittags geöffnet.',
        sichtbar_ab: jetzt,
      },
    ]);

    await trx('ausgangsdokumente').insert(
      briefe.map((brief) => ({
        ausgangsnummer: neueNummer('A', jetzt),
        kunde_id: paula.id,
        dokumentart: brief.dokumentart,
        bereich: brief.bereich,
        name: brief.betreff,
        info: null,
        blob_key: brief.ref.key,
        sha256: brief.ref.sha256,
        bytes: brief.ref.bytes,
        versandstatus: 'benachrichtigt',
        bereitgestellt_am: brief.datum,
        benachrichtigt_am: brief.datum,
        bekanntgabe_am: bekanntgabe('abruf', brief.datum).am,
        bekanntgabe_grundlage: bekanntgabe('abruf', brief.datum).grundlage,
      })),
    );
  });
  return true;
}
