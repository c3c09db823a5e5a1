// Words longer than any line: a URL, an IBAN and a German compound, 300 characters each without a space.
const auf300 = (muster: string) => muster.repeat(Math.ceil(300 / muster.length)).slice(0, 300);

export const langeWorte = {
  url: auf300(`https://www.example.org/antrag/${'unterlagen-nachreichen_2026?seite=1&abschnitt=b/'}`),
  iban: auf300('DE89370400440532013000'),
  kompositum: auf300('Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichen'),
};
