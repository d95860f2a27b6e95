// All static vocabulary as one phrase dictionary per language: table rows and columns, aggregations,
// breakdowns, follow-up markers, levels and relative years. Built once at start-up.
import { APPLICATION_BALANCE, REVIEW_GROUP_SUMS } from '../../parser/index.js';
import type { Section } from '../metrics.js';
import type { Breakdown, Level } from '../query.js';
import { buildDictionary, type PhraseDictionary, tokenize } from '../text/index.js';
import type { Lang } from '../types.js';
import { ACTIVE_FIELD_TERMS, ACTIVE_ROW_TERMS, ACTIVE_TABLE_WORDS } from '../vocabulary/active-disclosure.js';
import { APPLICANT_COLUMN_TERMS, APPLICATION_ROW_TERMS } from '../vocabulary/applications.js';
import { FILLER_ZH } from '../vocabulary/filler.js';
import {
  AGGREGATION_TERMS,
  BREAKDOWN_TERMS,
  COMPARE_WORDS,
  EACH_WORDS,
  EARLIEST_YEAR_WORDS,
  EVERY_REPORT_WORDS,
  FOLLOW_UP_MARKERS,
  LATEST_YEAR_WORDS,
  LEVEL_TERMS,
  type NamedAggregation,
  RELATIVE_YEARS,
  WHICH_YEAR_WORDS,
  YEAR_SPANS,
  ZERO_WORDS,
} from '../vocabulary/intents.js';
import {
  AVERAGE_WORDS,
  BOTH_WORDS,
  COUNT_TERMS,
  DOUBLING_WORDS,
  FIGURE_COUNT_TERMS,
  MEAN_WORDS,
  OPERATION_TERMS,
  type Operation,
  PER_ORGAN_WORDS,
  PER_PERIOD_WORDS,
  type Period,
  RELATIVE_DIFFERENCE_WORDS,
  SCOPE_TERMS,
  TOTAL_WORDS,
  YEAR_COUNT_TERMS,
} from '../vocabulary/operations.js';
import { CONTEXT_YEAR_WORDS, ORDINAL_POINTERS, POINTER_LEVELS, POINTER_WORDS } from '../vocabulary/pointers.js';
import { REVIEW_COLUMN_TERMS, REVIEW_GROUP_TERMS } from '../vocabulary/review-litigation.js';
import { WHETHER_ANY_WORDS } from '../vocabulary/scope.js';
import type { TermSpec } from '../vocabulary/term.js';

/** A both-word that counts the figures it points at as two. */
const SAYS_TWO = /两|二|俩|both|two/u;

/** What a vocabulary word names. */
/** Which report an organ holds a year word names: its latest (最新一年) or its earliest (最早那年). */
export type HeldYear = 'latest' | 'earliest';

export type Term =
  | { readonly kind: 'row'; readonly section: Section; readonly key: string; readonly isWeak: boolean }
  | { readonly kind: 'column'; readonly section: Section; readonly key: string }
  | { readonly kind: 'total' }
  | { readonly kind: 'aggregation'; readonly key: NamedAggregation }
  | { readonly kind: 'operation'; readonly key: Operation }
  | { readonly kind: 'scope'; readonly count: number | null }
  /** 几个单位 / 多少个部门: how many organs (of a level) the store holds. */
  | { readonly kind: 'count'; readonly level: Level | null }
  | { readonly kind: 'yearCount'; readonly count: number }
  /** 三项合计 / 这三个数: how many figures are added. */
  | { readonly kind: 'figureCount'; readonly count: number }
  /** `isEach`: 分别是 / 各多少, the parts of one figure or each of several operands' figure. */
  | { readonly kind: 'breakdown'; readonly key: Breakdown; readonly isEach: boolean }
  /** `countsTwo`: the word says two (两者 / 这两项 / both), not just back (它们 / 前后 also). */
  | { readonly kind: 'followUp'; readonly countsTwo?: boolean }
  | { readonly kind: 'compare' }
  /** 平均每个项目: an amount per item of its row. */
  | { readonly kind: 'average' }
  /** 两年平均 / 两份报告平均: one figure of several reports, their mean. */
  | { readonly kind: 'mean' }
  /** 平均每月 / 每天: a year's figure divided over the period. */
  | { readonly kind: 'perPeriod'; readonly period: Period }
  /** 平均每家: a sum over organs divided by their count. */
  | { readonly kind: 'perOrgan' }
  /** 翻了几番: the ratio said as doublings. */
  | { readonly kind: 'doublings' }
  /** 多百分之几: the difference said as a share of the figure compared with. */
  | { readonly kind: 'relativeDifference' }
  | { readonly kind: 'zero' }
  /** 有没有 / were there any: whether the figure is there at all. */
  | { readonly kind: 'whetherAny' }
  | { readonly kind: 'level'; readonly key: Level }
  /**
   * `held`: 最新一年 / 最早那年, the latest or earliest report there is (an organ's own, beside one or in a follow-up
   * about one); null: a year counted back from the store's latest (去年).
   */
  | { readonly kind: 'relativeYear'; readonly offset: number; readonly held: HeldYear | null }
  | { readonly kind: 'yearSpan'; readonly count: number | null }
  /** 哪一年: which year a ranked figure peaks in. */
  /** `isEveryReport`: 所有报告里, which compares every report in a ranking and says nothing elsewhere. */
  | { readonly kind: 'whichYear'; readonly isEveryReport?: true }
  /** 它 / 这两个单位 / them: the organs the last answer named, `count` of them (null: all). */
  | {
      readonly kind: 'pointer';
      readonly count: number | null;
      readonly level: Level | null;
      /** 前者 / 后者: the first or second of two organ-years stated. */
      readonly ordinal?: 1 | 2;
    }
  /** 前一年 / the year before: the conversation's year moved by `offset`. */
  | { readonly kind: 'contextYear'; readonly offset: number }
  /** A filler phrase with a shorter table word inside it (南山那边: 那 is no follow-up here): it names nothing. */
  | { readonly kind: 'filler' };

