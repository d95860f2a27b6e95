// Questions across organs: rankings (最多/最少/前三) and lists of organs with a non-zero figure, each one pass.
import type { Report } from '../../parser/index.js';
import {
  countFiguresIn,
  createOwnerCache,
  type Figure,
  getOrMake,
  placeFiguresIn,
  rankFiguresIn,
} from '../../store/index.js';
import { getMetric, type MetricSpec, readMetric } from '../metrics.js';
import type { OrgEntry, StoreIndex } from '../organs/index.js';
import { LIST_LIMIT, orgsInScope } from '../organs/index.js';
import type { Query } from '../query.js';
import type { LookupResult } from '../result.js';
import type { Lang } from '../types.js';
import { checksAffecting } from './checks-affecting.js';
import { makeFact } from './make-fact.js';

/** How many organs a ranking without a number lists. */
export const DEFAULT_RANKING_LENGTH = 10;

/** The organs a cross-organ question compares, narrowed by level and region; null when that is every organ. */
export function candidateOrgs(
  index: StoreIndex,
  query: Query,
  regionKeys: readonly string[],
): readonly OrgEntry[] | null {
  if (query.level === null && regionKeys.length === 0) return null;
  return remember(index, JSON.stringify(['orgs', query.level, [...regionKeys].sort()]), () =>
    orgsInScope(index, regionKeys, query.level),
  );
}

/**
 * The reports a cross-organ question compares: of the years asked, else each organ's latest (`latestOnly`) or
 * all. `scope` null means every organ, read from the index's ready-made lists. The same question on the same
 * index gets the same array, so the figures read from it (metricValues) are read once.
 */
export function reportsIn(
  index: StoreIndex,
  scope: readonly OrgEntry[] | null,
  years: readonly number[],
  latestOnly: boolean,
): readonly Report[] {
  if (scope === null && years.length === 0) return latestOnly ? index.latestReports : index.reports;
  if (scope === null && years.length === 1) return index.reportsByYear.get(years[0] as number) ?? [];
  return remember(scope ?? index, JSON.stringify(['reports', years, latestOnly]), () =>
    collectReports(index, scope, years, latestOnly),
  );
}

function collectReports(
  index: StoreIndex,
  scope: readonly OrgEntry[] | null,
  years: readonly number[],
  latestOnly: boolean,
): readonly Report[] {
  if (scope === null) return years.flatMap((year) => index.reportsByYear.get(year) ?? []);
  const wanted = new Set(years);
  const reports: Report[] = [];
  for (const entry of scope) {
    if (wanted.size > 0) reports.push(...entry.reports.filter((report) => wanted.has(report.year)));
    else if (latestOnly) reports.push(...entry.reports.slice(-1));
    else reports.push(...entry.reports);
  }
  return reports;
}

/** Lists kept per index (or per organ list) and question shape; a few dozen shapes, the oldest forgotten first. */
const LISTS_KEPT = 32;
const listsOf = createOwnerCache<string, readonly unknown[]>(LISTS_KEPT);

/** The list `make` gives for `owner` and `key`, made once while the owner lives. */
function remember<T>(owner: object, key: string, make: () => readonly T[]): readonly T[] {
  return getOrMake(listsOf(owner), key, make) as readonly T[];
}

type RankingAggregation = Extract<Query['aggregation'], 'max' | 'min' | 'top' | 'bottom'>;

/** 最多/最少: every report tied for first (the first LIST_LIMIT named); 前N/后N: N places. One pass. */
export function rank(
  reports: readonly Report[],
  query: Query & { aggregation: RankingAggregation },
  metricId: string,
  lang: Lang,
): LookupResult {
  const spec = getMetric(metricId);
  const isDescending = query.aggregation === 'max' || query.aggregation === 'top';
  const isExtreme = query.aggregation === 'max' || query.aggregation === 'min';
  const ranking = rankFiguresIn(reports, figureOf(spec), EVERY_REPORT, {
    order: isDescending ? 'desc' : 'asc',
    limit: isExtreme ? LIST_LIMIT : (query.limit ?? DEFAULT_RANKING_LENGTH),
    ties: isExtreme ? 'first' : 'places',
  });
  const listed = ranking.rows;
  const facts = listed.flatMap(({ report }) => makeFact(spec, report, lang) ?? []);
  // Only the reports listed are checked: a ranked figure that fails a check is said to, as a single figure is.
  const failing = listed.flatMap(({ report }) => {
    const checks = checksAffecting(spec, report);
    return checks.length > 0 ? [{ org: report.org, year: report.year, file: report.source.file, checks }] : [];
  });
  return {
    kind: 'ranking',
    aggregation: query.aggregation,
    metric: metricId,
    entries: facts,
    tied: ranking.tied,
    compared: ranking.compared,
    years: query.years,
    missing: [],
    failing,
  };
}

/**
 * The place of each chosen report's figure among `reports`, in one pass: 1 + how many compared reports have more
 * (ties share a place). A chosen report outside `reports` is counted in too.
 */
export function placeAmong(
  reports: readonly Report[],
  chosen: readonly Report[],
  query: Query,
  metricId: string,
  lang: Lang,
): LookupResult {
  const spec = getMetric(metricId);
  const mine = chosen.flatMap((report) => {
    const value = readMetric(spec, report);
    return value === null ? [] : [{ report, value, above: 0 }];
  });
  const places = placeFiguresIn(
    reports,
    figureOf(spec),
    EVERY_REPORT,
    mine.map(({ report, value }) => ({ id: report.id, value })),
  );
  const outside = places.inScope.filter((inside) => !inside).length;
  const compared = places.compared;
  for (const [at, entry] of mine.entries()) entry.above = places.above[at] as number;
  const entries = mine.flatMap(({ report, above }) => {
    const fact = makeFact(spec, report, lang);
    return fact ? [{ fact, position: above + 1 }] : [];
  });
  return {
    kind: 'positions',
    metric: metricId,
    entries,
    compared: compared + outside,
    years: query.years,
    missing: [],
  };
}

/**
 * Every report (of the years asked, else all) where the figure is not zero, the LIST_LIMIT largest as facts; with
 * `wantsZero`, every report where it is zero.
 */
export function listNonZero(
  reports: readonly Report[],
  query: Query,
  metricId: string,
  lang: Lang,
  wantsZero = false,
): LookupResult {
  const spec = getMetric(metricId);
  const { rows, matched, compared } = countFiguresIn(reports, figureOf(spec), EVERY_REPORT, {
    zero: wantsZero,
    limit: LIST_LIMIT,
  });
  const facts = rows.flatMap(({ report }) => makeFact(spec, report, lang) ?? []);
  return {
    kind: 'nonzero',
    metric: metricId,
    isZero: wantsZero,
    entries: facts,
    matched,
    compared,
    years: query.years,
    missing: [],
  };
}

/** The reports passed, in their order: they are already the question's. */
const EVERY_REPORT = { years: [] } as const;

/** A metric as the store reads it: its cells' paths, summed. */
export function figureOf(spec: MetricSpec): Figure {
  return { cells: spec.cells.map((cell) => `${spec.section}.${cell.row}.${cell.column}`) };
}
