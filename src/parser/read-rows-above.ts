// Reads a row-labelled table whose numbers are printed above their labels (some PDF texts put a row's
// cells on the line before its label): each run of cells belongs to the labels after it.
import type { TokenRange } from './find-tables.js';
import { firstKey, type PreparedSpec, prepareSpec } from './match-row.js';
import type { ReadRow, RowSpec } from './row-spec.js';
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
      rows.set(match.spec.key, { cells: held.slice(held.length - match.spec.width), labelText: chunk });
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
  return firstKey(labels.slice(first.end), prepared, rows, first.row)?.row ?? first.row;
}

/**
 * Whether a table prints its numbers above its labels: its first run of cells comes after labels that do not
 * name its first row and before labels that do.
 */
export function printsNumbersAbove(tokens: readonly Token[], range: TokenRange, specs: readonly RowSpec[]): boolean {
  const first = specs[0];
  if (first === undefined) return false;
  const [firstRow] = [first].map(prepareSpec);
  const minWidth = Math.min(...specs.map((spec) => spec.width));
  let before = '';
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
    index += length;
  }
  if (firstRow === undefined || firstRow.keys.some(({ key }) => before.includes(key))) return false;
  let after = '';
  for (index += runLength(tokens, index, range.end); index < range.end && tokens[index]?.kind === 'label'; index++)
    after += tokens[index]?.key ?? '';
  return firstKey(after, [firstRow], new Map(), undefined) !== undefined;
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
