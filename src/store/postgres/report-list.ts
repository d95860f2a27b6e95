import type pg from 'pg';
import type { Report } from '../../parser/index.js';

/** The reports as list() returns them, the store revision they reflect, and each id's place in the array. */
export interface ReportList {
  readonly revision: string;
  readonly reports: readonly Report[];
  readonly positions: ReadonlyMap<string, number>;
}

/** The store revision: bumped by every put that changed a report. Bigints arrive as strings. */
export async function readRevision(client: pg.Pool | pg.ClientBase): Promise<string> {
  const { rows } = await client.query<{ revision: string }>('SELECT revision FROM store_revision');
  return rows[0]?.revision ?? '0';
}

/**
 * Brings `previous` up to the store's revision by fetching only rows changed since it (all rows the first time),
 * as a new array, so callers' caches keyed by the old one expire. Run it in one REPEATABLE READ snapshot: writers
 * commit in revision order, so every row stamped at or below the revision read is visible in it.
 */
export async function refreshReportList(client: pg.ClientBase, previous: ReportList | undefined): Promise<ReportList> {
  const revision = await readRevision(client);
  const { rows } = await client.query<{ report: Report }>(
    'SELECT report FROM reports WHERE revision > $1 ORDER BY put_number, put_position',
    [previous?.revision ?? '-1'],
  );
  const reports = [...(previous?.reports ?? [])];
  const positions = new Map(previous?.positions ?? []);
  for (const { report } of rows) {
    const at = positions.get(report.id);
    if (at === undefined) positions.set(report.id, reports.push(report) - 1);
    else reports[at] = report;
  }
  return { revision, reports, positions };
}
