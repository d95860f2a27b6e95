// 占不予公开的多少 / 占收到申请的比例 / 分别占各自办结总数的比例 after a figure: the share of the figure just stated in
// the whole the question names after 占, for the same organs and years — never the whole alone restated.
import { wholeOf } from '../lookup/index.js';
import { getMetric } from '../metrics.js';
import type { Query } from '../query.js';
import { FIGURE_RANKINGS } from './aggregation-kinds.js';
import type { Mentions } from './extract-mentions.js';
import { namesAsWhole, PREVIOUS_WHOLE } from './names-as-whole.js';

/**
 * The question's own query turned into the share of `previous`'s one figure in the figure written after 占, when
 * that is the only figure the question names and it names no organ or year of its own; null otherwise. 'unclear'
 * when the question asks a share of the answer just given but that answer is several figures added (这两项加起来 →
 * 占不予公开的比例): the share of their sum is no query the engine holds, and the whole's own share is not what
 * was asked.
 */
export function shareOfPrevious(
  own: Query,
  termPlaces: Mentions['termPlaces'],
  text: string,
  previous: Query,
): Query | 'unclear' | null {
  if (own.metric === null || own.moreMetrics.length > 0 || previous.metric === null) return null;
  if (own.organs.length > 0 || own.regions.length > 0 || own.years.length > 0 || own.pairs.length > 0) return null;
  if (own.aggregation !== 'value' && own.aggregation !== 'share' && own.aggregation !== 'ratio') return null;
  // The question names one figure (its words may be several: 收到 + 申请); the first of them follows 占.
  const whole = termPlaces.find((place) => place.terms.some((term) => term.kind === 'row' || term.kind === 'column'));
  if (whole === undefined || !namesAsWhole(text, whole.text, PREVIOUS_WHOLE)) return null;
  // 两家加起来 → 占两家不予公开总数的比例: the sum's share of the whole summed over the same organs (8 of 178 + 32), which
  // the engine does not compute; never each organ's own share. 各自 / 分别 asks each one's.
  const isSumOfOrgans = previous.aggregation === 'sum' && (previous.organs.length > 1 || previous.pairs.length > 1);
  if (isSumOfOrgans && !EACH_WORDS.test(text)) return 'unclear';
  // After a share (占比多少 → 占不予公开的多少) its part is the figure just stated; after figures of one report added
  // (三个加起来 → 占不予公开总数的比例), their sum's share of the whole named.
  if (previous.moreMetrics.length > 0 && previous.aggregation !== 'share')
    return previous.aggregation === 'sum' ? (sumShareOf(previous, own.metric) ?? 'unclear') : null;
  if (previous.metric === own.metric) return null;
  return { ...own, metric: previous.metric, moreMetrics: [own.metric], aggregation: 'share' };
}

/**
 * 占总计的比例 after 那加起来呢: a share naming no part of its own after figures added (of one report, or of organs
 * named) is the sum's share, which the engine does not compute; never each figure's own share. 各占 / 分别 asks
 * each figure's share, as it says.
 */
export function sharesLastSum(own: Query, previous: Query, text: string): boolean {
  if (own.aggregation !== 'share' || own.metric !== null || own.organs.length > 0 || own.pairs.length > 0) return false;
  if (previous.aggregation !== 'sum' || EACH_WORDS.test(text)) return false;
  return previous.moreMetrics.length > 0 || previous.organs.length > 1 || previous.pairs.length > 1;
}

const EACH_WORDS = /各|分别|每|\beach\b|\brespectively\b/u;

/** 占总计 / 占总数: the whole the figures added are parts of, which no figure word names. */
export const TOTAL_WHOLE = /占了?(?:总计|总数|全部|总量)|\b(?:share|percentage|proportion) of (?:the )?total\b/u;

/**
 * 维持加纠正占总计的比例 / 三个加起来 → 占不予公开总数的比例: the figures of one report added (a sum's query), as a share
 * of `whole` — the figure named, else (null: 占总计) the one whole every figure added is a part of. Null when the
 * figures are of several reports, fewer than two, of another unit than the whole, or have no common whole.
 */
export function sumShareOf(sum: Query, whole: string | null): Query | null {
  const isOneReport = sum.pairs.length === 0 && sum.organs.length === 1 && sum.years.length <= 1;
  if (sum.aggregation !== 'sum' || sum.metric === null || !isOneReport) return null;
  const all = [sum.metric, ...sum.moreMetrics];
  const wholes = new Set(all.map((id) => wholeOf(getMetric(id))?.id));
  const [common] = wholes;
  const shared = whole ?? (wholes.size === 1 ? (common ?? null) : null);
  const added = all.filter((id) => id !== shared);
  if (shared === null || added.length < 2) return null;
  if (added.some((id) => getMetric(id).unit !== getMetric(shared).unit)) return null;
  const [first, ...more] = added as [string, ...string[]];
  return { ...sum, metric: first, moreMetrics: [...more, shared], breakdown: null, aggregation: 'sumShare' };
}

