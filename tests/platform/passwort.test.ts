import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hashPasswort, pruefePasswort } from '../../platform/passwort.js';

describe('password hashes', () => {
  it('accept the right password and refuse a wrong one', async () => {
    const hash = await hashPasswort('Richtig-2026');
    assert.equal(await pruefePasswort('Richtig-2026', hash), true);
    assert.equal(await pruefePasswort('richtig-2026', hash), false);
  });

  it('salt every hash, so equal passwords give different hashes', async () => {
    assert.notEqual(await hashPasswort('gleich'), await hashPasswort('gleich'));
  });

  it('refuse a malformed stored hash instead of throwing', async () => {
    assert.equal(await pruefePasswort('x', 'md5$abc'), false);
  });
});
