// 谁的行政复议少 / 哪个单位收到的申请多 / 纠正的少: a which-question ending on a bare 多 or 少 (never the 少 of 多少) asks for the
// one with most or fewest, as 最多 / 最少 do; without a ranking word of its own it would list, or ask which organ.
import type { Term } from './term-dictionary.js';

/** Which one: an organ asked for, not which figure. */
const WHICH = /哪个|哪家|哪一个|哪一家|谁/u;
/** 多 or 少 closing the question (少一些, 多点, …呢？), where no 多少 is. */
const CLOSING_MORE_OR_LESS = /(?<!多)(多|少)(?:一些|一点|些|点)?(?:的|呢|啊|呀|吧)?[？?！!。\s]*$/u;
const RANKING_KEYS: ReadonlySet<string> = new Set(['max', 'min', 'top', 'bottom', 'position']);

/** The terms with 最多 / 最少 added for a which-question closing on 多 / 少 and naming no ranking of its own. */
export function withSpokenRanking(terms: readonly Term[], text: string): readonly Term[] {
  if (terms.some((term) => term.kind === 'aggregation' && RANKING_KEYS.has(term.key))) return terms;
  const closing = WHICH.test(text) ? CLOSING_MORE_OR_LESS.exec(text) : null;
  if (closing === null) return terms;
  return [...terms, { kind: 'aggregation', key: closing[1] === '多' ? 'max' : 'min' }];
}
