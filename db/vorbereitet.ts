// Hot read queries as named prepared statements: PostgreSQL plans them once per connection instead of on every request,
// and their SQL is written once instead of built and compiled by the query builder on every request.
import type { Knex } from 'knex';
import type { Db } from './knex.js';

/** Rows as knex returns them: untyped, like every other query in the code base. */
type Row = Awaited<ReturnType<Knex['raw']>>['rows'][number];

interface PgConnection {
  query(config: { name: string; text: string; values: readonly unknown[] }): Promise<{ rows: Row[] }>;
}

/** A statement under a fixed name: its SQL with the values as `$1`, `$2`, … and nothing that varies between calls. */
export interface Vorbereitet {
  name: string;
  text: string;
}

export async function vorbereitetAbfragen(db: Db, abfrage: Vorbereitet, werte: readonly unknown[]): Promise<Row[]> {
  const connection = (await db.client.acquireConnection()) as PgConnection;
  try {
    const { rows } = await connection.query({ name: abfrage.name, text: abfrage.text, values: werte });
    return rows;
  } finally {
    await db.client.releaseConnection(connection);
  }
}
