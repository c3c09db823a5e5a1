import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { kundeAnmelden } from '../../../services/anmeldung/kunde-anmelden.js';
import { kundeSpeichern, type KundenEingabe } from '../../../services/kunden/kunde-speichern.js';
import { KEIN_PASSWORT } from '../../../platform/passwort.js';
import { createTestContext, type TestContext } from '../../support/context.js';

describe('kundeSpeichern: a client without access letter has no password; only the access letter costs a password hash', () => {
  let t: TestContext;
  before(async () => {
    t = await createTestContext();
  });
  after(() => t.close());

  const eingabe = (kundennummer: string, vorname = 'Erika'): KundenEingabe => ({
    kundennummer,
    bgNummer: '12345BG0000001',
    vorname,
    nachname: 'Beispiel',
    onlineZustellungSeit: null,
  });
  const hash = async (kundennummer: string) =>
    (await t.ctx.db('kunden').where({ kundennummer }).first('passwort_hash')).passwort_hash as string;

  it('stores no password for a new client without access letter, and refuses every sign-in like a wrong password', async () => {
    const { angelegt, zugangspasswort } = await kundeSpeichern(t.ctx.db, eingabe('700A000001'));
    assert.equal(angelegt, true);
    assert.equal(zugangspasswort, undefined);
    assert.equal(await hash('700A000001'), KEIN_PASSWORT);
    for (const passwort of [KEIN_PASSWORT, '', 'irgendwas'])
      await assert.rejects(kundeAnmelden(t.ctx.db, { kundennummer: '700A000001', passwort }), {
        typ: 'anmeldung_fehlgeschlagen',
      });
  });

  it('hashes the access letter password, which then signs in, and keeps it when the client is updated', async () => {
    const { zugangspasswort } = await kundeSpeichern(t.ctx.db, eingabe('700A000002'), { zugangspasswort: true });
    assert.ok(zugangspasswort);
    const vorher = await hash('700A000002');
    assert.match(vorher, /^scrypt\$/);
    await kundeSpeichern(t.ctx.db, eingabe('700A000002', 'Erika Maria'));
    assert.equal(await hash('700A000002'), vorher, 'an update leaves the password alone');
    const angemeldet = await kundeAnmelden(t.ctx.db, { kundennummer: '700A000002', passwort: zugangspasswort });
    assert.equal(angemeldet.passwortAendern, true);
  });
});
