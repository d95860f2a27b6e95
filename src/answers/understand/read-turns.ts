// Conversation turns: a question combined with the last turns' queries (their years, figures, organs, pairs).

import { wholeOf } from '../lookup/index.js';
import { getMetric } from '../metrics.js';
import type { StoreIndex } from '../organs/index.js';
import { amongOrgsOf, countOrgsOf, lookupAlias } from '../organs/index.js';
import { type Aggregation, EMPTY_QUERY, type Query } from '../query.js';
import { ABOUT_THE_DATA, COMPARISONS, RANKINGS } from './aggregation-kinds.js';
import { type Asked, namesOperands } from './asked.js';
import type { AnswerSubjects } from './point-back.js';
import { columnMetrics } from './read-metrics.js';
import { NAMED_WHOLE } from './read-named-whole.js';
import { operandsOf, operationOnPrevious } from './read-operation.js';
import { TOTAL_WHOLE } from './share-of-previous.js';

/** The same items, in any order (each list without repeats). */
export const sameItems = (first: readonly unknown[], second: readonly unknown[]): boolean =>
  first.length === second.length && first.every((item) => second.includes(item));

/**
 * 南山的是龙岗的百分之几 after 南山区2020年… → 龙岗区2022年呢: organs named with no year, each the one organ of one of
 * the last two turns, are asked in the years those turns read (南山区 2020, 龙岗区 2022), never all in the last
 * turn's year (which one of them lacks). Unchanged when any organ named is not such a turn's, or the question
 * names a year.
 */
export function withTurnsYears(
  asked: Asked,
  query: Query,
  turns: readonly (Query | undefined)[],
  index: StoreIndex,
): Query {
  const own = asked.query;
  if (own.organs.length < 2 || own.years.length > 0 || own.pairs.length > 0 || asked.contextYearOffset !== null)
    return query;
  const cells = own.organs.map((organ) => {
    const turn = turns.find((candidate) => candidate?.organs.length === 1 && candidate.organs[0] === organ);
    return turn && turn.years.length <= 1 && turn.pairs.length <= 1 ? cellOf(turn, index) : null;
  });
  if (cells.some((cell) => cell === null)) return query;
  const pairs = cells as { organ: string; year: number }[];
  const years = [...new Set(pairs.map((pair) => pair.year))];
  return years.length === 1 ? { ...query, years, pairs: [] } : { ...query, years: [], pairs };
}

/**
 * 比前一年多多少 / 比后一年少多少 / 比2023年增加了多少 after one organ's figures in one year: the change of each figure
 * between the conversation's year and the year named or moved to, never an operation on the last two turns nor
 * between its figures. Null when the question names organs of its own or the conversation is not one organ in one
 * year.
 */
export function changeAgainstYear(
  asked: Asked,
  previous: Query,
  earlier: Query | undefined,
  followed: Query,
  index: StoreIndex,
): Query | null {
  const own = asked.query;
  const offset = asked.contextYearOffset;
  // 跟前一年比呢: a comparison with the year moved to is its change too.
  const saysChange =
    asked.operationWord === 'difference' || own.aggregation === 'change' || (asked.saysCompare && offset !== null);
  if (!saysChange || own.organs.length > 0 || own.pairs.length > 0 || own.regions.length > 0) return null;
  const [organ] = followed.organs;
  if (organ === undefined || followed.organs.length !== 1 || followed.metric === null) return null;
  if (followed.breakdown !== null) return null;
  const context =
    previous.pairs.length === 0
      ? previous.years
      : previous.pairs.filter((pair) => pair.organ === organ).map((pair) => pair.year);
  const year =
    context.length === 0 ? index.orgs.get(organ)?.years.at(-1) : context.length === 1 ? context[0] : undefined;
  if (year === undefined) return null;
  const other =
    offset !== null
      ? (own.years.length === 1 ? (own.years[0] as number) : year) + offset
      : own.years.length === 1
        ? own.years[0]
        : own.aggregation === 'change'
          ? yearOfSameFigure(earlier, followed, organ)
          : undefined;
  if (other === undefined || other === year || own.years.length > 1) return null;
  return { ...followed, years: [Math.min(year, other), Math.max(year, other)], pairs: [], aggregation: 'change' };
}

/**
 * 涨了多少 after 洪泽区2024年… → 前一年呢: the year the turn before read the same figures of the organ in, when it
 * read one; the change is then between the two years just read, never the year before the last.
 */
function yearOfSameFigure(earlier: Query | undefined, followed: Query, organ: string): number | undefined {
  if (earlier === undefined || earlier.organs.length !== 1 || earlier.organs[0] !== organ) return undefined;
  if (earlier.metric !== followed.metric || !sameItems(earlier.moreMetrics, followed.moreMetrics)) return undefined;
  if (earlier.breakdown !== null || earlier.pairs.length > 0 || earlier.years.length !== 1) return undefined;
  return earlier.years[0];
}

