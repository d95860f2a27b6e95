// 它 / 这两个 / 三个合起来 / them: a follow-up pointing back at what the last answers stated — the organ a ranking
// named, the organs a list listed, the organ-years of the last two turns — never at the scope the last question
// ranked, and never at one organ of several (它 after two organs is asked back).
import { isAtLevel, type StoreIndex } from '../organs/index.js';
import type { Level, Query } from '../query.js';
import type { Lang } from '../types.js';
import { ORDINAL_PAIR_WORDS } from '../vocabulary/pointers.js';
import { operandsOf } from './read-operation.js';
import type { Term } from './term-dictionary.js';

/** What the last two answers were about (subjectsQuery), the later first. */
export interface AnswerSubjects {
  readonly subjects?: Query;
  readonly earlierSubjects?: Query;
  /** The query of the turn before `earlier`, for 三个加起来 over three turns. */
  readonly oldest?: Query;
}

/** The query pointed at, or the organs to choose from when the words point at fewer or more than were named. */
export type PointedBack =
  | { readonly kind: 'query'; readonly query: Query }
  | { readonly kind: 'choose'; readonly organs: readonly string[] };

/**
 * The subjects a pointing word means: all of the last answer's (它们), its one organ (它), or as many as the word
 * counts (这两个 / 三个), taken from the last answer or, when it named fewer, the last two together (龙岗区… →
 * 南山区呢 → 两个一共多少). Null when the question names no pointer, names organs of its own, or counts more
 * organ-years than the last turns hold.
 */
export function pointBack(
  terms: readonly Term[],
  own: Query,
  previous: Query,
  { subjects, earlierSubjects }: AnswerSubjects,
  index: StoreIndex,
  namesFigure = own.metric !== null,
): PointedBack | null {
  const pointer = terms.find((term) => term.kind === 'pointer');
  if (pointer?.kind !== 'pointer') return null;
  if (own.organs.length > 0 || own.regions.length > 0 || own.pairs.length > 0 || own.level !== null) return null;
  const last = subjects ?? previous;
  if (pointer.ordinal !== undefined) return ordinalOf(pointer.ordinal, previous, [last, earlierSubjects], index);
  const { count, level } = pointer;
  if (count === 1 && level !== null) {
    const mismatch = levelMismatch(last, level, index);
    if (mismatch) return { kind: 'choose', organs: mismatch };
  }
  if (count === null) return { kind: 'query', query: last };
  const both = earlierSubjects ? together(earlierSubjects, last, namesFigure, index) : null;
  const fits = [last, both].find((query) => query && countOf(query, count) === count);
  if (fits) return { kind: 'query', query: fits };
  // 它 after several organs is asked back; 两个 that counts no organ-years (两个加起来 after two figures of one
  // report) is left to the operation on the last turns' figures.
  return count === 1 ? { kind: 'choose', organs: [...new Set(last.organs)] } : null;
}

/**
 * 前者的结转下年度呢 after 龙岗区2022年和南山区2020年…, then 后者呢: the organ-year at that place among the two the last
 * answer stated, else the one before it, else the last two turns' one each (the earlier first), asked as the last
 * question was; which one is asked back when none of these is two.
 */
function ordinalOf(
  ordinal: 1 | 2,
  previous: Query,
  stated: readonly (Query | undefined)[],
  index: StoreIndex,
): PointedBack {
  const each = stated.flatMap((query) => (query ? [pairsOf(query, index)] : []));
  // 龙岗区2022年… → 南山区2020年呢 → 后者的行政诉讼呢: the two turns' one organ-year each, the earlier first.
  const [last, before] = each;
  const ofTurns = last?.length === 1 && before?.length === 1 ? [...before, ...last] : undefined;
  const stated2 = each.find((pairs) => pairs.length === 2);
  // 沐阳县… → 洪泽区…呢 → 后者是前者的百分之几 → 那前者的呢: the two the last answer stated, in the order the
  // conversation named them — the one the turn before named is the later — not the order the answer put them in.
  const [only] = before?.length === 1 && last?.length === 2 ? before : [];
  const named = only ? stated2?.findIndex((pair) => pair.organ === only.organ && pair.year === only.year) : -1;
  const inTurnOrder = stated2 && named !== undefined && named >= 0 ? [stated2[1 - named], stated2[named]] : stated2;
  const two = (inTurnOrder as { organ: string; year: number }[] | undefined) ?? ofTurns;
  const pair = two?.[ordinal - 1];
  if (!pair) return { kind: 'choose', organs: [...new Set(stated.flatMap((query) => query?.organs ?? []))] };
  // After 两者差多少 the figure is asked of the one organ-year, not the operation again.
  const aggregation = OPERATIONS.has(previous.aggregation) ? 'value' : previous.aggregation;
  // 自然人新收 → 法人呢 → 前者占新收的比重: of the two turns' one organ-year each, the turn pointed at is its own
  // figure too (自然人), never the last turn's.
  const turn = two === ofTurns ? stated[2 - ordinal] : undefined;
  const figure = turn?.metric ? { metric: turn.metric, moreMetrics: turn.moreMetrics } : {};
  return {
    kind: 'query',
    query: { ...previous, ...figure, organs: [pair.organ], years: [pair.year], pairs: [], aggregation },
  };
}

/** Operations on several operands: of one organ-year pointed at, its figure is asked instead. */
const OPERATIONS: ReadonlySet<Query['aggregation']> = new Set([
  'difference',
  'sum',
  'ratio',
  'relativeDifference',
  'doublings',
  'shareOfSum',
  'sumShare',
  'shareOfJoined',
]);

