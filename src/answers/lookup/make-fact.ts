// Facts: each number a reply states, with its organ, year, label and where it stands in the report.
import type { Report } from '../../parser/index.js';
import { type MetricSpec, metricLabel, metricSource, printedText, readMetric, UNIT_WORDS } from '../metrics.js';
import type { Fact, Lang, PrintedUnit } from '../types.js';

/** The fact for a metric in a report, or null where the report does not have it. */
export function makeFact(spec: MetricSpec, report: Report, lang: Lang): Fact | null {
  const value = readMetric(spec, report);
  if (value === null) return null;
  const printedUnit = spec.unit === 'yuan' ? printedUnitOf(printedText(spec, report), value) : undefined;
  return {
    org: report.org,
    year: report.year,
    metric: spec.id,
    label: metricLabel(spec, lang),
    value,
    unit: UNIT_WORDS[spec.unit].zh,
    ...(printedUnit ? { printedUnit } : {}),
    source: metricSource(spec, report),
  };
}

/** Scales of the money units a cell may be printed in, largest first. */
const PRINTED_SCALES: readonly (readonly [PrintedUnit, number])[] = [
  ['亿元', 1e8],
  ['万元', 1e4],
];

/**
 * The unit a money cell was printed in: named in the cell (170,815.4万元), else the one that turns the printed
 * digits into the stored yuan (7545 under 本年收费金额（单位：万元） is 75450000). Undefined for yuan and for 0.
 */
function printedUnitOf(printed: string | undefined, yuan: number): PrintedUnit | undefined {
  if (printed === undefined || yuan === 0) return undefined;
  const named = /(亿|万)元?\s*$/u.exec(printed)?.[1];
  if (named) return named === '亿' ? '亿元' : '万元';
  const digits = Number(printed.replace(/[,，\s]/gu, '').replace(/元$/u, ''));
  if (!Number.isFinite(digits) || digits === 0) return undefined;
  return PRINTED_SCALES.find(([, scale]) => Math.abs(digits * scale - yuan) < 1e-6)?.[0];
}

/** Labels of numbers computed from facts rather than read. */
const DERIVED_LABELS = {
  change: { zh: '增减', en: 'change' },
  changePercent: { zh: '增减幅度', en: 'change in percent' },
  share: { zh: '占比', en: 'share' },
} as const;

/**
 * A number computed from a fact (a change, a share): same organ and source, metric id suffixed with `:kind`,
 * rounded to one decimal for percentages.
 */
export function derivedFact(base: Fact, kind: keyof typeof DERIVED_LABELS, value: number, lang: Lang): Fact {
  const isPercent = kind !== 'change';
  return {
    ...base,
    metric: `${base.metric}:${kind}`,
    label: `${base.label}${lang === 'zh' ? '' : ' '}${DERIVED_LABELS[kind][lang]}`,
    value: isPercent ? Math.round(value * 10) / 10 : Math.round(value * 100) / 100,
    unit: isPercent ? '%' : base.unit,
  };
}
