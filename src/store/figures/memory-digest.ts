// The digest's questions answered in memory, one pass over the reports (lowdb): the store's size, what changed
// since a time, a year beside the year before, and checks of one kind.
import type { Report } from '../../parser/index.js';
import type {
  CheckList,
  CompareYearsOptions,
  Figure,
  ReportChanges,
  ReportCounts,
  ReportSample,
  YearComparison,
  YearPair,
} from '../types.js';
import { figureValues } from './figure-values.js';

/** A failed check a person should hear about: an error (warnings are the parser's notes). */
export const hasFailedCheck = (report: Report): boolean => report.checks.some((check) => check.severity === 'error');

/** When each report entered the store, was last replaced, and began failing (undefined: it does not fail). */
export interface ChangeTimes {
  readonly addedAt: (id: string) => string;
  readonly ingestedAt: (id: string) => string;
  readonly failingSince: (id: string) => string | undefined;
}

export function countReportsIn(reports: readonly Report[]): ReportCounts {
  const years = new Map<number, { reports: number; failing: number }>();
  for (const report of reports) {
    const entry = years.get(report.year) ?? { reports: 0, failing: 0 };
    years.set(report.year, { reports: entry.reports + 1, failing: entry.failing + (hasFailedCheck(report) ? 1 : 0) });
  }
  return {
    organs: new Set(reports.map((report) => report.org)).size,
    reports: reports.length,
    years: [...years].sort(([a], [b]) => a - b).map(([year, entry]) => ({ year, ...entry })),
  };
}

export function listChangesIn(
  reports: readonly Report[],
  times: ChangeTimes,
  since: Date,
  options: { readonly limit: number },
): ReportChanges {
  const after = since.toISOString();
  const sample = (isIn: (report: Report) => boolean): ReportSample => {
    const matching = reports.filter(isIn);
    return { count: matching.length, reports: matching.slice(0, Math.max(0, options.limit)) };
  };
  return {
    added: sample((report) => times.addedAt(report.id) > after),
    replaced: sample((report) => times.addedAt(report.id) <= after && times.ingestedAt(report.id) > after),
    newlyFailing: sample((report) => (times.failingSince(report.id) ?? '') > after),
  };
}

export function compareYearsIn(
  reports: readonly Report[],
  figure: Figure,
  year: number,
  options: CompareYearsOptions,
): YearComparison {
  const values = figureValues(figure, reports);
  const before = new Map<string, number>();
  reports.forEach((report, at) => {
    if (report.year === year - 1 && !Number.isNaN(values[at])) before.set(report.org, values[at] as number);
  });
  const rows: YearPair[] = [];
  let [pairs, previousCents, currentCents] = [0, 0, 0];
  reports.forEach((report, at) => {
    const [current, previous] = [values[at] as number, before.get(report.org)];
    if (report.year !== year || Number.isNaN(current) || previous === undefined) return;
    pairs += 1;
    previousCents += Math.round(previous * 100);
    currentCents += Math.round(current * 100);
    if (isListed(current, previous, options)) rows.push({ org: report.org, current, previous });
  });
  return { pairs, previousSum: previousCents / 100, currentSum: currentCents / 100, rows };
}

/** The rule compareYears lists pairs by (the SQL in postgres/select-digest.ts says the same). */
function isListed(current: number, previous: number, { rise, jump }: CompareYearsOptions): boolean {
  if (rise !== undefined && current - previous >= rise) return true;
  if (jump === undefined || Math.max(current, previous) < jump.minSize) return false;
  if (previous === 0 || current === 0) return true;
  const ratio = current / previous;
  return ratio >= jump.factor || ratio <= 1 / jump.factor;
}

export function listChecksIn(
  reports: readonly Report[],
  year: number,
  rulePrefix: string,
  options: { readonly limit: number },
): CheckList {
  const found = reports
    .filter((report) => report.year === year)
    .flatMap((report) =>
      report.checks
        .filter((check) => check.rule.startsWith(rulePrefix))
        .map((check) => ({ org: report.org, year: report.year, check })),
    );
  return { count: found.length, rows: found.slice(0, Math.max(0, options.limit)) };
}
