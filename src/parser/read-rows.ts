// Reads a row-labelled table (二 or 三) from the token stream: label fragments gather into a chunk until
// a run of cells follows; the chunk names the row, the run gives its cells.

import type { TokenRange } from './find-tables.js';
import { firstKey, labelStart, matchByKey, matchRow, type PreparedSpec, prepareSpec } from './match-row.js';
import type { ReadRow, RowSpec } from './row-spec.js';
import { dropStrayNumbers } from './stray-numbers.js';
import type { Token } from './tokenize.js';

/**
 * Reads the rows of one table in `range`. A run shorter than its row is passed over as if absent (a page
 * number, header cells, a row that lost blank cells); a longer run gives its first cells (merged cells repeat
 * their value in pipe rows). A full run under no row's label clears the chunk, so the label does not leak into
 * the next row's, and waits for the label after it (numbers printed on a wrapped label's first line). Rows whose
 * labels stand between two read rows with no cells at all are blank rows (PDF text drops blank cells).
 */
export function readRows(tokens: readonly Token[], range: TokenRange, specs: readonly RowSpec[]): Map<string, ReadRow> {
  const reader = new RowReader(specs.map(prepareSpec));
  let index = range.start;
  while (index < range.end) {
    const token = tokens[index];
    if (token === undefined) break;
    if (token.kind === 'label') {
      reader.addLabel(token);
      index++;
      continue;
    }
    const runEnd = findRunEnd(tokens, index, range.end);
    reader.addCells(tokens.slice(index, runEnd));
    index = runEnd;
  }
  return reader.finish();
}

/** Characters of label text a reader keeps (see addLabel). */
const MAX_CHUNK = 2048;

/** The state of one table's reading: the label text gathered since the last row read, and the rows read. */
class RowReader {
  private readonly rows = new Map<string, ReadRow>();
  private readonly maxWidth: number;
  private readonly minWidth: number;
  private readonly widths: ReadonlySet<number>;
  /** Label text since the last row read or cleared. */
  private chunk = '';
  /** Where the chunk's labels stop owning skipped cells: a label before a skipped run of values may be its row's. */
  private cleanFrom = 0;
  /** The line of the last label added, and where that line's labels start in the chunk. */
  private labelLine = -1;
  private lineFrom = 0;
  /** Printed order of the last row read: rows come in the template's order. */
  private lastOrder = -1;
  private sawValue = false;
  /** A full run read under no row's label, with the labels before it: its row's label may follow it. */
  private pending: { readonly run: readonly Token[]; readonly labels: string } | null = null;

  constructor(private readonly specs: readonly PreparedSpec[]) {
    const widths = specs.map((prepared) => prepared.spec.width);
    this.maxWidth = Math.max(...widths);
    this.minWidth = Math.min(...widths);
    this.widths = new Set(widths);
  }

  addLabel({ key, line }: Token): void {
    if (line !== this.labelLine) {
      this.labelLine = line;
      this.lineFrom = this.chunk.length;
    }
    this.chunk += key;
    // A row's labels are short (the longest chunk in our reports is 442 characters): keeping only the chunk's
    // end keeps every step's work bounded, so a megabyte of label text with stray numbers takes linear time.
    if (this.chunk.length > 2 * MAX_CHUNK) {
      const dropped = this.chunk.length - MAX_CHUNK;
      this.chunk = this.chunk.slice(dropped);
      this.cleanFrom = Math.max(0, this.cleanFrom - dropped);
      this.lineFrom = Math.max(0, this.lineFrom - dropped);
    }
  }

  /**
   * Cells between two labels. Lines of two or more cells each, one after another, are rows whose labels were
   * printed apart, above them (converter Markdown): they go to the rows the labels name, in document order, when
   * there are as many lines as rows named; otherwise those rows are missing, never shifted.
   */
  addCells(cells: readonly Token[]): void {
    const lines = splitLines(cells);
    // Word text prints one cell a line: only lines of two or more cells can be rows.
    if (lines.length < 2 || lines.some((line) => line.length < 2)) {
      this.addRun(cells);
      return;
    }
    const named = namedRows(this.chunk.slice(this.cleanFrom), this.specs, this.rows, this.lastOrder);
    const isWholeRows = lines.every((line) => line.length >= this.minWidth);
    if (named.length >= 2 && named.length === lines.length) this.takeInOrder(named, lines);
    // Whole rows of numbers under fewer or more labels: which is whose cannot be told.
    else if (isWholeRows && named.length >= 1 && named.length !== lines.length) this.refuse(named);
    // PDF text may wrap one row's numbers over lines.
    else this.addRun(cells);
  }

