// Organs ranked by a share (哪个单位自然人申请占比最高): one ranking asked of the store, the best N kept.
import type { FigureScope } from '../../store/index.js';
import { getMetric } from '../metrics.js';
import { LIST_LIMIT } from '../organs/index.js';
import type { Query } from '../query.js';
import type { LookupResult } from '../result.js';
import type { Lang } from '../types.js';
import { type FigureSource, figureOf } from './figure-source.js';
import { DEFAULT_RANKING_LENGTH } from './lookup-across.js';
import { lookupShare, partsAndWholes } from './lookup-change.js';

/** Ranks the reports by the share of the query's figure in its whole; null when the figure is no share of anything. */
export async function rankShares(
  figures: FigureSource,
  scope: FigureScope,
  query: Query,
  metricIds: readonly string[],
  lang: Lang,
): Promise<LookupResult | null> {
  const [pair] = partsAndWholes(metricIds.map(getMetric));
  if (!pair) return null;
  const [part, whole] = pair;
  const isDescending = query.aggregation !== 'shareBottom';
  // One place (占比最高): every report sharing it, as 最多 lists every report tied for first.
  const ranking = await figures.rankFigures({ ...figureOf(part), per: figureOf(whole).cells }, scope, {
    order: isDescending ? 'desc' : 'asc',
    limit: query.limit === 1 ? LIST_LIMIT : (query.limit ?? DEFAULT_RANKING_LENGTH),
    ties: query.limit === 1 ? 'first' : 'places',
  });
  const compared = ranking.compared;
  const shares = ranking.rows.flatMap(
    ({ report }) => lookupShare({ report, isLatest: false }, part, whole, lang) ?? [],
  );
  return { kind: 'shares', shares, missing: [], ranking: { isDescending, compared, years: query.years } };
}
