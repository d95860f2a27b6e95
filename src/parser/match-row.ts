// Which row a run of cells belongs to, told by the label text before (or after) it: distinctive keys first,
// then a close match of the whole label for labels with lost characters.
import { compactLabel } from './labels.js';
import type { ReadRow, RowSpec } from './row-spec.js';

/** Characters a key may end before the end of its chunk, beyond the rest of the official label. */
const TAIL_SLACK = 8;
/** Share of a label's characters, in order, that an unmatched chunk must end with to be taken for that row. */
const FUZZY_THRESHOLD = 0.6;
/** Labels shorter than this are never told by likeness: two of "3其他"'s three characters are in any 其他…. */
const FUZZY_MIN_LABEL = 4;
/** How many of the next expected rows the fuzzy fallback considers. */
const FUZZY_LOOKAHEAD = 3;

/** A row spec with its label compacted and each key's allowance. */
export interface PreparedSpec {
  readonly spec: RowSpec;
  readonly order: number;
  /** Per key, how many characters may follow it in a chunk that names the row (the rest of its label and some slack). */
  readonly keys: readonly { readonly key: string; readonly tail: number }[];
  /** The official label in compact form. */
  readonly label: string;
}

/** The unread row (other than `except`) whose key occurs earliest in the labels, with where its key starts and ends. */
export function firstKey(
  labels: string,
  specs: readonly PreparedSpec[],
  read: ReadonlyMap<string, ReadRow>,
  except: PreparedSpec | undefined,
): { readonly row: PreparedSpec; readonly at: number; readonly end: number } | undefined {
  let first: { row: PreparedSpec; at: number; end: number } | undefined;
  for (const prepared of specs) {
    if (prepared === except || read.has(prepared.spec.key)) continue;
    for (const { key } of prepared.keys) {
      const at = labels.indexOf(key);
      if (at >= 0 && (first === undefined || at < first.at)) first = { row: prepared, at, end: at + key.length };
    }
  }
  return first;
}

/** Where the matched row's own label starts in the chunk: at its key, or its label's length from the end. */
export function labelStart(chunk: string, match: PreparedSpec): number {
  const starts = match.keys.map(({ key }) => chunk.lastIndexOf(key)).filter((at) => at >= 0);
  return starts.length > 0 ? Math.max(...starts) : Math.max(0, chunk.length - match.label.length);
}

/**
 * The row named by the end of `chunk`: among rows not yet read, the one whose key ends latest in the chunk,
 * provided no more than the rest of its label follows the key. Failing that, a close bigram match with one of
 * the next expected rows (labels with lost characters).
 */
export function matchRow(
  chunk: string,
  specs: readonly PreparedSpec[],
  read: ReadonlyMap<string, ReadRow>,
): PreparedSpec | undefined {
  return matchByKey(chunk, specs, read) ?? matchFuzzy(chunk, specs, read);
}

/** Among rows not yet read, the one whose key ends latest in the chunk, with no more than its label's rest after. */
export function matchByKey(
  chunk: string,
  specs: readonly PreparedSpec[],
  read: ReadonlyMap<string, ReadRow>,
): PreparedSpec | undefined {
  let best: PreparedSpec | undefined;
  let bestEnd = -1;
  for (const prepared of specs) {
    if (read.has(prepared.spec.key)) continue;
    for (const { key, tail } of prepared.keys) {
      // Only the chunk's end can hold such a key: searching the whole chunk made a long table quadratic.
      const from = Math.max(0, chunk.length - key.length - tail);
      const found = chunk.slice(from).lastIndexOf(key);
      if (found < 0) continue;
      const at = from + found;
      const end = at + key.length;
      if (chunk.length - end <= tail && end > bestEnd) {
        best = prepared;
        bestEnd = end;
      }
    }
  }
  return best;
}

/**
 * Short labels are told by likeness only as the very next row, at the chunk's very end ("3" printed apart from
 * "、其他" leaves "其他"); a heading of sub-rows only where the chunk ends with its label's end.
 */
function isLikenessAllowed(chunk: string, prepared: PreparedSpec, rank: number): boolean {
  const { label } = prepared;
  if (label.length < FUZZY_MIN_LABEL) return rank === 0 && chunk.endsWith(label.slice(-2));
  return prepared.spec.headsNext !== true || chunk.endsWith(label.slice(-1));
}

/**
 * For a chunk no key names: the next expected row (of a few) whose label, in order, makes up most of the
 * chunk's end: "行政可" is 行政许可 (3 of 4 characters, at least 60%), not 行政处罚 (2 of 4).
 */
function matchFuzzy(
  chunk: string,
  specs: readonly PreparedSpec[],
  read: ReadonlyMap<string, ReadRow>,
): PreparedSpec | undefined {
  const lastRead = specs.reduce((last, prepared) => (read.has(prepared.spec.key) ? prepared.order : last), -1);
  // "六其他理" (a lost character) is （六）其他处理; "六其他处理1" starts the sub-row 1.申请人….
  const candidates = specs
    .filter((prepared) => prepared.order > lastRead && !read.has(prepared.spec.key))
    .slice(0, FUZZY_LOOKAHEAD)
    .filter((prepared, rank) => isLikenessAllowed(chunk, prepared, rank));
  let best: PreparedSpec | undefined;
  let bestScore = FUZZY_THRESHOLD;
  for (const candidate of candidates) {
    const tail = chunk.slice(-(candidate.label.length + 2));
    const score = commonSubsequenceLength(tail, candidate.label) / candidate.label.length;
    if (score >= bestScore && (best === undefined || score > bestScore)) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

/** Compacts a spec's label and works out how much text may follow each key. */
export function prepareSpec(spec: RowSpec, order: number): PreparedSpec {
  const label = compactLabel(spec.label);
  const keys = spec.keys.map((key) => {
    const at = label.indexOf(key);
    // A heading of sub-rows names its own row only at the chunk's end: "（六）其他处理 1.申请人…" is a sub-row's label.
    if (spec.headsNext === true) return { key, tail: 0 };
    return { key, tail: (at < 0 ? label.length : label.length - at - key.length) + TAIL_SLACK };
  });
  return { spec, order, keys, label };
}

/** Length of the longest common subsequence of two short strings. */
function commonSubsequenceLength(a: string, b: string): number {
  let previous = new Array<number>(b.length + 1).fill(0);
  for (const charA of a) {
    const current = [0];
    for (let j = 1; j <= b.length; j++) {
      current[j] = charA === b[j - 1] ? (previous[j - 1] ?? 0) + 1 : Math.max(previous[j] ?? 0, current[j - 1] ?? 0);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