/**
 * 前一年呢 / 后一年呢: the years of the previous query (or the year the question writes: 2023年的前一年) moved by
 * `offset` — its years, its pairs' years, else each organ's latest year. Null when it has none to move (a ranking
 * over the year each organ last filed).
 */
export function movedYears(query: Query, previous: Query, offset: number, index: StoreIndex): Query | null {
  if (previous.years.length > 0)
    return { ...query, years: [...new Set(previous.years.map((year) => year + offset))], pairs: [] };
  const pairs =
    previous.pairs.length > 0
      ? previous.pairs
      : previous.organs.flatMap((organ) => {
          const year = index.orgs.get(organ)?.years.at(-1);
          return year === undefined ? [] : [{ organ, year }];
        });
  if (pairs.length === 0) return null;
  const moved = pairs.map((pair) => ({ organ: pair.organ, year: pair.year + offset }));
  const years = [...new Set(moved.map((pair) => pair.year))];
  return years.length === 1 ? { ...query, years, pairs: [] } : { ...query, years: [], pairs: moved };
}

/**
 * 比龙华多多少 after 龙华区数据局: a name that could mean several organs (or a region without its government) is the
 * one of them the conversation was just about, when exactly one of them is; otherwise it stays to be asked.
 */
export function withConversationOrgans(query: Query, turns: readonly (Query | undefined)[], index: StoreIndex): Query {
  const talkedOf = new Set(
    turns.flatMap((turn) => [...(turn?.organs ?? []), ...(turn?.pairs ?? []).map((pair) => pair.organ)]),
  );
  const meant = (name: string): string => {
    // Only the organs talked of are looked for among the name's (发改局 names thousands nationally).
    if (talkedOf.size === 0 || index.orgs.has(name)) return name;
    const target = lookupAlias(name, index);
    const among = target ? amongOrgsOf(target, talkedOf) : [];
    return target && (target.needsChoice || countOrgsOf(target, 2) !== 1) && among.length === 1
      ? (among[0] as string)
      : name;
  };
  const organs = query.organs.map(meant);
  const pairs = query.pairs.map((pair) => ({ ...pair, organ: meant(pair.organ) }));
  const isSame =
    organs.every((organ, at) => organ === query.organs[at]) &&
    pairs.every((pair, at) => pair.organ === query.pairs[at]?.organ);
  return isSame ? query : { ...query, organs: [...new Set(organs)], pairs };
}

/** How many figures the question counts (三个加起来 → 3), and the turn before the last two to take them from. */
export interface CountedTurns {
  readonly counted: number | null;
  readonly oldest: Query | undefined;
  /** 比上一个多多少: the last turn's figure against the one before, not the other way round. */
  readonly isAgainstEarlier: boolean;
  /** The question names the turn before (上一个): only an operation on the last two turns reads it. */
  readonly namesEarlier: boolean;
  /** 两者 / 两家: the two turns' organ-years, also with a figure the question names of its own. */
  readonly saysTwo: boolean;
}

export const EARLIER_TURN = /(?:上|前)一(?:个|家)/u;
const NO_COUNTED_TURNS: CountedTurns = {
  saysTwo: false,
  counted: null,
  oldest: undefined,
  isAgainstEarlier: false,
  namesEarlier: false,
};

/** The turn before named as what the last is compared with (比上一个 / 比前一家). */
export const AGAINST_EARLIER = /(?:比|是|较|占|相比|对比)(?:上|前)一(?:个|家)/u;

/**
 * 两者相差多少 / 两个加起来多少 / 一共多少 after two turns of one figure each: the operation on those two figures — one
 * figure of two reports (龙岗区2022年… → 南山区2020年呢) or two figures of one report (部分公开 → 那不予公开呢);
 * 三个加起来 adds the last three turns' so. `unclear` when the question names no operands of its own and the last
 * turns do not give exactly as many such figures (one turn only, a list between, the same figure twice, another
 * figure of another report): which ones is asked, never a sum of fewer. Null when the operation is not on the last
 * turns (its own operands, a scope).
 */
