import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { checkReadiness } from '../../../web/health/readiness.js';
import { createTestContext, type TestContext } from '../../support/context.js';
import { startS3, type S3Server } from '../../support/s3.js';

describe('readiness checks that the blob store bucket can be reached', () => {
  let s3: S3Server;
  let t: TestContext;
  let ohneBucket: TestContext;

  before(async () => {
    s3 = await startS3('blobs-bereit');
    t = await createTestContext(s3.env);
    const url = new URL(s3.url);
    url.host = 'fehlt-noch';
    ohneBucket = await createTestContext({ ...s3.env, BLOB_STORE_URL: url.toString() });
  });
  after(async () => {
    await Promise.all([t.close(), ohneBucket.close()]);
    await s3.stop();
  });

  it('names the blob store when its bucket is missing or the S3 server stops, and is ok while it answers', async () => {
    assert.equal((await checkReadiness(t.ctx)).teile.blobs, 'ok');
    const fehlt = await checkReadiness(ohneBucket.ctx);
    assert.equal(fehlt.ready, false);
    assert.match(fehlt.teile.blobs, /fehlt-noch/);
    await s3.stop();
    const weg = await checkReadiness(t.ctx);
    assert.equal(weg.ready, false);
    assert.notEqual(weg.teile.blobs, 'ok');
  });
});
