// Reads table 四: a column-headed table whose 15 cells (three groups of five) follow its headers, whether
// printed as one line of 15 numbers, one cell per line, or three small tables of five.

import { namesReviewColumns, readReviewHeader } from './column-header.js';
import type { TokenRange } from './find-tables.js';
import type { ReviewColumn, ReviewGroup } from './report.js';
import { isGroupOrderUnclear, readReviewGroupOrder } from './review-group-order.js';
import { REVIEW_COLUMN_NAMES, REVIEW_COLUMNS, REVIEW_GROUP_DEFINITIONS, REVIEW_GROUPS } from './tables/index.js';
import type { Token } from './tokenize.js';

/** Cells of table 四 in printed order: review, then litigation direct, then after review; five results each. */
export const REVIEW_CELL_COUNT = REVIEW_GROUPS.length * REVIEW_COLUMNS.length;

/**
 * The 15 cells of table 四, or null when fewer are printed. Runs of empty cells between headers are layout,
 * not values; a run with at least one value keeps its blank cells.
 */
export function readReviewCells(tokens: readonly Token[], tableRange: TokenRange): Token[] | null {
  const range = { start: firstHeader(tokens, tableRange), end: tableRange.end };
  const cellAt = (cell: Token | undefined) => tokens.indexOf(cell as Token, range.start);
  const transposed = readTransposed(tokens, range);
  if (transposed !== null) {
    // A column per group: in the order its header names them.
    const groups = readReviewGroupOrder(tokens, tableRange, Math.max(...transposed.map(cellAt)));
    return groups ? inTemplateGroupOrder(transposed, groups) : transposed;
  }
  // Rows labelled by result that cannot be read as five (a result twice, one lost, a row short): never read in rows.
  if (startsTransposed(tokens, range)) return null;
  const inRows = readInRows(tokens, range);
  const groups = inRows && readReviewGroupOrder(tokens, tableRange, cellAt(inRows.at(-1)));
  // Group words printed only in pieces, in another order than the template's: nothing says whose numbers are whose.
  if (inRows && groups === null && isGroupOrderUnclear(tokens, tableRange, cellAt(inRows[0]))) return null;
  const cells = inRows && groups ? inTemplateGroupOrder(inRows, groups) : inRows;
  const order = readReviewHeader(tokens, tableRange, range.start);
  // With no header naming the results, totals that add up only with the results in another order say the
  // template's order is not the table's, and nothing says which it is.
  if (cells !== null && !namesReviewColumns(tokens, tableRange, range.start) && holdsInAnotherOrder(cells)) return null;
  if (cells === null || order === null) return cells;
  const reordered = inTemplateOrder(cells, order);
  // A header misread (a result's words lost in one group) is told by the totals: they add up in fewer groups.
  return countTotalsHolding(reordered) >= countTotalsHolding(cells) ? reordered : cells;
}

/** Cells printed in a table of numbers as letters and digits: 1O, l, E2 (a scan's or a typist's slip). */
const GARBLED_NUMBER =
  /^(?:[\dA-Za-z]*\d[\dA-Za-z]*[A-Za-z][\dA-Za-z]*|[\dA-Za-z]*[A-Za-z][\dA-Za-z]*\d[\dA-Za-z]*|[OolISZB])$/;

/**
 * Why table 四, found, gives no 15 cells: the cells that are no numbers, else how many numbers it prints, else
 * (15 printed) that nothing tells the order of its results. For the check that leaves it unread.
 */
export function whyReviewUnread(tokens: readonly Token[], tableRange: TokenRange): string {
  const body = tokens.slice(firstHeader(tokens, tableRange), tableRange.end);
  const garbled = body.filter((token) => token.kind === 'label' && GARBLED_NUMBER.test(token.text));
  if (garbled.length > 0) return `单元格不是数字：${garbled.map((token) => token.text).join('、')}`;
  const values = body.filter((token) => token.kind === 'value').length;
  if (values !== REVIEW_CELL_COUNT) return `印出 ${values} 个数字，应为 ${REVIEW_CELL_COUNT} 个`;
  return '各数字属于哪一栏无法确定';
}

