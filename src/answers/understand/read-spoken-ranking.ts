// 谁的行政复议少 / 哪个单位收到的申请多 / 纠正的少 / 哪家不予公开的比重更高 / 洪泽区哪一年行政许可多: a which-question
// ending on a bare 多 / 少 / 高 / 低 (never the 少 of 多少) asks for the one with most or fewest, as 最多 / 最少 do;
// without a ranking word of its own it would list, ask which organ, or read 哪一年 as a figure's 上一年.
import type { Term } from './term-dictionary.js';

/** Which one: an organ or a year asked for, not which figure. */
const WHICH = /哪个|哪家|哪一个|哪一家|谁|哪一?年/u;
/** Which year: of organs named too (two organs with 哪个多 stay a comparison of the two). */
const WHICH_YEAR = /哪一?年/u;
/** 多 / 少 / 高 / 低 closing the question (少一些, 更高, …呢？), where no 多少 is. */
const CLOSING_MORE_OR_LESS = /(?<!多)(多|少|高|低)(?:一些|一点|些|点)?(?:的|呢|啊|呀|吧)?[？?！!。\s]*$/u;
const MORE: ReadonlySet<string> = new Set(['多', '高']);
const RANKING_KEYS: ReadonlySet<string> = new Set(['max', 'min', 'top', 'bottom', 'position']);

/**
 * The terms with 最多 / 最少 added for a which-question closing on 多 / 少 / 高 / 低 and naming no ranking of its
 * own; `namesOrgans`: organs are named, so only 哪一年 asks for a ranking (of their years).
 */
export function withSpokenRanking(terms: readonly Term[], text: string, namesOrgans: boolean): readonly Term[] {
  if (terms.some((term) => term.kind === 'aggregation' && RANKING_KEYS.has(term.key))) return terms;
  const closing = (namesOrgans ? WHICH_YEAR : WHICH).test(text) ? CLOSING_MORE_OR_LESS.exec(text) : null;
  if (closing === null) return terms;
  return [...terms, { kind: 'aggregation', key: MORE.has(closing[1] ?? '') ? 'max' : 'min' }];
}
