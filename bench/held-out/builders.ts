// Expectation builders the held-out sets share: a difference, a sum, a share, a rate, a quotient, the readings a
// question may have (answered or asked back, stated or declined, either year), lists and yes/no replies. A set imports
// what it uses and writes its own variants beside them.
import {
  ans,
  anyOf,
  CLARIFY,
  changeShares,
  diff,
  type Expect,
  type Expectation,
  type Figure,
  ratio,
  SAFE,
  share,
} from './expect.js';

/** a − b, either sign; the operands and the percentage change either way may be stated too. */
export const difference = (a: number, b: number, also: readonly Figure[] = []): Expectation =>
  ans([diff(a - b)], [a, b, ...(b === 0 ? [] : changeShares(b, a)), ...(a === 0 ? [] : changeShares(a, b)), ...also]);
/** A percentage change asked for, as its alternatives (either sign); the two figures and the difference may be stated. */
export const changeOf = (from: number, to: number): Expectation[] =>
  changeShares(from, to).map((c) => ans([c], [from, to, diff(to - from)]));
export const percentChange = (from: number, to: number): Expect => anyOf(...changeOf(from, to));
/** A sum of named figures: the parts may be stated. */
export const sum = (parts: readonly number[], also: readonly Figure[] = []): Expectation =>
  ans([parts.reduce((a, b) => a + b, 0)], [...parts, ...also]);
/** A share of part in whole: part and whole may be stated. */
export const shareOf = (part: number, whole: number, also: readonly Figure[] = []): Expectation =>
  ans([share(part, whole)], [part, whole, ...also]);
/** A rate of one result column, as its alternatives: over the printed 总计, or over the settled (总计 − 尚未审结). */
export const rateOf = (part: number, total: number, pending: number, also: readonly Figure[] = []): Expectation[] => [
  shareOf(part, total, [pending, total - pending, ...also]),
  ans([share(part, total - pending)], [part, total, pending, total - pending, ...also]),
];
export const rate = (part: number, total: number, pending: number, also: readonly Figure[] = []): Expect =>
  anyOf(...rateOf(part, total, pending, also));
/** A quotient a ÷ b: the operands may be stated. */
export const quotient = (a: number, b: number): Expectation => ans([ratio(a / b)], [a, b]);
/** 去年 / 前年 read from the clock (2026) or with the store's latest year (2025) as this year. */
export const eitherYear = (clock: Expectation, store: Expectation): Expect => anyOf(clock, store);
/** A misspelled or old name: answered with the figure, or asked back. */
export const orAsk = (expectation: Expectation): Expect => anyOf(expectation, CLARIFY);
/** A figure printed only in prose: stated, or declined. */
export const proseOrSafe = (expectation: Expectation): Expect => anyOf(expectation, SAFE);
/** A list: no figure but counts; the names it must show. */
export const list = (names: readonly string[], counts: readonly Figure[] = []): Expectation =>
  ans([], counts, { mustContain: names });
/** A yes/no: no figure of its own, the figures it rests on may be stated. */
export const yesNo = (figures: readonly Figure[], more: Parameters<typeof ans>[2] = {}): Expectation =>
  ans([], figures, more);
