// The store's results over many reports computed in memory, one pass over the reports of the scope: lowdb's
// rankFigures/countFigures/placeFigures/sumFigures, and the engine's over a plain report list.
import { isInTier, type OrganTier, tierOfOrgan } from '../../organ-names/index.js';
import { type Check, type Report, sectionOfCheck } from '../../parser/index.js';
import { compareCodePoints } from '../metric-path.js';
import { reportSource } from '../report-source.js';
import type {
  CountOptions,
  FailingEntry,
  FailingList,
  FailingOptions,
  Figure,
  FigureCount,
  FigureLack,
  FigurePlaces,
  FigureRanking,
  FigureRow,
  FigureScope,
  FigureSum,
  RankFiguresOptions,
} from '../types.js';
import { figureValues } from './figure-values.js';
import { createOwnerCache, getOrMake } from './owner-cache.js';
import { TiedFirst, TopPlaces } from './top-places.js';

/** Scopes kept per report list: a few dozen question shapes, the oldest forgotten first. */
const SCOPES_KEPT = 32;
const scopesOf = createOwnerCache<string, readonly Report[]>(SCOPES_KEPT);

/**
 * The reports of `reports` a scope covers, in the scope's tie order. The same scope of the same list gets the
 * same array, so the figures read from it (figureValues) are read once.
 */
export function reportsInScope(reports: readonly Report[], scope: FigureScope): readonly Report[] {
  return getOrMake(scopesOf(reports), JSON.stringify(scope), () => selectReports(reports, scope));
}

function selectReports(reports: readonly Report[], scope: FigureScope): Report[] {
  const years = new Set(scope.years);
  const orgs = scope.orgs ? new Set(scope.orgs) : undefined;
  const latest = years.size === 0 && scope.latestOnly ? latestOfEachOrgan(reports) : undefined;
  const { tier } = scope;
  const tiers = tier === undefined ? undefined : tiersOfOrgans(reports);
  const selected = reports.filter(
    (report) =>
      (years.size === 0 || years.has(report.year)) &&
      (latest === undefined || latest.get(report.org) === report) &&
      (orgs === undefined || orgs.has(report.org)) &&
      (scope.region === undefined || report.region === scope.region) &&
      (scope.level === undefined || report.level === scope.level) &&
      (tier === undefined || isInTier(tiers?.get(report.org) ?? null, tier)),
  );
  if (scope.ties === 'organ') return selected.sort((a, b) => compareCodePoints(a.org, b.org) || a.year - b.year);
  const place = new Map([...years].map((year, at) => [year, at]));
  return years.size > 1 ? selected.sort((a, b) => (place.get(a.year) ?? 0) - (place.get(b.year) ?? 0)) : selected;
}

const organTiers = new WeakMap<readonly Report[], ReadonlyMap<string, OrganTier | null>>();

/** Each organ's tier, by its latest report's region (as the organ list gives it), once per report list. */
function tiersOfOrgans(reports: readonly Report[]): ReadonlyMap<string, OrganTier | null> {
  let tiers = organTiers.get(reports);
  if (!tiers) {
    tiers = new Map([...latestOfEachOrgan(reports)].map(([org, report]) => [org, tierOfOrgan(org, report.region)]));
    organTiers.set(reports, tiers);
  }
  return tiers;
}

function latestOfEachOrgan(reports: readonly Report[]): Map<string, Report> {
  const latest = new Map<string, Report>();
  for (const report of reports) {
    const held = latest.get(report.org);
    if (!held || report.year > held.year) latest.set(report.org, report);
  }
  return latest;
}

/** 最多/最少: every report tied for first (`ties: 'first'`); 前N/后N: N places. One pass. */
export function rankFiguresIn(
  reports: readonly Report[],
  figure: Figure,
  scope: FigureScope,
  options: RankFiguresOptions,
): FigureRanking {
  const field = reportsInScope(reports, scope);
  const isDescending = options.order !== 'asc';
  const better = (a: number, b: number): boolean => (isDescending ? a > b : a < b);
  const places = options.ties === 'first' ? new TiedFirst(better, options.limit) : new TopPlaces(options.limit, better);
  const values = figureValues(figure, field);
  let compared = 0;
  for (let at = 0; at < values.length; at += 1) {
    const value = values[at] as number;
    if (Number.isNaN(value)) continue;
    compared += 1;
    places.offer(field[at] as Report, value);
  }
  return { rows: places.list(), compared, tied: places.tied };
}

