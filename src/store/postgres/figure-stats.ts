// Counts and sums of the figures asked most, kept per (figure, year, level, tier, latest) by triggers on every write,
// so that a question over every organ of a year (150,000 reports nationally) counts from a few rows instead of
// scanning the year's index: how many reports state the figure, how many state 0, and their sum in cents.
import type pg from 'pg';
import { TIERS_OF_FILTER } from '../../organ-names/index.js';
import type { FigureScope } from '../types.js';
import { HOT_FIGURES_V4, type HotFigure } from './hot-figures.js';

/** The figures whose counts are kept (migration 10); a figure given a column later needs its counts added too. */
export const KEPT_FIGURES: readonly HotFigure[] = HOT_FIGURES_V4;

/** The keys the counts are kept by: (year, level, latest) from migration 10, the organ's tier too from 20. */
type StatsKeys = readonly string[];
const KEYS_V10: StatsKeys = ['year', 'level', 'latest'];
const KEYS_V20: StatsKeys = ['year', 'level', 'tier', 'latest'];

/** The changed rows' columns the counts read: a report of no tier (or not yet derived) is kept under ''. */
function changedColumns(keys: StatsKeys, figures: readonly HotFigure[]): string {
  const read = keys.map((key) => (key === 'tier' ? "coalesce(tier, '') AS tier" : key));
  return [...read, ...figures.map((figure) => figure.column)].join(', ');
}

/**
 * Adds the changed rows (`sign` 1 for rows written, -1 for rows removed or replaced) to their stats rows, in key
 * order: puts take turns on the store revision row, so writers never wait on each other here.
 */
function addChangesSql(changed: string, figures: readonly HotFigure[], keys: StatsKeys = KEYS_V10): string {
  const values = figures.map(({ column }) => `('${column}', changed.${column})`).join(', ');
  const groups = keys.map((_, at) => at + 2).join(', ');
  return `
    INSERT INTO figure_stats AS stats (figure, ${keys.join(', ')}, reports, counted, zeros, cents)
    SELECT figure, ${keys.map((key) => `changed.${key}`).join(', ')}, sum(sign)::bigint,
           coalesce(sum(sign) FILTER (WHERE value IS NOT NULL), 0)::bigint,
           coalesce(sum(sign) FILTER (WHERE value = 0), 0)::bigint,
           coalesce(sum(sign * floor(value * 100 + 0.5)::bigint), 0)::bigint
    FROM (${changed}) AS changed CROSS JOIN LATERAL (VALUES ${values}) AS figures(figure, value)
    GROUP BY 1, ${groups} ORDER BY 1, ${groups}
    ON CONFLICT (figure, ${keys.join(', ')}) DO UPDATE SET
      reports = stats.reports + EXCLUDED.reports, counted = stats.counted + EXCLUDED.counted,
      zeros = stats.zeros + EXCLUDED.zeros, cents = stats.cents + EXCLUDED.cents;`;
}

/** Adds the changed rows to the count of reports of each value (the values' rows kept, at 0 when none is left). */
function addValuesSql(changed: string, figures: readonly HotFigure[], keys: StatsKeys = KEYS_V10): string {
  const values = figures.map(({ column }) => `('${column}', changed.${column})`).join(', ');
  const groups = [...keys.map((_, at) => at + 2), keys.length + 2].join(', ');
  return `
    INSERT INTO figure_values AS kept (figure, ${keys.join(', ')}, value, reports)
    SELECT figure, ${keys.map((key) => `changed.${key}`).join(', ')}, value, sum(sign)::bigint
    FROM (${changed}) AS changed CROSS JOIN LATERAL (VALUES ${values}) AS figures(figure, value)
    WHERE value IS NOT NULL
    GROUP BY 1, ${groups} ORDER BY 1, ${groups}
    ON CONFLICT (figure, ${keys.join(', ')}, value) DO UPDATE SET reports = kept.reports + EXCLUDED.reports;`;
}

