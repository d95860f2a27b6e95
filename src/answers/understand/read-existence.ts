// 有没有行政诉讼 / 有人申请信息公开吗 / were there any lawsuits: whether a figure is there at all. With an organ (named
// or from the conversation) the figure answers it; with none, the organs that have it, never "which organ?".
import type { Query } from '../query.js';
import type { NormalizedQuestion } from '../text/index.js';
import { A_NOT_A, QUANTITY_WORDS, WHETHER_ANY_QUESTION } from '../vocabulary/scope.js';
import type { Term } from './term-dictionary.js';

/** Whether the question asks if a figure is there at all (有没有, 有…吗, any), not how much of it (多少, how many). */
export function asksWhetherAny(
  terms: readonly Term[],
  { text, lang }: Pick<NormalizedQuestion, 'text' | 'lang'>,
): boolean {
  const asks = terms.some((term) => term.kind === 'whetherAny') || (lang === 'zh' && WHETHER_ANY_QUESTION.test(text));
  return asks && !QUANTITY_WORDS[lang].test(text);
}

/** A question whether any organ has the figure becomes the list of those that have it (哪些单位有行政诉讼). */
export function asExistence(query: Query, asksWhether: boolean): Query {
  const isOfNoOrgan =
    query.organs.length === 0 && query.pairs.length === 0 && query.regions.length === 0 && query.level === null;
  if (
    !asksWhether ||
    query.aggregation !== 'value' ||
    !isOfNoOrgan ||
    query.metric === null ||
    query.breakdown !== null
  )
    return query;
  return { ...query, aggregation: 'nonzero' };
}

/**
 * The text with each verb-not-verb (收没收, 公开没公开) written as whether-any and the verb once (有无收, 有无公开),
 * padded with blanks to the same length so that every place read from it stays where it was written:
 * `readAsWhetherAny('洪泽区收没收收费')` → `洪泽区有无收收费`.
 */
export function readAsWhetherAny(text: string): string {
  return text.replace(A_NOT_A, (whole, verb: string) => {
    const asked = `有无${verb}`;
    return `${asked}${' '.repeat([...whole].length - [...asked].length)}`;
  });
}
