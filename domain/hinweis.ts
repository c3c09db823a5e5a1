// What the sender is told about an accepted document that was not filed exactly as sent: codes they see in their language.
export const eingangshinweise = ['animation_erstes_bild'] as const;
export type Eingangshinweis = (typeof eingangshinweise)[number];
