import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import type { BlobSchluessel } from '../../platform/blob-schluessel.js';
import {
  BlobEntschluesselungError,
  createBlobAdapter,
  createBlobStore,
  type BlobAdapter,
} from '../../platform/blob-store.js';
import type { BlobStoreZiel } from '../../platform/blob-store-url.js';
import { blobsUmschluesseln } from '../../platform/blob-umschluesseln.js';
import { FRAME, HEADER, MAGIC } from '../../platform/blob-verschluesselung.js';
import { neuerBlobSchluessel } from '../support/blob-schluessel.js';
import { startS3 } from '../support/s3.js';

/** One backend: where the store points, its bytes as stored, and (for the directory) the file behind a key. */
interface Aufbau {
  ziel: BlobStoreZiel;
  roh: BlobAdapter;
  datei?: (key: string) => string;
  stop(): Promise<void>;
}

const backends: Array<{ name: string; aufbauen(): Promise<Aufbau> }> = [
  {
    name: 'a directory',
    async aufbauen() {
      const dir = await mkdtemp(path.join(tmpdir(), 'blobs-krypto-'));
      const ziel: BlobStoreZiel = { art: 'verzeichnis', verzeichnis: dir };
      return {
        ziel,
        roh: createBlobAdapter(ziel),
        datei: (key) => path.join(dir, key),
        stop: () => rm(dir, { recursive: true, force: true }),
      };
    },
  },
  {
    name: 'S3 (versitygw)',
    async aufbauen() {
      const s3 = await startS3();
      const roh = createBlobAdapter(s3.ziel);
      return {
        ziel: s3.ziel,
        roh,
        async stop() {
          await roh.close();
          await s3.stop();
        },
      };
    },
  },
];

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const rohLesen = async (roh: BlobAdapter, key: string) =>
  Buffer.concat((await (await roh.read(key)).toArray()) as Buffer[]);
const rohSchreiben = (roh: BlobAdapter, key: string, bytes: Buffer) => roh.write(key, Readable.from([bytes]));

/** A PDF-like plaintext with a recognisable line repeated, so any plaintext run in the stored bytes would be found. */
function dokument(groesse: number): Buffer {
  const zeile = Buffer.from('%PDF-1.7 Kundennummer 163Q017901 Kontoauszug Musterfrau\n');
  const bytes = Buffer.alloc(groesse);
  for (let i = 0; i < groesse; i += zeile.length) zeile.copy(bytes, i);
  return bytes;
}

