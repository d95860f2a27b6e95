// Reads a row-labelled table whose numbers are printed above their labels (some PDF texts put a row's
// cells on the line before its label): each run of cells belongs to the labels after it.
import type { TokenRange } from './find-tables.js';
import { firstKey, type PreparedSpec, prepareSpec } from './match-row.js';
import type { ReadRow, RowSpec } from './row-spec.js';
import { dropStrayNumbers } from './stray-numbers.js';
import type { Token } from './tokenize.js';

/**
 * The rows of one table in `range`, each run of cells taken by the row its following labels name. With
 * `sameLine`, labels on a run's own line before it open its row's labels too (numbers printed on the first
 * line of a wrapped label: "5.要求行政机关 0 0 0 / 确认或重新出具已 / 获取信息").
 */
export function readRowsAbove(
  tokens: readonly Token[],
  range: TokenRange,
  specs: readonly RowSpec[],
  sameLine = false,
): Map<string, ReadRow> {
  const prepared = specs.map(prepareSpec);
  const minWidth = Math.min(...specs.map((spec) => spec.width));
  const rows = new Map<string, ReadRow>();
  let held: readonly Token[] | null = null;
  let labels: Token[] = [];
  const settle = (next: readonly Token[]): void => {
    const chunk = labels.map((label) => label.key).join('');
    // The row's label opens the labels after its cells; the next section's headings may follow it.
    const match = held === null ? undefined : rowNamedFirst(chunk, prepared, rows);
    if (held !== null && match !== undefined && held.length >= match.spec.width) {
      const cells = dropStrayNumbers(held, match.spec.width);
      rows.set(match.spec.key, { cells: cells.slice(cells.length - match.spec.width), labelText: chunk });
    }
    labels = [...next];
  };
  for (let index = range.start; index < range.end; ) {
    const token = tokens[index];
    if (token === undefined) break;
    if (token.kind === 'label') {
      labels.push(token);
      index++;
      continue;
    }
    let end = index;
    while (end < range.end && tokens[end]?.kind !== 'label') end++;
    const run = tokens.slice(index, end);
    index = end;
    // Short runs are merged cells or page numbers, not a row's cells.
    if (run.length < minWidth) continue;
    const ownStart = sameLine ? labels.findIndex((label) => label.line === token.line) : -1;
    const own = ownStart >= 0 ? labels.splice(ownStart) : [];
    settle(own);
    held = run;
  }
  settle([]);
  return rows;
}

