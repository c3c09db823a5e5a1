// German source catalogue; every other language must provide exactly these keys.
export const de = {
  'app.titel': 'Jobcenter-Portal',
  'app.sprunglink': 'Zum Inhalt springen',
  'login.willkommen': 'Willkommen im Portal!',
  'login.einleitung': 'Melden Sie sich mit Ihrer Kundennummer und Ihrem Passwort an. Die Kundennummer finden Sie im Schreiben, mit dem Sie Ihren Zugang erhalten haben.',
  'login.kundennummer': 'Kundennummer',
  'login.kundennummer.hinweis': 'zum Beispiel 123A456789',
  'login.passwort': 'Passwort',
  'login.einloggen': 'Einloggen',
  'login.passwort_vergessen': 'Passwort vergessen',
  'fehler.titel': 'Es ist ein Fehler aufgetreten',
  'fehler.nicht_angemeldet': 'Bitte melden Sie sich an.',
  'fehler.nicht_berechtigt': 'Sie dürfen diese Seite nicht aufrufen.',
  'fehler.nicht_gefunden': 'Diese Seite gibt es nicht.',
  'fehler.ungueltige_eingabe': 'Bitte prüfen Sie Ihre Eingaben.',
  'fehler.zu_viele_versuche': 'Zu viele Versuche. Bitte warten Sie einige Minuten.',
  'fehler.konflikt': 'Der Vorgang wurde inzwischen geändert. Bitte laden Sie die Seite neu.',
  'fehler.intern': 'Das hat leider nicht geklappt. Bitte versuchen Sie es später noch einmal.',
  'fusszeile.impressum': 'Impressum',
  'fusszeile.datenschutz': 'Datenschutz',
  'fusszeile.barrierefreiheit': 'Barrierefreiheit',
  'fusszeile.leichte_sprache': 'Leichte Sprache',
} as const;

export type MessageKey = keyof typeof de;
export type Messages = Record<MessageKey, string>;
