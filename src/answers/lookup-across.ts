// Questions across organs: rankings (最多/最少/前三) and lists of organs with a non-zero figure, each one pass.
import type { Report } from '../parser/index.js';
import { makeFact } from './make-fact.js';
import { getMetric, readMetric } from './metrics.js';
import type { Query } from './query.js';
import type { LookupResult } from './result.js';
import { LIST_LIMIT } from './resolve-organs.js';
import type { OrgEntry, StoreIndex } from './store-index.js';
import type { Lang } from './types.js';

/** How many organs a ranking without a number lists. */
export const DEFAULT_RANKING_LENGTH = 10;

/** The organs a cross-organ question compares, narrowed by level and region; null when that is every organ. */
export function candidateOrgs(index: StoreIndex, query: Query, regionKeys: readonly string[]): OrgEntry[] | null {
  if (query.level === null && regionKeys.length === 0) return null;
  const wanted = new Set(regionKeys);
  return [...index.orgs.values()].filter(
    (entry) =>
      (query.level === null || entry.isGovernment === (query.level === 'government')) &&
      (wanted.size === 0 || (entry.regionKey !== null && wanted.has(entry.regionKey))),
  );
}

/**
 * The reports a cross-organ question compares: of the years asked, else each organ's latest (`latestOnly`) or
 * all. `scope` null means every organ, read from the index's ready-made lists.
 */
export function reportsIn(index: StoreIndex, scope: readonly OrgEntry[] | null, years: readonly number[], latestOnly: boolean): readonly Report[] {
  if (scope === null) {
    if (years.length > 0) return years.flatMap((year) => index.reportsByYear.get(year) ?? []);
    return latestOnly ? index.latestReports : index.reports;
  }
  const wanted = new Set(years);
  const reports: Report[] = [];
  for (const entry of scope) {
    if (wanted.size > 0) reports.push(...entry.reports.filter((report) => wanted.has(report.year)));
    else if (latestOnly) reports.push(...entry.reports.slice(-1));
    else reports.push(...entry.reports);
  }
  return reports;
}

type RankingAggregation = Extract<Query['aggregation'], 'max' | 'min' | 'top' | 'bottom'>;
export type Scored = { readonly report: Report; readonly value: number };

/** 最多/最少: every report tied for first (the first LIST_LIMIT named); 前N/后N: N places. One pass. */
export function rank(reports: readonly Report[], query: Query & { aggregation: RankingAggregation }, metricId: string, lang: Lang): LookupResult {
  const spec = getMetric(metricId);
  const isDescending = query.aggregation === 'max' || query.aggregation === 'top';
  const better = (a: number, b: number): boolean => (isDescending ? a > b : a < b);
  const isExtreme = query.aggregation === 'max' || query.aggregation === 'min';
  const places = isExtreme ? new TiedFirst(better) : new TopPlaces(query.limit ?? DEFAULT_RANKING_LENGTH, better);
  let compared = 0;
  for (const report of reports) {
    const value = readMetric(spec, report);
    if (value === null) continue;
    compared += 1;
    places.offer({ report, value });
  }
  const facts = places.list().flatMap(({ report }) => makeFact(spec, report, lang) ?? []);
  return { kind: 'ranking', aggregation: query.aggregation, metric: metricId, entries: facts, tied: places.tied, compared, years: query.years, missing: [] };
}

/** The best value and the reports that share it. */
class TiedFirst {
  private best: Scored[] = [];
  tied = 0;
  constructor(private readonly better: (a: number, b: number) => boolean) {}
  offer(item: Scored): void {
    const first = this.best[0];
    if (!first || this.better(item.value, first.value)) [this.best, this.tied] = [[item], 1];
    else if (item.value === first.value && ++this.tied <= LIST_LIMIT) this.best.push(item);
  }
  list(): readonly Scored[] {
    return this.best;
  }
}

/** The N best reports, kept sorted; a later report equal to the last place does not displace it. */
export class TopPlaces {
  private places: Scored[] = [];
  readonly tied = 1;
  constructor(private readonly size: number, private readonly better: (a: number, b: number) => boolean) {}
  offer(item: Scored): void {
    const at = this.places.findIndex((entry) => this.better(item.value, entry.value));
    if (at === -1 && this.places.length < this.size) this.places.push(item);
    else if (at !== -1) this.places = [...this.places.slice(0, at), item, ...this.places.slice(at)].slice(0, this.size);
  }
  list(): readonly Scored[] {
    return this.places;
  }
}

/**
 * The place of each chosen report's figure among `reports`, in one pass: 1 + how many compared reports have more
 * (ties share a place). A chosen report outside `reports` is counted in too.
 */
export function placeAmong(reports: readonly Report[], chosen: readonly Report[], query: Query, metricId: string, lang: Lang): LookupResult {
  const spec = getMetric(metricId);
  const mine = chosen.flatMap((report) => {
    const value = readMetric(spec, report);
    return value === null ? [] : [{ report, value, above: 0 }];
  });
  let compared = 0;
  const seen = new Set<Report>();
  for (const report of reports) {
    const value = readMetric(spec, report);
    if (value === null) continue;
    compared += 1;
    for (const entry of mine) {
      if (value > entry.value) entry.above += 1;
      if (entry.report === report) seen.add(report);
    }
  }
  const outside = mine.filter((entry) => !seen.has(entry.report)).length;
  const entries = mine.flatMap(({ report, above }) => {
    const fact = makeFact(spec, report, lang);
    return fact ? [{ fact, position: above + 1 }] : [];
  });
  return { kind: 'positions', metric: metricId, entries, compared: compared + outside, years: query.years, missing: [] };
}

/**
 * Every report (of the years asked, else all) where the figure is not zero, the LIST_LIMIT largest as facts; with
 * `wantsZero`, every report where it is zero.
 */
export function listNonZero(reports: readonly Report[], query: Query, metricId: string, lang: Lang, wantsZero = false): LookupResult {
  const spec = getMetric(metricId);
  const largest = new TopPlaces(LIST_LIMIT, (a, b) => a > b);
  let compared = 0;
  let matched = 0;
  for (const report of reports) {
    const value = readMetric(spec, report);
    if (value === null) continue;
    compared += 1;
    if ((value === 0) !== wantsZero) continue;
    matched += 1;
    largest.offer({ report, value });
  }
  const facts = largest.list().flatMap(({ report }) => makeFact(spec, report, lang) ?? []);
  return { kind: 'nonzero', metric: metricId, isZero: wantsZero, entries: facts, matched, compared, years: query.years, missing: [] };
}
