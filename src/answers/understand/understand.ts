// Understanding: a question (and the conversation's previous query) in, a structured Query out.

import { ALL_OF } from '../../organ-names/index.js';
import { readChineseInteger } from '../../parser/index.js';
import { wholeOf } from '../lookup/index.js';
import { dimensionLabel, findMetric, getMetric, groupParts, METRICS, partTotals } from '../metrics.js';
import type { StoreIndex } from '../organs/index.js';
import { countOrgsOf, LIST_LIMIT, resolveRegions, scopeOrgsUpTo } from '../organs/index.js';
import { type Aggregation, EMPTY_QUERY, type Query } from '../query.js';
import type { NormalizedQuestion } from '../text/index.js';
import type { Lang } from '../types.js';
import { twinField } from '../vocabulary/active-disclosure.js';
import { APPLICATION_ROW_TERMS } from '../vocabulary/applications.js';
import { SUMMARY_METRICS } from '../vocabulary/breakdowns.js';
import { COUNT_TERMS, EQUALITY_WORDS } from '../vocabulary/operations.js';
import { ORDINAL_PAIR_WORDS, SEVERAL_ORGANS_POINTERS } from '../vocabulary/pointers.js';
import { ALL_ORGANS_WORDS, MANY_REPORTS_WORDS, QUANTITY_WORDS, THIS_REPORT_WORDS } from '../vocabulary/scope.js';
import { ABOUT_THE_DATA, CROSS_ORGAN, FIGURE_RANKINGS, RANKINGS, SHARE_RANKINGS } from './aggregation-kinds.js';
import type { Asked } from './asked.js';
import { CLOSEST_LIMIT, closestFigures, restatesFigure } from './closest-figures.js';
import { extractMentions, type Mentions } from './extract-mentions.js';
import { followUp, startsOwnFigure, withDefaults } from './follow-up.js';
import { GROUP_WHOLE, namesAsWhole } from './names-as-whole.js';
import { type AnswerSubjects, fitsPointerCount, pointBack, pointerCount, readOrdinalPair } from './point-back.js';
import { chooseCountedYears, countOfYears, readsYearCount, yearsOfCount } from './read-counted-years.js';
import { againstYearBefore, asDivided, averageOf, meanOf } from './read-divisions.js';
import { asExistence, asksWhetherAny } from './read-existence.js';
import {
  eachOrgansLatest,
  isHeldPlaceName,
  isHeldProvinceName,
  listsLevelReports,
  listsPlaceReports,
  listsStoreReports,
  namesEveryOrgansReports,
  type OrganCount,
  readLevel,
  readOrganCount,
} from './read-filters.js';
import { columnMetrics, readMetrics } from './read-metrics.js';
import {
  asRatioOfNamedWhole,
  asShareOfNamed,
  isWholeOf,
  namedWholeOf,
  namesEnglishRatio,
  shareOfJoinedWhole,
} from './read-named-whole.js';
import { readNetChange } from './read-net-change.js';
import {
  addsBesideAnotherOperation,
  comparesFigures,
  isRatioOfOperands,
  namedOperation,
  operandsOf,
  pairFigures,
  readOperation,
  readPairs,
  saysSpokenShare,
  withSpokenDifference,
  withSpokenShare,
  yearFigures,
} from './read-operation.js';
import { readPartOfSum } from './read-part-of-sum.js';
import { withSpokenRanking } from './read-spoken-ranking.js';
import { keptBreakdown, readBreakdown } from './read-stated-shape.js';
import type { Threshold } from './read-threshold.js';
import {
  AGAINST_EARLIER,
  acrossTurns,
  answeredByRankings,
  type CountedTurns,
  changeAgainstYear,
  dropsTurnFigure,
  EARLIER_TURN,
  eachShareOfTurns,
  movedYears,
  sameItems,
  TURN_RESULTS,
  withConversationOrgans,
  withTurnsPairs,
  withTurnsYears,
} from './read-turns.js';
import { readWhichYear } from './read-which-year.js';
import { asBalanceCheck, withBalanceTotal, withOutcomesTotal, withRowTotal } from './read-written-totals.js';
import {
  partOfRanking,
  shareOfLastSum,
  shareOfOperands,
  shareOfPrevious,
  shareOfSummedFigures,
  sharesFewerThanCounted,
  sharesLastSum,
  sumShareOf,
  TOTAL_WHOLE,
} from './share-of-previous.js';
import { type HeldYear, type Term, TOTAL_WORDS } from './term-dictionary.js';

/** What a follow-up took from the previous question: the reply says so (沿用上一问：…). */
export interface Inherited {
  readonly organs: readonly string[];
  readonly years: readonly number[];
  /** Taken from the turn before the last, the last being a follow-up that found no data. */
  readonly isPastUnanswered?: boolean;
}

/** 去年 / 前年 / 今年 read as years counted back from the store's latest year: the reply says which and from what. */
export interface RelativeYears {
  readonly latest: number;
  readonly years: readonly number[];
}

/**
 * What understanding made of a question. `clarify`: words of it name a figure the engine cannot place (还没审完)
 * or misspell one (行政附议): the figures it may mean (`candidates`, closest first) are offered, never answered;
 * `meant` holds the table words of a misspelling; `query` carries the organs and years asked. `inherited`: the
 * organs and years a follow-up took from the conversation, which the reply says.
 */
export type Understanding =
  | {
      readonly kind: 'query';
      readonly query: Query;
      readonly inherited?: Inherited;
      readonly relativeYears?: RelativeYears;
      /** 第二名是谁: the place of the ranking the answer is about (它 after it is the organ at that place). */
      readonly place?: number;
    }
  | {
      readonly kind: 'clarify';
      readonly query: Query;
      readonly unread: readonly string[];
      readonly meant: readonly string[];
      readonly candidates: readonly string[];
      /** The last turn's clarify asked again (南山区的呢 after it): no word of this question is unread. */
      readonly isAgain?: boolean;
      /** A share asked with no whole named: the part (a metric) whose share of which candidate whole is asked. */
      readonly shareOf?: string;
    }
  /** 2020年三个单位 when the store holds another number (`held`) of the scope's organs: the first are candidates. */
  | {
      readonly kind: 'chooseOrgans';
      readonly count: number;
      readonly held: number;
      readonly candidates: readonly string[];
    }
  /** 它 after an answer about several organs: which of them? */
  | {
      readonly kind: 'chooseSubject';
      readonly candidates: readonly string[];
      /** The question asked of the organs pointed at: the next turn naming one of them (洪泽区) asks it of that one. */
      readonly query: Query;
    }
  /** An operation on the last turns' figures (两个加起来多少) when they do not give exactly two: which two? */
  /** `ofSum`: a share of figures added; `whichOperation`: two figures named, and 算一下 with no operation. */
  | { readonly kind: 'chooseOperands'; readonly ofSum?: boolean; readonly whichOperation?: boolean }
  /** 两个加起来占多少 after two organs' figures: a sum has no whole; which part of it? The conversation stays. */
  | { readonly kind: 'chooseSumShare'; readonly candidates: readonly string[] }
  /** 它占多少 after 最多: the ranking listed only `listed`, no whole to take a share of; the conversation stays. */
  | { readonly kind: 'chooseRankedWhole'; readonly listed: readonly string[] }
  /** 占多少 after A比B多多少: a share of which of the two (organ and year each)? The conversation stays at A比B. */
  | { readonly kind: 'chooseShareWhole'; readonly candidates: readonly string[] }
  /** 两年加起来 with no years said or held in context: which years? (the organ's years, else the store's) */
  | ReturnType<typeof chooseCountedYears>
  | { readonly kind: 'not_understood' };

const NOT_UNDERSTOOD: Understanding = { kind: 'not_understood' };

/** The year before the one asked: 比上一年 as find-years leaves it (比上年), 是上年的 (几倍), 同比 / 环比. */
const YEAR_BEFORE_WORDS = /比上年|较上年|同比|环比|是(?:上一年|上年|前一年)度?的/u;

/** 再加上 / 还要加上 / 再算上: more added to the sum just stated. */
const ADDS_TO_LAST = /再加上?|还要加上?|再算上|\bplus\b/u;

/** 因为什么 / 为什么 / 什么原因 / 原因是: why, which a table answers only in the reasons of a group. */
const REASON_WORDS = /因为什么|为什么|为何|什么原因|原因是|原因有|\bwhy\b|\breasons?\b/u;

/** 等于 asking whether two sides are equal (等于多少 / 等于几 ask a result). */
const ASKS_EQUAL = /等于(?!多少|几)/u;

/** 库里 / 你这里: the store itself, not an organ's figures. */
const STORE_WORDS = /库里|库中|数据库|你这里|你这儿|你们这|你有|收录/u;

/** 哪个多 / 哪个少 / 哪个高: which of the two compared, not which organ. */
const WHICH_ONE_OF_TWO = /哪个(?=多|少|高|低|大|小|更)/gu;

/** 的单位 / 哪些 / 哪个部门: the organs themselves asked for, of the place named. */
const ORGANS_ASKED = /单位|部门|机关|哪些|哪个|哪家|哪几/u;

/** 减 / 减去 / 扣除 / minus: one figure taken from another (减少 is a change). */
const SUBTRACTION = /减(?!少)|扣除|扣掉|\bminus\b/u;

/** 复议后起诉的呢 / 的呢？: a follow-up asking the same of what it names. */
const SAME_OF_ROW = /的呢[？?！!。.]*$/u;

/** When several aggregation words occur, the first in this list wins (哪些报告…不一致 asks for checks). */
const AGGREGATION_PRIORITY = [
  'checks',
  'reports',
  'change',
  'share',
  'position',
  'bottom',
  'top',
  'max',
  'min',
  'nonzero',
  'help',
] as const;
/** Words asking for the checks of many reports (哪些报告不一致, 各单位, which reports). */
const CHECKS_OF_MANY = /哪些|哪几|哪份|哪个|哪家|各|所有|全部|\bwhich\b|\ball\b|\bany reports?\b/u;

/**
 * Understands a normalized question; `previous` is the conversation's last query, for follow-ups. `offered`: the
 * figures the last turn asked about (a clarify, as a query of those figures with its organs and years), when the
 * last turn was one: a follow-up then takes the clarify's organs and years but none of its figures, and asks again
 * which figure unless it names one (南山区的呢 after 结转的申请有多少 is the same question about another organ).
 */
export function understand(
  question: NormalizedQuestion,
  index: StoreIndex,
  previous?: Query,
  earlier?: Query,
  offered?: Query,
  subjects: AnswerSubjects = {},
): Understanding {
  // 两个加起来是不是等于5: the figure asked, stated — the reply's number says whether it is 5.
  const asked = withBalanceRows(withoutRemainderWord(withoutStatedFigure(question)));
  // 前者比后者多多少 with 有几份2020年的报告 between: the two turns before that list are the former and the latter.
  const skipsList = previous !== undefined && ABOUT_THE_DATA.has(previous.aggregation) && ORDINALS.test(asked.text);
  const turns = skipsList
    ? { previous: earlier, earlier: subjects.oldest, subjects: { subjects: subjects.earlierSubjects } }
    : { previous, earlier, subjects };
  const partOfSum = shareOfWrittenSum(asked, index);
  if (partOfSum) return partOfSum;
  const understood = askWhichWhole(
    understandOffered(asked, index, turns.previous, turns.earlier, offered, turns.subjects),
    asked,
    [turns.previous, turns.earlier],
  );
  if (understood.kind !== 'query') return understood;
  // 复议和诉讼算一下: two figures to compute on and no word of how — which operation is asked, never both stated.
  const { operands, metrics } = operandsOf(understood.query);
  const asksComputing = understood.query.aggregation === 'value' && operands * Math.max(1, metrics) >= 2;
  if (asksComputing && COMPUTE_WORDS.test(asked.text) && understood.query.breakdown === null)
    return { kind: 'chooseOperands', whichOperation: true };
  // 差几倍 names no direction (是…的几倍 does): the larger of the two divided by the smaller.
  const isDirectionless = understood.query.aggregation === 'ratio' && DIRECTIONLESS_RATIO.test(question.text);
  const countsOrgans = understood.query.aggregation === 'reports' && countsOrgansIn(question);
  if (!isDirectionless && !countsOrgans) return understood;
  return {
    ...understood,
    query: {
      ...understood.query,
      ...(isDirectionless ? { largerFirst: true } : {}),
      ...(countsOrgans ? { countsOrgans } : {}),
    },
  };
}

