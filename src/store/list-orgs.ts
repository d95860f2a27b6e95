import { isInTier, type OrganTier, placeOfOrgan, tierOfOrgan } from '../organ-names/index.js';
import type { Report } from '../parser/index.js';
import { compareCodePoints, matchesFilter } from './metric-path.js';
import { textRuns } from './text-runs.js';
import type { OrgEntry, OrgListing, OrgListOptions, OrgRequest, ReportFilter } from './types.js';

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

/** The organs a request asks for, among an organ list sorted by name (lowdb's `findOrgs`). */
export function findOrgsIn(sorted: readonly OrgEntry[], request: OrgRequest): OrgEntry[] {
  const names = new Set([...(request.names ?? []), ...(request.runs ? textRuns(request.runs) : [])]);
  const prefixes = request.prefixes ?? [];
  const containing = request.containing ?? [];
  const page = request.page;
  const after = page?.after ?? null;
  const paged = page ? sorted.filter((entry) => after === null || entry.org > after).slice(0, page.limit) : [];
  const unplaced = request.unplaced
    ? sorted.filter((entry) => placeOfOrgan(entry.org, entry.region).province === null).slice(0, request.unplaced.limit)
    : [];
  const asked = new Set([...paged, ...unplaced]);
  return sorted.filter(
    (entry) =>
      asked.has(entry) ||
      names.has(entry.org) ||
      prefixes.some((prefix) => entry.org.startsWith(prefix)) ||
      containing.some((text) => entry.org.includes(text)),
  );
}

/** The region keys of the organs lying in a province whose name begins with `name` (lowdb's `findProvinceRegions`). */
export function provinceRegionsIn(orgs: readonly OrgEntry[], name: string): string[] {
  const keys = new Set<string>();
  for (const entry of orgs) {
    const { province, regionKey } = placeOfOrgan(entry.org, entry.region);
    if (regionKey !== null && province?.startsWith(name)) keys.add(regionKey);
  }
  return [...keys].sort(compareCodePoints);
}

/** The organs of some years (or lacking them) among the reports, counted and the first listed (lowdb's `listOrgsOfYears`). */
export function listOrgsOfYearsIn(
  reports: readonly Report[],
  years: readonly number[],
  options: OrgListOptions,
): OrgListing {
  const wanted = new Set(years);
  const { level, tier } = options;
  const heldIn = (entry: OrgEntry) => entry.years.filter((year) => wanted.size === 0 || wanted.has(year)).length;
  const { orgs, tiers } = organsOf(reports);
  const found = orgs.filter(
    (entry, at) =>
      heldIn(entry) > 0 !== (options.lacking ?? false) &&
      (level === undefined || entry.level === level) &&
      (tier === undefined || isInTier(tiers()[at] ?? null, tier)),
  );
  return {
    orgs: found.slice(0, options.limit),
    organs: found.length,
    reports: found.reduce((sum, entry) => sum + heldIn(entry), 0),
  };
}

const organLists = new WeakMap<readonly Report[], { orgs: OrgEntry[]; tiers: () => (OrganTier | null)[] }>();

/** The organ list of a report list and its organs' tiers (made when first asked for), once per list. */
function organsOf(reports: readonly Report[]): { orgs: OrgEntry[]; tiers: () => (OrganTier | null)[] } {
  let found = organLists.get(reports);
  if (!found) {
    const orgs = listOrgsOf(reports);
    let tiers: (OrganTier | null)[] | undefined;
    found = { orgs, tiers: () => (tiers ??= orgs.map((entry) => tierOfOrgan(entry.org, entry.region))) };
    organLists.set(reports, found);
  }
  return found;
}
