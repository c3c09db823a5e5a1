// Blob store: bytes by server-generated key in a directory; workflows carry only BlobRefs.
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';

import type { BlobRef } from '../domain/eingang.js';

export type { BlobRef };

export interface BlobStore {
  put(data: Uint8Array, prefix: string): Promise<BlobRef>;
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
  return {
    async put(data, prefix) {
      const key = `${prefix}/${randomUUID()}`;
      const file = fileOf(key);
      await mkdir(path.dirname(file), { recursive: true });
      const temp = `${file}.tmp-${process.pid}`;
      await writeFile(temp, data);
      await rename(temp, file);
      return { key, sha256: createHash('sha256').update(data).digest('hex'), bytes: data.byteLength };
    },
    get: (key) => readFile(fileOf(key)),
    stream: (key) => createReadStream(fileOf(key)),
    size: async (key) => (await stat(fileOf(key))).size,
    delete: (key) => rm(fileOf(key), { force: true }),
  };
}
