// 2024年淮安和洪泽新收合计中洪泽占几成: a sum asked with the share of one of its operands in it, in one question —
// the sum's words, and the words naming the part after it.

/** The sum's words, then 中 / 里 and the part, then 占 and a share word closing the question. */
const PART_OF_SUM =
  /^(.+?(?:合计|加起来|加在一起|一共|总共|之和|总和))(?:中|里|当中|里面|之中|的话)?[,，、\s]*(.+?)的?(?:占|所占)(?:比|比例|比重|多少|几成|百分之几|百分之多少|份额)?(?:是|为)?(?:多少|几成|百分之几|百分之多少)?[？?。！!\s]*$/u;

/** The sum's text and the part's, or null when the question is not a share of a sum it writes out. */
export function readPartOfSum(text: string): { readonly sumText: string; readonly partText: string } | null {
  const found = PART_OF_SUM.exec(text);
  if (!found) return null;
  const [, sumText, partText] = found as unknown as [string, string, string];
  return partText.length > 0 && partText.length <= 20 ? { sumText, partText } : null;
}