/**
 * 2024年淮安和洪泽新收合计中洪泽占几成: the sum written (two organs or more, one figure), and the one of its organs
 * the part names first — the share of that organ's figure in the sum (shareOfSum); not understood when the part is
 * none of the organs added. Null when the question is no share of a sum it writes out.
 */
function shareOfWrittenSum(question: NormalizedQuestion, index: StoreIndex): Understanding | null {
  const written = question.lang === 'zh' ? readPartOfSum(question.text) : null;
  if (!written) return null;
  const sum = understandOnce({ ...question, text: written.sumText }, index, undefined, undefined, true, {});
  if (sum.kind !== 'query' || sum.query.aggregation !== 'sum' || sum.query.moreMetrics.length > 0) return null;
  const added = sum.query.pairs.length > 0 ? sum.query.pairs.map((pair) => pair.organ) : sum.query.organs;
  if (added.length < 2) return null;
  const part = extractMentions({ ...question, text: written.partText }, index).organs.map(organName);
  const [organ] = part;
  if (part.length !== 1 || organ === undefined || !added.includes(organ)) return NOT_UNDERSTOOD;
  const first = <T extends { readonly organ: string }>(pairs: readonly T[]): T[] => [
    ...pairs.filter((pair) => pair.organ === organ),
    ...pairs.filter((pair) => pair.organ !== organ),
  ];
  const organs = [organ, ...sum.query.organs.filter((other) => other !== organ)];
  return { kind: 'query', query: { ...sum.query, organs, pairs: first(sum.query.pairs), aggregation: 'shareOfSum' } };
}

/**
 * 第一项加第二项等于第三项加第四项: table 三's balance in the template's own words, its rows numbered 一 to 四 (本年新收,
 * 上年结转, 本年度办理结果, 结转下年度), written with the rows' names.
 */
const NUMBERED_BALANCE = /第一项(加|\+|＋|与)第二项(.*?等于.*?)第三项(加|\+|＋|与)第四项/u;

function withBalanceRows(question: NormalizedQuestion): NormalizedQuestion {
  if (question.lang !== 'zh' || !NUMBERED_BALANCE.test(question.text)) return question;
  const text = question.text.replace(NUMBERED_BALANCE, '新收加上年结转$2办理结果总计加结转下年度');
  return { ...question, text };
}

/** 算一下 / 帮我算算 / 计算一下: asks for a computation, which the rest of the question must name. */
const COMPUTE_WORDS = /算一下|算算|算一算|计算一下|帮我算|\bcalculate\b|\bcompute\b/u;

/** 前者 / 后者 / 第一个: one of the two organ-years stated, never a list of the store's reports. */
const ORDINALS = new RegExp(
  `${Object.keys(ORDINAL_PAIR_WORDS.zh).join('|')}|\\b(?:${Object.keys(ORDINAL_PAIR_WORDS.en).join('|')})\\b`,
  'iu',
);

/** 是不是等于5 / 等于5吗 / 是否等于 5 件 at the end: a figure the asker expects, set against the figure asked. */
const STATED_FIGURE =
  /[,，]?\s*(?:是不是|是否|会不会)?等于\s*[0-9][0-9,]*(?:\.[0-9]+)?\s*(?:件|个|项|份)?\s*(?:吗|呢|啊)?[？?。!！]*$/u;

/** The question without a figure it states as expected (两个加起来是不是等于5 → 两个加起来); the same otherwise. */
function withoutStatedFigure(question: NormalizedQuestion): NormalizedQuestion {
  if (question.lang !== 'zh' || !STATED_FIGURE.test(question.text)) return question;
  const text = question.text.replace(STATED_FIGURE, '');
  return text.trim() === '' ? question : { ...question, text };
}

/**
 * 制发的减去废止的还剩多少: 还剩 after a figure taken from another says what the difference is, nothing more (alone,
 * 还剩多少申请 is what is left to handle, which no word here reads).
 */
function withoutRemainderWord(question: NormalizedQuestion): NormalizedQuestion {
  const text = question.text.replace(REMAINDER_AFTER_SUBTRACTION, '$1');
  return text === question.text ? question : { ...question, text };
}

const REMAINDER_AFTER_SUBTRACTION = /((?:减去?|减掉|扣除|扣掉)[^，,。？?]+?)(?:以后|之后|后)?还剩下?/u;

/** 有几个区政府 / how many agencies: a count word of organs (how many reports counts the reports). */
const countsOrgansIn = ({ text, lang }: NormalizedQuestion): boolean =>
  ORGAN_COUNT_WORDS[lang].some((word) => text.toLowerCase().includes(word));

const ORGAN_COUNT_WORDS: Readonly<Record<Lang, readonly string[]>> = {
  zh: Object.keys(COUNT_TERMS.zh),
  en: Object.keys(COUNT_TERMS.en).filter((word) => !word.includes('report')),
};

/** 差几倍 / 相差多少倍 / how many times apart, with no 是…的 saying which is divided by which. */
const DIRECTIONLESS_RATIO = /(?<!是[^，,。？?]{0,20})(?:相)?差(?:了)?(?:几|多少)倍/u;

function understandOffered(
  question: NormalizedQuestion,
  index: StoreIndex,
  previous: Query | undefined,
  earlier: Query | undefined,
  offered: Query | undefined,
  subjects: AnswerSubjects,
): Understanding {
  if (offered === undefined) return understandOnce(question, index, previous, earlier, true, subjects);
  if (isWholeChoice(offered)) return understandWholeChosen(question, index, offered, subjects);
  const asked = { ...offered, metric: null, moreMetrics: [] };
  const understood = understandOnce(question, index, asked, undefined, true, subjects);
  const candidates = [offered.metric, ...offered.moreMetrics].filter((id): id is string => id !== null);
  if (understood.kind !== 'query' || namesFigure(understood.query) || ABOUT_THE_DATA.has(understood.query.aggregation))
    return understood;
  return candidates.length === 0
    ? understood
    : { kind: 'clarify', query: understood.query, unread: [], meant: [], candidates, isAgain: true };
}

/**
 * The share of a sub-row with no whole named has two readings that people use both of: 第三方权益的占比 is 7 of
 * 不予公开's 30 to one reader and 7 of every request handled (535) to another. Ask which whole, never pick one —
 * unless the whole is named (占不予公开的; 占总计的: every request handled) or the conversation came down from the group (不予公开多少 →
 * 其中第三方权益的 → 占比多少: 7 of the 30 just read). `turns`: the last queries of the conversation, the latest first.
 */
function askWhichWhole(
  understood: Understanding,
  { text, lang }: NormalizedQuestion,
  turns: readonly (Query | undefined)[],
): Understanding {
  if (understood.kind !== 'query') return understood;
  const { query } = understood;
  if (query.aggregation !== 'share' || query.metric === null || query.moreMetrics.length > 0) return understood;
  const part = getMetric(query.metric);
  const cut = part.row.lastIndexOf('.');
  if (part.section !== 'applications' || part.column !== 'total' || cut < 0) return understood;
  const group = findMetric(part.section, part.row.slice(0, cut), 'total');
  const whole = wholeOf(part);
  if (!group || !whole || group.id === whole.id) return understood;
  // 占不予公开的 / 不予公开里…的占比: the group named as the whole (its word is read into the row's, so look at the text).
  const withGroup = { ...understood, query: { ...query, moreMetrics: [group.id] } };
  // What share of Huaian's denials / withheld requests were to protect third parties: the group's word as a noun
  // names it as the whole; as a verb (requests were denied to protect…) it is the part's, and the whole is asked.
  if (lang === 'en') {
    const says = (word: string): boolean => new RegExp(`\\b${word}\\b`, 'u').test(text);
    if (TOTAL_WORDS.en.some(says)) return understood;
    const nouns = (APPLICATION_ROW_TERMS[group.row]?.en ?? []).flatMap((word) =>
      ['s', ' requests', ' applications'].map((tail) => `${word}${tail}`),
    );
    if (nouns.some(says)) return withGroup;
  }
  const groupWords = APPLICATION_ROW_TERMS[group.row]?.zh ?? [];
  if (groupWords.some((word) => namesAsWhole(text, word, GROUP_WHOLE))) return withGroup;
  if (TOTAL_WORDS.zh.some((word) => namesAsWhole(text, word, GROUP_WHOLE))) return understood;
  if (turns.some((turn) => readsFigureOf(turn, group.id, query))) return withGroup;
  return { kind: 'clarify', query, unread: [], meant: [], candidates: [group.id, whole.id], shareOf: part.id };
}

/** A turn that read `metric` of the same organs in the same years as `query`. */
const readsFigureOf = (turn: Query | undefined, metric: string, query: Query): boolean =>
  turn !== undefined &&
  turn.metric === metric &&
  turn.moreMetrics.length === 0 &&
  sameItems(turn.organs, query.organs) &&
  sameItems(turn.years, query.years) &&
  sameItems(
    turn.pairs.map((pair) => `${pair.organ}/${pair.year}`),
    query.pairs.map((pair) => `${pair.organ}/${pair.year}`),
  );

/**
 * The figures a clarify offered, kept as a query of them (the first as its metric) for the next turn; a share's
 * whole asked back keeps its part as the metric and the wholes offered after it.
 */
export function offeredQuery(clarify: Extract<Understanding, { kind: 'clarify' }>): Query {
  if (clarify.query.aggregation === 'share' && clarify.query.metric !== null)
    return { ...clarify.query, moreMetrics: [...clarify.candidates] };
  const [first, ...rest] = clarify.candidates;
  return { ...clarify.query, metric: first ?? null, moreMetrics: rest };
}

/** A clarify that asked which whole a share is of (askWhichWhole): its part, then the wholes offered. */
const isWholeChoice = (offered: Query): boolean =>
  offered.aggregation === 'share' && offered.metric !== null && offered.moreMetrics.length > 0;

/**
 * The turn after "which whole?": 占不予公开的多少 or 不予公开的 (one of the wholes offered) is the part's share of it;
 * a question of its own is answered as asked; anything else asks again.
 */
function understandWholeChosen(
  question: NormalizedQuestion,
  index: StoreIndex,
  offered: Query,
  subjects: AnswerSubjects,
): Understanding {
  const part = offered.metric as string;
  const wholes = offered.moreMetrics;
  const understood = understandOnce(question, index, { ...offered, moreMetrics: [] }, undefined, true, subjects);
  if (understood.kind !== 'query') return understood;
  const { metric, moreMetrics } = understood.query;
  if (metric !== null && moreMetrics.length === 0 && wholes.includes(metric))
    return { ...understood, query: { ...understood.query, metric: part, moreMetrics: [metric], aggregation: 'share' } };
  if (namesFigure(understood.query) || ABOUT_THE_DATA.has(understood.query.aggregation)) return understood;
  return {
    kind: 'clarify',
    query: { ...understood.query, moreMetrics: [] },
    unread: [],
    meant: [],
    candidates: wholes,
    isAgain: true,
  };
}

/**
 * 上一年 / 前一年 with no conversation to move: the year before this one, as 去年 (counted back from the latest year
 * held, which the reply says), never not understood.
 */
function asYearsBack(terms: readonly Term[]): readonly Term[] {
  return terms.map((term) =>
    term.kind === 'contextYear' ? { kind: 'relativeYear', offset: term.offset, held: null } : term,
  );
}

/**
 * What share is that of the total?: "the total" a share is of is the figure's whole, not a sum asked (total is a sum
 * word in English elsewhere: Longgang and Nanshan total).
 */