/** The three trigger functions writing both tables by `keys`, replaced (their triggers stay). */
function countingFunctionsSql(figures: readonly HotFigure[], keys: StatsKeys): string {
  const columns = changedColumns(keys, figures);
  const added = `SELECT 1 AS sign, ${columns} FROM added_rows`;
  const removed = `SELECT -1 AS sign, ${columns} FROM removed_rows`;
  const both = (changed: string) => `${addChangesSql(changed, figures, keys)} ${addValuesSql(changed, figures, keys)}`;
  return `
    CREATE OR REPLACE FUNCTION count_added_figures() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN ${both(added)} RETURN NULL; END $$;
    CREATE OR REPLACE FUNCTION count_removed_figures() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN ${both(removed)} RETURN NULL; END $$;
    CREATE OR REPLACE FUNCTION count_changed_figures() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN ${both(`${added} UNION ALL ${removed}`)} RETURN NULL; END $$;`;
}

/**
 * Migration 20: both tables keyed by the reports' tier too, every row kept so far under '' (the tiers are derived
 * by the store when it opens, and each report's change of tier moves its counts, by the same triggers).
 */
export function tieredFigureStatsSql(figures: readonly HotFigure[]): string {
  return `
    LOCK TABLE reports IN SHARE ROW EXCLUSIVE MODE;
    ALTER TABLE figure_stats ADD COLUMN tier text NOT NULL DEFAULT '';
    ALTER TABLE figure_stats DROP CONSTRAINT figure_stats_pkey;
    ALTER TABLE figure_stats ADD PRIMARY KEY (figure, year, level, tier, latest);
    ALTER TABLE figure_values ADD COLUMN tier text NOT NULL DEFAULT '';
    ALTER TABLE figure_values DROP CONSTRAINT figure_values_pkey;
    ALTER TABLE figure_values ADD PRIMARY KEY (figure, year, level, tier, latest, value);
    ${countingFunctionsSql(figures, KEYS_V20)}`;
}

/**
 * How many reports state each value of the kept figures (migration 11), by the same keys and kept by the same
 * triggers (replaced to write both tables): an organ's place is the count of reports above its value, a sum over
 * the few thousand values a year's reports hold, not a count of the year's index entries above it.
 */
export function figureValuesSql(figures: readonly HotFigure[]): string {
  // Writers wait until the table is filled and the triggers write it: none is missed between the two.
  return `
    LOCK TABLE reports IN SHARE ROW EXCLUSIVE MODE;
    CREATE TABLE figure_values (
      figure text NOT NULL, year integer NOT NULL, level text NOT NULL, latest boolean NOT NULL,
      value float8 NOT NULL, reports bigint NOT NULL,
      PRIMARY KEY (figure, year, level, latest, value)
    );
    ${countingFunctionsSql(figures, KEYS_V10)}
    ${addValuesSql(`SELECT 1 AS sign, ${changedColumns(KEYS_V10, figures)} FROM reports`, figures)}`;
}

/** The stats table, the triggers keeping it (one per kind of write: each has its own transition tables), filled. */
export function figureStatsSql(figures: readonly HotFigure[]): string {
  const columns = ['year', 'level', 'latest', ...figures.map((figure) => figure.column)].join(', ');
  const added = `SELECT 1 AS sign, ${columns} FROM added_rows`;
  const removed = `SELECT -1 AS sign, ${columns} FROM removed_rows`;
  return `
    CREATE TABLE figure_stats (
      figure text NOT NULL, year integer NOT NULL, level text NOT NULL, latest boolean NOT NULL,
      reports bigint NOT NULL, counted bigint NOT NULL, zeros bigint NOT NULL, cents bigint NOT NULL,
      PRIMARY KEY (figure, year, level, latest)
    );
    CREATE FUNCTION count_added_figures() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN ${addChangesSql(added, figures)} RETURN NULL; END $$;
    CREATE FUNCTION count_removed_figures() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN ${addChangesSql(removed, figures)} RETURN NULL; END $$;
    CREATE FUNCTION count_changed_figures() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN ${addChangesSql(`${added} UNION ALL ${removed}`, figures)} RETURN NULL; END $$;
    CREATE TRIGGER reports_added_figures AFTER INSERT ON reports REFERENCING NEW TABLE AS added_rows
      FOR EACH STATEMENT EXECUTE FUNCTION count_added_figures();
    CREATE TRIGGER reports_removed_figures AFTER DELETE ON reports REFERENCING OLD TABLE AS removed_rows
      FOR EACH STATEMENT EXECUTE FUNCTION count_removed_figures();
    CREATE TRIGGER reports_changed_figures AFTER UPDATE ON reports
      REFERENCING NEW TABLE AS added_rows OLD TABLE AS removed_rows
      FOR EACH STATEMENT EXECUTE FUNCTION count_changed_figures();
    ${addChangesSql(`SELECT 1 AS sign, ${columns} FROM reports`, figures)}`;
}

