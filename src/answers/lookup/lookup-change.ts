// Derived figures of one organ: the change from one year to another, and a part's share of its whole.

import { findMetric, getMetric, type MetricSpec } from '../metrics.js';
import type { OrgEntry } from '../organs/index.js';
import type { Change, Missing, Share } from '../result.js';
import type { Lang } from '../types.js';
import { APPLICATION_ROW_TERMS } from '../vocabulary/applications.js';
import type { ChosenReport } from './lookup-values.js';
import { derivedFact, makeFact } from './make-fact.js';

/** The two years compared: the two named, or the named (else latest) year and the one before. */
export function yearsToCompare(entry: OrgEntry, years: readonly number[]): readonly [number, number] | null {
  const sorted = [...years].sort((a, b) => a - b);
  const later = sorted.at(-1) ?? entry.years.at(-1);
  if (later === undefined) return null;
  const earlier = sorted.length >= 2 ? (sorted[0] as number) : later - 1;
  return [earlier, later];
}

/** The change of a metric between two years of one organ, or what is missing for it. */
export function lookupChange(
  entry: OrgEntry,
  metricId: string,
  years: readonly [number, number],
  lang: Lang,
): Change | Missing[] {
  const spec = getMetric(metricId);
  const reports = years.map((year) => entry.reports.find((candidate) => candidate.year === year));
  const [from, to] = reports.map((report) => (report ? makeFact(spec, report, lang) : null));
  if (!from || !to) {
    return years.flatMap((year, at): Missing[] => {
      const report = reports[at];
      if (!report) return [{ kind: 'year', org: entry.org, year, available: [...entry.years] }];
      return makeFact(spec, report, lang)
        ? []
        : [{ kind: 'column', org: entry.org, year, metric: metricId, template: report.template, instead: [] }];
    });
  }
  const delta = derivedFact(to, 'change', to.value - from.value, lang);
  const percent =
    from.value === 0 ? null : derivedFact(to, 'changePercent', ((to.value - from.value) / from.value) * 100, lang);
  return { from, to, delta, percent };
}

/**
 * What a figure is a share of: a column of its row's total (自然人 of 新收申请), an outcome of all outcomes
 * (予以公开 of 办理总计), a result of its group's total (纠正 of 行政复议), a litigation group of all litigation.
 */
export function wholeOf(spec: MetricSpec): MetricSpec | undefined {
  if (spec.section === 'activeDisclosure') return undefined;
  if (spec.column !== 'total') return findMetric(spec.section, spec.row, 'total');
  if (spec.section === 'reviewLitigation')
    return spec.row.startsWith('litigation') && spec.row !== 'litigation'
      ? findMetric(spec.section, 'litigation', 'total')
      : undefined;
  // Sub-rows (denied.process, otherHandling.other) are outcomes too.
  return APPLICATION_ROW_TERMS[spec.row]?.isOutcome || spec.row.includes('.')
    ? findMetric('applications', 'total', 'total')
    : undefined;
}

/** The share of a metric in its whole in one report; null when the report lacks either or the whole is 0. */
export function lookupShare({ report }: ChosenReport, part: MetricSpec, whole: MetricSpec, lang: Lang): Share | null {
  const partFact = makeFact(part, report, lang);
  const wholeFact = makeFact(whole, report, lang);
  if (!partFact || !wholeFact || wholeFact.value === 0) return null;
  return {
    part: partFact,
    whole: wholeFact,
    share: derivedFact(partFact, 'share', (partFact.value / wholeFact.value) * 100, lang),
  };
}

/**
 * Each part with its whole. One figure named that is a whole (受理的申请中予以公开的比例): the others are its
 * parts, in either order; otherwise each figure is a share of its usual whole (予以公开和部分公开的比例).
 */
export function partsAndWholes(specs: readonly MetricSpec[]): (readonly [MetricSpec, MetricSpec])[] {
  // 行政查询事项占不予公开的比例: a figure and the group it is one row of, in that order, is that share.
  const [part, group] = specs;
  if (specs.length === 2 && part && group && isRowOf(part, group)) return [[part, group]];
  const wholes = specs.filter((spec) => !wholeOf(spec));
  const [namedWhole] = wholes;
  if (namedWhole && wholes.length === 1 && specs.length > 1)
    return specs.filter((spec) => spec !== namedWhole).map((part) => [part, namedWhole] as const);
  return specs.flatMap((part) => {
    const whole = wholeOf(part);
    return whole ? [[part, whole] as const] : [];
  });
}

/** A sub-row of a group in the same column (不予公开 8.行政查询事项 of 不予公开), or a column of a row's total. */
function isRowOf(part: MetricSpec, group: MetricSpec): boolean {
  if (part.section !== group.section) return false;
  if (part.row === group.row) return group.column === 'total' && part.column !== 'total';
  return part.row.startsWith(`${group.row}.`) && part.column === group.column;
}
