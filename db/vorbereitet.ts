// Hot read queries as named prepared statements: PostgreSQL plans them once per connection instead of on every request.
import type { Knex } from 'knex';
import type { Db } from './knex.js';

/** Rows as knex returns them: untyped, like every other query in the code base. */
type Row = Awaited<ReturnType<Knex['raw']>>['rows'][number];

interface PgConnection {
  query(config: { name: string; text: string; values: readonly unknown[] }): Promise<{ rows: Row[] }>;
}

/**
 * Runs a knex query under a fixed statement name. The query's SQL must be the same on every call (only its values
 * differ): no `whereIn` over lists of varying length, no optional clauses.
 */
export async function vorbereitetAbfragen(db: Db, name: string, query: Knex.QueryBuilder): Promise<Row[]> {
  const { sql, bindings } = query.toSQL().toNative();
  const connection = (await db.client.acquireConnection()) as PgConnection;
  try {
    const { rows } = await connection.query({ name, text: sql, values: bindings });
    return rows;
  } finally {
    await db.client.releaseConnection(connection);
  }
}
