// Arithmetic in a question: which operation (difference, sum, ratio) it asks for, and organs written each with
// its own year (龙岗区2022年比南山区2020年), which the query carries as pairs rather than organs × years.
import { wholeOf } from '../lookup/index.js';
import { findMetric, getMetric } from '../metrics.js';
import type { Query } from '../query.js';
import type { Lang } from '../types.js';
import { DIFFERENCE_VERBS, type Operation } from '../vocabulary/operations.js';
import type { OrganMention } from './extract-mentions.js';
import type { YearPlace } from './find-years.js';
import { readMetrics } from './read-metrics.js';
import type { Term } from './term-dictionary.js';

/** How many operands a question names, as far as understanding can count them. */
export interface OperandCounts {
  readonly organs: number;
  readonly years: number;
  readonly metrics: number;
  readonly pairs: number;
  /** Names every organ of a scope (全部单位, 三个单位, 各部门): a sum over the scope, not over organs named. */
  readonly saysScope: boolean;
  /** What 比 compares with is another figure of the same report (新收比办结总数少了多少), not a year or an organ. */
  readonly comparesFigures: boolean;
}

/**
 * The operation asked, or null. A sum of one figure of one organ in one year is that figure (龙岗区2022年一共收到
 * 多少申请); a difference of one figure of one organ is its change over years (lookup-change states it). Change
 * words between two organs compared (龙岗区2022年比南山区2020年增加了多少) ask for their difference.
 */
export function readOperation(terms: readonly Term[], counts: OperandCounts): Operation | 'change' | null {
  const named = new Set(terms.flatMap((term) => (term.kind === 'operation' ? [term.key] : [])));
  const operands = counts.pairs > 0 ? counts.pairs : counts.organs;
  const compares = terms.some((term) => term.kind === 'compare');
  const saysChange = terms.some((term) => term.kind === 'aggregation' && term.key === 'change');
  if (saysChange && compares && (operands >= 2 || counts.comparesFigures)) named.add('difference');
  if (named.has('ratio')) return 'ratio';
  if (named.has('difference')) {
    // 南山区2021年比2020年多多少, 南山区比上年多多少: one figure of one organ, compared across years.
    const isOneFigure = counts.pairs === 0 && counts.organs <= 1 && counts.metrics <= 1 && !counts.saysScope;
    return isOneFigure ? 'change' : 'difference';
  }
  if (named.has('sum')) {
    const isOneCell =
      !counts.saysScope && counts.organs === 1 && counts.pairs === 0 && counts.years <= 1 && counts.metrics <= 1;
    return isOneCell ? null : 'sum';
  }
  return null;
}

/**
 * 等不等于办理结果总计加结转下年度 / 新收加上年结转比办结多多少 / (新收+上年结转)÷总计 / 新收和上年结转加起来是总计的
 * 几倍 / 新收减上年结转除以上年结转: figures joined by an operation (加 or 减 between two, 加起来 after two) beside
 * another operation — two operations in one question, which no query holds; never one of them on the figures joined.
 */
export function addsBesideAnotherOperation(termPlaces: readonly TermPlace[]): boolean {
  const operations = new Set(termPlaces.flatMap((place) => place.terms.flatMap((term) => operationOf(term))));
  if (operations.size < 2) return false;
  const namesFigureAt = (at: number): boolean => {
    const place = termPlaces[at];
    return place !== undefined && namesFigure(place);
  };
  const figuresBefore = (at: number): number => termPlaces.slice(0, at).filter(namesFigure).length;
  return termPlaces.some((place, at) => {
    const [operation] = operationOf(place.terms[0]);
    if (operation !== 'sum' && operation !== 'difference') return false;
    const isBetween = namesFigureAt(at - 1) && namesFigureAt(at + 1);
    const isAfterTwo = operation === 'sum' && namesFigureAt(at - 1) && figuresBefore(at) >= 2;
    return isBetween || isAfterTwo;
  });
}

const operationOf = (term: Term | undefined): string[] => (term?.kind === 'operation' ? [term.key] : []);

