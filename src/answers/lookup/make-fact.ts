// Facts: each number a reply states, with its organ, year, label and where it stands in the report.
import type { Report } from '../../parser/index.js';
import { type MetricSpec, metricLabel, metricSource, readMetric, UNIT_WORDS } from '../metrics.js';
import type { Fact, Lang } from '../types.js';

/** The fact for a metric in a report, or null where the report does not have it. */
export function makeFact(spec: MetricSpec, report: Report, lang: Lang): Fact | null {
  const value = readMetric(spec, report);
  if (value === null) return null;
  return {
    org: report.org,
    year: report.year,
    metric: spec.id,
    label: metricLabel(spec, lang),
    value,
    unit: UNIT_WORDS[spec.unit].zh,
    source: metricSource(spec, report),
  };
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
