// Tables derived from the organ list by nianbao's code (organ names and places, the place texts names hold) are
// derived again when their rules change: in batches of organs in code-point order (a keyset over the organs'
// index), each batch one transaction replacing its own organs' rows. Memory stays one batch's, readers see an
// organ's old rows until its batch replaces them, and a progress row (rules and last organ done) lets the next
// open finish a derivation that was killed. One opener derives (a session advisory lock); the others go on.
// A batch writes only the rows that differ from the ones kept, and the derivation ends with VACUUM (ANALYZE) of
// the tables it wrote (outside any transaction, as VACUUM must run), and REINDEX when it rewrote most of a table,
// so the tables are left as healthy as a fresh ingest leaves them (no dead rows for the indexes' ranges to read
// past, statistics of the rows now).
import type pg from 'pg';
import { inTransaction } from './connect.js';

/** An organ as the organ list holds it: name, and region and level of the latest report. */
export interface NamedOrgan {
  readonly org: string;
  readonly region: string | null;
  readonly level: string;
}

/** How a store derives its tables again on open; tests pass a small batch and a hook. */
export interface DerivationOptions {
  /** Organs per batch (DERIVATION_BATCH). */
  readonly batchSize?: number;
  /** Called once each batch is committed, with the derivation's name and how many batches this opener did. */
  readonly afterBatch?: (derivation: string, batches: number) => Promise<void> | void;
}

/** One table (or tables) derived organ by organ. */
export interface Derivation {
  /** The key of its progress row and the name of its lock. */
  readonly name: string;
  /** The one-row table naming the rules the rows were derived by (organ_names_rules, organ_place_texts_rules). */
  readonly rulesTable: string;
  /** The rules of this nianbao. */
  readonly rules: string;
  /** The tables it writes: vacuumed and analyzed once it is derived. */
  readonly tables: readonly string[];
  /**
   * Replaces the rows of the organs after `after` up to `through` (to the end when null) in code-point order, given
   * the organ list's organs of that range, inside the caller's transaction, writing only rows that differ. Returns
   * how many rows it wrote (removed, added or changed).
   */
  replace(client: pg.ClientBase, organs: readonly NamedOrgan[], after: string, through: string | null): Promise<number>;
  /** Run in the last batch's transaction. */
  finish?(client: pg.ClientBase): Promise<void>;
}

/** Organs derived per batch (one transaction): about 250,000 organ names. */
export const DERIVATION_BATCH = 5000;

/** The next organs after $1 in code-point order, by the organs_org_c index (migration 12). */
export const ORGANS_AFTER_SQL = `
  SELECT org, region, level FROM organs WHERE org COLLATE "C" > $1 ORDER BY org COLLATE "C" LIMIT $2`;

// A session lock per derivation and schema (advisory locks are the database's: schemas would share one), held
// across the batches' transactions and released at the end, or by the server when the opener's session ends.
const TRY_LOCK_SQL = `SELECT pg_try_advisory_lock(hashtext($1), hashtext(coalesce(current_schema(), ''))) AS locked`;
const UNLOCK_SQL = `SELECT pg_advisory_unlock(hashtext($1), hashtext(coalesce(current_schema(), '')))`;

/**
 * Derives the derivation's rows again when they were derived by other rules (or never), resuming a derivation of
 * the same rules that stopped. Returns whether this opener derived; false also when another opener holds the
 * lock (it derives; the rows are answered from as they are meanwhile).
 */
export async function deriveInBatches(
  pool: pg.Pool,
  derivation: Derivation,
  options: DerivationOptions = {},
): Promise<boolean> {
  if ((await rulesOf(pool, derivation)) === derivation.rules) return false;
  const client = await pool.connect();
  let locked = false;
  try {
    locked = (await client.query<{ locked: boolean }>(TRY_LOCK_SQL, [derivation.name])).rows[0]?.locked === true;
    if (!locked) return false;
    const rowsBefore = await rowsOf(client, derivation.tables);
    const written = await deriveFromProgress(client, derivation, options);
    if (written === undefined) return false;
    await tidy(client, derivation.tables, written, rowsBefore);
    return true;
  } finally {
    // A connection whose lock cannot be released is closed, which releases it.
    const released =
      !locked ||
      (await client.query(UNLOCK_SQL, [derivation.name]).then(
        () => true,
        () => false,
      ));
    client.release(!released);
  }
}

/**
 * The batches from the progress row's organ (or the first organ), under the lock. Returns the rows this opener
 * wrote, or undefined when another opener had derived them.
 */