/** Share words (占比, 百分之几) between two operands of a figure that is no part of a whole ask for their ratio. */
export function isRatioOfOperands(terms: readonly Term[], counts: OperandCounts, hasWhole: boolean): boolean {
  const saysShare = terms.some((term) => term.kind === 'aggregation' && term.key === 'share');
  // 比2023年增长了百分之多少: the change in percent, never the quotient (1.6 倍 where 60% was asked).
  if (terms.some((term) => term.kind === 'aggregation' && term.key === 'change')) return false;
  const operands = counts.pairs > 0 ? counts.pairs : counts.organs * Math.max(1, counts.years);
  return saysShare && !hasWhole && operands === 2;
}

/**
 * Each organ with its own year, in question order, when every organ is written with exactly one year (after it:
 * 龙岗区2022年比南山区2020年; or before it: 2022年龙岗区比2020年南山区) and the years differ; else no pairs.
 */
export function readPairs(
  organs: readonly OrganMention[],
  names: readonly string[],
  places: readonly YearPlace[],
  termPlaces: readonly TermPlace[],
  hasOwnFigures = false,
): Query['pairs'] {
  return readPairSpans(organs, names, places, termPlaces, hasOwnFigures)?.pairs ?? [];
}

/** A vocabulary word's place in the question, with what it names. */
type TermPlace = { readonly at: number; readonly terms: readonly Term[] };

/**
 * 洪泽区2023年行政处罚和沐阳县2025年行政强制: each pair with a figure of its own, one figure a pair, in question order;
 * null when the pairs share their figures (one named, or the same in each). `unclear` when the pairs name figures
 * that cannot be split one a pair (two figures beside one pair, a pair with none while another has one, any two
 * figures of an English question, whose places count words) or the years are written between the organs in an
 * order that pairs none: not understood rather than answered with the wrong figure or year of one.
 */
export function pairFigures(
  organs: readonly OrganMention[],
  names: readonly string[],
  places: readonly YearPlace[],
  termPlaces: readonly TermPlace[],
  { text, lang }: { readonly text: string; readonly lang: Lang },
): readonly string[] | 'unclear' | null {
  const spans = readPairSpans(organs, names, places, termPlaces, true)?.spans;
  if (!spans)
    return isInterleaved(organs, places) || namesOwnFiguresWithoutYears(organs, places, termPlaces) ? 'unclear' : null;
  if (lang === 'en') return englishFigures(termPlaces) > 1 ? 'unclear' : null;
  const inSpans = spans.map(([from, to]) => termPlaces.filter((place) => place.at >= from && place.at < to));
  const figures = inSpans.map((places) => readMetrics(places.flatMap((place) => place.terms)).metrics);
  const named = figures.filter((metrics) => metrics.length > 0).map((metrics) => metrics.join(','));
  if (named.length <= 1 || new Set(named).size === 1) return null;
  // 龙岗区2022年的行政复议比南山区2020年多收了几件: a figure word right after 多 / 少 may be the verb of the difference
  // (how many more 行政复议), not a figure of its own.
  const chars = [...text];
  const isAfterMoreOrLess = (at: number): boolean => chars[at - 1] === '多' || chars[at - 1] === '少';
  if (inSpans.some((places) => places.some((place) => isAfterMoreOrLess(place.at)))) return 'unclear';
  const ownFigures = figures.flatMap((metrics) => (metrics.length === 1 ? [metrics[0] as string] : []));
  return ownFigures.length === figures.length ? ownFigures : 'unclear';
}

/**
 * 洪泽区2023年的规范性文件废止和2024年的制发: one organ, each of its years written before a figure of its own — the
 * pairs of that organ, each year with its figure (a column alone read in the row before it), never every figure in
 * every year. Null unless one organ is named, each of two or more years is written once, and every year is followed by
 * exactly one figure, the figures differing.
 */
