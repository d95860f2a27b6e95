// The digest's numbers, like with like: one report year for every figure, year-over-year per organ, and the
// organs whose figures moved most. Every number is a Fact of one report (organ, year, source).
import { type Fact, getMetric, makeFact } from '../answers/index.js';
import type { Report } from '../parser/index.js';
import type { Figure, FigureRow, ReportCounts, Store, YearPair } from '../store/index.js';

/** The figures a digest line states for a report, with the short names the digest prints. */
export const HEADLINE_METRICS = [
  { id: 'applications.newReceived.total', name: '收到申请' },
  { id: 'reviewLitigation.review.total', name: '行政复议' },
  { id: 'reviewLitigation.litigation.total', name: '行政诉讼' },
] as const;
export type HeadlineMetric = (typeof HEADLINE_METRICS)[number]['id'];

/** Figures whose rise is worth a line: lawsuits, and decisions corrected on review or in court. */
export const RISING_METRICS = [
  { id: 'reviewLitigation.litigation.total', name: '行政诉讼' },
  { id: 'reviewLitigation.review.corrected', name: '行政复议结果纠正' },
  { id: 'reviewLitigation.litigation.corrected', name: '行政诉讼结果纠正' },
] as const;

/** A jump is at least this factor either way (≥ 3×, ≤ ⅓) … */
export const JUMP_FACTOR = 3;
/** … with the larger of the two years at least this big, so 1 → 4 is not news. */
export const JUMP_MIN_SIZE = 50;
/** A rise in lawsuits or 纠正 is worth a line from this many more cases on. */
export const RISE_MIN = 2;

/** The figure of one report, or null where the report lacks it. */
export function factOf(report: Report, metric: string): Fact | null {
  return makeFact(getMetric(metric), report, 'zh');
}

/**
 * The year the digest compares: the latest year that at least half of the organs have filed (early in the
 * year only a few reports of the new year are in, and they would rank against nothing); with no such year, the
 * year with most reports. `null` for an empty store.
 */
export function chooseDigestYear(counts: ReportCounts): number | null {
  const years = [...counts.years].sort((a, b) => b.year - a.year);
  const covered = years.find((entry) => entry.reports * 2 >= counts.organs);
  if (covered !== undefined) return covered.year;
  return (
    years.reduce<(typeof years)[number] | null>(
      (best, entry) => (best === null || entry.reports > best.reports ? entry : best),
      null,
    )?.year ?? null
  );
}

/** One organ's figure in a year beside the year before, when both reports have it. */
export interface YearOnYear {
  readonly current: Fact;
  readonly previous: Fact | null;
}

/** The report's figure beside its organ's report of the year before (read by id, organ/year). */
export async function yearOnYearOf(store: Store, report: Report, metric: string): Promise<YearOnYear | null> {
  const current = factOf(report, metric);
  if (current === null) return null;
  const before = await store.get(`${report.org}/${report.year - 1}`);
  return { current, previous: before ? factOf(before, metric) : null };
}

/** The figure the store ranks and sums for a metric: its cells, summed. */
export function figureOfMetric(metric: string): Figure {
  const spec = getMetric(metric);
  return { cells: spec.cells.map((cell) => `${spec.section}.${cell.row}.${cell.column}`) };
}

/**
 * The `count` reports of `year` with the largest figure, equal values by organ as a Chinese reader sorts them
 * (pinyin): the store ranks by value, and is asked for more until the last place's equals are all in.
 */
export async function topReports(store: Store, figure: Figure, year: number, count: number): Promise<FigureRow[]> {
  const rank = requireQuery(store, 'rankFigures');
  for (let limit = count * 2; ; limit *= 4) {
    const { rows } = await rank(figure, { years: [year], ties: 'store' }, { limit });
    const last = rows[count - 1];
    if (rows.length < limit || last === undefined || (rows.at(-1) as FigureRow).value !== last.value) {
      return [...rows]
        .sort((a, b) => b.value - a.value || a.report.org.localeCompare(b.report.org, 'zh'))
        .slice(0, count);
    }
  }
}

/** The store's result query `name`; every store nianbao opens has them (the interface keeps them optional). */
export function requireQuery<K extends DigestQuery>(store: Store, name: K): NonNullable<Store[K]> {
  const query = store[name];
  if (query === undefined) throw new Error(`the store cannot answer the digest's ${name} query`);
  return (query as (...args: never[]) => unknown).bind(store) as NonNullable<Store[K]>;
}

type DigestQuery = 'rankFigures' | 'sumFigures' | 'placeFigures' | 'countReports' | 'compareYears' | 'listChecks';

/** How far a change went, for ordering: the factor either way (a rise from 0 counts as the largest). */
export function jumpSize({ current, previous }: YearPair): number {
  if (previous === 0 || current === 0) return Number.POSITIVE_INFINITY;
  return Math.max(current / previous, previous / current);
}

/** `+1164%`, `-67%`; null when the previous year is 0 (no percentage of nothing). */
export function percentChange(from: number, to: number): string | null {
  if (from === 0) return null;
  // Half away from zero: 80 → 70 is -12.5%, said as -13%, as a person rounds.
  const exact = ((to - from) / from) * 100;
  const percent = Math.sign(exact) * Math.round(Math.abs(exact));
  return `${percent > 0 ? '+' : ''}${percent}%`;
}

/** The sum of one figure over the given facts: only ever facts of one year (the callers' contract). */
export function totalOf(facts: readonly Fact[]): number {
  return facts.reduce((sum, fact) => sum + fact.value, 0);
}
