// Blob adapter on a local directory: one file per key, written to a temporary name and renamed into place.
import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { access, constants, mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

import { BlobNotFoundError, type BlobAdapter, type BlobEintrag } from './blob-adapter.js';

const fehlt = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';

export function createVerzeichnisAdapter(root: string): BlobAdapter {
  const fileOf = (key: string) => path.join(root, key);
  return {
    async write(key, body: Readable) {
      const file = fileOf(key);
      await mkdir(path.dirname(file), { recursive: true });
      const temp = `${file}.tmp-${randomUUID()}`;
      try {
        await pipeline(body, createWriteStream(temp));
        await rename(temp, file);
      } catch (error) {
        await rm(temp, { force: true });
        throw error;
      }
    },
    async read(key) {
      try {
        return (await open(fileOf(key), 'r')).createReadStream();
      } catch (error) {
        throw fehlt(error) ? new BlobNotFoundError(key) : error;
      }
    },
    async size(key) {
      try {
        return (await stat(fileOf(key))).size;
      } catch (error) {
        throw fehlt(error) ? new BlobNotFoundError(key) : error;
      }
    },
    delete: (key) => rm(fileOf(key), { force: true }),
    async erreichbar() {
      await mkdir(root, { recursive: true });
      await access(root, constants.R_OK | constants.W_OK);
    },
    async *list() {
      const eintraege = await readdir(root, { recursive: true, withFileTypes: true }).catch((error: unknown) => {
        if (fehlt(error)) return [];
        throw error;
      });
      for (const e of eintraege)
        if (e.isFile() && !e.name.includes('.tmp-'))
          yield path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/');
    },
    async *auflisten(nach = '') {
      // A folder's entries in key order: a folder sorts as its name with '/', so 'a-b/…' comes before 'a/…' as in S3.
      async function* ordner(relativ: string): AsyncGenerator<BlobEintrag> {
        const eintraege = await readdir(path.join(root, relativ), { withFileTypes: true }).catch((error: unknown) => {
          if (fehlt(error)) return [];
          throw error;
        });
        const geordnet = eintraege
          .filter((e) => e.isDirectory() || (e.isFile() && !e.name.includes('.tmp-')))
          .map((e) => ({ ordner: e.isDirectory(), pfad: `${relativ}${e.name}${e.isDirectory() ? '/' : ''}` }))
          .sort((a, b) => (a.pfad < b.pfad ? -1 : 1));
        for (const { ordner: istOrdner, pfad } of geordnet) {
          if (istOrdner) {
            // Everything under a folder sorting before `nach` that does not lead to it lies before it.
            if (pfad < nach && !nach.startsWith(pfad)) continue;
            yield* ordner(pfad);
          } else if (pfad > nach) {
            const info = await stat(path.join(root, pfad)).catch((error: unknown) => {
              if (fehlt(error)) return undefined; // deleted meanwhile
              throw error;
            });
            if (info) yield { key: pfad, geschriebenAm: info.mtime };
          }
        }
      }
      yield* ordner('');
    },
    close: async () => undefined,
  };
}
