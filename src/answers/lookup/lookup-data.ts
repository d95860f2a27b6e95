// Questions about the data itself: which reports the store holds, which fail consistency checks (across organs
// asked of the store, so no report is read to count them).

import type { Report, ReportSection } from '../../parser/index.js';
import { checksInSections, type FigureScope, reportSource } from '../../store/index.js';
import type { OrgEntry } from '../organs/index.js';
import { LIST_LIMIT } from '../organs/index.js';
import type { FailingReport, LookupResult, Missing, ReportsScope } from '../result.js';
import type { FigureSource, LevelFilter } from './figure-source.js';

/**
 * The organs and years held, optionally only some organs or years; the first LIST_LIMIT organs listed. `scope`:
 * the regions and level the organs were narrowed to, said in the reply with the years (null: organs named).
 */
export function listReports(
  entries: readonly OrgEntry[],
  years: readonly number[],
  scope: Omit<ReportsScope, 'years'> | null = null,
): Extract<LookupResult, { kind: 'reports' }> {
  const orgs = entries.map((entry) => ofYears(entry, years)).filter((entry) => entry.years.length > 0);
  const reportCount = orgs.reduce((sum, entry) => sum + entry.years.length, 0);
  return reportsResult(orgs.slice(0, LIST_LIMIT), orgs.length, reportCount, years, scope);
}

/**
 * Every organ's reports of the years asked (all when none), counted and the first listed by the store; with a
 * level's filter (区县政府, 部门: `scope` says it), the organs of that level only.
 */
export async function listStoreReports(
  figures: FigureSource,
  years: readonly number[],
  atLevel: LevelFilter = {},
  scope: Omit<ReportsScope, 'years'> | null = null,
): Promise<Extract<LookupResult, { kind: 'reports' }>> {
  const listing = await figures.listOrgsOfYears(years, { limit: LIST_LIMIT, ...atLevel });
  const orgs = listing.orgs.map((entry) => ofYears(entry, years));
  return reportsResult(orgs, listing.organs, listing.reports, years, scope);
}

function ofYears(entry: Pick<OrgEntry, 'org' | 'years'>, years: readonly number[]) {
  return { org: entry.org, years: entry.years.filter((year) => years.length === 0 || years.includes(year)) };
}

function reportsResult(
  orgs: readonly { readonly org: string; readonly years: readonly number[] }[],
  orgCount: number,
  reportCount: number,
  years: readonly number[],
  scope: Omit<ReportsScope, 'years'> | null,
): Extract<LookupResult, { kind: 'reports' }> {
  const isNarrowed = years.length > 0 || (scope !== null && (scope.regions.length > 0 || scope.level !== null));
  return {
    kind: 'reports',
    orgs,
    orgCount,
    reportCount,
    scope: isNarrowed ? { years: [...years], regions: scope?.regions ?? [], level: scope?.level ?? null } : null,
    missing: [],
  };
}

/** Reports with at least one failed check (of the organs and years asked), with each check. */
export function listFailingChecks(
  entries: readonly OrgEntry[],
  years: readonly number[],
  sections?: readonly ReportSection[],
): Extract<LookupResult, { kind: 'checks' }> {
  const wanted = new Set(years);
  return checksOf(
    entries.flatMap((entry) => entry.reports.filter((report) => wanted.size === 0 || wanted.has(report.year))),
    [],
    sections,
  );
}

/**
 * The failed checks of these reports (`missing`: reports asked for that the store lacks); with `sections`, only
 * the checks of those tables (表三对得上吗).
 */
export function checksOf(
  reports: readonly Report[],
  missing: readonly Missing[] = [],
  sections?: readonly ReportSection[],
): Extract<LookupResult, { kind: 'checks' }> {
  const failing: FailingReport[] = reports.flatMap((report) => {
    const checks = checksInSections(report.checks, sections);
    return checks.length > 0 ? [{ org: report.org, year: report.year, ...reportSource(report), checks }] : [];
  });
  const [first] = reports;
  return {
    kind: 'checks',
    failing: failing.slice(0, LIST_LIMIT),
    failingCount: failing.length,
    checked: reports.length,
    only: reports.length === 1 && first ? { org: first.org, year: first.year } : null,
    ...(sections ? { sections } : {}),
    missing,
  };
}

/**
 * The failed checks of a scope's reports, counted and listed by the store; `organs` and `years` (the scope's, as
 * the vocabulary holds them) name the report when only one was checked (the organs read only then).
 */
export async function failingInScope(
  figures: FigureSource,
  scope: FigureScope,
  organs: () => readonly OrgEntry[],
  years: readonly number[],
  sections?: readonly ReportSection[],
): Promise<Extract<LookupResult, { kind: 'checks' }>> {
  const { rows, failing, checked } = await figures.listFailing(scope, {
    limit: LIST_LIMIT,
    ...(sections ? { sections } : {}),
  });
  return {
    kind: 'checks',
    failing: rows,
    failingCount: failing,
    checked,
    only: checked === 1 ? onlyReport(organs(), years) : null,
    ...(sections ? { sections } : {}),
    missing: [],
  };
}

/** The one report of these organs in these years (any year when none), when there is exactly one. */
function onlyReport(organs: readonly OrgEntry[], years: readonly number[]): { org: string; year: number } | null {
  const held = organs.flatMap((entry) =>
    entry.years.filter((year) => years.length === 0 || years.includes(year)).map((year) => ({ org: entry.org, year })),
  );
  return held.length === 1 ? (held[0] ?? null) : null;
}
