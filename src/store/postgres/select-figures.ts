// The store's results over many reports, each one SQL query: the scope's rows filtered by indexed columns, the
// figure read from its own column when it is one of the figures asked most (indexes by year and among latest
// reports), else from the metric vector, else from the report JSON.
import type pg from 'pg';
import { TIERS_OF_FILTER } from '../../organ-names/index.js';
import {
  CHECK_RULES,
  type CheckRule,
  type ReportSection,
  RULES_OF_NAMED_TABLE,
  TABLE_OF_SECTION,
} from '../../parser/index.js';
import { checksInSections } from '../figures/memory-figures.js';
import { metricPath } from '../metric-path.js';
import type {
  CountOptions,
  FailingEntry,
  FailingList,
  FailingOptions,
  Figure,
  FigureCount,
  FigureLack,
  FigurePlaces,
  FigureRanking,
  FigureRow,
  FigureScope,
  FigureSum,
  RankFiguresOptions,
} from '../types.js';
import { selectCheckCounts } from './check-stats.js';
import { isWideScope } from './figure-stats.js';
import { figureSql, HOT_FIGURES } from './hot-figures.js';
import { metricPosition } from './metric-vector.js';

/** Query parameters, numbered as they are added (select-digest.ts builds its queries with them too). */
export class Params {
  readonly values: unknown[] = [];
  add(value: unknown, cast: string): string {
    this.values.push(value);
    return `$${this.values.length}::${cast}`;
  }
}

/** The figure's SQL: a column of its own, the metric vector, or the report JSON for a path outside the vector. */
function valueSql(cells: readonly string[], params: Params): string {
  const hot = HOT_FIGURES.find((figure) => sameCells(figure.cells, cells));
  if (hot) return hot.column;
  const paths = cells.map(metricPath);
  if (paths.every((path) => metricPosition(path) !== undefined)) return `(${figureSql(cells)})`;
  const read = paths.map((path) => {
    const at = params.add(path, 'text[]');
    return `CASE WHEN jsonb_typeof(report #> ${at}) = 'number' THEN (report #>> ${at})::float8 END`;
  });
  if (read.length === 1) return read[0] as string;
  return `(CASE WHEN ${read.map((at) => `${at} IS NULL`).join(' AND ')} THEN NULL
    ELSE floor((${read.map((at) => `coalesce(${at}, 0)`).join(' + ')}) * 100 + 0.5) / 100 END)`;
}

export function figureValueSql(figure: Figure, params: Params): string {
  const value = valueSql(figure.cells, params);
  if (!figure.per) return value;
  const whole = valueSql(figure.per, params);
  return `(${value} / NULLIF(${whole}, 0))`;
}

const sameCells = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((cell, at) => cell === b[at]);

/** The tie order's columns, of the table or alias `from`. */
export type Ties = (from?: string) => string;

/** The scope's tie order, its parameters added only when a query orders by it. */
export function tiesOf(scope: FigureScope, params: Params): Ties {
  const years = [...new Set(scope.years)];
  let yearsAsked: string | undefined;
  return (from = '') => {
    const at = from === '' ? '' : `${from}.`;
    if (scope.ties === 'organ') return `${at}org COLLATE "C", ${at}year`;
    if (years.length > 1) yearsAsked ??= params.add(years, 'integer[]');
    const byYear = yearsAsked ? `array_position(${yearsAsked}, ${at}year), ` : '';
    return `${byYear}${at}put_number, ${at}put_position`;
  };
}

/** The scope as a WHERE clause over indexed columns, and its tie order. */
export function scopeSql(scope: FigureScope, params: Params): { where: string; ties: Ties } {
  const years = [...new Set(scope.years)];
  const conditions: string[] = [];
  if (years.length > 0) conditions.push(`year = ANY(${params.add(years, 'integer[]')})`);
  else if (scope.latestOnly) conditions.push('latest');
  if (scope.orgs) conditions.push(`org = ANY(${params.add(scope.orgs, 'text[]')})`);
  if (scope.region !== undefined) conditions.push(`region = ${params.add(scope.region, 'text')}`);
  if (scope.level !== undefined) conditions.push(`level = ${params.add(scope.level, 'text')}`);
  if (scope.tier !== undefined) conditions.push(`tier = ANY(${params.add(TIERS_OF_FILTER[scope.tier], 'text[]')})`);
  return { where: conditions.length > 0 ? conditions.join(' AND ') : 'true', ties: tiesOf(scope, params) };
}