/** Tables 三 and 四 named by number (表三, 第四部分): the rows that sum each up, weakly, so a row named beside wins. */
const TABLE_WORDS: Readonly<
  Partial<
    Record<Section, { readonly words: Readonly<Record<Lang, readonly string[]>>; readonly rows: readonly string[] }>
  >
> = {
  applications: {
    words: { zh: ['表三', '表3', '第三部分'], en: ['table 3', 'table three', 'table iii'] },
    rows: [...APPLICATION_BALANCE.incoming, ...APPLICATION_BALANCE.outgoing],
  },
  reviewLitigation: {
    words: { zh: ['表四', '表4', '第四部分'], en: ['table 4', 'table four', 'table iv'] },
    rows: ['review', ...Object.keys(REVIEW_GROUP_SUMS)],
  },
};

export { TOTAL_WORDS };

function* termPairs(lang: Lang): Generator<readonly [string, Term]> {
  yield* tableTerms(APPLICATION_ROW_TERMS, lang, (key, isWeak) => ({
    kind: 'row',
    section: 'applications',
    key,
    isWeak,
  }));
  yield* tableTerms(APPLICANT_COLUMN_TERMS, lang, (key) => ({ kind: 'column', section: 'applications', key }));
  yield* tableTerms(REVIEW_GROUP_TERMS, lang, (key, isWeak) => ({
    kind: 'row',
    section: 'reviewLitigation',
    key,
    isWeak,
  }));
  yield* tableTerms(REVIEW_COLUMN_TERMS, lang, (key) => ({ kind: 'column', section: 'reviewLitigation', key }));
  yield* tableTerms(ACTIVE_ROW_TERMS, lang, (key, isWeak) => ({
    kind: 'row',
    section: 'activeDisclosure',
    key,
    isWeak,
  }));
  yield* tableTerms(ACTIVE_FIELD_TERMS, lang, (key) => ({ kind: 'column', section: 'activeDisclosure', key }));
  for (const word of ACTIVE_TABLE_WORDS[lang])
    for (const key of Object.keys(ACTIVE_ROW_TERMS))
      yield [word, { kind: 'row', section: 'activeDisclosure', key, isWeak: true }];
  for (const [section, { words, rows }] of Object.entries(TABLE_WORDS)) {
    for (const word of words[lang])
      for (const key of rows) yield [word, { kind: 'row', section: section as Section, key, isWeak: true }];
  }
  for (const word of TOTAL_WORDS[lang]) yield [word, { kind: 'total' }];
  for (const [key, words] of Object.entries(AGGREGATION_TERMS)) {
    for (const word of words[lang]) yield [word, { kind: 'aggregation', key: key as NamedAggregation }];
  }
  for (const [key, words] of Object.entries(OPERATION_TERMS))
    for (const word of words[lang]) yield [word, { kind: 'operation', key: key as Operation }];
  for (const [word, count] of Object.entries(SCOPE_TERMS[lang])) yield [word, { kind: 'scope', count }];
  for (const [word, level] of Object.entries(COUNT_TERMS[lang])) yield [word, { kind: 'count', level }];
  for (const [word, count] of Object.entries(YEAR_COUNT_TERMS[lang])) yield [word, { kind: 'yearCount', count }];
  for (const [word, count] of Object.entries(FIGURE_COUNT_TERMS[lang])) yield [word, { kind: 'figureCount', count }];
  for (const word of BOTH_WORDS[lang]) yield [word, { kind: 'followUp', countsTwo: SAYS_TWO.test(word) }];
  for (const [key, words] of Object.entries(BREAKDOWN_TERMS))
    for (const word of words[lang]) yield [word, { kind: 'breakdown', key: key as Breakdown, isEach: false }];
  for (const word of EACH_WORDS[lang]) yield [word, { kind: 'breakdown', key: 'detail', isEach: true }];
  for (const word of FOLLOW_UP_MARKERS[lang]) yield [word, { kind: 'followUp' }];
  for (const word of COMPARE_WORDS[lang]) yield [word, { kind: 'compare' }];
  for (const word of AVERAGE_WORDS[lang]) yield [word, { kind: 'average' }];
  for (const word of MEAN_WORDS[lang]) yield [word, { kind: 'mean' }];
  for (const [period, words] of Object.entries(PER_PERIOD_WORDS))
    for (const word of words[lang]) yield [word, { kind: 'perPeriod', period: period as Period }];
  for (const word of DOUBLING_WORDS[lang]) yield [word, { kind: 'doublings' }];
  // 多百分之几: a difference, said with its share of the figure compared with.
  for (const word of RELATIVE_DIFFERENCE_WORDS[lang]) {
    yield [word, { kind: 'relativeDifference' }];
    yield [word, { kind: 'operation', key: 'difference' }];
  }
  // 平均每家 adds the organs asked (named, else every organ of the place and level asked), then divides.
  for (const word of PER_ORGAN_WORDS[lang]) {
    yield [word, { kind: 'perOrgan' }];
    yield [word, { kind: 'operation', key: 'sum' }];
  }
  for (const word of ZERO_WORDS[lang]) yield [word, { kind: 'zero' }];
  for (const word of WHETHER_ANY_WORDS[lang]) yield [word, { kind: 'whetherAny' }];
  for (const [key, words] of Object.entries(LEVEL_TERMS))
    for (const word of words[lang]) yield [word, { kind: 'level', key: key as Level }];
  for (const word of RELATIVE_YEARS[lang])
    yield [
      word,
      {
        kind: 'relativeYear',
        offset: RELATIVE_YEARS.offsets[word] ?? 0,
        held: LATEST_YEAR_WORDS.has(word) ? 'latest' : null,
      },
    ];
  for (const word of EARLIEST_YEAR_WORDS[lang]) yield [word, { kind: 'relativeYear', offset: 0, held: 'earliest' }];
  for (const [word, count] of Object.entries(YEAR_SPANS[lang])) yield [word, { kind: 'yearSpan', count }];
  for (const word of WHICH_YEAR_WORDS[lang]) yield [word, { kind: 'whichYear' }];
  for (const word of EVERY_REPORT_WORDS[lang]) yield [word, { kind: 'whichYear', isEveryReport: true }];
  for (const [word, count] of Object.entries(POINTER_WORDS[lang]))
    yield [word, { kind: 'pointer', count, level: POINTER_LEVELS[lang][word] ?? null }];
  for (const [word, ordinal] of Object.entries(ORDINAL_POINTERS[lang]))
    yield [word, { kind: 'pointer', count: 1, level: null, ordinal }];
  for (const [word, offset] of Object.entries(CONTEXT_YEAR_WORDS[lang])) yield [word, { kind: 'contextYear', offset }];
}