/** Whether some rotation of each group's five cells adds up in more groups than the cells as read. */
function holdsInAnotherOrder(cells: readonly Token[]): boolean {
  const asRead = countTotalsHolding(cells);
  return REVIEW_COLUMNS.some((_, shift) => {
    if (shift === 0) return false;
    const rotated = REVIEW_GROUPS.flatMap((_, group) => {
      const five = cells.slice(group * REVIEW_COLUMNS.length, (group + 1) * REVIEW_COLUMNS.length);
      return [...five.slice(shift), ...five.slice(0, shift)];
    });
    return countTotalsHolding(rotated) > asRead;
  });
}

/** Groups whose 总计 (non-zero) equals the sum of their four results. */
function countTotalsHolding(cells: readonly Token[]): number {
  return REVIEW_GROUPS.filter((_, group) => {
    const values = cells
      .slice(group * REVIEW_COLUMNS.length, (group + 1) * REVIEW_COLUMNS.length)
      .map((cell) => cell.number);
    const total = values.at(-1) ?? 0;
    return total !== 0 && total === values.slice(0, -1).reduce((sum, value) => sum + value, 0);
  }).length;
}

/** The three groups' cells moved from the order the header prints them in to the template's. */
function inTemplateGroupOrder(cells: readonly Token[], groups: readonly ReviewGroup[]): Token[] {
  const width = REVIEW_COLUMNS.length;
  return REVIEW_GROUPS.flatMap((group) => {
    const at = groups.indexOf(group);
    return cells.slice(at * width, (at + 1) * width);
  });
}

/** Each group's five cells moved from the header's order to the template's. */
function inTemplateOrder(cells: readonly Token[], order: readonly ReviewColumn[]): Token[] {
  return REVIEW_GROUPS.flatMap((_, group) =>
    REVIEW_COLUMNS.map((column) => cells[group * REVIEW_COLUMNS.length + order.indexOf(column)] as Token),
  );
}

/** The 15 cells printed in rows after the headers, in printed order. */
function readInRows(tokens: readonly Token[], range: TokenRange): Token[] | null {
  const runs = cellRuns(tokens, range);
  const valued = withoutPageNumbers(
    runs.filter((run) => run.some((cell) => cell.kind === 'value')),
    tokensPerLine(tokens, range),
  );
  let cells = valued.flat();
  if (cells.length > REVIEW_CELL_COUNT) cells = valued.flatMap(trimBlanks);
  if (cells.length >= REVIEW_CELL_COUNT) return cells.slice(0, REVIEW_CELL_COUNT);
  // A body with no case at all may be printed all blank (Word, web): the last run of 15 or more empty cells.
  const blankRow = valued.length === 0 ? [...runs].reverse().find((run) => run.length >= REVIEW_CELL_COUNT) : undefined;
  // Headers with no cell at all may be a blank table whose PDF text dropped its blank cells, or a table whose one
  // line of numbers was lost: the two look alike, so the table is missing, never fifteen zeros.
  return blankRow ? blankRow.slice(-REVIEW_CELL_COUNT) : null;
}

/**
 * Where the numbers are printed side by side (PDF text: one line of 15, or lines of five), a number alone on its
 * line, with no label beside it, is a page number at a page break, never a cell: taken in, it would move every cell
 * after it by one.
 */
function withoutPageNumbers(runs: readonly Token[][], perLine: ReadonlyMap<number, number>): Token[][] {
  const isSideBySide = runs.some((run) =>
    run.some((cell) => (perLine.get(cell.line) ?? 0) > 1 && cell.kind === 'value'),
  );
  if (!isSideBySide) return [...runs];
  const isAlone = (cell: Token): boolean => cell.kind === 'value' && perLine.get(cell.line) === 1;
  return runs
    .map((run) => run.filter((cell) => !isAlone(cell)))
    .filter((run) => run.some((cell) => cell.kind === 'value'));
}

/** How many tokens (labels, values, blanks) each line of the range prints. */
function tokensPerLine(tokens: readonly Token[], range: TokenRange): Map<number, number> {
  const perLine = new Map<number, number>();
  for (let index = range.start; index < range.end; index++) {
    const line = tokens[index]?.line;
    if (line !== undefined) perLine.set(line, (perLine.get(line) ?? 0) + 1);
  }
  return perLine;
}