for (const { name, aufbauen } of backends) {
  describe(`blob encryption at rest on ${name}`, () => {
    let a: Aufbau;
    let k1: BlobSchluessel;
    let k2: BlobSchluessel;
    const offen: Array<{ close(): Promise<void> }> = [];
    const store = (schluessel: BlobSchluessel[]) => {
      const s = createBlobStore(a.ziel, schluessel);
      offen.push(s);
      return s;
    };

    before(async () => {
      a = await aufbauen();
      k1 = neuerBlobSchluessel('k1');
      k2 = neuerBlobSchluessel('k2');
    });
    after(async () => {
      await Promise.all(offen.map((s) => s.close()));
      await a.stop();
    });

    it('gives back every size around the frame length with the plaintext sha256 and size', async () => {
      const blobs = store([k1]);
      for (const groesse of [0, 1, FRAME - 1, FRAME, FRAME + 1, 3 * FRAME, 3 * FRAME + 17]) {
        const bytes = randomBytes(groesse);
        const ref = await blobs.putStream(
          Readable.from([bytes.subarray(0, groesse >> 1), bytes.subarray(groesse >> 1)]),
          'krypto',
        );
        assert.deepEqual({ sha256: ref.sha256, bytes: ref.bytes }, { sha256: sha256(bytes), bytes: groesse });
        assert.ok((await blobs.get(ref.key)).equals(bytes), `get ${groesse}`);
        assert.ok(Buffer.concat(await blobs.stream(ref.key).toArray()).equals(bytes), `stream ${groesse}`);
        assert.equal(await blobs.size(ref.key), groesse, `size ${groesse}`);
      }
    });

    it('stores no plaintext: the backend holds a header and ciphertext, and each blob has its own data key', async () => {
      const blobs = store([k1]);
      const inhalt = dokument(300_000);
      const eins = await blobs.put(inhalt, 'dokumente');
      const zwei = await blobs.put(inhalt, 'dokumente');
      const roh = await rohLesen(a.roh, eins.key);
      assert.ok(roh.subarray(0, MAGIC.length).equals(MAGIC));
      assert.ok(roh.length > inhalt.length, 'header and tags come on top');
      for (const stueck of ['%PDF', '163Q017901', 'Kontoauszug'])
        assert.equal(roh.indexOf(stueck), -1, `"${stueck}" stored in plain`);
      if (a.datei)
        assert.ok((await readFile(a.datei(eins.key))).equals(roh), 'the file on disk is what the adapter reads');
      const andere = await rohLesen(a.roh, zwei.key);
      assert.ok(!andere.subarray(HEADER).equals(roh.subarray(HEADER)), 'same plaintext, different ciphertext');
    });

    it('refuses a flipped byte, a cut, or appended bytes with a clear error, before releasing the damaged frame', async () => {
      const blobs = store([k1]);
      const inhalt = randomBytes(3 * FRAME + 1000);
      const ref = await blobs.put(inhalt, 'krypto');
      const roh = await rohLesen(a.roh, ref.key);
      const rahmen = FRAME + 16;
      const kippen = (stelle: number) => {
        const b = Buffer.from(roh);
        b[stelle]! ^= 0x01;
        return b;
      };
      const schaeden: Array<[string, Buffer, RegExp]> = [
        ['a byte of the wrapped data key', kippen(MAGIC.length + 32 + 12 + 3), /header was altered/],
        ['the key id', kippen(MAGIC.length + 1), /key id|header was altered/],
        ['a byte in the second frame', kippen(HEADER + rahmen + 100), /altered \(frame 1 fails its check\)/],
        ['a byte of the last tag', kippen(roh.length - 1), /altered or truncated \(frame 3/],
        ['a cut at a frame boundary', roh.subarray(0, HEADER + 2 * rahmen), /altered or truncated \(frame 1/],
        ['a cut inside a frame', roh.subarray(0, HEADER + rahmen + 500), /altered or truncated \(frame 1/],
        ['a cut inside the header', roh.subarray(0, 40), /truncated \(header incomplete\)/],
        ['bytes appended', Buffer.concat([roh, Buffer.from('mehr')]), /altered or truncated \(frame 3/],
      ];
      for (const [was, bytes, meldung] of schaeden) {
        await rohSchreiben(a.roh, ref.key, bytes);
        await assert.rejects(blobs.get(ref.key), (error: Error) => {
          assert.ok(error instanceof BlobEntschluesselungError, `${was}: ${error}`);
          assert.match(error.message, /^blob "krypto\/[0-9a-f-]{36}" cannot be decrypted: /, was);
          assert.match(error.message, meldung, was);
          return true;
        });
        // As a stream the frames before the damage may arrive; the damaged frame never does, the stream fails.
        const empfangen: Buffer[] = [];
        await assert.rejects(async () => {
          for await (const teil of blobs.stream(ref.key) as AsyncIterable<Buffer>) empfangen.push(teil);
        }, BlobEntschluesselungError);
        const da = Buffer.concat(empfangen);
        assert.ok(da.length < inhalt.length && inhalt.subarray(0, da.length).equals(da), `${was}: only verified bytes`);
      }
      await rohSchreiben(a.roh, ref.key, roh);
      assert.ok((await blobs.get(ref.key)).equals(inhalt), 'the undamaged object still opens');
    });

    it('does not open a header moved onto another key, nor a blob whose key is not configured', async () => {
      const blobs = store([k1]);
      const eins = await blobs.put(Buffer.from('eins'), 'krypto');
      const zwei = await blobs.put(Buffer.from('zwei'), 'krypto');
      await rohSchreiben(a.roh, zwei.key, await rohLesen(a.roh, eins.key));
      await assert.rejects(blobs.get(zwei.key), /header was altered or belongs to another blob/);
      await assert.rejects(
        store([k2]).get(eins.key),
        /wrapped by key id "k1", which BLOB_SCHLUESSEL does not contain \(configured: k2\)/,
      );
      await blobs.delete(zwei.key);
    });

    it('reads blobs stored before encryption as they are', async () => {
      const alt = dokument(200_000);
      const key = `alt/${crypto.randomUUID()}`;
      await rohSchreiben(a.roh, key, alt);
      const blobs = store([k1]);
      assert.ok((await blobs.get(key)).equals(alt));
      assert.ok(Buffer.concat(await blobs.stream(key).toArray()).equals(alt));
      assert.equal(await blobs.size(key), alt.length);
      const leer = `alt/${crypto.randomUUID()}`;
      await rohSchreiben(a.roh, leer, Buffer.alloc(0));
      assert.equal((await blobs.get(leer)).length, 0);
    });

    it('rotates while uploads continue: data keys re-wrapped, frames and contents unchanged, the old key then unneeded', async () => {
      const vorher = store([k1]);
      const inhalte = [randomBytes(0), randomBytes(10), randomBytes(2 * FRAME + 5), dokument(150_000)];
      const refs = await Promise.all(inhalte.map((b) => vorher.put(b, 'rotation')));
      const rohVorher = await Promise.all(refs.map((r) => rohLesen(a.roh, r.key)));
      const altKey = `rotation/${crypto.randomUUID()}`;
      const altInhalt = dokument(70_000);
      await rohSchreiben(a.roh, altKey, altInhalt);

      // Every process now has k2 first and k1 beside it; uploads go on while the run rewrites.
      const neu = store([k2, k1]);
      const laufend = Array.from({ length: 6 }, (_, i) => randomBytes(FRAME + i * 1000));
      const [ergebnis, neueRefs] = await Promise.all([
        blobsUmschluesseln(a.roh, [k2, k1], 2),
        Promise.all(laufend.map((b) => neu.putStream(Readable.from([b]), 'rotation'))),
      ]);
      assert.deepEqual(ergebnis.fehler, []);
      assert.ok(ergebnis.umgeschluesselt >= refs.length, JSON.stringify(ergebnis));
      assert.ok(ergebnis.verschluesselt >= 1, JSON.stringify(ergebnis));

      for (const [i, ref] of refs.entries()) {
        const roh = await rohLesen(a.roh, ref.key);
        assert.equal(roh.toString('ascii', MAGIC.length + 1, MAGIC.length + 3), 'k2', `blob ${i} under k2`);
        assert.ok(roh.subarray(HEADER).equals(rohVorher[i]!.subarray(HEADER)), `blob ${i}: frames copied unchanged`);
      }
      const rohAlt = await rohLesen(a.roh, altKey);
      assert.ok(rohAlt.subarray(0, MAGIC.length).equals(MAGIC), 'the old plaintext blob is now encrypted');
      assert.equal(rohAlt.indexOf('163Q017901'), -1);

      const nurK2 = store([k2]);
      for (const [i, ref] of refs.entries()) assert.ok((await nurK2.get(ref.key)).equals(inhalte[i]!), `blob ${i}`);
      assert.ok((await nurK2.get(altKey)).equals(altInhalt));
      for (const [i, ref] of neueRefs.entries()) assert.equal(sha256(await nurK2.get(ref.key)), sha256(laufend[i]!));
      await assert.rejects(store([k1]).get(refs[2]!.key), /key id "k2"/);

      const nochmal = await blobsUmschluesseln(a.roh, [k2, k1]);
      assert.deepEqual(
        { umgeschluesselt: nochmal.umgeschluesselt, verschluesselt: nochmal.verschluesselt, fehler: nochmal.fehler },
        { umgeschluesselt: 0, verschluesselt: 0, fehler: [] },
        'a second run finds nothing to do',
      );
    });

    it('reports a blob the run cannot open and leaves it as it is', async () => {
      const fremd = neuerBlobSchluessel('fremd');
      const ref = await store([fremd]).put(Buffer.from('unter einem fremden Schlüssel'), 'rotation');
      const roh = await rohLesen(a.roh, ref.key);
      const ergebnis = await blobsUmschluesseln(a.roh, [k2, k1]);
      const fehler = ergebnis.fehler.find((f) => f.key === ref.key);
      assert.match(fehler?.grund ?? '', /key id "fremd"/);
      assert.ok((await rohLesen(a.roh, ref.key)).equals(roh));
      await a.roh.delete(ref.key);
    });
  });
}