function withoutSumOfShare(terms: readonly Term[], { text, lang }: NormalizedQuestion): readonly Term[] {
  const isShare = terms.some((term) => term.kind === 'aggregation' && term.key === 'share');
  if (lang !== 'en' || !isShare || !/\bof (?:the|its) total\b/u.test(text)) return terms;
  return terms.filter((term) => !(term.kind === 'operation' && term.key === 'sum'));
}

/** The share word of a question naming both of the last two turns' figures as their ratio (no other operation named). */
function asRatioOfPair(terms: readonly Term[]): readonly Term[] {
  if (terms.some((term) => term.kind === 'operation')) return terms;
  return terms.map((term) =>
    term.kind === 'aggregation' && term.key === 'share' ? { kind: 'operation', key: 'ratio' } : term,
  );
}

const LISTS: ReadonlySet<Aggregation> = new Set(['top', 'bottom']);

/** 第一名的 / 排第二的那个单位 / 排名第三的: a place of the last ranking pointed at, before a figure of its own. */
const RANKED_PLACE =
  /(?:排名|排在|排)?第\s*([一二三四五六七八九十]|[1-9])\s*(?:名|位|个|家)?(?:的那个单位|的那家|的那个|的单位|的)(?=\S)/u;

/** 第二个呢 / 第三名呢: a place of the last ranking, the whole question, with no figure of its own. */
const RANKED_PLACE_ALONE =
  /^(?:那)?(?:排名|排在|排)?第\s*([一二三四五六七八九十]|[1-9])\s*(?:名|位|个|家)(?:的)?(?:呢|吗)?[?？]?$/u;

/**
 * 第一名的行政诉讼呢: the place a question points at in the last ranking, and its text with the pointing words
 * blanked (padded, so every place read stays where it was written); null when none is named with a figure after it.
 */
function readRankedPlace(text: string): { place: number; text: string; isAlone: boolean } | null {
  const alone = RANKED_PLACE_ALONE.exec(text.trim());
  const found = alone ?? RANKED_PLACE.exec(text);
  const place = found ? readChineseInteger(found[1] ?? '') || Number(found[1]) : 0;
  if (!found || !place) return null;
  if (alone) return { place, text: '呢', isAlone: true };
  const blanked = text.slice(0, found.index) + ' '.repeat(found[0].length) + text.slice(found.index + found[0].length);
  return { place, text: blanked, isAlone: false };
}

/** A query that reads a figure of its own: a metric, or a breakdown that starts from one (办理结果). */
const namesFigure = (query: Query): boolean => query.metric !== null || startsOwnFigure(query.breakdown);

/** `mayCorrect`: a misspelling may be read corrected once (the corrected question is not corrected again). */
function understandOnce(
  asWritten: NormalizedQuestion,
  index: StoreIndex,
  previous: Query | undefined,
  earlier: Query | undefined,
  mayCorrect: boolean,
  subjects: AnswerSubjects,
): Understanding {
  // 第一名的行政诉讼呢 / 排第二的那个单位的复议呢 after a ranking: the organ ranked there, asked the new figure.
  const placeAsked = previous && asWritten.lang === 'zh' ? readRankedPlace(asWritten.text) : null;
  // 第二个呢 after 第一个的行政处罚呢 after a ranking: the place in that ranking, asked the last question's figure.
  const isAfterPlaced =
    placeAsked?.isAlone === true &&
    previous?.aggregation === 'value' &&
    previous.organs.length === 1 &&
    earlier !== undefined &&
    LISTS.has(earlier.aggregation);
  const ranking = isAfterPlaced ? earlier : previous;
  // 第二名呢 right after a ranking is that ranking asked at its second place (read below), not an organ listed.
  const isPlaceOfList = placeAsked !== null && (!placeAsked.isAlone || isAfterPlaced);
  if (placeAsked && isPlaceOfList && previous && ranking && FIGURE_RANKINGS.has(ranking.aggregation)) {
    const listed = isAfterPlaced ? subjects.earlierSubjects : subjects.subjects;
    const organ = listed?.organs[placeAsked.place - 1];
    const isListed = organ !== undefined && (placeAsked.place === 1 || LISTS.has(ranking.aggregation));
    if (!listed || !isListed) return { kind: 'chooseSubject', candidates: listed?.organs ?? [], query: previous };
    const year = listed.pairs.find((pair) => pair.organ === organ)?.year ?? listed.years[0];
    const placed: Query = {
      ...previous,
      organs: [organ],
      years: year === undefined ? [] : [year],
      pairs: [],
      aggregation: 'value',
      limit: null,
    };
    const text = placeAsked.text;
    return understandOnce({ ...asWritten, text }, index, placed, earlier, mayCorrect, { subjects: placed });
  }
  // 前者和后者差多少: both places named are the last two turns' figures, as 两者 is.
  const ordinalPair = previous ? readOrdinalPair(asWritten.text, asWritten.lang) : null;
  const question = ordinalPair ? { ...asWritten, text: ordinalPair.text } : asWritten;
  const extracted = withAllOfAmbiguous(extractMentions(question, index), question);
  // 谁的行政复议少 across organs, 洪泽区哪一年…多 across an organ's years.
  const ranked = withSpokenRanking(extracted.terms, question.text, extracted.organs.length > 0);
  const withDifference = withSpokenDifference(ranked, question.text);
  const spoken = withoutSumOfShare(
    withSpokenShare(withDifference, extracted.termPlaces, question.text, previous !== undefined),
    question,
  );
  // 后者是前者的百分之几 / 后者占前者的多少: a share of one of the two turns' figures in the other is their ratio.
  const sharesPair =
    ordinalPair && saysSpokenShare(question.text) && !spoken.some((term) => term.kind === 'aggregation')
      ? [...spoken, { kind: 'aggregation' as const, key: 'share' as const }]
      : spoken;
  const paired = ordinalPair ? asRatioOfPair(sharesPair) : spoken;
  // 洪泽区2023年的后一年 moves the year written; with neither a year nor a conversation it counts back as 去年.
  const mentions = { ...extracted, terms: previous || extracted.years.length > 0 ? paired : asYearsBack(paired) };
  // 前三个单位 / 最多的两个单位 count places of a ranking, not the organs compared.
  const count = mentions.limit ? null : readOrganCount(question);
  const read = readAsked(mentions, index, question, count, previous === undefined);
  const netChange = readNetChange(read.query, question.text);
  const asked = withYearsOfCount(netChange ? { ...read, query: netChange } : read, index);
  // 两个加起来占多少 after two organs' figures: a sum is no part of a whole; which organ's share of it is asked back.
  const added = subjects.subjects;
  const namesOwn = asked.query.metric !== null || asked.query.organs.length > 0 || asked.query.years.length > 0;
  if (asked.sharesOfSum && !namesOwn && added && (added.pairs.length > 1 || added.organs.length > 1))
    return {
      kind: 'chooseSumShare',
      candidates:
        added.pairs.length > 0
          ? added.pairs.map(({ organ, year }) => yearOf(organ, year, question.lang))
          : [...added.organs],
    };
  if (asked.isOutOfScope || asksNameOfFigure(asked.query, question)) return NOT_UNDERSTOOD;
  // 上年结转的行政复议: both figures offered, neither answered as the other's part.
  if (mentions.figureOfFigure !== null && asked.query.metric !== null)
    return {
      kind: 'clarify',
      query: { ...asked.query, metric: null, moreMetrics: [] },
      unread: [mentions.figureOfFigure],
      meant: [],
      candidates: [asked.query.metric, ...asked.query.moreMetrics],
    };
  if (asked.unreadWords.length > 0 && (mentions.misspelling !== null || !restatesNamedFigure(asked, question)))
    return askWhichFigure(
      question,
      { ...mentions, misspelling: mayCorrect ? mentions.misspelling : null },
      asked,
      index,
      previous,
    );
  if (!saysAnything(asked, previous !== undefined, question.text)) return NOT_UNDERSTOOD;
  const checks = previous ? checksInContext(question, asked.query, previous, index) : null;
  if (checks) return checks;
  // 你有哪些报告？ / 哪些报告不一致？ are about the whole store: nothing of the previous question applies.
  const isAboutStore = ABOUT_THE_DATA.has(asked.query.aggregation);
  // 它的行政强制 after a ranking: the organ the answer named, in its year, not the ranking again.
  // 前两个 is a ranking's limit, not two organs pointed at.
  // 这些单位一共 after one organ's figure points at no organs it could mean: every organ, as 所有单位 is.
  const meansEveryOrgan = previous !== undefined && isSeveralAtOne(question, subjects.subjects ?? previous);
  const pointing = previous && !isAboutStore && !mentions.limit && !meansEveryOrgan ? mentions.terms : [];
  // 哪个纠正率高 after 沐阳… and 淮安…呢: which of the two the conversation asked, as 这两家哪个 is.
  // 两家废止的合计: a column named alone (废止) is the question's own figure too.
  const namesFigure = asked.query.metric !== null || asked.columnsOnly.length > 0;
  const pointsAtTwo = previous !== undefined && namesFigure && asksWhichOfTurns(asked.query, pointing, question.text);
  const pointingAt = pointsAtTwo ? [...pointing, { kind: 'pointer' as const, count: 2, level: null }] : pointing;
  const pointed = previous ? pointBack(pointingAt, asked.query, previous, subjects, index, namesFigure) : null;
  if (pointed?.kind === 'choose') {
    const pointedAt = subjects.subjects ?? previous;
    const asking = pointedAt ? followUp(asked, pointedAt, index, false) : asked.query;
    return { kind: 'chooseSubject', candidates: pointed.organs, query: asking };
  }
  // 跟淮安市同年比差多少 after a ranking that listed one organ: against that organ's figure, as after its own answer.
  const listed = subjects.subjects;
  const isAgainstListed =
    previous !== undefined &&
    RANKINGS.has(previous.aggregation) &&
    listed?.organs.length === 1 &&
    listed.pairs.length === 0 &&
    asked.operationWord !== null &&
    asked.query.organs.length === 1 &&
    asked.query.organs[0] !== listed.organs[0];
  const context = pointed?.query ?? (isAgainstListed ? listed : previous);
  // 百分比呢 after 增加了多少: the change again, which states its percentage.
  const own = asked.query;
  const isBareShare =
    own.aggregation === 'share' &&
    own.metric === null &&
    asked.columnsOnly.length === 0 &&
    own.organs.length === 0 &&
    own.years.length === 0 &&
    own.pairs.length === 0;
  if (previous?.aggregation === 'change' && isBareShare && !pointed)
    return { kind: 'query', query: previous, inherited: { organs: previous.organs, years: previous.years } };
  // 占淮安市的百分之几 after 淮安市比南山区多多少: 南山区's figure of 淮安市's, never one figure alone; 占多少 asks which.
  const ofOperands = previous && !pointed ? shareOfOperands(asked.query, previous) : null;
  if (ofOperands?.kind === 'ask')
    return {
      kind: 'chooseShareWhole',
      candidates: ofOperands.operands.map(({ organ, year }) => yearOf(organ, year, question.lang)),
    };
  if (ofOperands)
    return {
      kind: 'query',
      query: ofOperands.query,
      inherited: { organs: [ofOperands.part.organ], years: [ofOperands.part.year] },
    };
  // 南山区的占多少 / 它占多少 after 最多 or 前两名: the organ's share of the figures the ranking listed.
  // 这家的纠正率 after 哪个单位行政复议最多 names a figure of its own (a column: 纠正 of 复议), its share in its whole.
  const rankedPart =
    previous && asked.columnsOnly.length === 0
      ? partOfRanking(asked.query, previous, (pointed?.query ?? subjects.subjects)?.organs)
      : null;
  // 它占多少 after 两个一共: the organ pointed at is the part.
  const pointedPart =
    pointed?.query.organs.length === 1 && asked.query.aggregation === 'share' && asked.query.organs.length === 0
      ? { ...asked.query, organs: [...pointed.query.organs] }
      : null;
  const part = rankedPart ?? pointedPart;
  // 洪泽区的占多少 after 两个一共: the organ's share of the figures just added or listed.
  const partOfSum =
    previous && (part || !pointed) ? shareOfLastSum(part ?? asked.query, previous, subjects.subjects) : null;
  if (partOfSum) {
    const years = [...new Set([...partOfSum.years, ...partOfSum.pairs.map((pair) => pair.year)])];
    return { kind: 'query', query: partOfSum, inherited: { organs: [], years } };
  }
  // A ranking that listed the organ alone (最多) states no whole it is a part of: said, never its figure restated.
  if (rankedPart) return { kind: 'chooseRankedWhole', listed: subjects.subjects?.organs ?? rankedPart.organs };
  // 规章占多少 after 规章和行政规范性文件…各多少 → 合起来: that figure's share of the sum just stated.
  const partOfFigures = previous && !pointed ? shareOfSummedFigures(asked.query, previous) : null;
  if (partOfFigures)
    return {
      kind: 'query',
      query: partOfFigures,
      inherited: { organs: partOfFigures.organs, years: partOfFigures.years },
    };
  // 占不予公开的多少 after a figure: its share in the whole named.
  const shareOf = context ? shareOfPrevious(asked.query, mentions.termPlaces, question.text, context) : null;
  if (shareOf === 'unclear') return { kind: 'chooseOperands', ofSum: true };
  if (context && !pointed && sharesLastSum(asked.query, context, question.text)) {
    // 占总计的比例 after 维持加纠正一共: the sum's share of the whole its figures are parts of.
    const ofTotal = TOTAL_WHOLE.test(question.text) ? sumShareOf(context, null) : null;
    if (ofTotal) return { kind: 'query', query: ofTotal, inherited: { organs: ofTotal.organs, years: ofTotal.years } };
    return { kind: 'chooseOperands', ofSum: true };
  }
  const saysTwo = countsTwo(mentions.terms);
  // 两个分别占总计的比例 after 南山区2020年予以公开 → 部分公开呢: each figure's share of the whole both are parts of.
  const eachShare = saysTwo ? eachShareOfTurns(asked.query, question.text, [earlier, previous], index) : null;
  if (eachShare)
    return { kind: 'query', query: eachShare, inherited: { organs: eachShare.organs, years: eachShare.years } };
  // 前者比后者多多少 / 两者差多少 after two sums (2023年的两项加起来 → 2024年的呢): the two results are no figures of a
  // report, and the figures added are two more — which two is asked back, never each figure's change.
  const isResult = (turn: Query | undefined): boolean => turn !== undefined && TURN_RESULTS.has(turn.aggregation);
  const namesOwnOperands = asked.query.metric !== null || asked.query.organs.length > 0 || asked.query.pairs.length > 0;
  if (
    (saysTwo || ordinalPair) &&
    asked.operationWord !== null &&
    !namesOwnOperands &&
    isResult(previous) &&
    isResult(earlier)
  )
    return { kind: 'chooseOperands' };
  // 两者差多少 after 最多 and 最少: the two organs those answers named, each in its year, are the operands.
  const answered = pointed ? null : answeredByRankings(asked, saysTwo, previous, earlier, subjects);
  // 最多的那个单位行政诉讼多少 after a ranking: 最多的 says which organ 那个单位 is, the one pointed at; its figure is
  // asked, never a ranking of the new figure.
  const describesPointed =
    pointed?.kind === 'query' &&
    pointed.query.organs.length === 1 &&
    pointerCount(pointing) === 1 &&
    (asked.query.aggregation === 'max' || asked.query.aggregation === 'min') &&
    asked.query.aggregation === previous?.aggregation &&
    asked.query.organs.length === 0 &&
    asked.query.regions.length === 0 &&
    asked.query.level === null;
  const ownAsked = describesPointed ? { ...asked, query: { ...asked.query, aggregation: 'value' as const } } : asked;
  const understood = understandInContext(
    question,
    index,
    shareOf ? { ...ownAsked, query: shareOf } : ownAsked,
    answered?.previous ?? context,
    answered?.earlier ?? earlier,
    isAboutStore,
    count,
    saysAllOrgans(question) || meansEveryOrgan,
    answered || pointed
      ? undefined
      : {
          counted: pointerCount(pointing),
          oldest: subjects.oldest,
          isAgainstEarlier: AGAINST_EARLIER.test(question.text) || ordinalPair?.isLaterFirst === true,
          namesEarlier: EARLIER_TURN.test(question.text),
          saysTwo,
        },
  );
  if (understood.kind !== 'query') return understood;
  // 这两家谁多 after two turns: a ranking of the two pointed at, whose count the pointer says.
  const among = pointed ? rankedAmong(understood.query, asked.query, pointed.query) : null;
  if (!fitsPointerCount(pointing, among ?? understood.query)) return { kind: 'chooseOperands' };
  // 它们占总计的比例 after two figures: a plural pointer counts them as 两者 does.
  const pointsToMany = mentions.terms.some((term) => term.kind === 'pointer' && term.count !== 1);
  if (sharesFewerThanCounted(understood.query, saysTwo || pointsToMany)) return { kind: 'chooseOperands', ofSum: true };
  // 这两项分别占不予公开的比例 after 予以公开 → 部分公开呢: a ratio of the last figure alone drops the first of the two.
  if (saysTwo && dropsTurnFigure(understood.query, [earlier, previous])) return { kind: 'chooseOperands' };
  if (among) return { ...understood, query: among, inherited: { organs: among.organs, years: among.years } };
  // 龙岗是南山的几倍 after 龙岗区2022年… and 南山区2020年…: each organ in the year the conversation asked it.
  const namesYear = asked.query.years.length > 0 || asked.query.pairs.length > 0 || asked.relativeYears.length > 0;
  const turnsPaired = namesYear ? null : withTurnsPairs(understood.query, [previous, earlier, subjects.oldest]);
  if (turnsPaired) {
    const years = turnsPaired.pairs.map((pair) => pair.year);
    return { ...understood, query: turnsPaired, inherited: { organs: [], years } };
  }
  const { limit } = mentions;
  const isPlaceAsked =
    limit?.isPlace === true && RANKINGS.has(understood.query.aggregation) && understood.query.limit === limit.count;
  return isPlaceAsked ? { ...understood, place: limit.count } : understood;
}

