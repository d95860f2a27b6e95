// The whole a share names (是…的百分之几 / 占…的比例 / ratio of … to …), and the share or ratio it makes of the figures.

import { wholeOf } from '../lookup/index.js';
import { getMetric } from '../metrics.js';
import type { Query } from '../query.js';
import type { Lang } from '../types.js';
import type { Mentions } from './extract-mentions.js';
import { readMetrics } from './read-metrics.js';

/** 是…的百分之几 / 占…的比例 with the figure it is divided by between 是 (占) and 的. */
export const NAMED_WHOLE = /(?:是|占)([^，,。？?！!；;]{1,14}?)的?(?:百分之|比例|比重|占比|几成|多少)/u;

/**
 * 商业企业的是自然人的百分之几 / 行政诉讼是行政复议的百分之几: the first figure divided by the second, which the question
 * names as what it is a share of — never each figure's share of its own whole (22 of 262, 236 of 262). A figure and
 * its own whole (予以公开占收到申请) or group stay a share.
 */
export function asRatioOfNamedWhole(query: Query, namesWhole: boolean): Query {
  if (!namesWhole || query.aggregation !== 'share' || query.metric === null || query.moreMetrics.length !== 1)
    return query;
  return isWholeOf(query.metric, query.moreMetrics[0] as string) ? query : { ...query, aggregation: 'ratio' };
}

/** A share of `partId` already divides by `wholeId` when it is the part's own whole, its group, or no figure's part. */
export function isWholeOf(partId: string, wholeId: string): boolean {
  const part = getMetric(partId);
  const whole = getMetric(wholeId);
  return (
    wholeOf(part)?.id === whole.id ||
    (part.section === whole.section && part.column === whole.column && part.row.startsWith(`${whole.row}.`)) ||
    (wholeOf(whole) === undefined && wholeOf(part) !== undefined)
  );
}

/** Words joining figures into one whole (复议和诉讼总数, 新收加上年结转). */
const JOINED_WHOLE = /和|与|及|加|跟|\+|两者|二者/u;

/** 占各自办结总数: each figure's own whole, a share of each. */
const OWN_WHOLES = /各自|分别|各/u;

/**
 * What 是 (占) … 的百分之几 names as the whole: `one` figure (the whole the first figure is divided by), `joined` —
 * figures joined or summed (占复议和诉讼总数的比例: a share of a sum, which the engine does not compute, so
 * never one of them as the whole) — or `none`.
 */
export function namedWholeOf(termPlaces: Mentions['termPlaces'], text: string): NamedWhole {
  const named = NAMED_WHOLE.exec(text);
  if (named === null) return NO_WHOLE;
  const span = named[1] ?? '';
  const start = named.index + 1;
  const end = start + span.length;
  const inside = termPlaces.filter(
    (place) =>
      place.at >= start && place.at < end && place.terms.some((term) => term.kind === 'row' || term.kind === 'column'),
  );
  if (inside.length === 0 || OWN_WHOLES.test(span)) return NO_WHOLE;
  const spanWithoutFigures = inside.reduce((rest, place) => rest.replace(place.text, ''), span);
  if (JOINED_WHOLE.test(spanWithoutFigures)) {
    // 予以公开占予以公开和部分公开之和的多少: the figures joined, and the one figure named before 占 (its share of them).
    const before = termPlaces.filter((place) => place.at < named.index);
    const [part, ...more] = readMetrics(before.flatMap((place) => place.terms)).metrics;
    const joined = inside.map((place) => readMetrics(place.terms).metrics);
    const isPartOfSum =
      text[named.index] === '占' &&
      part !== undefined &&
      more.length === 0 &&
      joined.every((figures) => figures.length === 1) &&
      new Set(joined.flat()).size === joined.length;
    return { kind: 'joined', figures: [], ofSum: isPartOfSum ? [part, ...joined.flat()] : null };
  }
  return {
    kind: 'one',
    figures: readMetrics(inside.flatMap((place) => place.terms)).metrics,
    isAfterZhan: text[named.index] === '占',
  };
}

/** The whole 是 (占) … 的百分之几 names, and for one figure, that figure. */
interface NamedWhole {
  readonly kind: 'one' | 'joined' | 'none';
  readonly figures: readonly string[];
  /**
   * A joined whole that adds the part named before 占 and other figures of its report (予以公开占予以公开和部分公开
   * 之和): the part, then the figures joined — the part among them. Null otherwise.
   */
  readonly ofSum?: readonly string[] | null;
  /** Named after 占 (占不予公开的多少), which asks a share however the amount is asked (多少 / 几成 / 百分之几). */
  readonly isAfterZhan?: boolean;
}

const NO_WHOLE: NamedWhole = { kind: 'none', figures: [] };

/** The ratio of penalties to licences: the first figure divided by the second, named as 是…的 names it in Chinese. */
export const namesEnglishRatio = (text: string, lang: Lang): boolean =>
  lang === 'en' && /\bratio (?:of|between)\b.+\b(?:to|and)\b/u.test(text);

/**
 * 予以公开占予以公开加部分公开的多少 / 予以公开占不予公开的多少: two figures of one report, the second named after 占 as
 * the whole, with no word of share but the amount asked — the first's share of the second (a ratio when it is no
 * whole of the first, asRatioOfNamedWhole), never the two figures listed.
 */
export function asShareOfNamed(query: Query, { kind, figures, isAfterZhan }: NamedWhole): Query {
  const [whole] = query.moreMetrics;
  const isTwoFigures = query.aggregation === 'value' && query.metric !== null && query.moreMetrics.length === 1;
  const isNamedAfterZhan = kind === 'one' && isAfterZhan === true && whole !== undefined && figures.includes(whole);
  return isTwoFigures && isNamedAfterZhan && query.breakdown === null ? { ...query, aggregation: 'share' } : query;
}

/**
 * The share of the part in the sum a joined whole names, of one organ-year: with the part among the figures joined
 * (shareOfSum), or beside them (shareOfJoined: 结转下年度占新收加上年结转). Null when the whole is no such sum.
 */
export function shareOfJoinedWhole(query: Query, { ofSum }: NamedWhole): Query | null {
  if (!ofSum) return null;
  const [part, ...joined] = ofSum as [string, ...string[]];
  const oneReport = query.pairs.length === 0 && query.organs.length === 1 && query.years.length <= 1;
  if (!oneReport || joined.length < 2) return null;
  // 结转下年度占（新收+上年结转）: the part is none of the figures joined — its share of their sum, of one table (行政复议
  // 占部分公开和诉讼 adds figures of two tables, no whole of anything).
  const isOneTable = new Set([part, ...joined].map((id) => getMetric(id).section)).size === 1;
  if (!joined.includes(part) && !isOneTable) return null;
  const aggregation = joined.includes(part) ? 'shareOfSum' : 'shareOfJoined';
  return { ...query, metric: part, moreMetrics: joined.filter((id) => id !== part), breakdown: null, aggregation };
}