/**
 * The filler phrases that hold a table word but are none themselves (那边 holds 那, 申请人要求 holds 申请人): as
 * phrases of their own they outrank the word inside, which would otherwise leave the rest unread or misread. Chinese
 * only: English filler is single words.
 */
function* fillerPairs(words: ReadonlySet<string>): Generator<readonly [string, Term]> {
  for (const filler of FILLER_ZH) {
    if (words.has(filler)) continue;
    if ([...words].some((word) => word.length < filler.length && filler.includes(word)))
      yield [filler, { kind: 'filler' }];
  }
}

function* allPairs(lang: Lang): Generator<readonly [string, Term]> {
  const pairs = [...termPairs(lang)];
  yield* pairs;
  if (lang === 'zh') yield* fillerPairs(new Set(pairs.map(([word]) => word)));
}

function* tableTerms(
  table: Readonly<Record<string, TermSpec>>,
  lang: Lang,
  make: (key: string, isWeak: boolean) => Term,
): Generator<readonly [string, Term]> {
  for (const [key, spec] of Object.entries(table)) {
    for (const word of spec[lang]) yield [word, make(key, false)];
    for (const word of spec.weak?.[lang] ?? []) yield [word, make(key, true)];
  }
}

/** The vocabulary of each language as a phrase dictionary. */
export const TERM_DICTIONARIES: Readonly<Record<Lang, PhraseDictionary<Term>>> = {
  zh: buildDictionary(allPairs('zh'), (text) => tokenize(text, 'zh'), ''),
  en: buildDictionary(allPairs('en'), (text) => tokenize(text, 'en'), ' '),
};