/** Result headers in printed order: 结果维持 … 总计. */
const RESULT_HEADERS = REVIEW_COLUMNS.map((column) => REVIEW_COLUMN_NAMES[column]);
/** Headers only the groups of litigation print (未经复议, 复议后起诉). */
const GROUP_HEADERS = REVIEW_GROUPS.flatMap((group) => REVIEW_GROUP_DEFINITIONS[group].headerKeys);

/** Column headers of table 四; the heading's own words (行政复议, 行政诉讼) and 总计 are no such mark. */
const COLUMN_HEADERS = [...RESULT_HEADERS.slice(0, -1), ...GROUP_HEADERS];

/** The first column header in the range: numbers in prose between the heading and the table are no cells. */
function firstHeader(tokens: readonly Token[], range: TokenRange): number {
  // Consecutive labels read as one: PDF text prints headers one character a line (结 / 果 / 维 / 持).
  let labels = '';
  for (let index = range.start; index < range.end; index++) {
    const token = tokens[index];
    labels = token?.kind === 'label' ? labels + token.key : '';
    if (labels !== '' && COLUMN_HEADERS.some((header) => labels.includes(header))) return index;
  }
  return range.start;
}

/**
 * Table 四 printed transposed: five rows, each a result's label then its three cells (复议, 未经复议直接起诉,
 * 复议后起诉), the rows in any order their labels say. Each run must follow labels naming one result only, and no
 * result twice (the usual layout prints all five results before its first run). The cells come back in the usual
 * order, group by group.
 */
function readTransposed(tokens: readonly Token[], range: TokenRange): Token[] | null {
  const rows = new Map<ReviewColumn, Token[]>();
  let labels = '';
  let run: Token[] = [];
  const takeRun = (): boolean => {
    const result = resultNamed(labels);
    if (result === undefined || rows.has(result) || trimBlanks(run).length > REVIEW_GROUPS.length) return false;
    rows.set(result, run.slice(0, REVIEW_GROUPS.length));
    labels = '';
    run = [];
    return true;
  };
  for (let index = range.start; index < range.end && rows.size < REVIEW_COLUMNS.length; index++) {
    const token = tokens[index];
    if (token === undefined) break;
    if (token.kind !== 'label') {
      run.push(token);
      continue;
    }
    if (run.length > 0 && !takeRun()) return null;
    labels += token.key;
  }
  if (run.length > 0 && rows.size < REVIEW_COLUMNS.length && !takeRun()) return null;
  const ordered = REVIEW_COLUMNS.map((column) => rows.get(column));
  if (ordered.some((row) => row === undefined || row.length < REVIEW_GROUPS.length)) return null;
  return REVIEW_GROUPS.flatMap((_, group) => ordered.map((row) => row?.[group] as Token));
}

/**
 * Whether the table starts as a transposed one: labels naming one result only, then a first run of values of at most
 * three cells (the usual layout's first run holds five or fifteen).
 */
function startsTransposed(tokens: readonly Token[], range: TokenRange): boolean {
  const first = cellRuns(tokens, range).find((run) => run.some((cell) => cell.kind === 'value'));
  const start = first === undefined ? -1 : tokens.indexOf(first[0] as Token, range.start);
  if (first === undefined || trimBlanks(first).length > REVIEW_GROUPS.length) return false;
  const labels = tokens.slice(range.start, start).map((token) => token.key);
  return resultNamed(labels.join('')) !== undefined;
}

/** The one result the labels name; undefined when they name none or several. */
function resultNamed(labels: string): ReviewColumn | undefined {
  const named = REVIEW_COLUMNS.filter((column) => labels.includes(REVIEW_COLUMN_NAMES[column]));
  return named.length === 1 ? named[0] : undefined;
}

/** Runs of cells (values and blanks) between labels. */
function cellRuns(tokens: readonly Token[], range: TokenRange): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  for (let index = range.start; index < range.end; index++) {
    const token = tokens[index];
    if (token === undefined) break;
    if (token.kind === 'label') {
      if (run.length > 0) runs.push(run);
      run = [];
    } else {
      run.push(token);
    }
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

function trimBlanks(run: readonly Token[]): Token[] {
  let start = 0;
  let end = run.length;
  while (start < end && run[start]?.kind === 'blank') start++;
  while (end > start && run[end - 1]?.kind === 'blank') end--;
  return run.slice(start, end);
}
