// A plausible e-mail address: something@domain.tld, no spaces, at most 200 characters.
export function istEmailAdresse(wert: string): boolean {
  return wert.length <= 200 && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(wert);
}