const yearOf = (organ: string, year: number, lang: Lang): string =>
  lang === 'zh' ? `${organ} ${year}年` : `${organ} (${year})`;

/**
 * 它们中哪个最多 / 这两个谁多: a ranking of the organs pointed at, in their years, never of every organ. Null when the
 * query is no ranking, the question names organs of its own, or the organs pointed at each have their own year.
 */
function rankedAmong(query: Query, own: Query, pointed: Query): Query | null {
  if (!RANKINGS.has(query.aggregation) || own.organs.length > 0 || own.regions.length > 0) return null;
  // 这两家谁多 after 沐阳县2025年… and 淮安市2024年呢: two organs each in its own year are compared as a pair (both
  // figures and their difference), never ranked in one year.
  const comparesPair = pointed.pairs.length === 2 && (query.aggregation === 'max' || query.aggregation === 'min');
  // 这两家哪个纠正率高: each one's share, side by side.
  const comparesShares = pointed.pairs.length === 2 && SHARE_RANKINGS.has(query.aggregation);
  if (comparesPair || comparesShares)
    return {
      ...query,
      organs: [...pointed.organs],
      pairs: [...pointed.pairs],
      regions: [],
      level: null,
      years: [],
      limit: null,
      aggregation: comparesShares ? 'share' : 'difference',
    };
  if (pointed.organs.length < 2 || pointed.pairs.length > 0) return null;
  const years = own.years.length > 0 ? own.years : pointed.years;
  return { ...query, organs: [...pointed.organs], regions: [], level: null, years };
}

/** 哪个 / 哪家 / 谁 with nothing else naming organs (单位, 区县, 所有…): the organs compared are those asked before. */
const WHICH_BARE = /哪个|哪家|谁/gu;
const SCOPE_NAMED = /单位|部门|机关|哪些|哪几|区|县|市|政府|街道|乡镇|所有|全部|各|历年|哪一?年/u;

/**
 * 哪个纠正率高 after two turns: a ranking (of a figure the question names) naming no organ, place, level or pointer
 * of its own asks which of the organs the conversation asked (two, the pointer's count); pointBack finds none when
 * they are not two.
 */
function asksWhichOfTurns(own: Query, terms: readonly Term[], text: string): boolean {
  if (!RANKINGS.has(own.aggregation) || !WHICH_BARE.test(text)) return false;
  WHICH_BARE.lastIndex = 0;
  const namesOrgans = own.organs.length > 0 || own.regions.length > 0 || own.pairs.length > 0 || own.level !== null;
  return (
    !namesOrgans && !terms.some((term) => term.kind === 'pointer') && !SCOPE_NAMED.test(text.replace(WHICH_BARE, ''))
  );
}

/**
 * 平均每年多少 after 洪泽区2023年行政处罚 → 2024年呢: one figure of one organ asked in two turns, each its own year — the
 * mean over both turns' years. Null unless the turn before asked that organ's same figure in another single year.
 */
function meanOfTurnsYears(query: Query, earlier: Query | undefined): Query | null {
  if (!earlier || query.metric === null || query.moreMetrics.length > 0 || query.pairs.length > 0) return null;
  const [organ] = query.organs;
  const [year] = query.years;
  const [earlierYear] = earlier.years;
  const isSameFigure =
    earlier.metric === query.metric && earlier.moreMetrics.length === 0 && earlier.pairs.length === 0;
  const isSameOrgan = query.organs.length === 1 && earlier.organs.length === 1 && earlier.organs[0] === organ;
  if (!isSameFigure || !isSameOrgan || query.years.length !== 1 || earlier.years.length !== 1) return null;
  if (year === undefined || earlierYear === undefined || year === earlierYear) return null;
  return meanOf({ ...query, years: [earlierYear, year].sort((a, b) => a - b), aggregation: 'value' });
}

