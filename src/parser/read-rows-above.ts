// Reads a row-labelled table whose numbers are printed above their labels (some PDF texts put a row's
// cells on the line before its label): each run of cells belongs to the labels after it.
import type { TokenRange } from './find-tables.js';
import { firstKey, prepareSpec, type PreparedSpec } from './match-row.js';
import type { ReadRow, RowSpec } from './read-rows.js';
import type { Token } from './tokenize.js';

/** The rows of one table in `range`, each run of cells taken by the row its following labels name. */
export function readRowsAbove(tokens: readonly Token[], range: TokenRange, specs: readonly RowSpec[]): Map<string, ReadRow> {
  const prepared = specs.map(prepareSpec);
  const minWidth = Math.min(...specs.map((spec) => spec.width));
  const rows = new Map<string, ReadRow>();
  let held: readonly Token[] | null = null;
  let chunk = '';
  const settle = (): void => {
    // The row's label opens the labels after its cells; the next section's headings may follow it.
    const match = held === null ? undefined : rowNamedFirst(chunk, prepared, rows);
    if (held !== null && match !== undefined && held.length >= match.spec.width) {
      rows.set(match.spec.key, { cells: held.slice(held.length - match.spec.width), labelText: chunk });
    }
    chunk = '';
  };
  for (let index = range.start; index < range.end; ) {
    const token = tokens[index];
    if (token === undefined) break;
    if (token.kind === 'label') {
      chunk += token.key;
      index++;
      continue;
    }
    let end = index;
    while (end < range.end && tokens[end]?.kind !== 'label') end++;
    const run = tokens.slice(index, end);
    index = end;
    // Short runs are merged cells or page numbers, not a row's cells.
    if (run.length < minWidth) continue;
    settle();
    held = run;
  }
  settle();
  return rows;
}

/** The unread row named first in the labels; a heading over sub-rows (（六）其他处理) gives way to a sub-row after it. */
function rowNamedFirst(labels: string, prepared: readonly PreparedSpec[], rows: ReadonlyMap<string, ReadRow>): PreparedSpec | undefined {
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
  for (; index < range.end; index++) {
    const token = tokens[index];
    if (token === undefined) return false;
    if (token.kind === 'label') before += token.key;
    else if (runLength(tokens, index, range.end) >= minWidth && hasValue(tokens, index, range.end)) break;
  }
  if (firstRow === undefined || firstRow.keys.some(({ key }) => before.includes(key))) return false;
  let after = '';
  for (index += runLength(tokens, index, range.end); index < range.end && tokens[index]?.kind === 'label'; index++) after += tokens[index]?.key ?? '';
  return firstKey(after, [firstRow], new Map(), undefined) !== undefined;
}

/** Whether the run from `from` prints a value: blank cells beside a section's label are structure. */
function hasValue(tokens: readonly Token[], from: number, end: number): boolean {
  for (let index = from; index < end && tokens[index]?.kind !== 'label'; index++) if (tokens[index]?.kind === 'value') return true;
  return false;
}

function runLength(tokens: readonly Token[], from: number, end: number): number {
  let index = from;
  while (index < end && tokens[index]?.kind !== 'label') index++;
  return index - from;
}