/**
 * 该区 after 淮安市 (a city), 该局 after a government: the organ pointed at is not of the level the word names, so
 * which one is asked — the organs of that level in its region (淮安市's districts, 洪泽区's city), else the organ
 * itself. Null when every organ pointed at is of that level.
 */
function levelMismatch(last: Query, level: Level, index: StoreIndex): string[] | null {
  const entries = [...new Set(last.organs)].map((organ) => index.orgs.get(organ));
  if (entries.every((entry) => entry !== undefined && isAtLevel(entry, level))) return null;
  const keys = entries.flatMap((entry) => (entry?.regionKey ? [entry.regionKey] : []));
  const related = [...index.orgs.values()].filter(
    (other) =>
      isAtLevel(other, level) &&
      other.regionKey !== null &&
      keys.some((key) => key.startsWith(other.regionKey as string) || (other.regionKey as string).startsWith(key)),
  );
  return related.length > 0 ? related.map((entry) => entry.org) : [...new Set(last.organs)];
}

/**
 * 这三个 / 两个一共 counts the figures the answer computes on: a query of another number of them (three counted, two
 * held) is never answered. True when the question counts none (它们, 它) or the count fits.
 */
export function fitsPointerCount(terms: readonly Term[], query: Query): boolean {
  const count = pointerCount(terms);
  if (count === null || count < 2) return true;
  const { operands, metrics } = operandsOf(query);
  return operands * Math.max(1, metrics) === count;
}

/** The count a pointing word says (这三个 / 三个加起来), null when none does or it counts nothing (它们). */
export function pointerCount(terms: readonly Term[]): number | null {
  const pointer = terms.find((term) => term.kind === 'pointer');
  return pointer?.kind === 'pointer' ? pointer.count : null;
}

/** 它 counts organs (one organ of two years is still 它); 这两个 counts figures (organ-years). */
const countOf = (query: Query, count: number): number =>
  count === 1 ? new Set(query.organs).size : operandsOf(query).operands;

/**
 * Two turns' subjects as one query, when both read the same figure in known years, or when the question names its
 * own figure (两家废止的合计 after 沐阳县 现行有效 and 淮安市 废止): then only their organs and years are taken.
 */
function together(earlier: Query, later: Query, namesFigure: boolean, index: StoreIndex): Query | null {
  if (earlier.metric === null || (earlier.metric !== later.metric && !namesFigure)) return null;
  const pairs = [...pairsOf(earlier, index), ...pairsOf(later, index)].filter(
    (pair, at, all) => all.findIndex((other) => other.organ === pair.organ && other.year === pair.year) === at,
  );
  const organs = [...new Set(pairs.map((pair) => pair.organ))];
  const years = [...new Set(pairs.map((pair) => pair.year))];
  const isOneYear = years.length === 1;
  return {
    ...later,
    organs,
    years: isOneYear ? years : [],
    pairs: isOneYear ? [] : pairs,
  };
}

/** A query's organ-years: its pairs, its organs × years, else each organ's latest year. */
function pairsOf(query: Query, index: StoreIndex): { organ: string; year: number }[] {
  if (query.pairs.length > 0) return query.pairs.map(({ organ, year }) => ({ organ, year }));
  return query.organs.flatMap((organ) => {
    const years = query.years.length > 0 ? query.years : (index.orgs.get(organ)?.years.slice(-1) ?? []);
    return years.map((year) => ({ organ, year }));
  });
}

/** The ordinal words of a language, longest first (the first one before the first); English as whole words. */
const byLength = (words: Readonly<Record<string, 1 | 2>>): string =>
  Object.keys(words)
    .sort((a, b) => b.length - a.length)
    .join('|');
const ORDINAL_PAIR: Readonly<Record<Lang, RegExp>> = {
  zh: new RegExp(byLength(ORDINAL_PAIR_WORDS.zh), 'gu'),
  en: new RegExp(`\\b(?:${byLength(ORDINAL_PAIR_WORDS.en)})\\b`, 'giu'),
};
/** What the first ordinal word is written as: the word for both of the two figures. */
const BOTH: Readonly<Record<Lang, string>> = { zh: '两者', en: 'both' };

/**
 * 前者和后者差多少 / 后者是前者的几倍 / the ratio of the first to the second: the text with the first of the two ordinal
 * words written 两者 (both) and the second blanked (each padded to its length, so that every place read stays where it
 * was written), and whether the later turn is named first (后者是前者的: the later's figure against the earlier's). Null
 * unless the question names both places.
 */
export function readOrdinalPair(text: string, lang: Lang): { text: string; isLaterFirst: boolean } | null {
  const words = ORDINAL_PAIR_WORDS[lang];
  const placeOf = (match: RegExpMatchArray): 1 | 2 | undefined => words[match[0].toLowerCase()];
  const found = [...text.matchAll(ORDINAL_PAIR[lang])];
  const places = new Set(found.map(placeOf));
  if (found.length !== 2 || places.size !== 2) return null;
  const [first, second] = found as [RegExpMatchArray, RegExpMatchArray];
  const pad = (word: string, length: number): string => word + ' '.repeat(length - word.length);
  const at = (match: RegExpMatchArray): number => match.index ?? 0;
  const rewritten =
    text.slice(0, at(first)) +
    pad(BOTH[lang], first[0].length) +
    text.slice(at(first) + first[0].length, at(second)) +
    ' '.repeat(second[0].length) +
    text.slice(at(second) + second[0].length);
  return { text: rewritten, isLaterFirst: placeOf(first) === 2 };
}
