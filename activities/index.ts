// Builds every activity from explicit dependencies; workflows import only the type.
import type { Db } from '../db/knex.js';
import { createDatenbankActivities } from './datenbank.js';

export interface ActivityDeps {
  db: Db;
}

export function createActivities(deps: ActivityDeps) {
  return {
    ...createDatenbankActivities(deps),
  };
}

export type Activities = ReturnType<typeof createActivities>;
