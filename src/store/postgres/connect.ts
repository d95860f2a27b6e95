import pg from 'pg';
import { StoreError } from '../../errors.js';
import { redactUrl } from './database-url.js';

/** A connection pool that is known to reach the server; fails with a StoreError saying what to check. */
export async function connectPool(url: string, maxConnections = 10): Promise<pg.Pool> {
  const pool = new pg.Pool({ connectionString: url, max: maxConnections });
  // An idle connection dropped by the server must not crash the process; the next query reports it.
  pool.on('error', () => undefined);
  try {
    const client = await pool.connect();
    client.release();
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new StoreError(
      `${redactUrl(url)}: cannot connect to PostgreSQL (${(error as Error).message}). Is the server running, and are the URL's user, password and database right?`,
      { cause: error },
    );
  }
  return pool;
}

/**
 * Runs `work` in one transaction on one connection: committed if it returns (unless `keep` says otherwise),
 * rolled back if it throws.
 */
export async function withTransaction<T>(
  pool: pg.Pool,
  work: (client: pg.PoolClient) => Promise<T>,
  options: { readonly begin?: string; readonly keep?: (result: T) => boolean } = {},
): Promise<T> {
  const client = await pool.connect();
  try {
    return await inTransaction(client, () => work(client), options);
  } finally {
    client.release();
  }
}

/** Runs `work` in one transaction on a connection the caller holds, as withTransaction does. */
export async function inTransaction<T>(
  client: pg.ClientBase,
  work: () => Promise<T>,
  options: { readonly begin?: string; readonly keep?: (result: T) => boolean } = {},
): Promise<T> {
  await client.query(options.begin ?? 'BEGIN');
  try {
    const result = await work();
    await client.query(options.keep === undefined || options.keep(result) ? 'COMMIT' : 'ROLLBACK');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