export function yearFigures(
  organs: readonly OrganMention[],
  names: readonly string[],
  places: readonly YearPlace[],
  termPlaces: readonly TermPlace[],
): Query['pairs'] | null {
  const [organ] = names;
  if (organs.length !== 1 || organ === undefined || places.length < 2) return null;
  if (places.some((place) => place.years.length !== 1)) return null;
  const sorted = [...places].sort((a, b) => a.at - b.at);
  // No figure before the first year: 行政许可2023年和2024年 names one figure of both years.
  if (termPlaces.some((place) => place.at < (sorted[0] as YearPlace).at && namesFigure(place))) return null;
  const figures: string[] = [];
  for (const [i, place] of sorted.entries()) {
    const end = sorted[i + 1]?.at ?? Number.POSITIVE_INFINITY;
    const terms = termPlaces.filter((term) => term.at >= place.end && term.at < end).flatMap((term) => term.terms);
    const { metrics, columnsOnly } = readMetrics(terms);
    const before = figures.at(-1);
    const [column] = columnsOnly;
    const inRowBefore =
      metrics.length === 0 && columnsOnly.length === 1 && column && before
        ? findMetric(column.section, getMetric(before).row, column.key)?.id
        : undefined;
    const figure = metrics.length === 1 ? metrics[0] : inRowBefore;
    if (figure === undefined) return null;
    figures.push(figure);
  }
  if (new Set(figures).size < 2) return null;
  return sorted.map((place, i) => ({ organ, year: place.years[0] as number, metric: figures[i] as string }));
}

const namesFigure = (place: TermPlace): boolean =>
  place.terms.some((term) => term.kind === 'row' || term.kind === 'column');

/**
 * How many figures an English question's words name: each row, and each column of a table no row is named of
 * (licensing decisions is one figure; applications vs lawsuits two, whatever reading would merge them).
 */
function englishFigures(termPlaces: readonly TermPlace[]): number {
  const terms = termPlaces.flatMap((place) => place.terms);
  const rows = new Set(terms.flatMap((term) => (term.kind === 'row' ? [`${term.section}.${term.key}`] : [])));
  const sectionsOfRows = new Set(terms.flatMap((term) => (term.kind === 'row' ? [term.section] : [])));
  const columns = new Set(
    terms.flatMap((term) =>
      term.kind === 'column' && !sectionsOfRows.has(term.section) ? [`${term.section}.${term.key}`] : [],
    ),
  );
  return rows.size + columns.size;
}

/**
 * 洪泽区2023年行政许可和2024年淮安市行政许可: two or more years written between the organs in an order that pairs
 * none of them (a year after one organ, another before the next): never every organ in every year.
 */
function isInterleaved(organs: readonly OrganMention[], places: readonly YearPlace[]): boolean {
  const starts = organs.flatMap((organ) => (organ.at === undefined ? [] : [organ.at]));
  if (starts.length < 2) return false;
  const first = Math.min(...starts);
  const last = Math.max(...starts);
  const years = new Set(places.flatMap((place) => place.years));
  return years.size > 1 && places.some((place) => place.at > first && place.at < last);
}

/**
 * 淮安行政处罚加上洪泽行政强制: each organ followed by a figure of its own, with no year written — each organ's own
 * figure, which the query holds only as pairs (of years): not understood, never every figure of every organ added.
 */
function namesOwnFiguresWithoutYears(
  organs: readonly OrganMention[],
  places: readonly YearPlace[],
  termPlaces: readonly TermPlace[],
): boolean {
  if (organs.length < 2 || places.length > 0 || organs.some((organ) => organ.at === undefined)) return false;
  const at = organs.map((organ) => organ.at as number);
  const figures = at.map((start, i) => {
    const end = at[i + 1] ?? Number.POSITIVE_INFINITY;
    const terms = termPlaces.filter((place) => place.at >= start && place.at < end).flatMap((place) => place.terms);
    return readMetrics(terms).metrics.join(',');
  });
  return figures.every((figure) => figure !== '') && new Set(figures).size === figures.length;
}

/**
 * Each organ's span of the question and its year; `sameYear`: pairs of one year too (淮安2024年行政处罚加上洪泽2024年
 * 行政强制, each with a figure of its own), where otherwise one year of every organ is no pair.
 */
