import type pg from 'pg';
import type { Report } from '../../parser/index.js';
import type { OrgEntry, ReportFilter } from '../types.js';

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
  if (filter.region === undefined && filter.year === undefined) {
    // Every organ: the organ list kept on ingest, one row each.
    const { rows } = await client.query<OrgEntry>(
      'SELECT org, region, level, years FROM organs ORDER BY org COLLATE "C"',
    );
    return rows;
  }
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
