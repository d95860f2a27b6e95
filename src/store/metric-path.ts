import { StoreError } from '../errors.js';
import { APPLICANT_COLUMNS, APPLICATION_ROWS, REVIEW_COLUMNS, REVIEW_GROUPS, type Report } from '../parser/index.js';
import type { ReportFilter } from './types.js';

/** Which row keys and columns each table accepts; table 二's keys differ by template, so any word goes. */
const METRIC_SECTIONS: Record<
  string,
  { readonly rows: readonly string[] | null; readonly columns: readonly string[] | null }
> = {
  activeDisclosure: { rows: null, columns: null },
  applications: { rows: APPLICATION_ROWS, columns: APPLICANT_COLUMNS },
  reviewLitigation: { rows: REVIEW_GROUPS, columns: REVIEW_COLUMNS },
};

/**
 * Splits a metric into its JSON path: section, row key, column. Row keys may hold dots, so
 * `metricPath("applications.denied.stateSecret.total")` is `["applications", "denied.stateSecret", "total"]`.
 */
export function metricPath(metric: string): [string, string, string] {
  const parts = metric.split('.');
  const [section, column] = [parts[0] ?? '', parts.at(-1) ?? ''];
  const row = parts.slice(1, -1).join('.');
  const allowed = METRIC_SECTIONS[section];
  const isKnown = (list: readonly string[] | null, key: string): boolean =>
    list ? list.includes(key) : /^[A-Za-z]+$/.test(key);
  if (parts.length < 3 || !allowed || !isKnown(allowed.rows, row) || !isKnown(allowed.columns, column)) {
    throw new StoreError(
      `unknown metric "${metric}": expected <section>.<row>.<column> with section one of ${Object.keys(METRIC_SECTIONS).join(', ')}, ` +
        'e.g. applications.newReceived.total or reviewLitigation.review.corrected',
    );
  }
  return [section, row, column];
}

/** The metric's number in one report, or undefined where the report has no such cell. */
export function readMetric(report: Report, path: readonly [string, string, string]): number | undefined {
  const [section, row, column] = path;
  const table = (report as unknown as Record<string, Record<string, Record<string, unknown> | null> | null>)[section];
  const value = table?.[row]?.[column];
  return typeof value === 'number' ? value : undefined;
}

/** True when the report passes every field the filter sets. */
export function matchesFilter(report: Report, filter: ReportFilter & { readonly level?: Report['level'] }): boolean {
  return (
    (filter.org === undefined || report.org === filter.org) &&
    (filter.region === undefined || report.region === filter.region) &&
    (filter.year === undefined || report.year === filter.year) &&
    (filter.level === undefined || report.level === filter.level)
  );
}

/** Orders strings by code point, as Postgres does with COLLATE "C", so both backends agree on ties. */
export function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
