// Tables derived from the organ list by nianbao's code (organ names and places, the place texts names hold) are
// derived again when their rules change: in batches of organs in code-point order (a keyset over the organs'
// index), each batch one transaction replacing its own organs' rows. Memory stays one batch's, readers see an
// organ's old rows until its batch replaces them, and a progress row (rules and last organ done) lets the next
// open finish a derivation that was killed. One opener derives (a session advisory lock); the others go on.
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
  /**
   * Replaces the rows of the organs after `after` up to `through` (to the end when null) in code-point order, given
   * the organ list's organs of that range, inside the caller's transaction.
   */
  replace(client: pg.ClientBase, organs: readonly NamedOrgan[], after: string, through: string | null): Promise<void>;
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
    return locked && (await deriveFromProgress(client, derivation, options));
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

/** The batches from the progress row's organ (or the first organ), under the lock. */
async function deriveFromProgress(
  client: pg.ClientBase,
  derivation: Derivation,
  options: DerivationOptions,
): Promise<boolean> {
  // Another opener may have finished while this one took the lock.
  if ((await rulesOf(client, derivation)) === derivation.rules) return false;
  const { rows } = await client.query<{ last_org: string }>(
    'SELECT last_org FROM derivation_progress WHERE derivation = $1 AND rules = $2',
    [derivation.name, derivation.rules],
  );
  let after: string | null = rows[0]?.last_org ?? '';
  for (let batches = 1; after !== null; batches += 1) {
    const from: string = after;
    after = await inTransaction(client, () => deriveBatch(client, derivation, from, options.batchSize));
    await options.afterBatch?.(derivation.name, batches);
  }
  return true;
}

/**
 * One batch in the caller's transaction: the organs after `after`, their rows replaced, the progress row moved to
 * the last of them. Holds the store revision row, as a put does, so writers wait for the batch (not for the whole
 * derivation), and moves the revision on, so every bot reloads its vocabulary. Returns the last organ done, or
 * null when this was the last batch (then the rules row is written and the progress row removed).
 */
async function deriveBatch(
  client: pg.ClientBase,
  derivation: Derivation,
  after: string,
  batchSize = DERIVATION_BATCH,
): Promise<string | null> {
  await client.query('UPDATE store_revision SET revision = revision + 1');
  const { rows } = await client.query<NamedOrgan>(ORGANS_AFTER_SQL, [after, batchSize]);
  const through = rows.length === batchSize ? (rows.at(-1)?.org ?? null) : null;
  await derivation.replace(client, rows, after, through);
  if (through !== null) {
    await client.query(
      `INSERT INTO derivation_progress (derivation, rules, last_org) VALUES ($1, $2, $3)
       ON CONFLICT (derivation) DO UPDATE SET rules = EXCLUDED.rules, last_org = EXCLUDED.last_org`,
      [derivation.name, derivation.rules, through],
    );
    return through;
  }
  await derivation.finish?.(client);
  await client.query(
    `INSERT INTO ${derivation.rulesTable} (rules) VALUES ($1)
     ON CONFLICT (singleton) DO UPDATE SET rules = EXCLUDED.rules`,
    [derivation.rules],
  );
  await client.query('DELETE FROM derivation_progress WHERE derivation = $1', [derivation.name]);
  return null;
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
