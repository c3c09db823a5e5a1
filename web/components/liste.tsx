// A portal list: a labelled scroll region with a table whose cells carry their column name (phone layout), or a note when empty.
import type { ComponentChildren } from 'preact';
import { render } from 'preact-render-to-string';
import { vorkodiertEinfuegen } from '../vorkodiert.js';
import { gemerkteZeile } from './gemerkte-zeilen.js';
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
  /**
   * Remember rendered rows under a namespace (page and language), each by its identity. Only when every cell depends
   * on nothing but the row's own fields: no CSRF token, no path, no session data.
   */
  merken?: { namensraum: string; kennung: (zeile: Z) => string };
}

export function Liste<Z extends object>({ label, spalten, zeilen, leer, zeilenKlasse, merken }: ListeProps<Z>) {
  if (zeilen.length === 0) return <p>{leer}</p>;
  const zeile = (z: Z) => (
    <tr class={zeilenKlasse?.(z)}>
      {spalten.map((s) => (
        <td class="kern-table__cell" data-label={s.kopf}>
          {s.zelle(z)}
        </td>
      ))}
    </tr>
  );
  return (
    <TabellenRahmen label={label}>
      <table class="kern-table liste">
        <thead>
          <tr class="kern-table__row">
            {spalten.map((s) => (
              <th class="kern-table__header" scope="col">
                {s.kopf}
              </th>
            ))}
          </tr>
        </thead>
        {merken ? (
          <tbody
            class="kern-table__body"
            dangerouslySetInnerHTML={{
              __html: vorkodiertEinfuegen(
                zeilen.map((z) => gemerkteZeile(merken.namensraum, merken.kennung(z), z, () => render(zeile(z)))),
              ),
            }}
          />
        ) : (
          <tbody class="kern-table__body">{zeilen.map(zeile)}</tbody>
        )}
      </table>
    </TabellenRahmen>
  );
}