function readPairSpans(
  organs: readonly OrganMention[],
  names: readonly string[],
  places: readonly YearPlace[],
  termPlaces: readonly TermPlace[],
  sameYear = false,
): { pairs: Query['pairs']; spans: (readonly [number, number])[] } | null {
  if (organs.length < 2 || places.length !== organs.length) return null;
  const starts = organs.map((organ) => organ.at);
  if (starts.some((at) => at === undefined)) return null;
  const at = starts as number[];
  const yearIn = (from: number, to: number): number | null => {
    const inside = places.filter((place) => place.at >= from && place.at < to);
    return inside.length === 1 && inside[0]?.years.length === 1 ? (inside[0].years[0] as number) : null;
  };
  const afterSpans = at.map((start, i) => [start, at[i + 1] ?? Number.POSITIVE_INFINITY] as const);
  const beforeSpans = at.map((start, i) => [i === 0 ? 0 : (at[i - 1] as number), start] as const);
  for (const spans of [afterSpans, beforeSpans]) {
    const years = spans.map(([from, to]) => yearIn(from, to));
    if (!years.every((year) => year !== null)) continue;
    if (new Set(years).size < 2 && !sameYear) return null;
    // An organ's own figure is written after it either way: 2022年龙岗区的申请, 龙岗区2022年的申请.
    return { pairs: names.map((organ, i) => ({ organ, year: years[i] as number })), spans: afterSpans };
  }
  const years = adjacentYears(organs, places, termPlaces);
  if (years === null || (new Set(years).size < 2 && !sameYear)) return null;
  return { pairs: names.map((organ, i) => ({ organ, year: years[i] as number })), spans: afterSpans };
}

/**
 * 洪泽区2023年行政许可和2024年淮安市行政许可: each organ's year written right against it, after or before, when every
 * organ has exactly one such year, no year touches two organs (洪泽区2023年淮安市) and a figure word stands between
 * each two years (洪泽区2023年和2024年淮安市 may be both years of 洪泽区); null otherwise.
 */
function adjacentYears(
  organs: readonly OrganMention[],
  places: readonly YearPlace[],
  termPlaces: readonly TermPlace[],
): number[] | null {
  const touching = organs.map((organ) => {
    if (organ.at === undefined) return [];
    const end = organ.at + [...organ.name].length;
    return places.filter((place) => place.at === end || place.end === organ.at);
  });
  const used = touching.flat();
  if (touching.some((found) => found.length !== 1) || new Set(used).size !== used.length) return null;
  if (used.length !== places.length || used.some((place) => place.years.length !== 1)) return null;
  const isFigureAt = (place: TermPlace): boolean =>
    place.terms.some((term) => term.kind === 'row' || term.kind === 'column');
  const sorted = [...used].sort((a, b) => a.at - b.at);
  const apart = sorted.every((place, i) => {
    const next = sorted[i + 1];
    return (
      next === undefined || termPlaces.some((term) => isFigureAt(term) && term.at >= place.end && term.at < next.at)
    );
  });
  return apart ? used.map((place) => place.years[0] as number) : null;
}

/** 多收了多少 / 少收几件 / 多办结了几件 (never 最多收…): 多 or 少, a verb, then how many. */
const SPOKEN_DIFFERENCE = new RegExp(
  `(?<!最)[多少](?:${[...DIFFERENCE_VERBS].sort((a, b) => b.length - a.length).join('|')})了?(?:多少|几)`,
  'u',
);

/**
 * The terms with a difference added when a comparison says 多/少 around its verb (龙岗区2022年比南山区2020年多收了多少
 * 申请): the verb is read as the figure it names, so no word of the dictionary holds the operation. Without a
 * comparison word (比, 相比) the terms stay as they are.
 */
export function withSpokenDifference(terms: readonly Term[], text: string): readonly Term[] {
  if (!terms.some((term) => term.kind === 'compare') || !SPOKEN_DIFFERENCE.test(text)) return terms;
  return [...terms, { kind: 'operation', key: 'difference' }];
}

/**
 * 新收比办结总数少了多少 / 结转下年度比上年结转多了几件: the first word after 比 names a figure, with no year or organ
 * written between, so 比 compares two figures of one report (比上年 / 比2021年 / 比南山区 compare reports).
 */
export function comparesFigures(
  termPlaces: readonly { readonly at: number; readonly terms: readonly Term[] }[],
  otherPlaces: readonly { readonly at?: number }[],
): boolean {
  const compare = termPlaces.find((place) => place.terms.some((term) => term.kind === 'compare'));
  if (!compare) return false;
  const next = termPlaces.find((place) => place.at > compare.at);
  if (!next?.terms.some((term) => term.kind === 'row' || term.kind === 'column')) return false;
  return !otherPlaces.some((place) => place.at !== undefined && place.at > compare.at && place.at < next.at);
}

/** 占复议总数多少 / 占办结的几成: 占, a few words naming the whole, then how much (no punctuation between). */
const SPOKEN_SHARE = /占[^，,。？?！!；;]{1,12}?(?:多少|几成|百分之)/u;