/** The question read in its conversation: `previous` is the last query, or what a pointing word points at. */
function understandInContext(
  question: NormalizedQuestion,
  index: StoreIndex,
  asked: Asked,
  previous: Query | undefined,
  earlier: Query | undefined,
  isAboutStore: boolean,
  count: OrganCount | null,
  isAllOrgans: boolean,
  turns?: CountedTurns,
): Understanding {
  const followedAsRead =
    previous && !isAboutStore ? followUp(asked, previous, index, isAllOrgans) : withDefaults(asked);
  const followedWithYears =
    previous && !isAboutStore ? withTurnsYears(asked, followedAsRead, [previous, earlier], index) : followedAsRead;
  // 商业企业的是自然人的百分之几 after 新收: the columns' query is made here, then divided as the question names.
  const followedAsShare = asRatioOfNamedWhole(followedWithYears, asked.namesWhole);
  // 总计呢 after 行政复议结果维持: the row's total column, never the column just read again.
  const followed = previous && !isAboutStore ? asRowTotal(followedAsShare, asked, question) : followedAsShare;
  const againstYear = previous && !isAboutStore ? changeAgainstYear(asked, previous, earlier, followed, index) : null;
  const across =
    previous && !isAboutStore && againstYear === null
      ? acrossTurns(asked, earlier, previous, followed, index, isAllOrgans, turns)
      : null;
  // 占上一个的百分之几: 上一个 read by nothing but an operation on the last two turns is asked back, never dropped.
  if (across === 'unclear' || (turns?.namesEarlier && across === null)) return { kind: 'chooseOperands' };
  const offset = asked.contextYearOffset;
  // 前一年呢: the conversation's year moved, or the year the question writes (洪泽区2023年的后一年, a first question
  // too); with neither it is asked about nothing.
  const yearsMoved = asked.query.years.length > 0 ? asked.query : previous;
  const moved =
    againstYear ??
    (offset === null
      ? (across ?? followed)
      : yearsMoved
        ? movedYears(across ?? followed, yearsMoved, offset, index)
        : null);
  // 平均每月 divides by the months, not by a count of the report: never the amount per item of 平均.
  const isPer = asked.perPeriod !== null || asked.perOrgan;
  // 平均 alone: the amount per item of one report (采购平均多少), else the mean of several reports' figure.
  const averagedAny =
    moved === null || isPer
      ? moved
      : asked.saysAverage
        ? averageOf(moved)
        : asked.saysMean
          ? (averageOf(moved) ?? meanOf(moved) ?? meanOfTurnsYears(moved, earlier))
          : moved;
  if (averagedAny === null) return NOT_UNDERSTOOD;
  const held = asked.heldYear ? atHeldYear(averagedAny, asked.heldYear, index) : null;
  const averaged = held ?? averagedAny;
  const query = asDivided(
    asExistence(asked.comparesYearBefore ? againstYearBefore(averaged) : averaged, asked.asksWhetherAny),
    asked,
  );
  if (query === null) return NOT_UNDERSTOOD;
  const vague = vagueFigure(question, asked, query);
  if (vague) return vague;
  // What the conversation gave, before 是上年的几倍 added the year before; an organ's own latest year is no year
  // taken from the conversation.
  const given = previous && !isAboutStore ? inheritedFrom(asked.query, averaged) : undefined;
  const inherited = held && given ? inheritedFrom({ ...asked.query, years: held.years }, averaged) : given;
  const relativeYears = held ? undefined : relativeYearsOf(asked, query, index);
  // 两年加起来: the years counted must be the years read, never the store's last two.
  const counted = asked.yearsCounted;
  if (counted !== null && !readsYearCount(query, counted)) return chooseCountedYears(counted, query, index);
  // 洪泽区的两份报告: reports counted across no one year may be one organ's years, which no scope of organs is.
  if (count?.isOfReports && query.years.length !== 1) return NOT_UNDERSTOOD;
  if (count) {
    const mismatch = countMismatch(query, count, index);
    if (mismatch) return mismatch;
  }
  const chosen = previous ? withConversationOrgans(query, [previous, earlier], index) : query;
  return {
    kind: 'query',
    // 龙岗区的部门收了多少申请: each department's latest figure when they hold different years (no count said).
    query: asked.listsLevelFigure && count === null ? eachOrgansLatest(chosen, index) : chosen,
    ...(inherited ? { inherited } : {}),
    ...(relativeYears ? { relativeYears } : {}),
  };
}

/** 总计 / 总数 / total alone in a follow-up: the total column of the row just read (合计 / 一共 add figures instead). */
const ROW_TOTAL: Readonly<Record<Lang, RegExp>> = { zh: /总计|总数|总量/u, en: /\btotal\b/u };

/**
 * 总计呢 / and the total? after one figure of a column of table 三 or 四 (结果维持, 自然人): the same row's
 * total column. Unchanged when the question names a figure or an operation of its own, or the figure is a total.
 */
function asRowTotal(query: Query, asked: Asked, { text, lang }: NormalizedQuestion): Query {
  const own = asked.query;
  if (own.metric !== null || asked.columnsOnly.length > 0 || asked.operationWord !== null) return query;
  if (!ROW_TOTAL[lang].test(text) || query.metric === null || query.moreMetrics.length > 0) return query;
  if (query.aggregation !== 'value' || query.breakdown !== null) return query;
  const spec = getMetric(query.metric);
  if (spec.section === 'activeDisclosure' || spec.column === 'total') return query;
  const total = findMetric(spec.section, spec.row, 'total');
  return total ? { ...query, metric: total.id } : query;
}

/** 洪泽区两年加起来: the years of a count are the one organ's years when it holds exactly that many. */
function withYearsOfCount(asked: Asked, index: StoreIndex): Asked {
  const years = asked.yearsCounted === null ? null : yearsOfCount(asked.yearsCounted, asked.query, index);
  return years === null ? asked : { ...asked, query: { ...asked.query, years } };
}

/**
 * A figure asked for but not named, never answered with the figures a report is summed up by: a column that
 * several rows have (花了多少钱: 收费 or 采购 金额?) offers those rows' figures; 多少 / 几 / how many with no figure
 * at all (龙岗区2022年有多少案件) offers the summary figures. Null when the query reads a figure, or the question
 * asks for none (龙岗区2022年 alone: the summary).
 */
function vagueFigure(question: NormalizedQuestion, asked: Asked, query: Query): Understanding | null {
  if (query.metric !== null || query.aggregation !== 'value') return null;
  const columns = asked.columnsOnly;
  if (columns.length > 0 && query.breakdown === null) {
    const candidates = [...METRICS.values()].filter((spec) =>
      columns.some((column) => spec.section === column.section && spec.column === column.key),
    );
    const unread = [...new Set(candidates.map((spec) => dimensionLabel(spec, 'column', question.lang)))];
    return candidates.length > 0
      ? { kind: 'clarify', query, unread, meant: [], candidates: candidates.map((spec) => spec.id) }
      : null;
  }
  // 分别是多少 with no figure asks a quantity too; 龙岗区2022年的情况 (a breakdown word alone) asks for the summary.
  if ((query.breakdown !== null && query.breakdown !== 'detail') || !QUANTITY_WORDS[question.lang].test(question.text))
    return null;
  return { kind: 'clarify', query, unread: [], meant: [], candidates: [...SUMMARY_METRICS] };
}

/**
 * 龙岗区两个单位 when the store holds three of 龙岗区: the count is not what the store holds, so which organs are
 * meant is asked, never guessed; null when the count fits (or organs are named one by one).
 */
function countMismatch(query: Query, count: OrganCount, index: StoreIndex): Understanding | null {
  if (query.organs.length > 0) return null;
  // 2020年三个单位: the organs with a report of the years asked, counted (over the whole store, by the store).
  const scope = scopeOrgsUpTo(index, resolveRegions(query.regions, index), query.level, query.years);
  if (scope.count === count.count) return null;
  return {
    kind: 'chooseOrgans',
    count: count.count,
    held: scope.count,
    candidates: scope.entries.slice(0, LIST_LIMIT).map((entry) => entry.org),
  };
}

/**
 * 这份报告的数据对得上吗 / 有问题吗 after a question about a report: the checks of the reports the previous question
 * read — its organs in its years, each organ's latest when it named none — or of its scope, never of every report.
 * Null (store-wide, or the question's own organs) when the question names organs, years or a scope of its own, or
 * asks about many reports (哪些报告…) without pointing back (这些报告里哪些…).
 */
function checksInContext(
  { text, lang }: NormalizedQuestion,
  own: Query,
  previous: Query,
  index: StoreIndex,
): Understanding | null {
  if (own.aggregation !== 'checks' || previous.aggregation === 'help') return null;
  if (own.organs.length > 0 || own.regions.length > 0 || own.years.length > 0 || own.level !== null) return null;
  const pointsBack = THIS_REPORT_WORDS[lang].some((word) => text.includes(word));
  const saysMany = MANY_REPORTS_WORDS[lang].some((word) => text.includes(word));
  if (!pointsBack && (saysMany || previous.organs.length === 0)) return null;
  const latest = (organ: string) => index.orgs.get(organ)?.years.at(-1);
  const pairs =
    previous.pairs.length > 0 || previous.years.length > 0
      ? previous.pairs
      : previous.organs.flatMap((organ) => {
          const year = latest(organ);
          return year === undefined ? [] : [{ organ, year }];
        });
  const query: Query = {
    ...EMPTY_QUERY,
    organs: previous.organs,
    regions: previous.regions,
    level: previous.level,
    years: pairs.length > 0 ? [] : previous.years,
    pairs,
    aggregation: 'checks',
  };
  const years = [...new Set([...query.years, ...pairs.map((pair) => pair.year)])];
  return query.organs.length > 0 || query.regions.length > 0 || years.length > 0
    ? { kind: 'query', query, inherited: { organs: [...query.organs, ...query.regions], years } }
    : { kind: 'query', query };
}

/** 这些单位 / these agencies after an answer about one organ. */
function isSeveralAtOne({ text, lang }: NormalizedQuestion, last: Query): boolean {
  const saysSeveral = SEVERAL_ORGANS_POINTERS[lang].some((word) => text.includes(word));
  return saysSeveral && new Set([...last.organs, ...last.pairs.map((pair) => pair.organ)]).size <= 1;
}

/** 哪些单位… / 全部单位… / which agencies…: every organ asked about, so none of the previous organs and years. */
function saysAllOrgans({ text, lang }: NormalizedQuestion): boolean {
  return ALL_ORGANS_WORDS[lang].some((word) => text.includes(word));
}

/** The relative years the query asks, with the latest year they were counted from; undefined for none. */
function relativeYearsOf(asked: Asked, query: Query, index: StoreIndex): RelativeYears | undefined {
  const years = asked.relativeYears.filter((year) => query.years.includes(year));
  return index.latestYear === null || years.length === 0 ? undefined : { latest: index.latestYear, years };
}

/** The organs and years the query has that the question did not say; undefined when it said them all. */
function inheritedFrom(own: Query, query: Query): Inherited | undefined {
  const organs = own.organs.length === 0 && own.regions.length === 0 ? [...query.organs, ...query.regions] : [];
  const years = own.years.length === 0 && own.pairs.length === 0 ? query.years : [];
  return organs.length > 0 || years.length > 0 ? { organs, years } : undefined;
}

/** The question names one figure and its unread words are that figure's label said another way (还不明确 ~ 仍不明确). */
function restatesNamedFigure(asked: Asked, { text, lang }: NormalizedQuestion): boolean {
  const { metric, moreMetrics } = asked.query;
  return metric !== null && moreMetrics.length === 0 && restatesFigure(asked.unreadWords, metric, text, lang);
}

/**
 * A question with words nothing explains is never answered with the figure its other words name (从上一年转过来的申请
 * is not 收到申请): a misspelled figure word is offered corrected, else the figures closest to the unread words;
 * none close → not understood.
 */
function askWhichFigure(
  question: NormalizedQuestion,
  mentions: Mentions,
  asked: Asked,
  index: StoreIndex,
  previous: Query | undefined,
): Understanding {
  const unread = asked.unreadWords;
  const slip = mentions.misspelling;
  const corrected = (slip?.meant ?? []).flatMap((word) => {
    const text = question.text.replace(slip?.written ?? '', word);
    const understood = understandOnce({ ...question, text }, index, previous, undefined, false, {});
    return understood.kind === 'query' && understood.query.metric ? [{ word, query: understood.query }] : [];
  });
  const [first] = corrected;
  if (first)
    return {
      kind: 'clarify',
      query: first.query,
      unread,
      meant: corrected.map((entry) => entry.word),
      candidates: [
        ...new Set(corrected.flatMap((entry) => [entry.query.metric as string, ...entry.query.moreMetrics])),
      ],
    };
  const named = [asked.query.metric, ...asked.query.moreMetrics].filter((id): id is string => id !== null);
  // 行政处罚的金额: a field of the table 二 row asked; a field beside another table's figure (发了多少申请) is a verb.
  const asksTableTwo = named.some((id) => getMetric(id).section === 'activeDisclosure');
  const ofFields = asksTableTwo ? figuresWithFields(mentions, unread) : [];
  const candidates = (ofFields.length > 0 ? ofFields : closestFigures(unread, named, question.lang)).slice(
    0,
    CLOSEST_LIMIT,
  );
  if (candidates.length === 0) return NOT_UNDERSTOOD;
  const query = previous ? followUp(asked, previous, index, saysAllOrgans(question)) : asked.query;
  return { kind: 'clarify', query: { ...query, metric: null, moreMetrics: [] }, unread, meant: [], candidates };
}

/** 行政处罚的金额: the figures that have a table 二 field left unread (金额: 收费 and 采购), the ones it can mean. */
function figuresWithFields(mentions: Mentions, unread: readonly string[]): string[] {
  const fields = mentions.termPlaces
    .filter((place) => unread.includes(place.text))
    .flatMap((place) => place.terms)
    .flatMap((term) => (term.kind === 'column' && term.section === 'activeDisclosure' ? [term.key] : []));
  return [...METRICS.values()]
    .filter(
      (metric) => metric.section === 'activeDisclosure' && fields.some((field) => sameField(metric.column, field)),
    )
    .map((metric) => metric.id);
}

