// Blob store: bytes by server-generated key in a directory; workflows carry only BlobRefs.
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

import type { BlobRef } from '../domain/eingang.js';

export type { BlobRef };

export interface BlobStore {
  put(data: Uint8Array, prefix: string): Promise<BlobRef>;
  /** The same for bytes that arrive as a stream: never held in memory whole. */
  putStream(data: Readable, prefix: string): Promise<BlobRef>;
  get(key: string): Promise<Buffer>;
  stream(key: string): Readable;
  size(key: string): Promise<number>;
  delete(key: string): Promise<void>;
}

const KEY = /^[a-z0-9-]+(\/[a-z0-9-]+)*\/[0-9a-f-]{36}$/;

export function createDirectoryBlobStore(root: string): BlobStore {
  const fileOf = (key: string) => {
    if (!KEY.test(key)) throw new Error(`invalid blob key ${JSON.stringify(key)}`);
    return path.join(root, key);
  };
  const neu = async (prefix: string) => {
    const key = `${prefix}/${randomUUID()}`;
    const file = fileOf(key);
    await mkdir(path.dirname(file), { recursive: true });
    return { key, file, temp: `${file}.tmp-${process.pid}` };
  };
  return {
    async put(data, prefix) {
      const { key, file, temp } = await neu(prefix);
      await writeFile(temp, data);
      await rename(temp, file);
      return { key, sha256: createHash('sha256').update(data).digest('hex'), bytes: data.byteLength };
    },
    async putStream(data, prefix) {
      const { key, file, temp } = await neu(prefix);
      const hash = createHash('sha256');
      let bytes = 0;
      try {
        await pipeline(
          data,
          async function* (teile: AsyncIterable<Buffer>) {
            for await (const teil of teile) {
              hash.update(teil);
              bytes += teil.length;
              yield teil;
            }
          },
          createWriteStream(temp),
        );
        await rename(temp, file);
      } catch (error) {
        await rm(temp, { force: true });
        throw error;
      }
      return { key, sha256: hash.digest('hex'), bytes };
    },
    get: (key) => readFile(fileOf(key)),
    stream: (key) => createReadStream(fileOf(key)),
    size: async (key) => (await stat(fileOf(key))).size,
    delete: (key) => rm(fileOf(key), { force: true }),
  };
}
