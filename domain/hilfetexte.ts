// The info text beside each Dokumentart in the client's upload form.
export const hilfetexte: Record<string, string> = {
  'Arbeitsunfähigkeitsbescheinigung (Krankmeldung)': 'Die Bescheinigung Ihrer Ärztin oder Ihres Arztes, dass Sie krank sind.',
  Arbeitsvertrag: 'Ihr neuer oder geänderter Arbeitsvertrag, alle Seiten.',
  Kontoauszüge: 'Auszüge Ihres Girokontos, meist der letzten drei Monate.',
  Kündigung: 'Eine Kündigung Ihres Arbeitsverhältnisses oder Ihrer Wohnung.',
  Lebenslauf: 'Ihr aktueller Lebenslauf für Bewerbungen.',
  Lohnabrechnung: 'Die Gehalts- oder Lohnabrechnung eines Monats.',
  Nebenkostenabrechnung: 'Die jährliche Abrechnung der Neben- oder Heizkosten Ihrer Wohnung.',
  Sonstiges: 'Alles andere, wenn Sie nicht wissen, wer zuständig ist. Die Poststelle leitet es weiter.',
  'Sonstiges - Leistung': 'Andere Unterlagen zu Geldleistungen (z. B. Miete, Einkommen).',
  'Sonstiges - Vermittlung': 'Andere Unterlagen zu Arbeit und Ausbildung (z. B. Bewerbungen, Zeugnisse).',
  Weiterbewilligungsantrag: 'Ihr Antrag auf Weiterbewilligung des Bürgergelds.',
};