export function acrossTurns(
  asked: Asked,
  earlier: Query | undefined,
  previous: Query,
  query: Query,
  index: StoreIndex,
  isAllOrgans: boolean,
  { counted, oldest, isAgainstEarlier, saysTwo }: CountedTurns = NO_COUNTED_TURNS,
): Query | 'unclear' | null {
  // 哪个多 / 谁少 naming nothing after two turns of one figure each compares those two, never ranks every organ.
  const comparesTurns = asked.operationWord === null && COMPARISONS.has(asked.query.aggregation) && !asked.query.limit;
  const word = comparesTurns ? 'difference' : asked.operationWord;
  // 两者的行政复议加起来: the figure named, of the organ-year each of the two turns asked; 两者的维持加起来: the column
  // named, in the row both turns asked (two rows: which figure is asked back, never one organ's alone).
  const columnFigures =
    saysTwo && asked.query.metric === null && asked.columnsOnly.length > 0
      ? columnMetrics(asked.columnsOnly, [earlier?.metric ?? null, previous.metric])
      : null;
  const figure = asked.query.metric ?? (columnFigures?.length === 1 ? columnFigures[0] : null) ?? null;
  const ofOwnFigure =
    saysTwo &&
    figure !== null &&
    asked.query.moreMetrics.length === 0 &&
    !namesOperands({ ...asked, columnsOnly: [], query: { ...asked.query, metric: null } }, isAllOrgans);
  if (word === null || operationOnPrevious(word, previous) !== null) return null;
  if (columnFigures && columnFigures.length > 1) return 'unclear';
  if (namesOperands(asked, isAllOrgans) && !ofOwnFigure) return null;
  // 比上年多多少 / 是上年的几倍 after one figure: that figure against the year before (followUp), no last turns'.
  if (asked.comparesYearBefore) return null;
  // 2020年各单位…排名 → 一共多少: a figure over a scope is summed over that scope.
  if (previous.organs.length === 0 && previous.pairs.length === 0 && previous.metric !== null) return null;
  // 两项加一起 with a question about the store's reports between the two figures: that list is no figure turn, the
  // figure before it is.
  const figureTurn = earlier && ABOUT_THE_DATA.has(earlier.aggregation) && oldest ? oldest : earlier;
  // Only a sum adds up three; a difference or ratio of three is asked back (fitsPointerCount).
  const turns =
    counted === 3 && word === 'sum'
      ? [oldest, earlier, previous]
      : isAgainstEarlier
        ? [previous, figureTurn]
        : [figureTurn, previous];
  const asFigure = (turn: Query | undefined): Query | undefined =>
    turn && ofOwnFigure ? { ...turn, metric: figure, moreMetrics: [], aggregation: 'value', breakdown: null } : turn;
  const operands = operandsOfTurns(turns.map(asFigure), index);
  if (operands === null) return comparesTurns ? null : 'unclear';
  return { ...query, ...operands, aggregation: word };
}

/** Operations and comparisons of organs named, each of which the conversation asked in one year. */
const PAIRED_ACROSS_TURNS: ReadonlySet<Aggregation> = new Set([
  'difference',
  'ratio',
  'relativeDifference',
  'sum',
  'max',
  'min',
]);

/**
 * 龙岗是南山的几倍 / 淮安比龙岗少多少, naming no year, after turns that asked each organ in one year (龙岗区2022年…,
 * 南山区2020年…): the organs each in that year, as pairs — never a year of their own chosen or asked. Null unless
 * every organ named was asked in exactly one year by one of the last turns (the latest that asked it), and the years
 * differ (a common year is the query's own, or the last turn's kept).
 */
export function withTurnsPairs(query: Query, turns: readonly (Query | undefined)[]): Query | null {
  if (!PAIRED_ACROSS_TURNS.has(query.aggregation) || query.organs.length < 2) return null;
  if (query.pairs.length > 0 || query.regions.length > 0 || query.level !== null) return null;
  const yearAsked = (organ: string): number | undefined => {
    for (const turn of turns) {
      const pair = turn?.pairs.find((candidate) => candidate.organ === organ && candidate.metric === undefined);
      if (pair) return pair.year;
      if (turn?.organs.includes(organ) && turn.pairs.length === 0)
        return turn.years.length === 1 ? turn.years[0] : undefined;
    }
    return undefined;
  };
  const pairs = query.organs.map((organ) => ({ organ, year: yearAsked(organ) }));
  if (pairs.some((pair) => pair.year === undefined) || new Set(pairs.map((pair) => pair.year)).size < 2) return null;
  return { ...query, years: [], pairs: pairs as { organ: string; year: number }[] };
}

/** Answers that are a computed figure, no figure printed in a report. */
export const TURN_RESULTS: ReadonlySet<Aggregation> = new Set([
  'sum',
  'difference',
  'ratio',
  'shareOfSum',
  'sumShare',
  'shareOfJoined',
  'relativeDifference',
  'perOrgan',
]);

/**
 * The figures of turns of one figure each as one query's operands: one figure of different reports (pairs), or
 * different figures of one report (metrics). Null when a turn is missing or of more figures, or they are neither.
 */