/** The scope's reports with their value (`value`), inlined into each query that reads it so indexes apply. */
function fieldSql(figure: Figure, scope: FigureScope, params: Params): { field: string; ties: Ties } {
  const value = figureValueSql(figure, params);
  const { where, ties } = scopeSql(scope, params);
  return {
    field: `field AS NOT MATERIALIZED (
      SELECT id, org, year, put_number, put_position, ${value} AS value FROM reports WHERE ${where})`,
    ties,
  };
}

export const toInt = (value: string | number | null | undefined): number => Number(value ?? 0);
export const limitOf = (limit: number): number => (Number.isFinite(limit) ? Math.max(0, Math.trunc(limit)) : 0);

/** Listed rows (with their report) after one row of counts; a query with no row listed still has its counts. */
export async function runListed<C extends Record<string, unknown>>(
  client: pg.Pool,
  sql: string,
  params: Params,
): Promise<{ counts: C; rows: FigureRow[] }> {
  const { rows } = await client.query<C & { report: FigureRow['report'] | null; value: number | null }>(
    sql,
    params.values,
  );
  const listed = rows.flatMap((row) =>
    row.report === null || row.value === null ? [] : [{ report: row.report, value: row.value }],
  );
  return { counts: (rows[0] ?? {}) as C, rows: listed };
}

export async function selectRanking(
  client: pg.Pool,
  figure: Figure,
  scope: FigureScope,
  options: RankFiguresOptions,
): Promise<FigureRanking> {
  const params = new Params();
  const { field, ties } = fieldSql(figure, scope, params);
  const order = options.order === 'asc' ? 'ASC' : 'DESC';
  const best = options.order === 'asc' ? 'min' : 'max';
  const isFirst = options.ties === 'first';
  const limit = params.add(limitOf(options.limit), 'bigint');
  // 最多: the reports sharing the best value; 前N: the N best.
  const listedWhere = isFirst ? `value = (SELECT ${best}(value) FROM field)` : 'value IS NOT NULL';
  const { counts, rows } = await runListed<{ compared: string; tied: string }>(
    client,
    `WITH ${field},
     listed AS (SELECT id, value, org, year, put_number, put_position FROM field WHERE ${listedWhere}
                ORDER BY value ${order}, ${ties()} LIMIT ${limit})
     SELECT counts.*, listed.value, reports.report FROM
       (SELECT count(value) AS compared,
               ${isFirst ? `(SELECT count(*) FROM field WHERE value = (SELECT ${best}(value) FROM field))` : '1'} AS tied
        FROM field) AS counts
       LEFT JOIN (listed JOIN reports USING (id)) ON true
     ORDER BY listed.value ${order}, ${ties('listed')}`,
    params,
  );
  return { rows, compared: toInt(counts.compared), tied: toInt(counts.tied) };
}

export async function selectCount(
  client: pg.Pool,
  figure: Figure,
  scope: FigureScope,
  options: CountOptions,
): Promise<FigureCount> {
  const params = new Params();
  const { field, ties } = fieldSql(figure, scope, params);
  const matching = options.zero
    ? 'value = 0'
    : options.above === undefined
      ? 'value <> 0'
      : `value > ${params.add(options.above, 'float8')}`;
  const limit = params.add(limitOf(options.limit), 'bigint');
  const { counts, rows } = await runListed<{ compared: string; matched: string }>(
    client,
    `WITH ${field},
     listed AS (SELECT id, value, org, year, put_number, put_position FROM field WHERE ${matching}
                ORDER BY value DESC, ${ties()} LIMIT ${limit})
     SELECT counts.*, listed.value, reports.report FROM
       (SELECT count(value) AS compared, count(*) FILTER (WHERE ${matching}) AS matched FROM field) AS counts
       LEFT JOIN (listed JOIN reports USING (id)) ON true
     ORDER BY listed.value DESC, ${ties('listed')}`,
    params,
  );
  return { rows, compared: toInt(counts.compared), matched: toInt(counts.matched) };
}

