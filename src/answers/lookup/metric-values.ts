// One metric's value in every report of a list, as a number array aligned with the list. Questions across organs
// read one figure from thousands of reports; reading it by string keys costs ~200 times a scan of numbers, so
// the array is built on a list's first question about the metric and kept while the list lives (the store's
// lists are replaced, not changed, when it changes).
import type { Report } from '../../parser/index.js';
import { type MetricSpec, readMetric } from '../metrics.js';
import { createOwnerCache, getOrMake } from './owner-cache.js';

/** Marks a report without the figure: readMetric's null. No report value is NaN. */
export const NO_VALUE = Number.NaN;

/**
 * Metrics kept per list, the least recently asked forgotten first: questions ask about a few figures, and an
 * array costs 8 bytes a report (0.8 MB at 100,000), so asking about all ~280 metrics must not keep them all.
 */
const METRICS_KEPT = 48;

const valuesOf = createOwnerCache<string, Float64Array>(METRICS_KEPT);

/** `readMetric(spec, reports[i])` for every i, null as NaN; built on first use per list and metric, then reused. */
export function metricValues(spec: MetricSpec, reports: readonly Report[]): Float64Array {
  return getOrMake(valuesOf(reports), spec.id, () => readValues(spec, reports));
}

function readValues(spec: MetricSpec, reports: readonly Report[]): Float64Array {
  const values = new Float64Array(reports.length);
  for (let at = 0; at < reports.length; at += 1) values[at] = readMetric(spec, reports[at] as Report) ?? NO_VALUE;
  return values;
}