/**
 * 所有数据局 / 两个数据局 / both data bureaus: an ambiguous name after a word for "all of them" names every organ it
 * could mean, so the answer lists them instead of asking which one.
 */
function withAllOfAmbiguous(mentions: Mentions, { text, lang }: NormalizedQuestion): Mentions {
  const organs = mentions.organs.flatMap((organ) => {
    const { target } = organ;
    // Read as several organs only after a word for all: 发改局 alone names thousands nationally, none read.
    const saysAll = ALL_OF[lang].some((word) => text.includes(`${word}${organ.name}`));
    if (!target || !saysAll || countOrgsOf(target, 2) < 2) return [organ];
    return target.orgs.map((org) => ({
      name: org,
      target: { orgs: [org], regionKey: target.regionKey, needsChoice: false },
    }));
  });
  return organs.length === mentions.organs.length && organs.every((organ, at) => organ === mentions.organs[at])
    ? mentions
    : { ...mentions, organs };
}

/** Words for organs themselves after a which-word (哪些单位不为零): the organs are asked, not a figure's parts. */
const WHICH_ORGANS = /哪(?:些|个|几个|几家|家|一家)?(?:单位|部门|机关|区|县|政府|局|家)/u;

/**
 * 洪泽区2024年不予处理有没有不为零的 / 不予公开是不是全是0: zero or not zero asked of a figure with parts (a group row
 * of table 三 or 四) of one organ named asks which of its parts are — the parts, each with its figure — never the
 * organs of a region whose figure is not 0 (洪泽区 read as a region drops the organ asked).
 */
function asksZeroParts(
  named: Aggregation | null,
  terms: readonly Term[],
  figures: readonly string[],
  mentions: Mentions,
  namesOrgansAsked: boolean,
  text: string,
): boolean {
  const [figure] = figures;
  if (figure === undefined || figures.length > 1 || namesOrgansAsked || WHICH_ORGANS.test(text)) return false;
  if (mentions.organs.length !== 1 || !mentions.organs[0]?.target || mentions.heldPlaces.length > 0) return false;
  const saysZero = terms.some((term) => term.kind === 'zero');
  if (!(named === 'nonzero' || named === 'zero' || (named === null && saysZero))) return false;
  const metric = getMetric(figure);
  return metric.column === 'total' && (groupParts(metric.section, metric.row)?.length ?? 0) > 0;
}

/**
 * 有街道办的报告吗: a word for a kind of organ the vocabulary does not know, beside the reports, narrows them — never
 * dropped for the whole list (asked back instead).
 */
const ORGAN_KIND = /(?:街道|街道办|办事处|乡镇|镇政府|乡政府|局|委员会|办公室|厅|中心)$/u;

/** 跟上年 / 去年 / 前一年: a year before said, which a change compares with. */
const ANOTHER_YEAR = /上一?年|去年|前一?年|往年|同比|环比/u;

/**
 * 洪泽区2024年新收和总计是不是一样: whether one figure read is equal to something — two words read as one figure, the
 * second not found — is no change over years (no second year, no 比 / 上年 said): not understood, never a change.
 */
function asksEqualityOfOne(
  aggregation: Query['aggregation'] | null,
  figures: number,
  yearCount: number,
  terms: readonly Term[],
  text: string,
): boolean {
  if (aggregation !== 'change' || figures !== 1 || yearCount > 1 || ANOTHER_YEAR.test(text)) return false;
  const comparesYears = terms.some(
    (term) => term.kind === 'compare' || term.kind === 'contextYear' || term.kind === 'relativeYear',
  );
  return !comparesYears && EQUALITY_WORDS.some((word) => text.includes(word));
}

/** 哪一项 / 哪个原因 / 哪类: which part of a figure, not which organ. */
const WHICH_PART = /哪一?项|哪(?:个|种|条|一种)(?:原因|理由|情形|情况)|哪一?类|什么原因|which (?:reason|item|ground)/u;

/**
 * 淮安市2024年不予公开里最多的是哪一项: a ranking of one organ's figure that has parts, asking which part — the
 * parts ranked among themselves, of the organ the place names (淮安市: its government), never the organs of 淮安.
 */
function asPartRanking(query: Query, text: string): Query {
  if (!RANKINGS.has(query.aggregation) || query.level !== null || query.metric === null) return query;
  // 无法提供三项从多到少排一下: the parts of a group counted (partsCounted) ranked, as 哪一项 ranks them.
  const group = groupOfParts([query.metric, ...query.moreMetrics]);
  const isWhichPart = WHICH_PART.test(text) && query.moreMetrics.length === 0 && partTotals(query.metric) !== null;
  if (!isWhichPart && group === null) return query;
  const organs = query.organs.length === 1 && query.regions.length === 0 ? query.organs : query.regions;
  if (organs.length !== 1 || query.pairs.length > 0) return query;
  const metric = group ?? query.metric;
  return { ...query, organs: [...organs], regions: [], metric, moreMetrics: [], breakdown: 'parts' };
}

/** The group whose parts the figures are, every one of them (无法提供's three), or null. */
function groupOfParts(metricIds: readonly string[]): string | null {
  const [first] = metricIds;
  if (first === undefined || metricIds.length < 2) return null;
  const spec = getMetric(first);
  const group = findMetric(spec.section, spec.row.split('.')[0] ?? spec.row, 'total');
  const parts = group ? partTotals(group.id) : null;
  const isEveryPart = parts?.length === metricIds.length && parts.every((id) => metricIds.includes(id));
  return group && isEveryPart ? group.id : null;
}

/**
 * 淮安的单位2024年新收申请合计: the organs of a region named right after it (的单位 / 的机关), every one of them as
 * 各单位 says — never the government the region's name also names.
 */
function namesOrgansOfRegion(mentions: Mentions, text: string): boolean {
  return mentions.organs.some((organ) => {
    const at = text.indexOf(organ.name);
    return organ.target?.regionKey && at >= 0 && REGION_ORGANS.test(text.slice(at + organ.name.length));
  });
}

const REGION_ORGANS = /^的(?:单位|机关)/u;

/** 哪个 / 是谁: which one, asked of a figure of an organ named (not of organs compared or ranked). */
const WHICH_ONE = /哪个|哪一个|哪家|哪一家|哪位|是谁/u;

/**
 * 洪泽区2024年行政复议的复议机关是哪个 / 南山区的复议是谁提起的: a name asked of one organ's figure, which no table
 * holds — never the figure itself. 哪个 with organs compared (龙岗区和南山区哪个多) or ranked is read elsewhere.
 */
function asksNameOfFigure(query: Query, { text, lang }: NormalizedQuestion): boolean {
  return (
    lang === 'zh' &&
    WHICH_ONE.test(text) &&
    query.aggregation === 'value' &&
    query.breakdown === null &&
    query.metric !== null &&
    query.organs.length === 1 &&
    query.level === null &&
    query.regions.length === 0
  );
}

/** 福田区的报告 / 广东省政府年报: an organ's report itself asked for (no data when the store lacks the organ). */
const NAMES_REPORT = /报告|年报|\breports?\b/u;

/** An unknown name alone ("France") is not a question about reports; with a figure, a year or its report it is. */
function saysAnything(asked: Asked, hasPrevious: boolean, text: string): boolean {
  const hasYears = asked.query.years.length > 0;
  const hasOrgans = asked.query.organs.length > 0;
  return (
    asked.hasShape ||
    asked.hasKnownOrgan ||
    (hasYears && hasOrgans) ||
    (hasOrgans && NAMES_REPORT.test(text)) ||
    // the year before / 最早那年 alone move the conversation's year; 平均每年多少 averages what was just asked.
    (hasPrevious &&
      (asked.isFollowUp ||
        hasYears ||
        asked.contextYearOffset !== null ||
        asked.heldYear !== null ||
        asked.saysMean ||
        asked.perOrgan ||
        asked.perPeriod !== null))
  );
}

