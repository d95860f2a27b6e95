// The order of table 四's three groups, told by its own header words: some reports print 行政诉讼 before 行政复议, or
// 复议后起诉 before 未经复议直接起诉. Every group's total adds up in any group order, so only the words can tell.
import type { TokenRange } from './find-tables.js';
import { TABLE_ANCHORS } from './labels.js';
import { REVIEW_GROUP_DEFINITIONS, REVIEW_TOP_HEADERS, type ReviewGroup } from './tables/index.js';
import type { Token } from './tokenize.js';

/** Table 四's headers never say 情况; its heading ends with it (四、政府信息公开行政复议、行政诉讼情况). */
const HEADING_END = '情况';

/**
 * The groups in printed order, from the labels between the table's heading and its last cell (`lastCell`, a token
 * index): the headers over the numbers, or each group's name before its line of five. The order may be the
 * template's, or null when the labels do not name 行政复议, 未经复议 and 复议后起诉.
 */
export function readReviewGroupOrder(
  tokens: readonly Token[],
  range: TokenRange,
  lastCell: number,
): ReviewGroup[] | null {
  const labels = withoutHeading(labelText(tokens, range.start, Math.min(lastCell, range.end)));
  const [direct, afterReview] = (['litigationDirect', 'litigationAfterReview'] as const).map((group) =>
    firstOf(labels, REVIEW_GROUP_DEFINITIONS[group].headerKeys),
  );
  const review = labels.indexOf(REVIEW_TOP_HEADERS.review);
  if (review < 0 || direct === undefined || afterReview === undefined || direct < 0 || afterReview < 0) return null;
  const litigationAt = [labels.indexOf(REVIEW_TOP_HEADERS.litigation), direct, afterReview].filter((at) => at >= 0);
  const litigation: ReviewGroup[] =
    afterReview < direct
      ? ['litigationAfterReview', 'litigationDirect']
      : ['litigationDirect', 'litigationAfterReview'];
  const order =
    Math.min(...litigationAt) < review ? [...litigation, 'review' as const] : ['review' as const, ...litigation];
  return order;
}

function labelText(tokens: readonly Token[], from: number, to: number): string {
  let text = '';
  for (let index = from; index <= to; index++) if (tokens[index]?.kind === 'label') text += tokens[index]?.key;
  return text;
}

/**
 * The labels after the table's heading: through its 情况, or else (情况 lost) through the last heading word it prints:
 * 四、政府信息公开行政复议、行政诉讼�况 is cut after 行政诉讼, never after 政府信息公开行政复议.
 */
function withoutHeading(labels: string): string {
  const end = labels.indexOf(HEADING_END);
  if (end >= 0) return labels.slice(end + HEADING_END.length);
  const ends = TABLE_ANCHORS.reviewHeading.map((anchor) => {
    const at = labels.indexOf(anchor);
    return at >= 0 ? at + anchor.length : 0;
  });
  return labels.slice(Math.max(0, ...ends));
}

function firstOf(text: string, words: readonly string[]): number {
  const places = words.map((word) => text.indexOf(word)).filter((at) => at >= 0);
  return places.length === 0 ? -1 : Math.min(...places);
}

/**
 * Whether header lines hold pieces of the group words in an order other than the template's, where the words
 * themselves are not printed whole (a PDF prints a header row as lines of pieces: 行政 行政 / 诉讼 复议): on one line
 * 诉 before 复 (行政诉讼 before 行政复议), or 复 or 后 before 经 (复议后起诉 before 未经复议直接起诉). Nothing then says
 * whose numbers are whose; the template order would be a guess.
 */
export function isGroupOrderUnclear(tokens: readonly Token[], range: TokenRange, firstCell: number): boolean {
  const lines = new Map<number, string>();
  for (let index = range.start; index < Math.min(firstCell, range.end); index++) {
    const token = tokens[index];
    if (token?.kind !== 'label' || token.key.includes(HEADING_END)) continue;
    lines.set(token.line, (lines.get(token.line) ?? '') + token.key);
  }
  const before = (line: string, first: readonly string[], then: string): boolean => {
    const at = firstOf(line, first);
    return at >= 0 && line.includes(then) && at < line.indexOf(then);
  };
  return [...lines.values()].some((line) => before(line, ['诉'], '复') || before(line, ['复', '后'], '经'));
}