async function deriveFromProgress(
  client: pg.ClientBase,
  derivation: Derivation,
  options: DerivationOptions,
): Promise<number | undefined> {
  // Another opener may have finished while this one took the lock.
  if ((await rulesOf(client, derivation)) === derivation.rules) return undefined;
  const { rows } = await client.query<{ last_org: string }>(
    'SELECT last_org FROM derivation_progress WHERE derivation = $1 AND rules = $2',
    [derivation.name, derivation.rules],
  );
  let after: string | null = rows[0]?.last_org ?? '';
  let written = 0;
  for (let batches = 1; after !== null; batches += 1) {
    const from: string = after;
    const batch = await inTransaction(client, () => deriveBatch(client, derivation, from, options.batchSize));
    after = batch.last;
    written += batch.written;
    await options.afterBatch?.(derivation.name, batches);
  }
  return written;
}

/** Each table's rows as the planner last counted them (pg_class.reltuples; 0 when never counted). */
async function rowsOf(client: pg.ClientBase, tables: readonly string[]): Promise<number> {
  const { rows } = await client.query<{ rows: number }>(
    `SELECT coalesce(sum(greatest(reltuples, 0)), 0)::float8 AS rows FROM pg_class WHERE oid = ANY(
       ARRAY(SELECT to_regclass(name) FROM unnest($1::text[]) AS name))`,
    [tables],
  );
  return rows[0]?.rows ?? 0;
}

/**
 * After a derivation that wrote rows: VACUUM (ANALYZE) of its tables, so no dead row is left for an index range
 * to read past and the planner counts the rows as they are now (autovacuum would come to a table of millions of
 * rows much later); and when it rewrote more rows than half of what the tables held, REINDEX (CONCURRENTLY, so
 * writers and readers go on), since the indexes' pages the old entries held are not given back by VACUUM.
 */
async function tidy(client: pg.ClientBase, tables: readonly string[], written: number, rowsBefore: number) {
  if (written === 0) return;
  for (const table of tables) await client.query(`VACUUM (ANALYZE) ${table}`);
  if (written > rowsBefore / 2 && rowsBefore > 0)
    for (const table of tables) await client.query(`REINDEX TABLE CONCURRENTLY ${table}`);
}

/**
 * One batch in the caller's transaction: the organs after `after`, their rows replaced, the progress row moved to
 * the last of them. Holds the store revision row, as a put does, so writers wait for the batch (not for the whole
 * derivation), and moves the revision on, so every bot reloads its vocabulary. Returns the rows written and the
 * last organ done, or null when this was the last batch (then the rules row is written and the progress row
 * removed).
 */
async function deriveBatch(
  client: pg.ClientBase,
  derivation: Derivation,
  after: string,
  batchSize = DERIVATION_BATCH,
): Promise<{ written: number; last: string | null }> {
  await client.query('UPDATE store_revision SET revision = revision + 1');
  const { rows } = await client.query<NamedOrgan>(ORGANS_AFTER_SQL, [after, batchSize]);
  const through = rows.length === batchSize ? (rows.at(-1)?.org ?? null) : null;
  const written = await derivation.replace(client, rows, after, through);
  if (through !== null) {
    await client.query(
      `INSERT INTO derivation_progress (derivation, rules, last_org) VALUES ($1, $2, $3)
       ON CONFLICT (derivation) DO UPDATE SET rules = EXCLUDED.rules, last_org = EXCLUDED.last_org`,
      [derivation.name, derivation.rules, through],
    );
    return { written, last: through };
  }
  await derivation.finish?.(client);
  await client.query(
    `INSERT INTO ${derivation.rulesTable} (rules) VALUES ($1)
     ON CONFLICT (singleton) DO UPDATE SET rules = EXCLUDED.rules`,
    [derivation.rules],
  );
  await client.query('DELETE FROM derivation_progress WHERE derivation = $1', [derivation.name]);
  return { written, last: null };
}

async function rulesOf(client: pg.Pool | pg.ClientBase, derivation: Derivation): Promise<string | undefined> {
  return (await client.query<{ rules: string }>(`SELECT rules FROM ${derivation.rulesTable}`)).rows[0]?.rules;
}

/** The condition on a table's `org` column (COLLATE "C") keeping the rows of one batch's range, from $1. */
export function orgRangeSql(through: string | null): string {
  return through === null ? 'org > $1' : 'org > $1 AND org <= $2';
}

/** The values orgRangeSql's condition reads. */
export function orgRangeValues(after: string, through: string | null): string[] {
  return through === null ? [after] : [after, through];
}
