// Questions about the data itself: which reports the store holds, which fail consistency checks.

import type { OrgEntry } from '../organs/index.js';
import { LIST_LIMIT } from '../organs/index.js';
import type { FailingReport, LookupResult, ReportsScope } from '../result.js';

/**
 * The organs and years held, optionally only some organs or years; the first LIST_LIMIT organs listed. `scope`:
 * the regions and level the organs were narrowed to, said in the reply with the years (null: organs named).
 */
export function listReports(
  entries: readonly OrgEntry[],
  years: readonly number[],
  scope: Omit<ReportsScope, 'years'> | null = null,
): Extract<LookupResult, { kind: 'reports' }> {
  const wanted = new Set(years);
  const orgs = entries
    .map((entry) => ({ org: entry.org, years: entry.years.filter((year) => wanted.size === 0 || wanted.has(year)) }))
    .filter((entry) => entry.years.length > 0);
  const reportCount = orgs.reduce((sum, entry) => sum + entry.years.length, 0);
  const isNarrowed = years.length > 0 || (scope !== null && (scope.regions.length > 0 || scope.level !== null));
  return {
    kind: 'reports',
    orgs: orgs.slice(0, LIST_LIMIT),
    orgCount: orgs.length,
    reportCount,
    scope: isNarrowed ? { years: [...years], regions: scope?.regions ?? [], level: scope?.level ?? null } : null,
    missing: [],
  };
}

/** Reports with at least one failed check (of the organs and years asked), with each check. */
export function listFailingChecks(
  entries: readonly OrgEntry[],
  years: readonly number[],
): Extract<LookupResult, { kind: 'checks' }> {
  const wanted = new Set(years);
  const failing: FailingReport[] = [];
  let checked = 0;
  for (const entry of entries) {
    for (const report of entry.reports) {
      if (wanted.size > 0 && !wanted.has(report.year)) continue;
      checked += 1;
      if (report.checks.length > 0)
        failing.push({ org: report.org, year: report.year, file: report.source.file, checks: report.checks });
    }
  }
  return { kind: 'checks', failing: failing.slice(0, LIST_LIMIT), failingCount: failing.length, checked };
}
