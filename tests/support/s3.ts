// A real S3 server for tests: versitygw on its POSIX backend in a temporary directory, a free port, one bucket.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CreateBucketCommand, ListMultipartUploadsCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { s3ZielAusUrl, type S3Ziel } from '../../platform/blob-store-url.js';
import { waitUntil } from '../../platform/wait.js';
import { goProgramm } from './go-programm.js';
import { freePort } from './ports.js';

export const VERSITYGW_MODULE = 'github.com/versity/versitygw/cmd/versitygw@v1.8.0';

/** Fixed test credentials: the server's root user. */
export const S3_TEST_ZUGANG = {
  AWS_ACCESS_KEY_ID: 'testzugang',
  AWS_SECRET_ACCESS_KEY: 'test-geheimnis-nur-fuer-tests',
};

export interface S3Server {
  /** BLOB_STORE_URL for the test bucket. */
  url: string;
  /** The variables a process needs to use it: BLOB_STORE_URL and the credentials. */
  env: Record<string, string>;
  ziel: S3Ziel;
  /** Every object key in the bucket, sorted. */
  keys(): Promise<string[]>;
  /** Multipart uploads begun and neither completed nor aborted. */
  offeneUploads(): Promise<number>;
  stop(): Promise<void>;
}

export async function startS3(bucket = 'blobs-test'): Promise<S3Server> {
  const dir = await mkdtemp(path.join(tmpdir(), 'versitygw-'));
  await mkdir(path.join(dir, 'daten'));
  const port = await freePort();
  const child: ChildProcess = spawn(
    goProgramm('versitygw', `go install ${VERSITYGW_MODULE}`),
    [
      '--port',
      `127.0.0.1:${port}`,
      '--access',
      S3_TEST_ZUGANG.AWS_ACCESS_KEY_ID,
      '--secret',
      S3_TEST_ZUGANG.AWS_SECRET_ACCESS_KEY,
      '--quiet',
      'posix',
      path.join(dir, 'daten'),
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr!.on('data', (teil: Buffer) => (stderr = (stderr + teil.toString()).slice(-4000)));
  const beendet = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const url = `s3://${bucket}?endpoint=http://127.0.0.1:${port}&region=us-east-1&forcePathStyle=true`;
  const ziel = s3ZielAusUrl(url, S3_TEST_ZUGANG);
  const client = new S3Client({
    region: ziel.region,
    endpoint: ziel.endpoint,
    forcePathStyle: true,
    credentials: ziel.credentials!,
  });
  const stop = async () => {
    client.destroy();
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await beendet;
    await rm(dir, { recursive: true, force: true });
  };
  let letzterFehler = '';
  try {
    await waitUntil(
      'versitygw',
      async () => {
        try {
          await client.send(new CreateBucketCommand({ Bucket: bucket }));
          return true;
        } catch (error) {
          letzterFehler = String(error);
          return false;
        }
      },
      {
        timeoutMs: 20_000,
        intervalMs: 100,
        fatal: () => (child.exitCode === null ? undefined : `ended with ${child.exitCode}: ${stderr}`),
      },
    );
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message} (last error: ${letzterFehler})`);
  }

  return {
    url,
    env: { BLOB_STORE_URL: url, ...S3_TEST_ZUGANG },
    ziel,
    async keys() {
      const keys: string[] = [];
      let token: string | undefined;
      do {
        const seite = await client.send(new ListObjectsV2Command({ Bucket: bucket, ContinuationToken: token }));
        keys.push(...(seite.Contents ?? []).map((o) => o.Key!));
        token = seite.NextContinuationToken;
      } while (token);
      return keys.sort();
    },
    async offeneUploads() {
      return (await client.send(new ListMultipartUploadsCommand({ Bucket: bucket }))).Uploads?.length ?? 0;
    },
    stop,
  };
}