/**
 * The terms with a share added when 占 and how much stand apart with the whole between them (复议维持的占复议总数多少),
 * or, in a conversation (`hasContext`), when only the total is named after 占 (占总计的多少: the last figure's share).
 * The part must be named before 占, and each row after it be a row named before (复议维持的占复议), the group of one
 * (行政查询事项占不予公开的多少: the sub-row's share of its group) or a whole of its own (办结总数): another row that is
 * itself a part would be read into the part's row and its share taken of another whole, so no share is added and
 * the figures stay as read. 占多少 written together is a share word of the dictionary already.
 */
/** 占…的多少 / 占…几成 as written: a share asked with the amount only. */
export const saysSpokenShare = (text: string): boolean => SPOKEN_SHARE.test(text);

export function withSpokenShare(
  terms: readonly Term[],
  termPlaces: readonly { readonly at: number; readonly terms: readonly Term[] }[],
  text: string,
  hasContext = false,
): readonly Term[] {
  if (terms.some((term) => term.kind === 'aggregation' && term.key === 'share')) return terms;
  const spoken = SPOKEN_SHARE.exec(text);
  if (spoken === null) return terms;
  const rowsOf = (places: typeof termPlaces) =>
    places.flatMap((place) => place.terms.flatMap((term) => (term.kind === 'row' ? [term] : [])));
  const before = termPlaces.filter((place) => place.at < spoken.index);
  const after = termPlaces.filter((place) => place.at > spoken.index);
  const namesPart = before.some((place) => place.terms.some((term) => term.kind === 'row' || term.kind === 'column'));
  // 这个占总计的多少 after a figure: the part is the figure just stated, the whole the total named after 占.
  const namesTotalOfContext =
    hasContext &&
    !namesPart &&
    after.length > 0 &&
    after.every((place) => place.terms.length > 0 && place.terms.every((term) => term.kind === 'total'));
  if (namesTotalOfContext) return [...terms, { kind: 'aggregation', key: 'share' }];
  const rowsBefore = rowsOf(before);
  const wholesFit = rowsOf(after).every((row) => {
    // 复议维持的占复议总数多少: a row named before; 不掌握相关信息占无法提供的多少: the group of a row named before,
    // read into that row as usual and named as its whole by the text (askWhichWhole).
    const isNamedOrGroup = (named: (typeof rowsBefore)[number]): boolean =>
      named.section === row.section && (named.key === row.key || named.key.startsWith(`${row.key}.`));
    if (rowsBefore.some(isNamedOrGroup)) return true;
    const total = findMetric(row.section, row.key, 'total');
    return total !== undefined && wholeOf(total) === undefined;
  });
  return namesPart && wholesFit ? [...terms, { kind: 'aggregation', key: 'share' }] : terms;
}

/** The operation a question's own words name, whatever its operands (for a follow-up on the previous ones). */
export function namedOperation(terms: readonly Term[]): Operation | null {
  const named = new Set(terms.flatMap((term) => (term.kind === 'operation' ? [term.key] : [])));
  return (['ratio', 'difference', 'sum'] as const).find((key) => named.has(key)) ?? null;
}

/** How many operands and figures a query names: pairs, or organs × years (none: one, the latest). */
export function operandsOf(query: Query): { readonly operands: number; readonly metrics: number } {
  const operands = query.pairs.length > 0 ? query.pairs.length : query.organs.length * Math.max(1, query.years.length);
  return { operands, metrics: query.metric === null ? 0 : 1 + query.moreMetrics.length };
}

/**
 * 两者相差多少 / 加起来呢 / 是几倍 after a question naming two figures: the operation on those. Null when the previous
 * query's operands do not fit it (a difference needs two; a sum more than one).
 */
export function operationOnPrevious(word: Operation | null, previous: Query): Operation | 'change' | null {
  if (word === null) return null;
  // 多了百分之多少 / 差了多少 after a change over years: that change again (later year against the earlier), never
  // the earlier year less the later.
  if (word === 'difference' && previous.aggregation === 'change') return 'change';
  const { operands, metrics } = operandsOf(previous);
  if (word === 'sum') return operands * Math.max(1, metrics) > 1 ? 'sum' : null;
  return (operands === 2 && metrics >= 1) || (operands === 1 && metrics === 2) ? word : null;
}