/** The hot column a figure is read from when its counts are kept, else undefined (another figure, a share). */
export function keptColumn(cells: readonly string[], per: readonly string[] | undefined): string | undefined {
  if (per) return undefined;
  return KEPT_FIGURES.find(
    (figure) => figure.cells.length === cells.length && figure.cells.every((cell, at) => cell === cells[at]),
  )?.column;
}

/** Whether a scope covers every organ (of its years, level, or latest reports): the scopes the stats count. */
export function isWideScope(scope: FigureScope): boolean {
  return scope.orgs === undefined && scope.region === undefined;
}

export interface KeptCounts {
  readonly year: number;
  readonly reports: number;
  readonly counted: number;
  readonly zeros: number;
  readonly cents: number;
}

/** The kept rows of a figure over a scope, as a WHERE clause of figure_stats or figure_values and its values. */
function keptScopeSql(column: string, scope: FigureScope): { where: string; values: unknown[] } {
  const values: unknown[] = [column];
  const conditions = ['figure = $1'];
  if (scope.years.length > 0) {
    values.push([...new Set(scope.years)]);
    conditions.push(`year = ANY($${values.length}::integer[])`);
  } else if (scope.latestOnly) conditions.push('latest');
  if (scope.level !== undefined) {
    values.push(scope.level);
    conditions.push(`level = $${values.length}::text`);
  }
  if (scope.tier !== undefined) {
    values.push(TIERS_OF_FILTER[scope.tier]);
    conditions.push(`tier = ANY($${values.length}::text[])`);
  }
  return { where: conditions.join(' AND '), values };
}

/** The scope's kept counts by year (years with no report left out). */
export async function selectKeptCounts(client: pg.Pool, column: string, scope: FigureScope): Promise<KeptCounts[]> {
  const { where, values } = keptScopeSql(column, scope);
  const { rows } = await client.query<Record<keyof KeptCounts, string | number>>(
    `SELECT year, sum(reports) AS reports, sum(counted) AS counted, sum(zeros) AS zeros, sum(cents) AS cents
     FROM figure_stats WHERE ${where} GROUP BY year HAVING sum(reports) > 0 ORDER BY year`,
    values,
  );
  return rows.map((row) => ({
    year: Number(row.year),
    reports: Number(row.reports),
    counted: Number(row.counted),
    zeros: Number(row.zeros),
    cents: Number(row.cents),
  }));
}

/** How many of the scope's reports state more than each value, from the kept counts of each value. */
export async function selectKeptAbove(
  client: pg.Pool,
  column: string,
  scope: FigureScope,
  values: readonly number[],
): Promise<number[]> {
  const { where, values: params } = keptScopeSql(column, scope);
  const { rows } = await client.query<{ above: string }>(
    `SELECT (SELECT coalesce(sum(reports), 0) FROM figure_values WHERE ${where} AND value > asked.value) AS above
     FROM unnest($${params.length + 1}::float8[]) WITH ORDINALITY AS asked(value, n) ORDER BY n`,
    [...params, values],
  );
  return rows.map((row) => Number(row.above));
}

/** How many of the scope's reports share its best value (the largest; with 'ASC' the smallest), from figure_values. */
export async function selectKeptTied(
  client: pg.Pool,
  column: string,
  scope: FigureScope,
  order: 'ASC' | 'DESC',
): Promise<number> {
  const { where, values } = keptScopeSql(column, scope);
  const best = order === 'DESC' ? 'max' : 'min';
  const { rows } = await client.query<{ tied: string | null }>(
    `SELECT sum(reports) AS tied FROM figure_values
     WHERE ${where} AND value = (SELECT ${best}(value) FROM figure_values WHERE ${where} AND reports > 0)`,
    values,
  );
  return Number(rows[0]?.tied ?? 0);
}
