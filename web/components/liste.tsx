// A portal list: a labelled scroll region with a table whose cells carry their column name (phone layout), or a note when empty.
import type { ComponentChildren } from 'preact';
import { TabellenRahmen } from './tabellen-rahmen.js';

export interface Spalte<Z> {
  kopf: string;
  zelle: (zeile: Z) => ComponentChildren;
}

interface ListeProps<Z> {
  label: string;
  spalten: Array<Spalte<Z>>;
  zeilen: Z[];
  leer: string;
  zeilenKlasse?: (zeile: Z) => string | undefined;
}

export function Liste<Z>({ label, spalten, zeilen, leer, zeilenKlasse }: ListeProps<Z>) {
  if (zeilen.length === 0) return <p>{leer}</p>;
  return (
    <TabellenRahmen label={label}>
      <table class="liste">
        <thead>
          <tr>
            {spalten.map((s) => (
              <th scope="col">{s.kopf}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {zeilen.map((z) => (
            <tr class={zeilenKlasse?.(z)}>
              {spalten.map((s) => (
                <td data-label={s.kopf}>{s.zelle(z)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TabellenRahmen>
  );
}