function readAsked(
  mentions: Mentions,
  index: StoreIndex,
  { lang, text }: NormalizedQuestion,
  count: OrganCount | null,
  isFirstTurn: boolean,
): Asked {
  const { terms } = mentions;
  const { metrics: metricsNamed, columnsOnly, wantsAllFields, rowsAlone } = readMetrics(terms);
  const namedWhole = namedWholeOf(mentions.termPlaces, text);
  // 予以公开占予以公开加部分公开的比例: the whole named is an operand of its own, though it groups the first figure
  // (dropped as the group of a part named); a part's own whole is its share's already.
  const [part] = metricsNamed;
  const addedWholes = namedWhole.figures.filter((whole) => part !== undefined && !isWholeOf(part, whole));
  const withTotals = withBalanceTotal(
    mentions.termPlaces,
    text,
    withOutcomesTotal(mentions.termPlaces, text, withRowTotal(mentions.termPlaces, metricsNamed)),
  );
  const metrics = partsCounted(terms, withTotals) ?? [...new Set([...withTotals, ...addedWholes])];
  const yearsHeld = yearsOfOneOrgan(mentions, index) ?? index.years;
  const spanYears = yearsOfSpans(terms, yearsHeld, index);
  const yearsCounted = countOfYears(terms, mentions.years.length > 0);
  const yearCount = mentions.years.length + mentions.relativeYears.length + spanYears.length + (yearsCounted ?? 0);
  const { level, isUnmatched: isLevelUnmatched } = readLevel(terms, count);
  // 区政府2020年收到多少申请 / 龙岗区各部门收到多少申请 / 龙岗区三个单位…: a figure of a whole level or scope of organs
  // lists them all, highest first; the regions named narrow it (two organs named as 两个单位 stay those two).
  const saysScope = terms.some((term) => term.kind === 'scope') || namesOrgansOfRegion(mentions, text);
  const namesScope = saysScope || count !== null;
  const listsLevel =
    (level !== null || namesScope) &&
    metrics.length > 0 &&
    mentions.organs.every(
      (organ) => organ.target?.regionKey || (!organ.target && isHeldPlaceName(organ.name, mentions.heldPlaces)),
    ) &&
    !(count !== null && count.count === mentions.organs.length);
  const figures = metrics.length > 0 ? metrics : (columnMetrics(columnsOnly, []) ?? []);
  const readAsWritten = readAggregation(
    terms,
    mentions.limit,
    yearCount > 1 && mentions.organs.length <= 1,
    figures.length > 0,
  );
  const saysEveryOrgansReports = namesEveryOrgansReports(
    readAsWritten,
    figures.length > 0,
    mentions.limit !== null,
    text,
  );
  const read = saysEveryOrgansReports ? null : readAsWritten;
  const operands = Math.max(1, mentions.organs.length) * Math.max(1, yearCount);
  const breakdownNamed = readBreakdown(terms, operands);
  const isShapeless = figures.length === 0 && read === null && breakdownNamed === null && !wantsAllFields;
  const counted = countAggregation(terms, figures.length > 0, read);
  // A level named alone lists its reports (区县政府有哪些): no word asked for them, so other words still count.
  const listsLevelAlone =
    counted === null &&
    read === null &&
    !listsLevel &&
    (listsLevelReports(level, isShapeless, text, isFirstTurn) ||
      listsPlaceReports(mentions, isShapeless, text, isFirstTurn) ||
      listsStoreReports(mentions, isShapeless, text, isFirstTurn, saysEveryOrgansReports));
  const namedAsWritten = counted ?? read ?? (listsLevel ? 'top' : listsLevelAlone ? 'reports' : null);
  const asksParts = asksZeroParts(namedAsWritten, terms, figures, mentions, level !== null || namesScope, text);
  const named = asksParts ? null : namedAsWritten;
  const breakdown = asksParts
    ? 'detail'
    : (keptBreakdown(breakdownNamed, figures) ?? (wantsAllFields ? 'fields' : null));
  const whichYear = readWhichYear(mentions, figures.length > 0, named, index.years);
  // 库里有哪些单位 (which organs, of no figure, said of the store) asks what the store holds, as 你有哪些报告 does: a
  // question about the data, never a follow-up taking the last turn's figure.
  const asksStoreOrgans = named === 'nonzero' && figures.length === 0 && STORE_WORDS.test(text);
  const namedOrReports = whichYear.listsReports || asksStoreOrgans ? 'reports' : named;
  const ownFigures = pairFigures(
    mentions.organs,
    mentions.organs.map((organ) => organName(organ)),
    mentions.yearPlaces,
    mentions.termPlaces,
    { text, lang },
  );
  const crossesFigures = ownFigures === 'unclear';
  const ownYearFigures = yearFigures(
    mentions.organs,
    mentions.organs.map((organ) => organName(organ)),
    mentions.yearPlaces,
    mentions.termPlaces,
  );
  const figuresOfPairs =
    ownFigures === 'unclear' ? null : (ownFigures ?? ownYearFigures?.map((pair) => pair.metric as string) ?? null);
  // 洪泽区2023年行政处罚和沐阳县2025年行政强制: each pair carries its own figure; 洪泽区2023年的许可和2024年的处罚 too.
  const pairs =
    ownYearFigures ??
    readPairs(
      mentions.organs,
      mentions.organs.map((organ) => organName(organ)),
      mentions.yearPlaces,
      mentions.termPlaces,
      figuresOfPairs !== null,
    ).map((pair, at) => (figuresOfPairs ? { ...pair, metric: figuresOfPairs[at] as string } : pair));
  const counts = {
    organs: mentions.organs.length,
    years: yearCount,
    metrics: figures.length,
    pairs: pairs.length,
    saysScope,
    comparesFigures: comparesFigures(mentions.termPlaces, [...mentions.yearPlaces, ...mentions.organs]),
  };
  const [firstFigure] = figures;
  const hasWhole = firstFigure !== undefined && wholeOf(getMetric(firstFigure)) !== undefined;
  const operation =
    namedOrReports !== null && ABOUT_THE_DATA.has(namedOrReports)
      ? null
      : (readOperation(terms, counts) ?? (isRatioOfOperands(terms, counts, hasWhole) ? 'ratio' : null));
  // 办结的占新收加上年结转的多少: a share whose whole is a sum is no query the engine holds; never the sum of all three.
  const sharesOfSum = operation === 'sum' && terms.some((term) => term.kind === 'aggregation' && term.key === 'share');
  // 南山区2020年和沐阳县2025年谁多 / …比一比: two organs each in its own year are compared as a pair (both figures and
  // their difference), never ranked in one year; 龙岗区政府和南山区政府哪个多 with no year: the two compared as a
  // difference is (their latest common year, else asked which years), never a ranking of one year comparing one alone.
  const comparesTwo =
    pairs.length === 2 || (yearCount === 0 && level === null && !namesScope && namesTwoOrgans(mentions, index));
  const comparesPair =
    comparesTwo &&
    (named === 'max' ||
      named === 'min' ||
      (pairs.length === 2 && named === null && figures.length > 0 && terms.some((term) => term.kind === 'compare')));
  // 淮安市2024年有没有不为零的“要求提供公开出版物”: whether one organ named has it — its figure, never the organs of
  // the place it names listed.
  const isWhetherOfOne =
    (namedOrReports === 'nonzero' || namedOrReports === 'zero') &&
    mentions.organs.length === 1 &&
    mentions.organs[0]?.target !== null &&
    !saysScope &&
    level === null &&
    !ORGANS_ASKED.test(text) &&
    asksWhetherAny(terms, { lang, text });
  // 龙岗区2022年行政复议和行政诉讼哪个多: two figures of the one organ named compared (both, and their difference),
  // never organs ranked by the first alone.
  const comparesFiguresOfOne =
    (namedOrReports === 'max' || namedOrReports === 'min') &&
    figures.length === 2 &&
    mentions.organs.length === 1 &&
    pairs.length === 0 &&
    level === null &&
    !saysScope &&
    !ORGANS_ASKED.test(text.replace(WHICH_ONE_OF_TWO, ''));
  const aggregation =
    operation ?? (comparesPair || comparesFiguresOfOne ? 'difference' : isWhetherOfOne ? 'value' : namedOrReports);
  const isCrossOrgan =
    aggregation !== null && (CROSS_ORGAN.has(aggregation) || (aggregation === 'sum' && (saysScope || level !== null)));
  // 淮安市2024年的勾稽对得上吗 checks 淮安市's own report, as 淮安市的报告 is its: a region's reports only with a scope,
  // a level or a word asking which (淮安市哪些报告不一致, 淮安市范围内).
  const checksRegion =
    aggregation !== 'checks' || saysScope || level !== null || CHECKS_OF_MANY.test(text) || mentions.organs.length > 1;
  // 谁多 淮安还是洪泽 / which had more, Longgang or Nanshan: the organs named are the ones compared, not regions.
  const comparesNamed =
    mentions.organs.length >= 2 &&
    (aggregation === 'max' || aggregation === 'min') &&
    level === null &&
    !saysScope &&
    mentions.organs.every((organ) => organ.target !== null);
  const regionNames =
    (isCrossOrgan && checksRegion && !comparesNamed) || (listsLevel && aggregation === 'top')
      ? mentions.organs.filter((organ) => organ.target?.regionKey)
      : [];
  // 深圳市有哪些部门 / 深圳市范围内: across organs, a place the organs are named after is their region, not an organ
  // lacking a report.
  const placeNames =
    (isCrossOrgan || listsLevel) && (level !== null || saysScope || aggregation === 'reports')
      ? mentions.organs.filter((organ) => !organ.target && isHeldPlaceName(organ.name, mentions.heldPlaces))
      : mentions.organs.filter((organ) => !organ.target && isHeldProvinceName(organ.name, mentions.heldPlaces));
  const organs = [
    ...new Set(
      mentions.organs
        .filter((organ) => !regionNames.includes(organ) && !placeNames.includes(organ))
        .map((organ) => organName(organ)),
    ),
  ];
  const regions = [...regionNames.map((organ) => organ.name), ...mentions.heldPlaces];
  // 深圳最近一年哪个区最多: the latest year of the organs compared, not the store's.
  const ofOrgans = (organs.length > 0 && !isCrossOrgan) || regions.length > 0;
  const relative = relativeYearsAsked(terms, index, ofOrgans);
  const asRead: Query = {
    ...EMPTY_QUERY,
    organs,
    regions,
    level,
    years: pairs.length > 0 ? [] : [...new Set([...mentions.years, ...relative, ...spanYears, ...whichYear.years])],
    pairs,
    // The pairs' own figures are the query's (申请 beside 行政诉讼 is a figure of its own pair, not a weak word).
    metric: (figuresOfPairs ?? metrics)[0] ?? null,
    moreMetrics: figuresOfPairs ? [...new Set(figuresOfPairs)].slice(1) : metrics.slice(1),
    breakdown,
    aggregation: aggregation ?? 'value',
    limit: mentions.limit?.count ?? (namesOneShare(terms, aggregation) ? 1 : null),
  };
  const thresholded = withThreshold(asRead, mentions.threshold);
  const isThresholdUnread = thresholded === null;
  const namesWhole = namedWhole.kind === 'one';
  const asWritten = asPartRanking(thresholded ?? asRead, text);
  // 维持加纠正占总计的比例 / 维持和纠正一共占行政复议的百分之几: the figures added, as a share of the whole named.
  const [wholeNamed] = namedWhole.kind === 'one' && namedWhole.figures.length === 1 ? namedWhole.figures : [];
  const inWhole =
    sharesOfSum && (wholeNamed !== undefined || TOTAL_WHOLE.test(text))
      ? sumShareOf(asWritten, wholeNamed ?? null)
      : null;
  const ofJoined = shareOfJoinedWhole(asWritten, namedWhole) ?? inWhole;
  // 新收加上年结转等不等于总计加结转下年度: the balance of table 三 asked in words is that check.
  const balance = asBalanceCheck(asWritten, text);
  const query =
    balance ??
    ofJoined ??
    asRatioOfNamedWhole(asShareOfNamed(asWritten, namedWhole), namesWhole || namesEnglishRatio(text, lang));
  const hasShape = metrics.length > 0 || columnsOnly.length > 0 || aggregation !== null || breakdown !== null;
  const hasKnownOrgan = mentions.organs.some((organ) => organ.target !== null);
  const organWords = mentions.organs.filter((organ) => !regionNames.includes(organ)).map((organ) => organ.name);
  const isFollowUp = terms.some((term) => term.kind === 'followUp');
  return {
    query,
    columnsOnly,
    rowsAlone,
    organWords,
    isFollowUp,
    hasShape,
    hasKnownOrgan,
    // Questions about the data itself (which reports, which fail checks) state no figure: other words do no harm.
    unreadWords:
      ABOUT_THE_DATA.has(query.aggregation) && !listsLevelAlone
        ? mentions.unreadWords.filter((word) => ORGAN_KIND.test(word))
        : [
            ...mentions.unreadWords,
            ...strayColumns(mentions, metrics, lang),
            ...whichYear.unread,
            ...unfitFigureCounts(
              mentions,
              figuresOfPairs ? pairs.length : Math.max(1, figures.length) * (pairs.length || operands),
            ),
          ],
    isOutOfScope:
      mentions.isOutOfScope ||
      crossesFigures ||
      isLevelUnmatched ||
      (sharesOfSum && !ofJoined) ||
      asksEqualityOfOne(aggregation, figures.length, yearCount, terms, text) ||
      isThresholdUnread ||
      // 占复议和诉讼总数的比例: a share of figures added, never of one of them.
      (namedWhole.kind === 'joined' &&
        !ofJoined &&
        (namedWhole.ofSum !== undefined ||
          terms.some((term) => term.kind === 'aggregation' && term.key === 'share'))) ||
      (balance === null && addsBesideAnotherOperation(mentions.termPlaces)) ||
      // 新收等于总计吗 read as no check and no difference: equality asked, never one figure stated as if it answered.
      (balance === null && aggregation !== 'difference' && ASKS_EQUAL.test(text)) ||
      // 复议被纠正的案子都是因为什么: a reason asked of a figure no reasons are printed for (only groups such as 不予公开
      // have them, its parts) — never the figure as the answer.
      (REASON_WORDS.test(text) && figures.length > 0 && figures.every((id) => partTotals(id) === null)) ||
      // 复议总计减去尚未审结 read as one figure: 减 takes it from another, never its change (2024年减2023年 is).
      // With no figure of its own (前者减后者, 两者相减) it takes one turn's figure from another's.
      (operation === 'change' && yearCount < 2 && figures.length > 0 && SUBTRACTION.test(text)),
    sharesOfSum: sharesOfSum && !ofJoined,
    saysScope,
    scopePointsBack:
      organs.length === 0 &&
      regions.length === 0 &&
      mentions.termPlaces.every(
        (place) =>
          !place.terms.some((term) => term.kind === 'scope') || place.terms.some((term) => term.kind === 'pointer'),
      ),
    operationWord: namedOperation(terms),
    saysZero: terms.some((term) => term.kind === 'zero'),
    saysCompare: terms.some((term) => term.kind === 'compare'),
    // 最早一年 names a year held, not one counted back from the latest: the reply's note would misstate it.
    relativeYears: relativeYearsAsked(
      terms.filter((term) => term.kind !== 'relativeYear' || term.held !== 'earliest'),
      index,
      ofOrgans,
    ),
    yearsCounted,
    contextYearOffset: terms.flatMap((term) => (term.kind === 'contextYear' ? [term.offset] : []))[0] ?? null,
    heldYear:
      mentions.years.length > 0
        ? null
        : (terms.flatMap((term) => (term.kind === 'relativeYear' && term.held ? [term.held] : []))[0] ?? null),
    listsLevelFigure: listsLevel && counted === null && read === null,
    asksWhetherAny: asksWhetherAny(terms, { lang, text }),
    comparesFigures: counts.comparesFigures,
    saysAverage: terms.some((term) => term.kind === 'average'),
    saysMean: terms.some((term) => term.kind === 'mean'),
    namesWhole,
    perPeriod: terms.flatMap((term) => (term.kind === 'perPeriod' ? [term.period] : []))[0] ?? null,
    saysDoublings: terms.some((term) => term.kind === 'doublings'),
    saysRelativeDifference: terms.some((term) => term.kind === 'relativeDifference'),
    perOrgan: terms.some((term) => term.kind === 'perOrgan'),
    // find-years wrote 比上年 for every 比上一年 / 是上年的 without a year of its own before it.
    comparesYearBefore: YEAR_BEFORE_WORDS.test(text),
    addsToLast: ADDS_TO_LAST.test(text),
    asksSameOfRow: SAME_OF_ROW.test(text),
    asksWhichPart: WHICH_PART.test(text),
    organLeads: leadsComparison(mentions.organs, text, lang),
  };
}

