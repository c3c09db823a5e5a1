// Blob adapter on any S3-compatible store: streamed multipart uploads (a few parts in memory at most), streamed reads.
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  S3Client,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import type { Readable } from 'node:stream';

import { BlobNotFoundError, type BlobAdapter } from './blob-adapter.js';
import type { S3Ziel } from './blob-store-url.js';

/** 5 MiB is the smallest part S3 accepts; two in flight bound an upload's memory to about 15 MB. */
const TEILGROESSE = 5 * 1024 * 1024;
const TEILE_GLEICHZEITIG = 2;

const fehlt = (error: unknown) => {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  return e?.name === 'NoSuchKey' || e?.name === 'NotFound' || e?.$metadata?.httpStatusCode === 404;
};

export function createS3Adapter(ziel: S3Ziel): BlobAdapter {
  const client = new S3Client({
    region: ziel.region,
    endpoint: ziel.endpoint,
    forcePathStyle: ziel.forcePathStyle,
    ...(ziel.credentials ? { credentials: ziel.credentials } : {}),
    // Checksums only where S3 requires them: several S3-compatible stores refuse the newer trailing checksums.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  const objekt = (key: string) => ({ Bucket: ziel.bucket, Key: `${ziel.prefix}${key}` });

  return {
    async write(key, body) {
      await new Upload({
        client,
        params: { ...objekt(key), Body: body, ContentType: 'application/octet-stream' },
        partSize: TEILGROESSE,
        queueSize: TEILE_GLEICHZEITIG,
        leavePartsOnError: false,
      }).done();
    },
    async read(key) {
      try {
        return (await client.send(new GetObjectCommand(objekt(key)))).Body as Readable;
      } catch (error) {
        throw fehlt(error) ? new BlobNotFoundError(key) : error;
      }
    },
    async size(key) {
      try {
        return (await client.send(new HeadObjectCommand(objekt(key)))).ContentLength ?? 0;
      } catch (error) {
        throw fehlt(error) ? new BlobNotFoundError(key) : error;
      }
    },
    async erreichbar() {
      try {
        await client.send(new HeadBucketCommand({ Bucket: ziel.bucket }));
      } catch (error) {
        const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
        throw new Error(`S3 bucket ${ziel.bucket}: ${status ? `HTTP ${status}` : (error as Error).message}`);
      }
    },
    async delete(key) {
      await client.send(new DeleteObjectCommand(objekt(key)));
    },
    async *list() {
      let token: string | undefined;
      do {
        const seite = await client.send(
          new ListObjectsV2Command({ Bucket: ziel.bucket, Prefix: ziel.prefix || undefined, ContinuationToken: token }),
        );
        for (const objekt of seite.Contents ?? []) yield objekt.Key!.slice(ziel.prefix.length);
        token = seite.NextContinuationToken;
      } while (token);
    },
    async *auflisten(nach = '') {
      let token: string | undefined;
      do {
        const seite = await client.send(
          new ListObjectsV2Command({
            Bucket: ziel.bucket,
            Prefix: ziel.prefix || undefined,
            ContinuationToken: token,
            StartAfter: nach ? `${ziel.prefix}${nach}` : undefined,
          }),
        );
        for (const o of seite.Contents ?? [])
          // Without a date the object counts as just written: the sweep leaves it alone.
          yield { key: o.Key!.slice(ziel.prefix.length), geschriebenAm: o.LastModified ?? new Date() };
        token = seite.NextContinuationToken;
      } while (token);
    },
    async close() {
      client.destroy();
    },
  };
}
