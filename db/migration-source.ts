// Migration source keyed by file stem, so `.ts` in development and `.js` in production match.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Knex } from 'knex';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

interface Migration {
  up(db: Knex): Promise<void>;
  down(db: Knex): Promise<void>;
}

function files(): Map<string, string> {
  const byStem = new Map<string, string>();
  for (const file of readdirSync(dir).sort()) {
    if (file.endsWith('.d.ts') || !/\.(ts|js)$/.test(file)) continue;
    byStem.set(file.replace(/\.(ts|js)$/, ''), file);
  }
  return byStem;
}

export const migrationSource: Knex.MigrationSource<string> = {
  getMigrations: async () => [...files().keys()],
  getMigrationName: (stem) => stem,
  getMigration: async (stem) => {
    const file = files().get(stem);
    if (!file) throw new Error(`migration ${stem} not found in ${dir}`);
    return (await import(pathToFileURL(path.join(dir, file)).href)) as Migration;
  },
};
