// 占不予公开的多少 / 占收到申请的比例 / 分别占各自办结总数的比例 after a figure: the share of the figure just stated in
// the whole the question names after 占, for the same organs and years — never the whole alone restated.
import type { Query } from '../query.js';
import type { Mentions } from './extract-mentions.js';

/** Words allowed between 占 and the whole it names (占各自办结总数, 占其收到申请). */
const BEFORE_WHOLE = '(?:各自|自己|其|本单位)?的?';

/**
 * The question's own query turned into the share of `previous`'s one figure in the figure written after 占, when
 * that is the only figure the question names and it names no organ or year of its own; null otherwise.
 */
export function shareOfPrevious(
  own: Query,
  termPlaces: Mentions['termPlaces'],
  text: string,
  previous: Query,
): Query | null {
  if (own.metric === null || own.moreMetrics.length > 0 || previous.metric === null) return null;
  // After a share (占比多少 → 占不予公开的多少) its part is the figure just stated.
  if ((previous.moreMetrics.length > 0 && previous.aggregation !== 'share') || previous.metric === own.metric)
    return null;
  if (own.organs.length > 0 || own.regions.length > 0 || own.years.length > 0 || own.pairs.length > 0) return null;
  if (own.aggregation !== 'value' && own.aggregation !== 'share' && own.aggregation !== 'ratio') return null;
  // The question names one figure (its words may be several: 收到 + 申请); the first of them follows 占.
  const whole = termPlaces.find((place) => place.terms.some((term) => term.kind === 'row' || term.kind === 'column'));
  if (whole === undefined) return null;
  const saysOf = new RegExp(`占${BEFORE_WHOLE}${escapeRegExp(whole.text)}`, 'u').test(text);
  return saysOf ? { ...own, metric: previous.metric, moreMetrics: [own.metric], aggregation: 'share' } : null;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