/** Reports whose figure is not 0 (or is 0), the `limit` largest listed, in one pass. */
export function countFiguresIn(
  reports: readonly Report[],
  figure: Figure,
  scope: FigureScope,
  options: CountOptions,
): FigureCount {
  const field = reportsInScope(reports, scope);
  const largest = new TopPlaces(options.limit, (a, b) => a > b);
  let compared = 0;
  let matched = 0;
  const values = figureValues(figure, field);
  for (let at = 0; at < values.length; at += 1) {
    const value = values[at] as number;
    if (Number.isNaN(value)) continue;
    compared += 1;
    if (options.zero ? value !== 0 : options.above === undefined ? value === 0 : !(value > options.above)) continue;
    matched += 1;
    largest.offer(field[at] as Report, value);
  }
  return { rows: largest.list(), matched, compared };
}

/** Where each chosen value stands: how many reports of the scope have more, and whether its report is one. */
export function placeFiguresIn(
  reports: readonly Report[],
  figure: Figure,
  scope: FigureScope,
  chosen: readonly { readonly id: string; readonly value: number }[],
): FigurePlaces {
  const field = reportsInScope(reports, scope);
  const above = chosen.map(() => 0);
  const inScope = chosen.map(() => false);
  const values = figureValues(figure, field);
  let compared = 0;
  for (let at = 0; at < values.length; at += 1) {
    const value = values[at] as number;
    if (Number.isNaN(value)) continue;
    compared += 1;
    chosen.forEach((entry, k) => {
      if (value > entry.value) above[k] = (above[k] as number) + 1;
      if (entry.id === (field[at] as Report).id) inScope[k] = true;
    });
  }
  return { above, inScope, compared };
}

/**
 * The figure summed and counted over the scope, by year (oldest first) and in all; the first `listed` reports
 * with it and every report without it, in the scope's order.
 */
export function sumFiguresIn(
  reports: readonly Report[],
  figure: Figure,
  scope: FigureScope,
  options: { readonly listed?: number } = {},
): FigureSum {
  const field = reportsInScope(reports, scope);
  const values = figureValues(figure, field);
  const listed = Math.max(0, Math.trunc(options.listed ?? 0));
  const byYear = new Map<number, { cents: number; count: number }>();
  const rows: FigureRow[] = [];
  const lacking: FigureLack[] = [];
  for (let at = 0; at < values.length; at += 1) {
    const value = values[at] as number;
    const report = field[at] as Report;
    if (Number.isNaN(value)) {
      lacking.push({ org: report.org, year: report.year, template: report.template });
      continue;
    }
    if (rows.length < listed) rows.push({ report, value });
    // In whole cents, which a double adds exactly (up to 2^53): 0.1 + 0.2 is 0.3, over any number of reports.
    const entry = byYear.get(report.year) ?? { cents: 0, count: 0 };
    byYear.set(report.year, { cents: entry.cents + Math.round(value * 100), count: entry.count + 1 });
  }
  const years = [...byYear]
    .sort(([a], [b]) => a - b)
    .map(([year, entry]) => ({ year, sum: entry.cents / 100, count: entry.count }));
  const cents = [...byYear.values()].reduce((total, entry) => total + entry.cents, 0);
  return { sum: cents / 100, count: years.reduce((total, entry) => total + entry.count, 0), years, rows, lacking };
}

/** Reports of the scope with a failed check, by organ then year; the first `limit` listed. */
export function listFailingIn(reports: readonly Report[], scope: FigureScope, options: FailingOptions): FailingList {
  const field = reportsInScope(reports, { ...scope, ties: 'organ' });
  const rows: FailingEntry[] = [];
  let failing = 0;
  for (const report of field) {
    const checks = checksInSections(report.checks, options.sections);
    if (checks.length === 0) continue;
    failing += 1;
    if (rows.length < options.limit) rows.push({ org: report.org, year: report.year, ...reportSource(report), checks });
  }
  return { rows, failing, checked: field.length };
}

/** A report's checks of these tables; all of them when no table is asked. */
export function checksInSections(checks: readonly Check[], sections: FailingOptions['sections']): readonly Check[] {
  if (sections === undefined) return checks;
  return checks.filter((check) => {
    const section = sectionOfCheck(check);
    return section !== undefined && sections.includes(section);
  });
}