export async function selectPlaces(
  client: pg.Pool,
  figure: Figure,
  scope: FigureScope,
  chosen: readonly { readonly id: string; readonly value: number }[],
): Promise<FigurePlaces> {
  const params = new Params();
  const { field } = fieldSql(figure, scope, params);
  const [ids, values] = [
    params.add(
      chosen.map((entry) => entry.id),
      'text[]',
    ),
    params.add(
      chosen.map((entry) => entry.value),
      'float8[]',
    ),
  ];
  const { rows } = await client.query<{ compared: string; above: string[]; inside: boolean[] }>(
    `WITH ${field}
     SELECT (SELECT count(value) FROM field) AS compared,
       ARRAY(SELECT (SELECT count(*) FROM field WHERE field.value > asked.value)
             FROM unnest(${values}) WITH ORDINALITY AS asked(value, n) ORDER BY n) AS above,
       ARRAY(SELECT EXISTS (SELECT 1 FROM field WHERE field.id = asked.id AND field.value IS NOT NULL)
             FROM unnest(${ids}) WITH ORDINALITY AS asked(id, n) ORDER BY n) AS inside`,
    params.values,
  );
  const row = rows[0];
  return {
    compared: toInt(row?.compared),
    above: (row?.above ?? []).map(toInt),
    inScope: row?.inside ?? [],
  };
}

export async function selectSum(
  client: pg.Pool,
  figure: Figure,
  scope: FigureScope,
  options: { readonly listed?: number } = {},
): Promise<FigureSum> {
  const params = new Params();
  const { field, ties } = fieldSql(figure, scope, params);
  const listed = limitOf(options.listed ?? 0);
  // Each value in whole cents (as the engine rounds a figure), added exactly as bigint.
  const { rows } = await client.query<{ year: number; cents: string | null; count: string; reports: string }>(
    `WITH ${field}
     SELECT year, sum(floor(value * 100 + 0.5)::bigint) AS cents, count(value) AS count, count(*) AS reports
     FROM field GROUP BY year ORDER BY year`,
    params.values,
  );
  const years = rows
    .filter((row) => toInt(row.count) > 0)
    .map((row) => ({ year: row.year, sum: toInt(row.cents) / 100, count: toInt(row.count) }));
  const sum = rows.reduce((total, row) => total + toInt(row.cents), 0) / 100;
  const isLacking = rows.some((row) => toInt(row.count) < toInt(row.reports));
  // The listed and the lacking reports, each a query of its own only when asked for or when there are any.
  const [first, lacking] = await Promise.all([
    listed === 0
      ? []
      : runListed(
          client,
          `WITH ${field},
           listed AS (SELECT id, value, org, year, put_number, put_position FROM field WHERE value IS NOT NULL
                      ORDER BY ${ties()} LIMIT ${params.add(listed, 'bigint')})
           SELECT listed.value, reports.report FROM listed JOIN reports USING (id) ORDER BY ${ties('listed')}`,
          params,
        ).then((found) => found.rows),
    isLacking ? selectLacking(client, figure, scope) : [],
  ]);
  return { sum, count: years.reduce((total, entry) => total + entry.count, 0), years, rows: first, lacking };
}

export async function selectLacking(client: pg.Pool, figure: Figure, scope: FigureScope): Promise<FigureLack[]> {
  const params = new Params();
  const { field, ties } = fieldSql(figure, scope, params);
  const { rows } = await client.query<FigureLack>(
    `WITH ${field}
     SELECT field.org, field.year, reports.template FROM field JOIN reports USING (id)
     WHERE field.value IS NULL ORDER BY ${ties('field')}`,
    params.values,
  );
  return rows;
}

/** A row of the failing-reports queries: the counts, then one listed report (none: the counts alone). */
interface FailingRow {
  readonly checked: string | null;
  readonly failing: string | null;
  readonly org: string | null;
  readonly year: number | null;
  readonly file: string | null;
  readonly url: string | null;
  readonly checks: FailingEntry['checks'] | null;
}

/** The reports the rows list, with their checks (of `sections` only, when given). */
function failingEntries(rows: readonly FailingRow[], sections?: readonly ReportSection[]): FailingEntry[] {
  return rows.flatMap((row) =>
    row.org === null || row.year === null
      ? []
      : [
          {
            org: row.org,
            year: row.year,
            file: row.file ?? '',
            ...(row.url === null ? {} : { url: row.url }),
            checks: checksInSections(row.checks ?? [], sections),
          },
        ],
  );
}

