import type { Report } from '../parser/index.js';
import { compareCodePoints, matchesFilter } from './metric-path.js';
import type { OrgEntry, ReportFilter } from './types.js';

/** The in-memory organ list behind lowdb's `listOrgs`: one entry per organ, region and level from its latest report. */
export function listOrgsOf(reports: readonly Report[], filter: Omit<ReportFilter, 'org'> = {}): OrgEntry[] {
  const latest = new Map<string, { report: Report; years: Set<number> }>();
  for (const report of reports) {
    if (!matchesFilter(report, filter)) continue;
    const entry = latest.get(report.org);
    if (!entry) latest.set(report.org, { report, years: new Set([report.year]) });
    else {
      entry.years.add(report.year);
      if (report.year > entry.report.year) entry.report = report;
    }
  }
  return [...latest.values()]
    .map(({ report, years }) => ({
      org: report.org,
      region: report.region,
      level: report.level,
      years: [...years].sort((a, b) => a - b),
    }))
    .sort((a, b) => compareCodePoints(a.org, b.org));
}