/**
 * 这两项占不予公开的比例 / 它们占总计的比例: a share whose part the question counts as two or more (两项 / 两者 / 这俩 /
 * 它们) but reads as one figure
 * of one report — the figures of two turns, whose sum's share the engine does not compute; never the last one's
 * share alone.
 */
export function sharesFewerThanCounted(query: Query, countsTwo: boolean): boolean {
  if (!countsTwo || query.aggregation !== 'share' || query.moreMetrics.length > 1) return false;
  return query.organs.length <= 1 && query.years.length <= 1 && query.pairs.length <= 1;
}

/**
 * Answers that state every figure of their organ-years: a sum of organs named (平均每家 states its sum too), their
 * figures, a whole ranking.
 */
const STATES_EVERY_FIGURE: ReadonlySet<Query['aggregation']> = new Set(['sum', 'perOrgan', 'value', 'top', 'bottom']);

/**
 * 洪泽区的占多少 / 南山区占多少 after an answer that stated one figure of several organs (两个一共, 2024年各单位…,
 * 它们加起来, 前两名): the organ's share of those figures added, first the organ named, then the others — after a
 * ranking cut to its first places, of the places listed, the whole naming them. Null unless the question names one
 * of those organs and a share (or, after such a share, another of them alone: 淮安市呢), and no figure, year or whole
 * of its own.
 */
export function shareOfLastSum(own: Query, previous: Query, lastSubjects: Query | undefined): Query | null {
  // 淮安市呢 after 洪泽区的占多少: another organ's share of the same sum.
  const isAfterShare = previous.aggregation === 'shareOfSum';
  const isAnotherPart = isAfterShare && own.aggregation === 'value' && own.metric === null;
  const subjects = isAfterShare ? previous : lastSubjects;
  if ((own.aggregation !== 'share' && !isAnotherPart) || own.organs.length !== 1 || subjects === undefined) return null;
  if (own.moreMetrics.length > 0 || own.years.length > 0 || own.pairs.length > 0 || own.regions.length > 0) return null;
  const statesEvery = STATES_EVERY_FIGURE.has(previous.aggregation) || isAfterShare;
  if (!statesEvery || previous.breakdown !== null) return null;
  const { metric } = subjects;
  if (metric === null || subjects.moreMetrics.length > 0 || (own.metric !== null && own.metric !== metric)) return null;
  const [part] = own.organs as [string];
  // Pairs each with a figure of their own (行政处罚和…行政强制) add no one figure.
  if (!subjects.organs.includes(part) || subjects.pairs.some((pair) => pair.metric !== undefined)) return null;
  const pairs = [...subjects.pairs].sort((a, b) => Number(b.organ === part) - Number(a.organ === part));
  const operands = pairs.length > 0 ? pairs.length : subjects.organs.length * Math.max(1, subjects.years.length);
  // One organ-year of the part: a share of two years of it is no share of one sum.
  const partCount =
    pairs.length > 0 ? pairs.filter((pair) => pair.organ === part).length : Math.max(1, subjects.years.length);
  if (operands < 2 || partCount !== 1) return null;
  return {
    ...subjects,
    organs: [part, ...subjects.organs.filter((organ) => organ !== part)],
    pairs,
    metric,
    moreMetrics: [],
    aggregation: 'shareOfSum',
  };
}

/**
 * 规章占多少 after 规章和行政规范性文件现行有效各多少 → 合起来: the share of the figure named in the sum of one report's
 * figures just added (11 of 77), the figure named by its row (the column is the sum's). Null unless the last query
 * added two or more figures of one organ-year, and the question asks a share of exactly one of them, with no organ,
 * year or whole of its own.
 */
export function shareOfSummedFigures(own: Query, previous: Query): Query | null {
  if (previous.aggregation !== 'sum' || previous.metric === null || previous.moreMetrics.length === 0) return null;
  const onePair = previous.pairs.length === 0 && previous.organs.length === 1 && previous.years.length <= 1;
  if (!onePair || own.aggregation !== 'share' || own.metric === null) return null;
  if (own.organs.length > 0 || own.regions.length > 0 || own.years.length > 0 || own.pairs.length > 0) return null;
  const named = getMetric(own.metric);
  // 规章 alone reads the row's fields; 规章现行有效 one of them: either way the summed figure of that row.
  const rowOnly = own.moreMetrics.length === 0 || own.breakdown === 'fields';
  const added = [previous.metric, ...previous.moreMetrics];
  const matches = added.filter((id) => {
    const spec = getMetric(id);
    return spec.section === named.section && spec.row === named.row && (rowOnly || id === own.metric);
  });
  const [part] = matches;
  if (part === undefined || matches.length !== 1) return null;
  return { ...previous, metric: part, moreMetrics: added.filter((id) => id !== part), aggregation: 'shareOfSum' };
}

