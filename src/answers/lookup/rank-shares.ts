// Organs ranked by a share (哪个单位自然人申请占比最高): one pass over the reports compared, the best N kept.
import type { Report } from '../../parser/index.js';
import { rankFiguresIn } from '../../store/index.js';
import { getMetric } from '../metrics.js';
import { LIST_LIMIT } from '../organs/index.js';
import type { Query } from '../query.js';
import type { LookupResult } from '../result.js';
import type { Lang } from '../types.js';
import { DEFAULT_RANKING_LENGTH, figureOf } from './lookup-across.js';
import { lookupShare, partsAndWholes } from './lookup-change.js';

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
  // One place (占比最高): every report sharing it, as 最多 lists every report tied for first.
  const ranking = rankFiguresIn(
    reports,
    { ...figureOf(part), per: figureOf(whole).cells },
    { years: [] },
    {
      order: isDescending ? 'desc' : 'asc',
      limit: query.limit === 1 ? LIST_LIMIT : (query.limit ?? DEFAULT_RANKING_LENGTH),
      ties: query.limit === 1 ? 'first' : 'places',
    },
  );
  const compared = ranking.compared;
  const shares = ranking.rows.flatMap(
    ({ report }) => lookupShare({ report, isLatest: false }, part, whole, lang) ?? [],
  );
  return { kind: 'shares', shares, missing: [], ranking: { isDescending, compared, years: query.years } };
}