/** Words before an organ that make it what is compared against: 比 / 是…的 / 跟…比 / than / of. */
const COMPARAND_MARKS = { zh: /比|是|较|跟|与|同|和|对/u, en: /\b(?:than|of|over|to|with|versus|vs|against|and)\b/iu };

function leadsComparison(organs: Mentions['organs'], text: string, lang: Lang): boolean {
  const [organ] = organs;
  if (organ === undefined || organs.length !== 1) return false;
  const at = organ.at ?? text.toLowerCase().indexOf(organ.name.toLowerCase());
  return at >= 0 && !COMPARAND_MARKS[lang].test(text.slice(0, at));
}

/**
 * 收到申请超过500件的单位: the list of organs whose figure exceeds the number. Beside an organ named (南山区超过100件了吗)
 * its figure answers, the number needs no filter. Null — a threshold the engine cannot apply, never dropped — with a
 * ranking, sum or other operation, no figure, or money said of a count (or a count of money).
 */
function withThreshold(query: Query, threshold: Threshold | null): Query | null {
  if (threshold === null || query.organs.length > 0 || query.pairs.length > 0) return query;
  if (query.metric === null || query.moreMetrics.length > 0 || query.breakdown !== null) return null;
  if (query.aggregation !== 'value' && query.aggregation !== 'nonzero') return null;
  if ((getMetric(query.metric).unit === 'yuan') !== threshold.isMoney) return null;
  return { ...query, aggregation: 'nonzero', above: threshold.above };
}

/** 两者 / 这两项 / 这两个 / both: the question counts what it points back at as two. */
const countsTwo = (terms: readonly Term[]): boolean =>
  terms.some(
    (term) => (term.kind === 'followUp' && term.countsTwo === true) || (term.kind === 'pointer' && term.count === 2),
  );

/** The question names exactly two organs of the store, each one organ (龙岗区政府, 沐阳县), not a region of several. */
function namesTwoOrgans(mentions: Mentions, index: StoreIndex): boolean {
  const orgs = mentions.organs.map((organ) => organName(organ)).filter((org) => index.orgs.has(org));
  return mentions.organs.length === 2 && new Set(orgs).size === 2;
}

/**
 * 去年/前年 count back from the store's latest year (前年 = two before it), whatever the organ filed; 最近一年 / 最新
 * is the store's latest year across every organ, but beside organs or a region named (`ofOrgans`) each organ's own
 * latest report, or the latest year of the region's organs, which a query with no year asks for.
 */
function relativeYearsAsked(terms: readonly Term[], index: StoreIndex, ofOrgans: boolean): number[] {
  const latest = index.latestYear;
  if (latest === null) return [];
  return terms.flatMap((term) => {
    if (term.kind !== 'relativeYear' || (term.held !== null && ofOrgans)) return [];
    return term.held === 'earliest' ? [index.years[0] ?? latest] : [latest + term.offset];
  });
}

/**
 * 最新一年呢 / 洪泽区最早那年呢: each organ asked in its own latest or earliest report — in a follow-up too, where
 * the question names no organ (洪泽区's 2024, never the store's 2025 nor the year of the last question). Null when
 * the query asks no organ (a ranking reads the store's year), has pairs of its own, or an organ holds no report.
 */
function atHeldYear(query: Query, held: HeldYear, index: StoreIndex): Query | null {
  if (query.organs.length === 0 || query.pairs.length > 0) return null;
  // No year is each organ's latest report, which the reply names (使用该单位最新的 2024 年报告).
  if (held === 'latest') return { ...query, years: [] };
  const pairs = query.organs.flatMap((organ) => {
    const year = index.orgs.get(organ)?.years[0];
    return year === undefined ? [] : [{ organ, year }];
  });
  if (pairs.length !== query.organs.length) return null;
  const years = [...new Set(pairs.map((pair) => pair.year))];
  return years.length === 1 ? { ...query, years, pairs: [] } : { ...query, years: [], pairs };
}

/**
 * 三项合计 / 这三个数 where the question names another number of figures (or none: the count would point back): the
 * count as written, a word nothing explains, never a sum of the figures there are.
 */
/**
 * 其他处理三项加起来 / 不予处理的五项分别多少: one group named with a count of figures that is the count of its rows —
 * those rows, each as printed (never the group's total in place of their sum). Null otherwise.
 */
function partsCounted(terms: readonly Term[], metrics: readonly string[]): string[] | null {
  const counts = terms.flatMap((term) => (term.kind === 'figureCount' ? [term.count] : []));
  const [only] = metrics;
  if (counts.length !== 1 || metrics.length !== 1 || only === undefined) return null;
  // A group of rows (不予公开), or a printed row with sub-rows of its own (其他处理 1–3).
  const parts = partTotals(only);
  return parts && parts.length === counts[0] ? parts : null;
}

function unfitFigureCounts(mentions: Mentions, figuresNamed: number): string[] {
  return mentions.termPlaces.flatMap((place) =>
    place.terms.some((term) => term.kind === 'figureCount' && term.count !== figuresNamed) ? [place.text] : [],
  );
}

/**
 * Column words of a table none of the figures asked is in (发了多少申请: 制发 is a column of table 二, 申请 a row of
 * 三): read nowhere, so never dropped silently; the words as written.
 */
function strayColumns(mentions: Mentions, metrics: readonly string[], lang: Lang): string[] {
  if (metrics.length === 0) return [];
  const read = metrics.map((id) => getMetric(id));
  const sections = new Set(read.map((metric) => metric.section));
  // 行政处罚罚款金额: a field of table 二 no row asked has (行政处罚 has no 金额) is read nowhere either. In English
  // such a word is the verb of the row's own figure (issue penalties).
  const isFieldUnread = (term: Term): boolean =>
    lang === 'zh' &&
    term.kind === 'column' &&
    term.section === 'activeDisclosure' &&
    !read.some((metric) => metric.section === 'activeDisclosure' && sameField(metric.column, term.key));
  return mentions.termPlaces.flatMap((place) =>
    place.terms.length > 0 &&
    place.terms.every((term) => term.kind === 'column' && (!sections.has(term.section) || isFieldUnread(term)))
      ? [place.text]
      : [],
  );
}

/** One field of table 二, or its other template's name for it (现行有效 / 累计公开). */
const sameField = (field: string, other: string): boolean => field === other || twinField(field) === other;

/**
 * 几个单位 / 多少个部门 / how many agencies count organs, never read a figure of each: with no figure, the reports of
 * the organs counted (their count and which); with one, the organs whose figure is not 0 (几个单位有行政诉讼) or is 0.
 * A check word keeps the checks (有几份报告数据不一致).
 */
function countAggregation(terms: readonly Term[], hasFigure: boolean, read: Aggregation | null): Aggregation | null {
  if (read === 'checks' || !terms.some((term) => term.kind === 'count')) return null;
  // 几个单位的行政诉讼排名: a ranking of the organs counted, every one of them (zeros too), not those that have it.
  if (hasFigure && read !== null && RANKINGS.has(read)) return null;
  if (!hasFigure) return 'reports';
  return terms.some((term) => term.kind === 'zero') ? 'zero' : 'nonzero';
}

/** 哪个单位公开率最高: a share ranking asked for its top (or bottom) place alone, ties included, not the whole list. */
function namesOneShare(terms: readonly Term[], aggregation: Aggregation | null): boolean {
  if (aggregation !== 'shareTop' && aggregation !== 'shareBottom') return false;
  return terms.some((term) => term.kind === 'aggregation' && (term.key === 'max' || term.key === 'min'));
}

/**
 * The years held for the one organ a question names: 南山区近两年 are that organ's last two years, not the
 * store's last years (which another organ may have filed). Null for no organ, several, or an unresolved name.
 */
function yearsOfOneOrgan(mentions: Mentions, index: StoreIndex): readonly number[] | null {
  if (mentions.organs.length !== 1) return null;
  const org = organName(mentions.organs[0] as Mentions['organs'][number]);
  const years = index.orgs.get(org)?.years;
  return years && years.length > 0 ? years : null;
}

/**
 * 近三年 → the last three years held (of the organ named, else of the store); 历年 → every year of the store from
 * the organ's first report to its last (every year of the store for no one organ).
 */
function yearsOfSpans(terms: readonly Term[], yearsHeld: readonly number[], index: StoreIndex): number[] {
  const [first] = yearsHeld;
  const latest = yearsHeld.at(-1);
  return terms.flatMap((term) => {
    if (term.kind !== 'yearSpan' || first === undefined || latest === undefined) return [];
    const { count } = term;
    // 历年: the reply says which years between them the organ lacks, not the years before it reported or after.
    if (count === null) return index.years.filter((year) => year >= first && year <= latest);
    return Array.from({ length: count }, (_, at) => latest - count + 1 + at);
  });
}

/**
 * A uniquely resolved organ travels by its full name; anything else by the words used, for the executor, and so
 * does a place its organ's printed name misprints (沭阳县), so that the reply says which organ it answered for.
 */
function organName(organ: Mentions['organs'][number]): string {
  const target = organ.target;
  const only =
    target && !target.needsChoice && !target.isMisprint && target.orgs.length === 1 ? target.orgs[0] : undefined;
  return only ?? organ.name;
}

function readAggregation(
  terms: readonly Term[],
  limit: Mentions['limit'],
  comparesYears: boolean,
  hasFigure: boolean,
): Aggregation | null {
  const named = new Set<Aggregation>(terms.flatMap((term) => (term.kind === 'aggregation' ? [term.key] : [])));
  // 哪些报告的行政复议最多 / which reports have lawsuits: with a figure named, 报告 stands for the organs compared
  // (as 单位 does), never the list of reports, which would drop the figure and its ranking word unsaid.
  // 哪些报告的行政复议总计是0: the reports asked for are those whose figure is 0, a list of the zeros.
  const listsZeros = hasFigure && named.has('reports') && terms.some((term) => term.kind === 'zero');
  if (hasFigure) named.delete('reports');
  if (listsZeros) named.add('nonzero');
  if (limit) named.add(limit.isBottom ? 'bottom' : 'top');
  // 对比/比/versus is a change between the years of one organ; between organs (龙岗区2022年比南山区2020年) it is
  // their figures side by side.
  if (comparesYears && terms.some((term) => term.kind === 'compare')) named.add('change');
  const saysFewest = (named.has('min') || named.has('bottom')) && !named.has('max');
  // 申请最少的……前两名: 前N counts from the end the question names, the fewest here.
  const isAscending = limit ? limit.isBottom || saysFewest : saysFewest;
  // 哪个单位自然人申请占比最高 / 占比前三: organs ranked by the share.
  if (named.has('share') && (isAscending || named.has('max') || named.has('top')))
    return isAscending ? 'shareBottom' : 'shareTop';
  if (limit) return isAscending ? 'bottom' : 'top';
  const aggregation = AGGREGATION_PRIORITY.find((key) => named.has(key)) ?? null;
  // 哪些单位没有行政诉讼: a 'which organs' list of the zeros.
  return aggregation === 'nonzero' && terms.some((term) => term.kind === 'zero') ? 'zero' : aggregation;
}
