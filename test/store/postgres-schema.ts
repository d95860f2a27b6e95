// Each Postgres test gets its own schema on the run's server, so test files can run in parallel.
import pg from 'pg';
import { inject } from 'vitest';

/** A schema on the test server: `url` connects with it as search_path; drop() removes it. */
export interface TestSchema {
  readonly url: string;
  drop(): Promise<void>;
}

let counter = 0;

/** Creates an empty schema; fails with the global setup's reason when no server could be started. */
export async function createTestSchema(): Promise<TestSchema> {
  const serverUrl = inject('databaseUrl');
  if (!serverUrl) throw new Error(inject('databaseProblem'));
  const schema = `nianbao_test_${process.pid}_${++counter}_${Math.random().toString(36).slice(2, 8)}`;
  await runSql(serverUrl, `CREATE SCHEMA ${schema}`);
  const url = new URL(serverUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return { url: url.toString(), drop: async () => void (await runSql(serverUrl, `DROP SCHEMA ${schema} CASCADE`)) };
}

/** Runs one statement on its own connection (tests look under the store with it). */
export async function runSql<Row extends object = Record<string, unknown>>(
  url: string,
  sql: string,
  values: unknown[] = [],
): Promise<Row[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<Row>(sql, values)).rows;
  } finally {
    await client.end();
  }
}
