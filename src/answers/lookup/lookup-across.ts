// Questions across organs: rankings (最多/最少/前三), places and lists of organs with a non-zero figure, each one
// result asked of the store (one SQL query on Postgres), never a year's reports fetched.
import type { Report } from '../../parser/index.js';
import { createOwnerCache, type FigureScope, getOrMake, reportSource } from '../../store/index.js';
import { getMetric, type MetricSpec, readMetric } from '../metrics.js';
import type { OrgEntry, StoreIndex } from '../organs/index.js';
import { LIST_LIMIT, orgsInScope } from '../organs/index.js';
import type { Query } from '../query.js';
import type { FailingReport, LookupResult } from '../result.js';
import type { Lang } from '../types.js';
import { checksAffecting } from './checks-affecting.js';
import { type FigureSource, figureOf } from './figure-source.js';
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

/** Lists kept per index (or per organ list) and question shape; a few dozen shapes, the oldest forgotten first. */
const LISTS_KEPT = 32;
const listsOf = createOwnerCache<string, readonly unknown[]>(LISTS_KEPT);

/** The list `make` gives for `owner` and `key`, made once while the owner lives. */
function remember<T>(owner: object, key: string, make: () => readonly T[]): readonly T[] {
  return getOrMake(listsOf(owner), key, make) as readonly T[];
}

/**
 * Only the reports listed are checked: a listed figure that fails a check is said to, as a single figure is (洪泽区
 * 2023 listed with 0 lawsuits though its table 四 does not add up).
 */
function failingOf(spec: MetricSpec, listed: readonly { readonly report: Report }[]): FailingReport[] {
  return listed.flatMap(({ report }) => {
    const checks = checksAffecting(spec, report);
    return checks.length > 0 ? [{ org: report.org, year: report.year, ...reportSource(report), checks }] : [];
  });
}

type RankingAggregation = Extract<Query['aggregation'], 'max' | 'min' | 'top' | 'bottom'>;

/** 最多/最少: every report tied for first (the first LIST_LIMIT named); 前N/后N: N places. One pass. */
export async function rank(
  figures: FigureSource,
  scope: FigureScope,
  query: Query & { aggregation: RankingAggregation },
  metricId: string,
  lang: Lang,
): Promise<LookupResult> {
  const spec = getMetric(metricId);
  const isDescending = query.aggregation === 'max' || query.aggregation === 'top';
  const isExtreme = query.aggregation === 'max' || query.aggregation === 'min';
  const ranking = await figures.rankFigures(figureOf(spec), scope, {
    order: isDescending ? 'desc' : 'asc',
    limit: isExtreme ? LIST_LIMIT : (query.limit ?? DEFAULT_RANKING_LENGTH),
    ties: isExtreme ? 'first' : 'places',
  });
  const listed = ranking.rows;
  const facts = listed.flatMap(({ report }) => makeFact(spec, report, lang) ?? []);
  const failing = failingOf(spec, listed);
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
 * The place of each chosen report's figure among the scope's: 1 + how many compared reports have more (ties share
 * a place). A chosen report outside the scope is counted in too.
 */
export async function placeAmong(
  figures: FigureSource,
  scope: FigureScope,
  chosen: readonly Report[],
  query: Query,
  metricId: string,
  lang: Lang,
): Promise<LookupResult> {
  const spec = getMetric(metricId);
  const mine = chosen.flatMap((report) => {
    const value = readMetric(spec, report);
    return value === null ? [] : [{ report, value, above: 0 }];
  });
  const places = await figures.placeFigures(
    figureOf(spec),
    scope,
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
export async function listNonZero(
  figures: FigureSource,
  scope: FigureScope,
  query: Query,
  metricId: string,
  lang: Lang,
  wantsZero = false,
): Promise<LookupResult> {
  const spec = getMetric(metricId);
  // 超过500件: the organs above the number asked, never those merely not 0.
  const above = wantsZero ? undefined : query.above;
  const { rows, matched, compared } = await figures.countFigures(figureOf(spec), scope, {
    zero: wantsZero,
    limit: LIST_LIMIT,
    ...(above === undefined ? {} : { above }),
  });
  const facts = rows.flatMap(({ report }) => makeFact(spec, report, lang) ?? []);
  return {
    kind: 'nonzero',
    failing: failingOf(spec, rows),
    metric: metricId,
    isZero: wantsZero,
    ...(above === undefined ? {} : { above }),
    entries: facts,
    matched,
    compared,
    years: query.years,
    missing: [],
  };
}
