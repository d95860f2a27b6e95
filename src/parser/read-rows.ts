// Reads a row-labelled table (二 or 三) from the token stream: label fragments gather into a chunk until
// a run of cells follows; the chunk names the row, the run gives its cells.
import type { RowLabel } from './labels.js';
import { compactLabel } from './labels.js';
import type { TokenRange } from './find-tables.js';
import type { Token } from './tokenize.js';

/** A row to look for: its vocabulary and how many cells it has. */
export interface RowSpec extends RowLabel {
  readonly key: string;
  readonly width: number;
}

/** The cells read for one row, and the label text that named it (headers included, for units). */
export interface ReadRow {
  readonly cells: readonly Token[];
  readonly labelText: string;
}

/** Characters a key may end before the end of its chunk, beyond the rest of the official label. */
const TAIL_SLACK = 8;
/** Bigram similarity at which an unmatched chunk is taken for the next expected row. */
const FUZZY_THRESHOLD = 0.5;
/** How many of the next expected rows the fuzzy fallback considers. */
const FUZZY_LOOKAHEAD = 3;

interface PreparedSpec {
  readonly spec: RowSpec;
  readonly order: number;
  /** Per key, how many label characters may follow it. */
  readonly keys: readonly { readonly key: string; readonly tail: number }[];
  readonly bigrams: ReadonlySet<string>;
}

/**
 * Reads the rows of one table in `range`. A run shorter than the row is ignored (a page number, a header
 * cell); a longer run gives its first cells (merged cells repeat their value in pipe rows).
 */
export function readRows(tokens: readonly Token[], range: TokenRange, specs: readonly RowSpec[]): Map<string, ReadRow> {
  const prepared = specs.map(prepareSpec);
  const rows = new Map<string, ReadRow>();
  let chunk = '';
  let index = range.start;
  while (index < range.end) {
    const token = tokens[index];
    if (token === undefined) break;
    if (token.kind === 'label') {
      chunk += token.key;
      index++;
      continue;
    }
    const runEnd = findRunEnd(tokens, index, range.end);
    const run = tokens.slice(index, runEnd);
    index = runEnd;
    const hasValue = run.some((cell) => cell.kind === 'value');
    if (!hasValue && run.length < maxWidth(prepared)) continue; // structural empty cells
    const match = matchRow(chunk, prepared, rows);
    if (match === undefined || run.length < match.spec.width) {
      if (match !== undefined || run.length >= minWidth(prepared)) chunk = '';
      continue;
    }
    rows.set(match.spec.key, { cells: takeCells(run, match.spec.width), labelText: chunk });
    chunk = '';
  }
  return rows;
}

function findRunEnd(tokens: readonly Token[], from: number, end: number): number {
  let index = from;
  while (index < end && tokens[index]?.kind !== 'label') index++;
  return index;
}

/** The row's cells: leading empty cells dropped while the run is longer than the row. */
function takeCells(run: readonly Token[], width: number): Token[] {
  let start = 0;
  while (run.length - start > width && run[start]?.kind === 'blank') start++;
  return run.slice(start, start + width);
}

/**
 * The row named by the end of `chunk`: among rows not yet read, the one whose key ends latest in the chunk,
 * provided no more than the rest of its label follows the key. Failing that, a close bigram match with one of
 * the next expected rows (labels with lost characters).
 */
function matchRow(chunk: string, specs: readonly PreparedSpec[], read: ReadonlyMap<string, ReadRow>): PreparedSpec | undefined {
  let best: PreparedSpec | undefined;
  let bestEnd = -1;
  for (const prepared of specs) {
    if (read.has(prepared.spec.key)) continue;
    for (const { key, tail } of prepared.keys) {
      const at = chunk.lastIndexOf(key);
      if (at < 0) continue;
      const end = at + key.length;
      if (chunk.length - end <= tail + TAIL_SLACK && end > bestEnd) {
        best = prepared;
        bestEnd = end;
      }
    }
  }
  return best ?? matchFuzzy(chunk, specs, read);
}

function matchFuzzy(chunk: string, specs: readonly PreparedSpec[], read: ReadonlyMap<string, ReadRow>): PreparedSpec | undefined {
  const lastRead = specs.reduce((last, prepared) => (read.has(prepared.spec.key) ? prepared.order : last), -1);
  const candidates = specs.filter((prepared) => prepared.order > lastRead && !read.has(prepared.spec.key)).slice(0, FUZZY_LOOKAHEAD);
  for (const candidate of candidates) {
    const label = compactLabel(candidate.spec.label);
    const tail = bigramsOf(chunk.slice(-(label.length + 2)));
    if (diceSimilarity(tail, candidate.bigrams) >= FUZZY_THRESHOLD) return candidate;
  }
  return undefined;
}

function prepareSpec(spec: RowSpec, order: number): PreparedSpec {
  const label = compactLabel(spec.label);
  const keys = spec.keys.map((key) => {
    const at = label.indexOf(key);
    return { key, tail: at < 0 ? label.length : label.length - at - key.length };
  });
  return { spec, order, keys, bigrams: bigramsOf(label) };
}

function maxWidth(specs: readonly PreparedSpec[]): number {
  return Math.max(...specs.map((prepared) => prepared.spec.width));
}

function minWidth(specs: readonly PreparedSpec[]): number {
  return Math.min(...specs.map((prepared) => prepared.spec.width));
}

function bigramsOf(text: string): Set<string> {
  const bigrams = new Set<string>();
  for (let i = 0; i + 1 < text.length; i++) bigrams.add(text.slice(i, i + 2));
  return bigrams;
}

function diceSimilarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const bigram of a) if (b.has(bigram)) shared++;
  return (2 * shared) / (a.size + b.size);
}