function operandsOfTurns(
  turns: readonly (Query | undefined)[],
  index: StoreIndex,
): Pick<Query, 'organs' | 'years' | 'pairs' | 'metric' | 'moreMetrics'> | null {
  const cells = turns.map((turn) => (turn !== undefined && isOneFigure(turn) ? cellOf(turn, index) : null));
  const metrics = turns.map((turn) => turn?.metric ?? null);
  const [first] = cells;
  if (!first || cells.some((cell) => cell === null) || metrics.some((metric) => metric === null)) return null;
  const found = cells as { organ: string; year: number }[];
  const [metric, ...moreMetrics] = metrics as [string, ...string[]];
  const reports = new Set(found.map(({ organ, year }) => `${organ}#${year}`));
  const isOneFigureOfEach = moreMetrics.every((other) => other === metric) && reports.size === found.length;
  if (isOneFigureOfEach)
    return { organs: [...new Set(found.map((cell) => cell.organ))], years: [], pairs: found, metric, moreMetrics: [] };
  const isFiguresOfOne = reports.size === 1 && new Set(metrics).size === metrics.length;
  if (isFiguresOfOne) return { organs: [first.organ], years: [first.year], pairs: [], metric, moreMetrics };
  return null;
}

/**
 * The last two turns as the one organ each answer named, when both were rankings cut to one (哪个单位最多 → 最少的呢)
 * and the question computes on them (两者差多少) naming no organ of its own; null otherwise. A sum needs the two said
 * (两个加起来): 一共多少 after a ranking adds up its whole scope.
 */
export function answeredByRankings(
  asked: Asked,
  saysTwo: boolean,
  previous: Query | undefined,
  earlier: Query | undefined,
  { subjects, earlierSubjects }: AnswerSubjects,
): { previous: Query; earlier: Query } | null {
  const word = asked.operationWord;
  if (word === null || (word === 'sum' && !saysTwo)) return null;
  if (asked.query.organs.length > 0 || asked.query.pairs.length > 0) return null;
  if (!previous || !earlier || !RANKINGS.has(previous.aggregation) || !RANKINGS.has(earlier.aggregation)) return null;
  if (!subjects || !earlierSubjects || !isOneFigure(subjects) || !isOneFigure(earlierSubjects)) return null;
  return { previous: subjects, earlier: earlierSubjects };
}

/** A query of one figure of one organ in one year (or none: its latest). */
export const isOneFigure = (turn: Query): boolean => {
  const { operands, metrics } = operandsOf(turn);
  return operands === 1 && metrics === 1 && turn.breakdown === null;
};

/**
 * 两个分别占总计的比例 / 这两项各占总数的多少 after two turns of one figure each, of one report, both parts of one whole:
 * each one's share of it (a share query of the two figures). Null unless 分别 / 各 asks each one's, the whole is the
 * total (占总计 / 占总数) or none, and the question names no figure, organ or year of its own.
 */
export function eachShareOfTurns(
  own: Query,
  text: string,
  turns: readonly (Query | undefined)[],
  index: StoreIndex,
): Query | null {
  if (own.aggregation !== 'share' || own.metric !== null || own.organs.length > 0 || own.years.length > 0) return null;
  if (!EACH_ONE.test(text) || (NAMED_WHOLE.test(text) && !TOTAL_WHOLE.test(text))) return null;
  const [first, second] = turns;
  if (!first || !second || !isOneFigure(first) || !isOneFigure(second)) return null;
  const [a, b] = [cellOf(first, index), cellOf(second, index)];
  if (!a || !b || a.organ !== b.organ || a.year !== b.year || first.metric === null || second.metric === null)
    return null;
  const wholes = [first.metric, second.metric].map((id) => wholeOf(getMetric(id))?.id);
  if (wholes[0] === undefined || wholes[0] !== wholes[1] || first.metric === second.metric) return null;
  return {
    ...EMPTY_QUERY,
    organs: [a.organ],
    years: [a.year],
    metric: first.metric,
    moreMetrics: [second.metric],
    aggregation: 'share',
  };
}

/**
 * A share or ratio asked of 两项 / 这两个 that reads only one of the two figures the last two turns asked of one report
 * (the other dropped): never answered as if the question named one.
 */
export function dropsTurnFigure(query: Query, turns: readonly (Query | undefined)[]): boolean {
  if (query.aggregation !== 'share' && query.aggregation !== 'ratio') return false;
  const [first, second] = turns;
  if (!first || !second || !isOneFigure(first) || !isOneFigure(second) || first.metric === second.metric) return false;
  const read = [query.metric, ...query.moreMetrics];
  return read.includes(second.metric) !== read.includes(first.metric);
}

const EACH_ONE = /分别|各自|各占|\beach\b|\brespectively\b/u;

/** The organ and year of a one-figure query: the year asked, else the organ's latest. */
function cellOf(turn: Query, index: StoreIndex): { organ: string; year: number } | null {
  const organ = turn.organs[0];
  const year = turn.pairs[0]?.year ?? turn.years[0] ?? (organ ? index.orgs.get(organ)?.years.at(-1) : undefined);
  return organ === undefined || year === undefined ? null : { organ, year };
}
