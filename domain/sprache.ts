// Languages of the client portal and its e-mails; German is the source and the fallback.
export const sprachen = ['de', 'en', 'tr', 'ar', 'ru', 'uk'] as const;
export type Sprache = (typeof sprachen)[number];

export function istSprache(value: unknown): value is Sprache {
  return typeof value === 'string' && (sprachen as readonly string[]).includes(value);
}
