// The digest's numbers, like with like: one report year for every figure, year-over-year per organ, and the
// organs whose figures moved most. Every number is a Fact of one report (organ, year, source).
import { type Fact, getMetric, makeFact } from '../answers/index.js';
import type { Report } from '../parser/index.js';

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
export function chooseDigestYear(reports: readonly Report[]): number | null {
  const organs = new Set(reports.map((report) => report.org)).size;
  const counts = new Map<number, number>();
  for (const report of reports) counts.set(report.year, (counts.get(report.year) ?? 0) + 1);
  const years = [...counts.keys()].sort((a, b) => b - a);
  const covered = years.find((year) => (counts.get(year) ?? 0) * 2 >= organs);
  if (covered !== undefined) return covered;
  return years.reduce<number | null>(
    (best, year) => (best === null || (counts.get(year) ?? 0) > (counts.get(best) ?? 0) ? year : best),
    null,
  );
}

/** One organ's figure in a year beside the year before, when both reports have it. */
export interface YearOnYear {
  readonly current: Fact;
  readonly previous: Fact | null;
}

/** Each report of the year with the same figure of its organ's report of the year before. */
export function yearOnYear(reports: readonly Report[], year: number, metric: string): YearOnYear[] {
  const byOrgYear = new Map(reports.map((report) => [`${report.org}\u0000${report.year}`, report]));
  return reports
    .filter((report) => report.year === year)
    .flatMap((report) => {
      const current = factOf(report, metric);
      if (current === null) return [];
      const before = byOrgYear.get(`${report.org}\u0000${year - 1}`);
      return [{ current, previous: before ? factOf(before, metric) : null }];
    });
}

/** A figure that grew or shrank at least JUMP_FACTOR times against the year before. */
export function isJump({ current, previous }: YearOnYear): boolean {
  if (previous === null || Math.max(current.value, previous.value) < JUMP_MIN_SIZE) return false;
  if (previous.value === 0 || current.value === 0) return true;
  const ratio = current.value / previous.value;
  return ratio >= JUMP_FACTOR || ratio <= 1 / JUMP_FACTOR;
}

/** How far a change went, for ordering: the factor either way (a rise from 0 counts as the largest). */
export function jumpSize({ current, previous }: YearOnYear): number {
  if (previous === null) return 0;
  if (previous.value === 0 || current.value === 0) return Number.POSITIVE_INFINITY;
  return Math.max(current.value / previous.value, previous.value / current.value);
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
