// One figure's value in every report of a list, as a number array aligned with the list. Questions across organs
// read one figure from thousands of reports; reading it by string keys costs ~200 times a scan of numbers, so
// the array is built on a list's first question about the figure and kept while the list lives (the store's
// lists are replaced, not changed, when it changes).
import type { Report } from '../../parser/index.js';
import { metricPath, readMetric } from '../metric-path.js';
import type { Figure } from '../types.js';
import { createOwnerCache, getOrMake } from './owner-cache.js';

/** Marks a report without the figure. No report value is NaN. */
export const NO_VALUE = Number.NaN;

/**
 * Figures kept per list, the least recently asked forgotten first: questions ask about a few figures, and an
 * array costs 8 bytes a report (0.8 MB at 100,000), so asking about all ~280 metrics must not keep them all.
 */
const FIGURES_KEPT = 48;

const valuesOf = createOwnerCache<string, Float64Array>(FIGURES_KEPT);

/** The figure of every report (NaN where absent; with `per`, the share of its whole); made once per list. */
export function figureValues(figure: Figure, reports: readonly Report[]): Float64Array {
  return getOrMake(valuesOf(reports), JSON.stringify(figure), () => {
    const values = sumValues(figure.cells, reports);
    if (!figure.per) return values;
    const wholes = sumValues(figure.per, reports);
    // A whole of 0 has no share (nor one without the figures, NaN).
    return values.map((value, at) => (wholes[at] === 0 ? NO_VALUE : value / (wholes[at] as number)));
  });
}

/** The cells summed in each report, as the engine's readMetric sums a metric's cells (rounded to cents). */
function sumValues(cells: readonly string[], reports: readonly Report[]): Float64Array {
  return getOrMake(valuesOf(reports), JSON.stringify(cells), () => {
    const paths = cells.map(metricPath);
    const values = new Float64Array(reports.length);
    for (let at = 0; at < reports.length; at += 1) {
      let sum: number | null = null;
      for (const path of paths) {
        const value = readMetric(reports[at] as Report, path);
        if (value !== undefined) sum = (sum ?? 0) + value;
      }
      values[at] = sum === null ? NO_VALUE : roundToCents(sum);
    }
    return values;
  });
}

/** Sums of money in yuan can pick up binary fractions (0.1 + 0.2); two decimals is all a report prints. */
export function roundToCents(value: number): number {
  return Math.round(value * 100) / 100;
}