/** A row's numbering or a section's, opening a label: "5.", "（六）", "四、". */
const ROW_MARK = /^(?:\d{1,2}[.．、]|[(（][一二三四五六七八九十]{1,3}|[一二三四五六七八九十]{1,3}、)/;

/**
 * Whether a table prints each row's numbers on the first line of its wrapped label: most lines with a run
 * open with a row's numbering, and several are followed by a line of label text alone (the rest of the label).
 */
export function printsNumbersOnFirstLine(tokens: readonly Token[], range: TokenRange, minWidth: number): boolean {
  let marked = 0;
  let unmarked = 0;
  let continued = 0;
  let lineOpener: Token | undefined;
  for (let index = range.start; index < range.end; index++) {
    const token = tokens[index];
    if (token === undefined) break;
    if (token.kind === 'label') {
      if (lineOpener?.line !== token.line) lineOpener = token;
      continue;
    }
    const end = index + runLength(tokens, index, range.end);
    if (end - index >= minWidth) {
      const opensLine = lineOpener?.line === token.line;
      if (opensLine && ROW_MARK.test(lineOpener?.text ?? '')) marked++;
      else unmarked++;
      const after = tokens[end];
      const labelAlone =
        after !== undefined &&
        after.line > token.line &&
        !ROW_MARK.test(after.text) &&
        !lineHasValue(tokens, end, range.end);
      if (opensLine && labelAlone) continued++;
    }
    index = end - 1;
  }
  const runs = marked + unmarked;
  return continued >= Math.max(MIN_CONTINUED, CONTINUED_SHARE * runs) && marked > MARKED_SHARE * runs;
}

const MIN_CONTINUED = 3;
const MARKED_SHARE = 0.7;
/** Share of rows whose label wraps below their numbers: headings of merged cells wrap in any layout. */
const CONTINUED_SHARE = 0.3;

/** The unread row named first in the labels; a heading over sub-rows (（六）其他处理) gives way to a sub-row after it. */
function rowNamedFirst(
  labels: string,
  prepared: readonly PreparedSpec[],
  rows: ReadonlyMap<string, ReadRow>,
): PreparedSpec | undefined {
  const first = firstKey(labels, prepared, rows, undefined);
  if (first === undefined || !first.row.spec.headsNext) return first?.row;
  // Only to its first sub-row: "（六）其他处理 （七）总计" after a lost row's numbers is 其他处理's label, not 总计's.
  const next = firstKey(labels.slice(first.end), prepared, rows, first.row)?.row;
  return next !== undefined && next.order === first.row.order + 1 ? next : first.row;
}

/** Characters of a row's numbering ("一、" is one in compact form) between the numbers above it and its key. */
const NUMBERING_SLACK = 4;

/**
 * Whether a table prints its numbers above its labels: its first run of cells comes after labels that name no row
 * up to the row named by the labels after it (the header's 总计 names a later row); or the first row's label
 * follows a shorter run of numbers at once (the first row lost a cell, and its numbers still come above it).
 */
export function printsNumbersAbove(tokens: readonly Token[], range: TokenRange, specs: readonly RowSpec[]): boolean {
  const prepared = specs.map(prepareSpec);
  const firstRow = prepared[0];
  if (firstRow === undefined) return false;
  const minWidth = Math.min(...specs.map((spec) => spec.width));
  let before = '';
  /** Where in `before` the labels after the last shorter run of two or more numbers start. */
  let afterShortRun = -1;
  let index = range.start;
  // Each run of cells is measured once from its start (a suffix of it is never longer nor holds more values),
  // so that a table of a million blank cells takes linear time.
  while (index < range.end) {
    const token = tokens[index];
    if (token === undefined) return false;
    if (token.kind === 'label') {
      before += token.key;
      index++;
      continue;
    }
    const length = runLength(tokens, index, range.end);
    if (length >= minWidth && hasValue(tokens, index, range.end)) break;
    if (countValues(tokens, index, index + length) >= 2) afterShortRun = before.length;
    index += length;
  }
  const firstAt = Math.min(...firstRow.keys.map(({ key }) => before.indexOf(key)).filter((at) => at >= 0));
  // Junk before a table (OCR's "| - | - |") also puts numbers before its first label: the last run must agree.
  if (Number.isFinite(firstAt))
    return (
      afterShortRun >= 0 &&
      firstAt - afterShortRun <= NUMBERING_SLACK &&
      isLastRunLabelled(tokens, range, prepared, minWidth)
    );
  let after = '';
  for (index += runLength(tokens, index, range.end); index < range.end && tokens[index]?.kind === 'label'; index++)
    after += tokens[index]?.key ?? '';
  const named = firstKey(after, prepared, new Map(), undefined);
  if (named === undefined) return false;
  const upToNamed = prepared.filter((row) => row.order <= named.row.order);
  // A first label that lost its key looks the same: the last run must agree.
  return (
    firstKey(before, upToNamed, new Map(), undefined) === undefined &&
    isLastRunLabelled(tokens, range, prepared, minWidth)
  );
}

/** Whether labels naming a row follow the table's last run of cells: its own label, printed below it. */
function isLastRunLabelled(
  tokens: readonly Token[],
  range: TokenRange,
  prepared: readonly PreparedSpec[],
  minWidth: number,
): boolean {
  let after = '';
  let cells = 0;
  let values = 0;
  for (let index = range.end - 1; index >= range.start; index--) {
    const token = tokens[index];
    if (token === undefined) continue;
    if (token.kind === 'label') {
      if (cells >= minWidth && values > 0) break;
      if (cells > 0) after = '';
      cells = 0;
      values = 0;
      after = token.key + after;
    } else {
      cells++;
      if (token.kind === 'value') values++;
    }
  }
  return cells >= minWidth && values > 0 && firstKey(after, prepared, new Map(), undefined) !== undefined;
}

function countValues(tokens: readonly Token[], from: number, end: number): number {
  let values = 0;
  for (let index = from; index < end; index++) if (tokens[index]?.kind === 'value') values++;
  return values;
}

/** Whether the run from `from` prints a value: blank cells beside a section's label are structure. */
function hasValue(tokens: readonly Token[], from: number, end: number): boolean {
  for (let index = from; index < end && tokens[index]?.kind !== 'label'; index++)
    if (tokens[index]?.kind === 'value') return true;
  return false;
}

/** Whether the line of the token at `from` prints a value at or after it. */
function lineHasValue(tokens: readonly Token[], from: number, end: number): boolean {
  const line = tokens[from]?.line;
  for (let index = from; index < end && tokens[index]?.line === line; index++)
    if (tokens[index]?.kind !== 'label') return true;
  return false;
}

function runLength(tokens: readonly Token[], from: number, end: number): number {
  let index = from;
  while (index < end && tokens[index]?.kind !== 'label') index++;
  return index - from;
}
