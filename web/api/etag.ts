// Strong ETags over a resource's JSON representation, and the If-Match check of an update (RFC 9110 §13.1.1).
import { createHash } from 'node:crypto';
import { FachlicherFehler } from '../../domain/fehler.js';

export function etag(darstellung: unknown): string {
  return `"${createHash('sha256').update(JSON.stringify(darstellung)).digest('base64url').slice(0, 27)}"`;
}

/** Refuses (412) unless If-Match is absent, or `*` with the resource present, or lists its current ETag (weak tags never match). */
export function ifMatchPruefen(ifMatch: string, aktuell: unknown | undefined): void {
  if (!ifMatch) return;
  const tags = ifMatch.split(',').map((tag) => tag.trim());
  if (aktuell !== undefined && (tags.includes('*') || tags.includes(etag(aktuell)))) return;
  throw new FachlicherFehler(
    'vorbedingung_fehlgeschlagen',
    aktuell === undefined
      ? 'Die Ressource gibt es noch nicht; If-Match kann nicht zutreffen.'
      : 'If-Match passt nicht zum aktuellen ETag.',
  );
}
