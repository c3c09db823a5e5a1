// The master keys of blob encryption at rest (BLOB_SCHLUESSEL): `id:base64key`, the first encrypts, all decrypt.

/** One AES-256 master key and the id stored beside every data key it wraps. */
export interface BlobSchluessel {
  id: string;
  /** 32 bytes. */
  schluessel: Buffer;
}

/** What a key id may be: short, printable, stored in every blob's header. */
export const BLOB_SCHLUESSEL_ID = /^[A-Za-z0-9_-]{1,31}$/;

/**
 * Reads `id:base64key[,id:base64key…]` (standard or URL-safe base64 of 32 random bytes, e.g. `openssl rand -base64 32`).
 * Throws an Error saying what is wrong, without echoing key material.
 */
export function blobSchluesselLesen(wert: string): BlobSchluessel[] {
  const liste = wert.split(',').map((eintrag, i) => {
    const trenn = eintrag.indexOf(':');
    const id = eintrag.slice(0, trenn).trim();
    const text = eintrag.slice(trenn + 1).trim();
    if (trenn < 1 || !BLOB_SCHLUESSEL_ID.test(id))
      throw new Error(
        `entry ${i + 1} must be id:base64key (id 1-31 letters, digits, _ or -), more keys separated by commas`,
      );
    if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(text)) throw new Error(`key ${id} is not base64`);
    const schluessel = Buffer.from(text, 'base64');
    if (schluessel.length !== 32)
      throw new Error(`key ${id} must be 32 bytes in base64 (has ${schluessel.length}), e.g. openssl rand -base64 32`);
    return { id, schluessel };
  });
  if (new Set(liste.map((k) => k.id)).size !== liste.length) throw new Error('key ids must be unique');
  return liste;
}

/** The same list written back as configuration, for handing it to child processes. */
export function blobSchluesselText(liste: readonly BlobSchluessel[]): string {
  return liste.map((k) => `${k.id}:${k.schluessel.toString('base64')}`).join(',');
}
