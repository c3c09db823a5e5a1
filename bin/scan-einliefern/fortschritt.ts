// Progress of an upload: a bar redrawn in place on a terminal, one plain line per document anywhere else (logs, pipes).

export interface Fortschritt {
  beginn(gesamt: number, schonDa: number): void;
  dokument(position: number, datei: string, ergebnis: 'eingeliefert' | 'war_schon_da'): void;
  ende(): void;
}

export function fortschrittAnzeigen(ausgabe: NodeJS.WriteStream): Fortschritt {
  let gesamt = 0;
  let fertig = 0;
  if (!ausgabe.isTTY)
    return {
      beginn(alle, schonDa) {
        gesamt = alle;
        fertig = schonDa;
        ausgabe.write(`${schonDa} von ${alle} Dokumenten schon angenommen, ${alle - schonDa} einzuliefern\n`);
      },
      dokument(position, datei, ergebnis) {
        fertig++;
        const wie = ergebnis === 'eingeliefert' ? 'eingeliefert' : 'war schon angenommen';
        ausgabe.write(`${fertig}/${gesamt} Position ${position} ${datei}: ${wie}\n`);
      },
      ende() {},
    };
  const zeichnen = (datei = '') => {
    const breite = Math.max(10, Math.min(40, (ausgabe.columns ?? 80) - 40));
    const anteil = gesamt === 0 ? 1 : fertig / gesamt;
    const voll = Math.round(anteil * breite);
    const zeile = `[${'#'.repeat(voll)}${'-'.repeat(breite - voll)}] ${fertig}/${gesamt} ${Math.floor(anteil * 100)} % ${datei}`;
    ausgabe.write(`\r${zeile.slice(0, (ausgabe.columns ?? 80) - 1)}\x1b[K`);
  };
  return {
    beginn(alle, schonDa) {
      gesamt = alle;
      fertig = schonDa;
      zeichnen();
    },
    dokument(_position, datei) {
      fertig++;
      zeichnen(datei);
    },
    ende() {
      ausgabe.write('\n');
    },
  };
}
