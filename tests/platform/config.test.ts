import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigError, loadConfig, requireBlobSchluessel, requireServices } from '../../platform/config.js';

describe('loadConfig', () => {
  it('uses the embedded defaults when nothing is set', () => {
    const config = loadConfig({});
    assert.equal(config.port, 3000);
    assert.equal(config.databaseUrl, undefined);
    assert.equal(config.temporalAddress, undefined);
    assert.equal(config.temporalUiUrl, 'http://localhost:8233');
    assert.match(config.dataDir, /\/data$/);
    assert.equal(config.demoData, true);
  });

  it('names the variable and the bad value in one line', () => {
    assert.throws(
      () => loadConfig({ PORT: 'abc' }),
      (error: Error) => {
        assert.ok(error instanceof ConfigError);
        assert.match(error.message, /^Configuration error: PORT .*\(got "abc"\)$/);
        assert.equal(error.message.includes('\n'), false);
        return true;
      },
    );
  });

  it('refuses a DATABASE_URL that is not a PostgreSQL URL', () => {
    assert.throws(
      () => loadConfig({ DATABASE_URL: 'mysql://x@y/z' }),
      /DATABASE_URL must be a URL starting with postgres:/,
    );
  });

  it('refuses a TEMPORAL_ADDRESS without a port', () => {
    assert.throws(() => loadConfig({ TEMPORAL_ADDRESS: 'temporal' }), /TEMPORAL_ADDRESS must be host:port/);
  });

  it('reads each Löschfrist from its variable and refuses a negative one', () => {
    const config = loadConfig({ LOESCHFRIST_EINGANG_TAGE: '30' });
    assert.equal(config.loeschfristen.eingang, 30);
    assert.equal(config.loeschfristen.audit, 730);
    assert.throws(
      () => loadConfig({ LOESCHFRIST_BRIEF_TAGE: '-1' }),
      /Configuration error: LOESCHFRIST_BRIEF_TAGE .*\(got "-1"\)$/,
    );
  });

  it('lets a scan delivery keep 64 documents in the pipeline at once unless SCAN_GLEICHZEITIG says otherwise', () => {
    assert.equal(loadConfig({}).scanGleichzeitig, 64);
    assert.equal(loadConfig({ SCAN_GLEICHZEITIG: '200' }).scanGleichzeitig, 200);
    assert.throws(
      () => loadConfig({ SCAN_GLEICHZEITIG: '0' }),
      /Configuration error: SCAN_GLEICHZEITIG .*\(got "0"\)$/,
    );
  });

  it('lets an io worker run 8 workflow tasks at once unless WORKER_WORKFLOW_TASK_CONCURRENCY says otherwise, never fewer than 2', () => {
    assert.equal(loadConfig({}).workflowTaskConcurrency, 8);
    assert.equal(loadConfig({ WORKER_WORKFLOW_TASK_CONCURRENCY: '20' }).workflowTaskConcurrency, 20);
    assert.throws(
      () => loadConfig({ WORKER_WORKFLOW_TASK_CONCURRENCY: '1' }),
      /Configuration error: WORKER_WORKFLOW_TASK_CONCURRENCY .*\(got "1"\)$/,
    );
  });

  it('lets an io worker cache 250 workflows unless WORKER_WORKFLOW_CACHE says otherwise, never fewer than its task slots', () => {
    assert.equal(loadConfig({}).workflowCache, 250);
    assert.equal(loadConfig({ WORKER_WORKFLOW_CACHE: '1000' }).workflowCache, 1000);
    assert.throws(
      () => loadConfig({ WORKER_WORKFLOW_CACHE: '10', WORKER_WORKFLOW_TASK_CONCURRENCY: '20' }),
      /^ConfigError: Configuration error: WORKER_WORKFLOW_CACHE must be at least WORKER_WORKFLOW_TASK_CONCURRENCY \(20\) \(got "10"\)$/,
    );
  });

  it('runs a PDF-only worker at nice 10 unless WORKER_PDF_NICE says otherwise, 0 to 19', () => {
    assert.equal(loadConfig({}).pdfNice, 10);
    assert.equal(loadConfig({ WORKER_PDF_NICE: '0' }).pdfNice, 0);
    assert.throws(() => loadConfig({ WORKER_PDF_NICE: '20' }), /Configuration error: WORKER_PDF_NICE .*\(got "20"\)$/);
  });

  it('keeps blobs in $DATA_DIR/blobs unless BLOB_STORE_URL names an S3 bucket', () => {
    assert.deepEqual(loadConfig({ DATA_DIR: '/srv/portal' }).blobStore, {
      art: 'verzeichnis',
      verzeichnis: '/srv/portal/blobs',
    });
    const s3 = loadConfig({
      BLOB_STORE_URL: 's3://akten/portal/?endpoint=http://127.0.0.1:7070&forcePathStyle=true',
      AWS_REGION: 'eu-central-1',
      AWS_ACCESS_KEY_ID: 'zugang',
      AWS_SECRET_ACCESS_KEY: 'geheim',
    }).blobStore;
    assert.deepEqual(s3, {
      art: 's3',
      bucket: 'akten',
      prefix: 'portal/',
      endpoint: 'http://127.0.0.1:7070',
      region: 'eu-central-1',
      forcePathStyle: true,
      credentials: { accessKeyId: 'zugang', secretAccessKey: 'geheim' },
    });
    const aws = loadConfig({ BLOB_STORE_URL: 's3://akten-2026?region=eu-west-1' }).blobStore;
    assert.deepEqual(aws, {
      art: 's3',
      bucket: 'akten-2026',
      prefix: '',
      endpoint: undefined,
      region: 'eu-west-1',
      forcePathStyle: false,
      credentials: undefined,
    });
  });

  it('stops at a malformed BLOB_STORE_URL with one line saying what is wrong', () => {
    const falsch: Array<[Record<string, string>, RegExp]> = [
      [{ BLOB_STORE_URL: 'akten' }, /is not a URL/],
      [{ BLOB_STORE_URL: 'https://s3.example/akten' }, /must start with s3:\/\//],
      [{ BLOB_STORE_URL: 's3://Akten' }, /needs a bucket name/],
      [{ BLOB_STORE_URL: 's3://akten:9000' }, /the server goes into \?endpoint=/],
      [{ BLOB_STORE_URL: 's3://zugang:geheim@akten' }, /must not carry credentials/],
      [{ BLOB_STORE_URL: 's3://akten?endpoint=s3.example:9000' }, /endpoint must be an http/],
      [{ BLOB_STORE_URL: 's3://akten?forcePathStyle=ja' }, /forcePathStyle must be true or false/],
      [{ BLOB_STORE_URL: 's3://akten?regoin=eu-central-1' }, /unknown parameter "regoin"/],
      [
        { BLOB_STORE_URL: 's3://akten', AWS_ACCESS_KEY_ID: 'zugang' },
        /both AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY/,
      ],
    ];
    for (const [env, grund] of falsch)
      assert.throws(
        () => loadConfig(env),
        (error: Error) => {
          assert.ok(error instanceof ConfigError);
          assert.match(error.message, /^Configuration error: BLOB_STORE_URL /);
          assert.match(error.message, grund);
          assert.equal(error.message.includes('\n'), false);
          return true;
        },
      );
  });

  it('treats empty variables as unset', () => {
    assert.equal(loadConfig({ DATABASE_URL: '' }).databaseUrl, undefined);
  });

  it('requires both service addresses for web and worker processes', () => {
    assert.throws(
      () => requireServices(loadConfig({ TEMPORAL_ADDRESS: 'localhost:7233' })),
      /DATABASE_URL is required/,
    );
    assert.throws(
      () => requireServices(loadConfig({ DATABASE_URL: 'postgres://u:p@h/db' })),
      /TEMPORAL_ADDRESS is required/,
    );
    const config = requireServices(
      loadConfig({ DATABASE_URL: 'postgres://u:p@h/db', TEMPORAL_ADDRESS: 'localhost:7233' }),
    );
    assert.equal(config.temporalAddress, 'localhost:7233');
  });

  it('reads the blob master keys, the first one encrypting, and refuses malformed ones without echoing them', () => {
    const a = Buffer.alloc(32, 1).toString('base64');
    const b = Buffer.alloc(32, 2).toString('base64url');
    const config = loadConfig({ BLOB_SCHLUESSEL: `k2026:${a}, k2025:${b}` });
    assert.deepEqual(
      config.blobSchluessel.map((k) => [k.id, k.schluessel[0], k.schluessel.length]),
      [
        ['k2026', 1, 32],
        ['k2025', 2, 32],
      ],
    );
    assert.equal(requireBlobSchluessel(config), config);
    const kurz = Buffer.alloc(16, 7).toString('base64');
    for (const [wert, meldung] of [
      [`k1:${kurz}`, /key k1 must be 32 bytes in base64 \(has 16\)/],
      [a, /entry 1 must be id:base64key/],
      [`k1:${a},k1:${a}`, /key ids must be unique/],
      [`k1:nicht base64!`, /key k1 is not base64/],
    ] as const)
      assert.throws(
        () => loadConfig({ BLOB_SCHLUESSEL: wert }),
        (error: Error) => {
          assert.ok(error instanceof ConfigError);
          assert.match(error.message, /^Configuration error: BLOB_SCHLUESSEL /);
          assert.match(error.message, meldung);
          assert.ok(!error.message.includes(a) && !error.message.includes(kurz), 'no key material in the message');
          return true;
        },
      );
  });

  it('requires a blob master key for web, worker and setup (only npm start makes one itself)', () => {
    assert.deepEqual(loadConfig({}).blobSchluessel, []);
    assert.throws(() => requireBlobSchluessel(loadConfig({})), /BLOB_SCHLUESSEL is required/);
  });
});
