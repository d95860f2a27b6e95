// The digest's questions, each a few SQL queries over indexed columns: the store's size by year (index-only),
// what changed since a time (by first ingestion, ingestion and failing-since times), a year beside the year before
// (the two years' rows joined by organ), and checks of one kind in a year's failing reports.
import type pg from 'pg';
import type { Report } from '../../parser/index.js';
import type {
  CheckList,
  CompareYearsOptions,
  Figure,
  ReportChanges,
  ReportCounts,
  ReportSample,
  YearComparison,
} from '../types.js';
import { KEPT_FIGURES } from './figure-stats.js';
import { figureValueSql, Params } from './select-figures.js';

/** Whether the report JSON `column` has a failed check (an error), as the store's hasFailedCheck says. */
export const FAILING_SQL = (column: string): string =>
  `jsonb_path_exists(${column}, '$.checks[*] ? (@.severity == "error")')`;

const toInt = (value: string | number | null | undefined): number => Number(value ?? 0);

export async function selectReportCounts(pool: pg.Pool): Promise<ReportCounts> {
  const [organs, years, failing] = await Promise.all([
    pool.query<{ count: string }>('SELECT count(*) AS count FROM organs'),
    // Every report has a row of each kept figure in figure_stats: a year's count without reading its reports.
    pool.query<{ year: number; count: string }>(
      `SELECT year, sum(reports) AS count FROM figure_stats WHERE figure = '${KEPT_FIGURES[0]?.column}'
       GROUP BY year HAVING sum(reports) > 0`,
    ),
    pool.query<{ year: number; count: string }>(
      'SELECT year, count(*) AS count FROM reports WHERE failing GROUP BY year',
    ),
  ]);
  const failingIn = new Map(failing.rows.map((row) => [row.year, toInt(row.count)]));
  return {
    organs: toInt(organs.rows[0]?.count),
    reports: years.rows.reduce((total, row) => total + toInt(row.count), 0),
    years: years.rows
      .map((row) => ({ year: row.year, reports: toInt(row.count), failing: failingIn.get(row.year) ?? 0 }))
      .sort((a, b) => a.year - b.year),
  };
}

/** Each kind of change as a condition on the times kept per report ($1: the time since). */
const CHANGES = {
  added: 'added_at > $1',
  replaced: 'added_at <= $1 AND ingested_at > $1',
  newlyFailing: 'failing_since > $1',
} as const;

export async function selectChanges(
  pool: pg.Pool,
  since: Date,
  options: { readonly limit: number },
): Promise<ReportChanges> {
  const limit = Number.isFinite(options.limit) ? Math.max(0, Math.trunc(options.limit)) : 0;
  const sample = async (where: string): Promise<ReportSample> => {
    const [count, listed] = await Promise.all([
      pool.query<{ count: string }>(`SELECT count(*) AS count FROM reports WHERE ${where}`, [since]),
      pool.query<{ report: Report }>(
        `SELECT report FROM reports WHERE ${where} ORDER BY put_number, put_position LIMIT $2`,
        [since, limit],
      ),
    ]);
    return { count: toInt(count.rows[0]?.count), reports: listed.rows.map((row) => row.report) };
  };
  const [added, replaced, newlyFailing] = await Promise.all([
    sample(CHANGES.added),
    sample(CHANGES.replaced),
    sample(CHANGES.newlyFailing),
  ]);
  return { added, replaced, newlyFailing };
}

export async function selectYearComparison(
  pool: pg.Pool,
  figure: Figure,
  year: number,
  options: CompareYearsOptions,
): Promise<YearComparison> {
  const params = new Params();
  const value = figureValueSql(figure, params);
  const [current, previous] = [params.add(year, 'integer'), params.add(year - 1, 'integer')];
  const listed: string[] = [];
  if (options.rise !== undefined) listed.push(`current - previous >= ${params.add(options.rise, 'float8')}`);
  if (options.jump !== undefined) {
    const [factor, minSize] = [params.add(options.jump.factor, 'float8'), params.add(options.jump.minSize, 'float8')];
    // As memory-digest.ts's isListed: a change from or to 0 is a jump once the larger value is big enough.
    listed.push(`(greatest(current, previous) >= ${minSize} AND (previous = 0 OR current = 0
      OR current / previous >= ${factor} OR current / previous <= 1 / ${factor}))`);
  }
  const { rows } = await pool.query<{
    pairs: string;
    previous_cents: string | null;
    current_cents: string | null;
    org: string | null;
    current: number | null;
    previous: number | null;
  }>(
    `WITH now AS NOT MATERIALIZED (SELECT org, put_number, put_position, ${value} AS value FROM reports WHERE year = ${current}),
     before AS NOT MATERIALIZED (SELECT org, ${value} AS value FROM reports WHERE year = ${previous}),
     pairs AS (SELECT now.org, now.put_number, now.put_position, now.value AS current, before.value AS previous
               FROM now JOIN before USING (org) WHERE now.value IS NOT NULL AND before.value IS NOT NULL),
     listed AS (SELECT * FROM pairs WHERE ${listed.length === 0 ? 'false' : listed.join(' OR ')})
     SELECT counts.*, listed.org, listed.current, listed.previous FROM
       (SELECT count(*) AS pairs, sum(floor(previous * 100 + 0.5)::bigint) AS previous_cents,
               sum(floor(current * 100 + 0.5)::bigint) AS current_cents FROM pairs) AS counts
       LEFT JOIN listed ON true
     ORDER BY listed.put_number, listed.put_position`,
    params.values,
  );
  const first = rows[0];
  return {
    pairs: toInt(first?.pairs),
    previousSum: toInt(first?.previous_cents) / 100,
    currentSum: toInt(first?.current_cents) / 100,
    rows: rows.flatMap((row) =>
      row.org === null || row.current === null || row.previous === null
        ? []
        : [{ org: row.org, current: row.current, previous: row.previous }],
    ),
  };
}

export async function selectChecks(
  pool: pg.Pool,
  year: number,
  rulePrefix: string,
  options: { readonly limit: number },
): Promise<CheckList> {
  const limit = Number.isFinite(options.limit) ? Math.max(0, Math.trunc(options.limit)) : 0;
  const { rows } = await pool.query<{
    count: string;
    org: string | null;
    year: number | null;
    item: CheckList['rows'][number]['check'] | null;
  }>(
    `WITH found AS (
       SELECT reports.org, reports.year, reports.put_number, reports.put_position, item, n
       FROM reports CROSS JOIN LATERAL jsonb_array_elements(report -> 'checks') WITH ORDINALITY AS checks(item, n)
       WHERE reports.year = $1 AND check_count > 0 AND starts_with(item ->> 'rule', $2)),
     listed AS (SELECT * FROM found ORDER BY put_number, put_position, n LIMIT $3)
     SELECT counts.count, listed.org, listed.year, listed.item FROM (SELECT count(*) AS count FROM found) AS counts
       LEFT JOIN listed ON true
     ORDER BY listed.put_number, listed.put_position, listed.n`,
    [year, rulePrefix, limit],
  );
  return {
    count: toInt(rows[0]?.count),
    rows: rows.flatMap((row) =>
      row.org === null || row.year === null || row.item === null
        ? []
        : [{ org: row.org, year: row.year, check: row.item }],
    ),
  };
}