  /** Gives each line to the row named in the same place; a line shorter than its row leaves that row missing. */
  private takeInOrder(named: readonly PreparedSpec[], lines: readonly (readonly Token[])[]): void {
    named.forEach((row, i) => {
      const line = lines[i] ?? [];
      if (line.length >= row.spec.width)
        this.rows.set(row.spec.key, { cells: takeCells(line, row.spec.width), labelText: this.chunk });
      else this.rows.set(row.spec.key, REFUSED);
    });
    this.lastOrder = Math.max(this.lastOrder, ...named.map((row) => row.order));
    this.sawValue = true;
    this.clear();
  }

  /** Marks rows unreadable: their cells cannot be told apart, so they are missing (and never blank rows). */
  private refuse(rows: readonly PreparedSpec[]): void {
    for (const row of rows) this.rows.set(row.spec.key, REFUSED);
    this.lastOrder = Math.max(this.lastOrder, ...rows.map((row) => row.order));
    this.sawValue = true;
    this.clear();
  }

  addRun(run: readonly Token[]): void {
    const hasValue = run.some((cell) => cell.kind === 'value');
    this.sawValue ||= hasValue;
    // Empty cells shorter than the widest row are structure (merged cells), unless a label names a row of
    // exactly that many cells: 行政许可 with its one cell left blank.
    if (!hasValue && run.length < this.maxWidth && !this.isBlankRow(run.length)) return;
    const match = this.ownMatch(run, matchRow(this.chunk, this.specs, this.rows));
    const isFull = match !== undefined && run.length >= match.spec.width;
    if (isFull || run.length >= this.minWidth) this.settlePending(isFull ? match : undefined);
    if (isFull) this.take(match, run);
    else if (match === undefined && run.length >= this.minWidth) {
      // Numbers are kept: PDF text may print a row's numbers on the first line of its wrapped label. A pipe row's
      // numbers are its own line's, never a later line's label's.
      this.pending = hasValue && run[0]?.inRow !== true ? { run, labels: this.chunk } : null;
      this.clear();
    } else if (hasValue) this.cleanFrom = this.chunk.length;
  }

  /**
   * The matched row, unless the run is a pipe row's cells after a label of its own that names no row: a row's
   * label printed on an earlier line owns none of them (`| 规范性文件 | 0 | 0 |` one cell short, then
   * `| 第二十条第（五）项 |  |  |  |`: the blank cells are the heading's, never 规范性文件's third).
   */
  private ownMatch(run: readonly Token[], match: PreparedSpec | undefined): PreparedSpec | undefined {
    const [first] = run;
    if (match === undefined || first?.inRow !== true || first.line !== this.labelLine) return match;
    return labelStart(this.chunk, match) < this.lineFrom ? undefined : match;
  }

  /** Whether the chunk names a row of exactly `width` cells (cheap test first: most empty runs are structure). */
  private isBlankRow(width: number): boolean {
    return this.widths.has(width) && matchByKey(this.chunk, this.specs, this.rows)?.spec.width === width;
  }

  /** The rows read, with blank rows for labels printed without cells after the last row read. */
  finish(): Map<string, ReadRow> {
    this.settlePending(undefined);
    const rest = this.chunk.slice(this.cleanFrom);
    if (this.lastOrder >= 0) addBlankRows(this.rows, this.specs, rest, this.lastOrder, this.specs.length);
    else if (!this.sawValue) addBlankTable(this.rows, this.specs, rest);
    for (const [key, row] of this.rows) if (row === REFUSED) this.rows.delete(key);
    return this.rows;
  }

  private take(match: PreparedSpec, run: readonly Token[]): void {
    if (match.order < this.lastOrder) this.unreadAfter(match.order);
    if (match.order > this.lastOrder + 1) {
      const labels = this.chunk.slice(this.cleanFrom, labelStart(this.chunk, match));
      addBlankRows(this.rows, this.specs, labels, this.lastOrder, match.order);
    }
    this.rows.set(match.spec.key, { cells: takeCells(run, match.spec.width), labelText: this.chunk });
    this.lastOrder = match.order;
    this.clear();
  }

  /**
   * Rows come in the template's order: a row the template prints before rows already read means those were read
   * from labels that only looked like theirs ("合计" under （三）不予公开 is a subtotal, not （七）总计). They are unread
   * again, for their own labels to come; a row whose own label never comes is missing, with a check.
   */
  private unreadAfter(order: number): void {
    for (const prepared of this.specs) if (prepared.order > order) this.rows.delete(prepared.spec.key);
    this.lastOrder = order;
  }