/**
 * The two operands of a difference, ratio or change just computed (A比B多多少, A是B的几倍, 2024年比2023年多多少): two
 * organs each in its year, or one organ in two years.
 */
function twoOperands(previous: Query): readonly [Operand, Operand] | null {
  if (!TWO_OPERAND.has(previous.aggregation) || previous.metric === null || previous.moreMetrics.length > 0)
    return null;
  if (previous.pairs.length === 2 && previous.pairs.every((pair) => pair.metric === undefined)) {
    const [first, second] = previous.pairs as [Operand, Operand];
    return first.organ === second.organ && first.year === second.year ? null : [first, second];
  }
  if (previous.pairs.length > 0) return null;
  const [organ, otherOrgan] = previous.organs;
  const [year, otherYear] = previous.years;
  if (organ === undefined || year === undefined) return null;
  if (otherOrgan !== undefined && previous.organs.length === 2 && previous.years.length === 1)
    return [
      { organ, year },
      { organ: otherOrgan, year },
    ];
  if (otherYear !== undefined && previous.organs.length === 1 && previous.years.length === 2)
    return [
      { organ, year },
      { organ, year: otherYear },
    ];
  return null;
}

const TWO_OPERAND: ReadonlySet<Query['aggregation']> = new Set(['difference', 'ratio', 'change']);

type Operand = { readonly organ: string; readonly year: number };

/** What a share asked right after a difference or ratio of two organs reads as (shareOfOperands). */
export type OperandShare =
  | { readonly kind: 'ratio'; readonly query: Query; readonly part: Operand }
  | { readonly kind: 'ask'; readonly operands: readonly [Operand, Operand] };

/**
 * 占淮安市的百分之几 after 淮安市比南山区多多少 (占2023年的 after 2024年比2023年多多少): the other operand's figure as a
 * share of the one named (the difference's share of one of its operands is not what people ask), as a ratio of the
 * two pairs. 占多少 / 百分之几 naming neither has two readings, A of B and B of A: asked back with both. Null unless
 * the last turn computed on exactly two organ-years' one figure and the question asks a share with no figure of its
 * own, naming exactly one of them or none.
 */
export function shareOfOperands(own: Query, previous: Query): OperandShare | null {
  const operands = twoOperands(previous);
  if (operands === null || (own.aggregation !== 'share' && own.aggregation !== 'ratio')) return null;
  if (own.metric !== null && own.metric !== previous.metric) return null;
  if (own.moreMetrics.length > 0 || own.pairs.length > 0 || own.regions.length > 0) return null;
  if (own.organs.length === 0 && own.years.length === 0) return { kind: 'ask', operands };
  // The whole is the one operand of the organ and year named (占淮安市的, 占2023年的).
  const named = operands.filter(
    (operand) =>
      own.organs.length <= 1 &&
      own.years.length <= 1 &&
      (own.organs.length === 0 || operand.organ === own.organs[0]) &&
      (own.years.length === 0 || operand.year === own.years[0]),
  );
  const [whole] = named;
  const part = operands.find((operand) => operand !== whole);
  if (whole === undefined || part === undefined || named.length !== 1) return null;
  const pairs = [part, whole].map(({ organ, year }) => ({ organ, year }));
  const query: Query = {
    ...previous,
    organs: [part.organ, whole.organ],
    years: [],
    pairs,
    moreMetrics: [],
    aggregation: 'ratio',
  };
  return { kind: 'ratio', query, part };
}

/**
 * 南山区的占多少 / 它占多少 / what share is that? after a ranking: the organ asked (or pointed at, or the one organ the
 * ranking named when none is) as the part of a share of the ranking's figures. Null unless the last turn ranked one
 * figure and the question asks a share with no figure, year or whole of its own.
 */
export function partOfRanking(own: Query, previous: Query, named: readonly string[] | undefined): Query | null {
  if (!FIGURE_RANKINGS.has(previous.aggregation) || previous.metric === null || previous.moreMetrics.length > 0)
    return null;
  // 它占不予处理的几成 after 不予处理哪一类最多: the part ranked first, of its group — no organ's share of a ranking.
  if (previous.breakdown === 'parts') return null;
  if (own.aggregation !== 'share' || (own.metric !== null && own.metric !== previous.metric)) return null;
  if (own.moreMetrics.length > 0 || own.years.length > 0 || own.pairs.length > 0 || own.regions.length > 0) return null;
  const organs = own.organs.length > 0 ? own.organs : (named ?? []);
  return organs.length === 1 ? { ...own, organs: [...organs] } : null;
}
