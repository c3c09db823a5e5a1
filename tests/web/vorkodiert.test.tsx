import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { render } from 'preact-render-to-string';
import { seiteKodieren, vorkodiertEinfuegen } from '../../web/vorkodiert.js';

const utf8 = (text: string) => Buffer.from(text);

/** A page with two lists of pre-encoded rows and text around them that is not ASCII. */
const seite = (zeilen: (teile: Buffer[]) => string, nutzertext: string) => (
  <main>
    <h1>Dokumente – gesendet</h1>
    <table>
      <tbody
        dangerouslySetInnerHTML={{
          __html: zeilen([utf8('<tr><td>Kontoauszüge</td></tr>'), utf8('<tr><td>€ 5</td></tr>')]),
        }}
      />
    </table>
    <p>{nutzertext}</p>
    <table>
      <tbody dangerouslySetInnerHTML={{ __html: zeilen([utf8('<tr><td>Lohnabrechnung</td></tr>')]) }} />
    </table>
    <footer>Grüße</footer>
  </main>
);

describe('pages with pre-encoded parts', () => {
  it('are byte for byte the page rendered as one string', () => {
    const alsText = utf8(render(seite((teile) => Buffer.concat(teile).toString(), 'Hallo')));
    const kodiert = seiteKodieren(() => render(seite(vorkodiertEinfuegen, 'Hallo')));
    assert.ok(kodiert.equals(alsText), kodiert.toString());
    assert.match(kodiert.toString(), /<tbody><tr><td>Kontoauszüge<\/td><\/tr><tr><td>€ 5<\/td><\/tr><\/tbody>/);
  });

  it('take nothing else in the page for a marker, neither text a user wrote nor a comment of the same shape', () => {
    const falsch = '<!--vorkodiert-000000000000-1-0-->';
    const html = seiteKodieren(() =>
      render(
        <div>
          <p>{falsch}</p>
          <div dangerouslySetInnerHTML={{ __html: falsch }} />
          <div dangerouslySetInnerHTML={{ __html: vorkodiertEinfuegen([utf8('<b>echt</b>')]) }} />
        </div>,
      ),
    ).toString();
    assert.equal(
      html,
      `<div><p>&lt;!--vorkodiert-000000000000-1-0--></p><div>${falsch}</div><div><b>echt</b></div></div>`,
    );
  });

  it('come out as text when rendered outside a page, also after a page whose render failed', () => {
    assert.throws(() =>
      seiteKodieren(() => {
        vorkodiertEinfuegen([utf8('<i>halb</i>')]);
        throw new Error('Render abgebrochen');
      }),
    );
    assert.equal(vorkodiertEinfuegen([utf8('<i>ganz</i>'), utf8('<i>ü</i>')]), '<i>ganz</i><i>ü</i>');
  });
});
