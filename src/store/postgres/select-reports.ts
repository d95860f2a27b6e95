import type pg from 'pg';
import type { Report } from '../../parser/index.js';
import { metricPath } from '../rank-reports.js';
import type { OrgEntry, RankedValue, RankOptions, ReportFilter } from '../types.js';
import { metricPosition } from './metric-vector.js';

type Filter = ReportFilter & { readonly level?: Report['level'] };

/** The WHERE clause for a filter, with its parameters numbered after `offset` (columns are indexed). */
function whereClause(filter: Filter, offset = 0): { sql: string; values: unknown[] } {
  const columns = (['org', 'region', 'year', 'level'] as const).filter((column) => filter[column] !== undefined);
  const values = columns.map((column) => filter[column]);
  const sql = columns.map((column, at) => `${column} = $${offset + at + 1}`).join(' AND ');
  return { sql: sql === '' ? 'true' : sql, values };
}

/** Reports matching the filter, in insertion order. */
export async function selectReports(client: pg.Pool | pg.ClientBase, filter: ReportFilter): Promise<Report[]> {
  const where = whereClause(filter);
  const { rows } = await client.query<{ report: Report }>(
    `SELECT report FROM reports WHERE ${where.sql} ORDER BY put_number, put_position`,
    where.values,
  );
  return rows.map((row) => row.report);
}

/** Organs with matching reports; region and level from each organ's latest report. */
export async function selectOrgs(client: pg.Pool, filter: Omit<ReportFilter, 'org'>): Promise<OrgEntry[]> {
  const where = whereClause(filter);
  const { rows } = await client.query<OrgEntry>(
    `SELECT org,
            (array_agg(region ORDER BY year DESC))[1] AS region,
            (array_agg(level ORDER BY year DESC))[1] AS level,
            array_agg(DISTINCT year ORDER BY year) AS years
     FROM reports WHERE ${where.sql} GROUP BY org ORDER BY org COLLATE "C"`,
    where.values,
  );
  return rows;
}

/**
 * One year's reports ordered by a metric, read from the metric vector (or, for a path outside it, from the report
 * JSON); ties by id as on lowdb.
 */
export async function selectRanking(client: pg.Pool, metric: string, options: RankOptions): Promise<RankedValue[]> {
  const path = metricPath(metric);
  const position = metricPosition(path);
  const where = whereClause({ year: options.year, region: options.region, level: options.level }, 1);
  const value =
    position === undefined
      ? `CASE WHEN jsonb_typeof(report #> $1::text[]) = 'number' THEN (report #>> $1::text[])::float8 END`
      : 'metrics[$1::integer]';
  const order = options.order === 'asc' ? 'ASC' : 'DESC';
  const limit = options.limit === undefined ? '' : `LIMIT ${Math.max(0, Math.trunc(options.limit))}`;
  const { rows } = await client.query<RankedValue>(
    `SELECT id, org, region, year, value FROM (
       SELECT id, org, region, year, ${value} AS value FROM reports WHERE ${where.sql}
     ) AS cells
     WHERE value IS NOT NULL
     ORDER BY value ${order}, id COLLATE "C" ${limit}`,
    [position ?? path, ...where.values],
  );
  return rows;
}