/** Reports of the scope with a failed check (by organ, then year), the first `limit` with their checks. */
export async function selectFailing(
  client: pg.Pool,
  scope: FigureScope,
  options: FailingOptions,
): Promise<FailingList> {
  if (options.sections !== undefined) return selectFailingIn(client, scope, options.sections, options.limit);
  const params = new Params();
  const { where } = scopeSql(scope, params);
  const limit = params.add(limitOf(options.limit), 'bigint');
  // Over every organ the counts are kept (check_stats); of named organs or a region, two counts of the scope's
  // rows, not one count with a FILTER: each is an index-only scan (the failing one of reports_failing), where the
  // FILTER read every report's row (0.8–9 s at 1,000,000 reports).
  // check_stats keeps no tier: a tier's reports are counted on the (year, tier) index.
  const isWide = isWideScope(scope) && scope.tier === undefined;
  const kept = isWide ? await selectCheckCounts(client, scope) : null;
  // None failing: nothing to list (a walk of the failing index in organ order would read all of it for nothing).
  if (kept?.failing === 0) return { rows: [], failing: 0, checked: kept.checked };
  const counts = isWide
    ? 'SELECT NULL::bigint AS checked, NULL::bigint AS failing'
    : `SELECT (SELECT count(*) FROM reports WHERE ${where}) AS checked,
              (SELECT count(*) FROM reports WHERE ${where} AND check_count > 0) AS failing`;
  const { rows } = await client.query<FailingRow>(
    `WITH counts AS (${counts}),
       listed AS (SELECT id, org, year FROM reports WHERE ${where} AND check_count > 0
                  ORDER BY org COLLATE "C", year LIMIT ${limit})
       SELECT counts.*, listed.org, listed.year, reports.report -> 'source' ->> 'file' AS file,
              reports.report -> 'source' ->> 'url' AS url, reports.report -> 'checks' AS checks
       FROM counts LEFT JOIN (listed JOIN reports USING (id)) ON true
       ORDER BY listed.org COLLATE "C", listed.year`,
    params.values,
  );
  return {
    rows: failingEntries(rows),
    failing: kept?.failing ?? toInt(rows[0]?.failing),
    checked: kept?.checked ?? toInt(rows[0]?.checked),
  };
}

/**
 * The failing reports of the scope counting only the checks of these tables (表三对得上吗 of a region): a report
 * counts when one of its checks is of a rule of those tables, or of a rule of any table naming one of them.
 */
async function selectFailingIn(
  client: pg.Pool,
  scope: FigureScope,
  sections: readonly ReportSection[],
  limit: number,
): Promise<FailingList> {
  const params = new Params();
  const { where } = scopeSql(scope, params);
  const named = new Set(RULES_OF_NAMED_TABLE);
  const rules = params.add(
    (Object.keys(CHECK_RULES) as CheckRule[]).filter(
      (rule) => !named.has(rule) && sections.includes(CHECK_RULES[rule].section as ReportSection),
    ),
    'text[]',
  );
  const namedRules = params.add([...named], 'text[]');
  const tables = params.add(
    sections.map((section) => TABLE_OF_SECTION[section]),
    'text[]',
  );
  const failingWhere = `${where} AND check_count > 0 AND EXISTS (
      SELECT 1 FROM jsonb_array_elements(report -> 'checks') AS c
      WHERE c ->> 'rule' = ANY(${rules}) OR (c ->> 'rule' = ANY(${namedRules}) AND c ->> 'table' = ANY(${tables})))`;
  const listed = params.add(limitOf(limit), 'bigint');
  const { rows } = await client.query<FailingRow>(
    `WITH counts AS (SELECT (SELECT count(*) FROM reports WHERE ${where}) AS checked,
                            (SELECT count(*) FROM reports WHERE ${failingWhere}) AS failing),
          listed AS (SELECT id FROM reports WHERE ${failingWhere} ORDER BY org COLLATE "C", year LIMIT ${listed})
     SELECT counts.*, reports.org, reports.year, reports.report -> 'source' ->> 'file' AS file,
            reports.report -> 'source' ->> 'url' AS url, reports.report -> 'checks' AS checks
     FROM counts LEFT JOIN (listed JOIN reports USING (id)) ON true
     ORDER BY reports.org COLLATE "C", reports.year`,
    params.values,
  );
  return {
    rows: failingEntries(rows, sections),
    failing: toInt(rows[0]?.failing),
    checked: toInt(rows[0]?.checked),
  };
}