  /**
   * Gives the pending run to the row whose key comes first in the labels after it, when that key stands before
   * the current row's own: "5.要求行政机关确认或 0 0 0 0 0 0 0 / 重新出具已获取信息 / （六）其他处理 0 0 …".
   */
  private settlePending(current: PreparedSpec | undefined): void {
    const pending = this.pending;
    this.pending = null;
    if (pending === null) return;
    const first = firstKey(this.chunk, this.specs, this.rows, current);
    if (first === undefined || first.row.spec.headsNext || pending.run.length < first.row.spec.width) return;
    if (current !== undefined && first.at >= labelStart(this.chunk, current)) return;
    // In printed order only: header words (a repeated 总计) never take the numbers.
    if (first.row.order <= this.lastOrder || (current !== undefined && first.row.order >= current.order)) return;
    this.rows.set(first.row.spec.key, {
      cells: takeCells(pending.run, first.row.spec.width),
      labelText: pending.labels + this.chunk.slice(0, first.end),
    });
    this.lastOrder = Math.max(this.lastOrder, first.row.order);
  }

  private clear(): void {
    this.chunk = '';
    this.cleanFrom = 0;
    this.lineFrom = 0;
  }
}

/** A table printed with no cell at all (PDF text of an all-blank table): blank rows, when most of its labels are there. */
function addBlankTable(rows: Map<string, ReadRow>, specs: readonly PreparedSpec[], labels: string): void {
  const blank = new Map<string, ReadRow>();
  addBlankRows(blank, specs, labels, -1, specs.length);
  if (blank.size * 2 >= specs.length) for (const [key, row] of blank) rows.set(key, row);
}

/**
 * Adds, as rows of blank cells, the unread rows expected between two read rows whose keys occur in order in
 * the label text between them: "5.属于三类内部事务信息 6.属于四类过程性信息" printed without cells.
 */
function addBlankRows(
  rows: Map<string, ReadRow>,
  specs: readonly PreparedSpec[],
  labels: string,
  after: number,
  before: number,
): void {
  let from = 0;
  for (const prepared of specs.slice(after + 1, before)) {
    if (rows.has(prepared.spec.key) || prepared.spec.headsNext) continue;
    const found = prepared.keys.map(({ key }) => ({ at: labels.indexOf(key, from), key })).filter(({ at }) => at >= 0);
    const first = found.reduce<(typeof found)[number] | undefined>(
      (best, hit) => (best === undefined || hit.at < best.at ? hit : best),
      undefined,
    );
    if (first === undefined) continue;
    from = first.at + first.key.length;
    rows.set(prepared.spec.key, { cells: blankCells(prepared.spec.width), labelText: '' });
  }
}

function blankCells(width: number): Token[] {
  return Array.from({ length: width }, () => ({ kind: 'blank', text: '', key: '', number: 0, line: -1 }) as const);
}

/** Stands in, while reading, for a row whose cells could not be told apart: taken, yet never returned. */
const REFUSED: ReadRow = { cells: [], labelText: '' };

/** Cells grouped by the line they were printed on. */
function splitLines(cells: readonly Token[]): Token[][] {
  const lines: Token[][] = [];
  for (const cell of cells) {
    const last = lines.at(-1);
    if (last !== undefined && last[0]?.line === cell.line) last.push(cell);
    else lines.push([cell]);
  }
  return lines;
}

/**
 * The unread rows after row `after` that the labels name, in printed order, each key found after the one before:
 * "（四）无法提供 1.本机关不掌握… 2.没有现成… 3.补正后…" names three rows. A heading over sub-rows names none.
 */
function namedRows(
  labels: string,
  specs: readonly PreparedSpec[],
  read: ReadonlyMap<string, ReadRow>,
  after: number,
): PreparedSpec[] {
  const named: PreparedSpec[] = [];
  let from = 0;
  for (const prepared of specs.slice(after + 1)) {
    if (read.has(prepared.spec.key) || prepared.spec.headsNext) continue;
    const hits = prepared.keys.map(({ key }) => ({ at: labels.indexOf(key, from), key })).filter(({ at }) => at >= 0);
    const first = hits.reduce<(typeof hits)[number] | undefined>(
      (best, hit) => (best && best.at <= hit.at ? best : hit),
      undefined,
    );
    if (first === undefined) continue;
    named.push(prepared);
    from = first.at + first.key.length;
  }
  return named;
}

function findRunEnd(tokens: readonly Token[], from: number, end: number): number {
  let index = from;
  while (index < end && tokens[index]?.kind !== 'label') index++;
  return index;
}

/** The row's cells: leading empty cells dropped while the run is longer than the row. */
function takeCells(printed: readonly Token[], width: number): Token[] {
  const run = dropStrayNumbers(printed, width);
  let start = 0;
  while (run.length - start > width && run[start]?.kind === 'blank') start++;
  return run.slice(start, start + width);
}
