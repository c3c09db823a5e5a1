import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { render } from 'preact-render-to-string';
import { TextFeld } from '../../../web/components/text-feld.js';

describe('a form field with an error', () => {
  const feld = (fehler: Array<{ feld: string; text: string }>) =>
    render(<TextFeld id="name" label="Name" werte={{ name: 'x' }} fehler={fehler} />);
  const eingabe = (html: string) => /<input [^>]*>/.exec(html)?.[0] ?? '';

  it("is marked invalid and drawn in KERN's error style, described by its error", () => {
    const html = eingabe(feld([{ feld: 'name', text: 'Bitte geben Sie Ihren Namen an.' }]));
    assert.match(html, /class="kern-form-input__input kern-form-input__input--error"/);
    assert.match(html, /aria-invalid="true"/);
    assert.match(html, /aria-describedby="name-fehler"/);
  });

  it("keeps KERN's plain style and no invalid mark when only another field has an error", () => {
    const html = eingabe(feld([{ feld: 'email', text: 'Bitte geben Sie Ihre E-Mail-Adresse an.' }]));
    assert.match(html, /class="kern-form-input__input"/);
    assert.doesNotMatch(html, /--error|aria-invalid/);
  });
});
