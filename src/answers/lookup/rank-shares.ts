// Organs ranked by a share (哪个单位自然人申请占比最高): one pass over the reports compared, the best N kept.
import type { Report } from '../../parser/index.js';
import { getMetric } from '../metrics.js';
import type { Query } from '../query.js';
import type { LookupResult } from '../result.js';
import type { Lang } from '../types.js';
import { DEFAULT_RANKING_LENGTH } from './lookup-across.js';
import { lookupShare, partsAndWholes } from './lookup-change.js';
import { metricValues } from './metric-values.js';
import { TiedFirst, TopPlaces } from './top-places.js';

/** Ranks the reports by the share of the query's figure in its whole; null when the figure is no share of anything. */
export function rankShares(
  reports: readonly Report[],
  query: Query,
  metricIds: readonly string[],
  lang: Lang,
): LookupResult | null {
  const [pair] = partsAndWholes(metricIds.map(getMetric));
  if (!pair) return null;
  const [part, whole] = pair;
  const isDescending = query.aggregation !== 'shareBottom';
  const better = (a: number, b: number): boolean => (isDescending ? a > b : a < b);
  // One place (占比最高): every report sharing it, as 最多 lists every report tied for first.
  const places =
    query.limit === 1 ? new TiedFirst(better) : new TopPlaces(query.limit ?? DEFAULT_RANKING_LENGTH, better);
  let compared = 0;
  const [partValues, wholeValues] = [metricValues(part, reports), metricValues(whole, reports)];
  for (let at = 0; at < reports.length; at += 1) {
    const [partValue, wholeValue] = [partValues[at] as number, wholeValues[at] as number];
    // A whole of 0 has no share to rank (nor one without the figures, NaN).
    if (Number.isNaN(partValue) || Number.isNaN(wholeValue) || wholeValue === 0) continue;
    compared += 1;
    places.offer(reports[at] as Report, partValue / wholeValue);
  }
  const shares = places
    .list()
    .flatMap(({ report }) => lookupShare({ report, isLatest: false }, part, whole, lang) ?? []);
  return { kind: 'shares', shares, missing: [], ranking: { isDescending, compared, years: query.years } };
}
