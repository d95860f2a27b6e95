// What a held-out question expects of the engine's reply: the types, and short constructors for the data files.

/** The classes of question the set covers (issue 13's list, plus plain lookups, no-data and out-of-scope). */
export const CLASSES = [
  'lookup',
  'figure',
  'not-in-tables',
  'relative-year',
  'arithmetic',
  'crossed-pairs',
  'filter',
  'ranking',
  'conversation',
  'chat',
  'traditional',
  'misspelling',
  'english',
  'no-data',
  'out-of-scope',
] as const;
export type QuestionClass = (typeof CLASSES)[number];

/**
 * A figure the reply states. A plain number is exact, in the unit the engine's facts use (件, 项, 元). The
 * others allow the forms a careful reply may choose: a share printed to one decimal (88.6 or 0.886), money in
 * 元, 万元 or 亿元, a quotient within half a percent (2.91 or 291.1%), a difference with either sign (a change
 * of -1343 answers 少了多少 as well as 1343 does).
 */
export type Figure =
  | number
  | { readonly percent: number }
  | { readonly yuan: number }
  | { readonly ratio: number }
  | { readonly difference: number };

export interface AnsweredExpectation {
  readonly status: 'answered';
  /** Every one must be stated. */
  readonly values: readonly Figure[];
  /** May also be stated (operands, the parts of a total, counts); any other figure is a wrong number. */
  readonly alsoAllowed?: readonly Figure[];
  readonly mustContain?: readonly string[];
  readonly mustNotContain?: readonly string[];
  /**
   * For rankings and totals: how many reports the reply may say it compared ("共比较 N 份报告", "N reports").
   * One year's reports only; a count of reports from several years means the years were mixed.
   */
  readonly reportsCompared?: readonly number[];
}

/** `safe`: any of clarify / not_understood / no_data. `chat`: a reply that states no figure (greetings, help, reset). */
export interface UnansweredExpectation {
  readonly status: 'clarify' | 'not_understood' | 'no_data' | 'safe' | 'chat';
  readonly mustNotContain?: readonly string[];
}

export type Expectation = AnsweredExpectation | UnansweredExpectation;

/** Several replies are right (e.g. 去年 read from the clock or from the store's latest year): the best one counts. */
export type Expect = Expectation | { readonly anyOf: readonly Expectation[] };

/** `hant`: the reply should be in Traditional characters; `en`: in English. Counted apart from right/wrong. */
export type ReplyIn = 'hant' | 'en';

export interface SingleQuestion {
  readonly id: string;
  readonly class: QuestionClass;
  readonly question: string;
  readonly expect: Expect;
  readonly replyIn?: ReplyIn;
  /** Why the expectation is what it is, where that is not obvious. */
  readonly note?: string;
}

export interface Turn {
  readonly question: string;
  readonly expect: Expect;
  readonly replyIn?: ReplyIn;
  readonly note?: string;
}

export interface Conversation {
  readonly id: string;
  readonly class: QuestionClass;
  readonly turns: readonly Turn[];
  readonly note?: string;
}

export const pct = (percent: number): Figure => ({ percent });
export const yuan = (amount: number): Figure => ({ yuan: amount });
/** A share in percent, to two decimals (the scorer accepts one decimal within 0.05). */
export const share = (part: number, whole: number): Figure => pct(Math.round((10000 * part) / whole) / 100);
/** 万元 as printed, in 元. */
export const wan = (amount: number): Figure => yuan(Math.round(amount * 1e6) / 100);
/** A change's percentage from `from` to `to`, either sign (a reply may say a fall as −32.61% or 32.61%). */
export const changeShares = (from: number, to: number): Figure[] => {
  const change = Math.round((10000 * (to - from)) / from) / 100;
  return [pct(change), pct(-change)];
};
export const ratio = (quotient: number): Figure => ({ ratio: quotient });
export const diff = (difference: number): Figure => ({ difference });

export function ans(
  values: readonly Figure[],
  alsoAllowed: readonly Figure[] = [],
  more: Pick<AnsweredExpectation, 'mustContain' | 'mustNotContain' | 'reportsCompared'> = {},
): AnsweredExpectation {
  return { status: 'answered', values, alsoAllowed, ...more };
}

export const SAFE: UnansweredExpectation = { status: 'safe' };
export const CLARIFY: UnansweredExpectation = { status: 'clarify' };
export const NO_DATA: UnansweredExpectation = { status: 'no_data' };
export const NOT_UNDERSTOOD: UnansweredExpectation = { status: 'not_understood' };
export const CHAT: UnansweredExpectation = { status: 'chat' };

export const anyOf = (...expectations: Expectation[]): Expect => ({ anyOf: expectations });

type Extra = { readonly note?: string; readonly replyIn?: ReplyIn };
const of =
  (cls: QuestionClass) =>
  (id: string, question: string, expect: Expect, extra: Extra = {}): SingleQuestion => ({
    id,
    class: cls,
    question,
    expect,
    ...extra,
  });

const lookup = of('lookup');
const figure = of('figure');
const notInTables = of('not-in-tables');
const relativeYear = of('relative-year');
const arithmetic = of('arithmetic');
const crossed = of('crossed-pairs');
const filter = of('filter');
const ranking = of('ranking');
const chat = of('chat');
const traditional = (id: string, question: string, expect: Expect, note?: string): SingleQuestion =>
  of('traditional')(id, question, expect, { replyIn: 'hant', ...(note ? { note } : {}) });
const misspelling = of('misspelling');
const english = (id: string, question: string, expect: Expect, note?: string): SingleQuestion =>
  of('english')(id, question, expect, { replyIn: 'en', ...(note ? { note } : {}) });
const noData = of('no-data');
const outOfScope = of('out-of-scope');

/** One constructor per class for the data files: \`figure('F01', '…', ans([552]))\`. */
export const questionsOf = {
  lookup,
  figure,
  notInTables,
  relativeYear,
  arithmetic,
  crossed,
  filter,
  ranking,
  chat,
  traditional,
  misspelling,
  english,
  noData,
  outOfScope,
};
