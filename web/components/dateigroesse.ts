// A file size as people read it ("240 KB", "1,5 MB"), with the decimal separator of the reader's language.
const formate = new Map<string, Intl.NumberFormat>();

export function dateigroesse(bytes: number, sprache = 'de'): string {
  let zahl = formate.get(sprache);
  if (!zahl) formate.set(sprache, (zahl = new Intl.NumberFormat(sprache, { maximumFractionDigits: 1 })));
  return bytes < 1024 * 1024
    ? `${zahl.format(Math.max(1, Math.round(bytes / 1024)))} KB`
    : `${zahl.format(bytes / 1024 / 1024)} MB`;
}
