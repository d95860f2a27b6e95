// Finding known phrases in a question without compiling a regex per phrase: a map from phrase to values and
// the set of phrase lengths, probed at each position. Chinese is scanned by character, English by word.

/** Phrases mapped to what they name, with the lengths (in tokens) present, longest first. */
export interface PhraseDictionary<T> {
  readonly entries: ReadonlyMap<string, readonly T[]>;
  readonly lengths: readonly number[];
  readonly joiner: string;
}

/** One phrase found in a question: tokens [start, end) and the values it names. */
export interface PhraseMatch<T> {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly values: readonly T[];
}

/** Builds a dictionary; `tokenize` must be the same function later used on questions. */
export function buildDictionary<T>(
  pairs: Iterable<readonly [string, T]>,
  tokenize: (text: string) => string[],
  joiner: string,
): PhraseDictionary<T> {
  const entries = new Map<string, T[]>();
  const lengths = new Set<number>();
  for (const [phrase, value] of pairs) {
    // Characters need no tokenizing: the phrase is its own key (most of a store's aliases are Chinese).
    const tokens = joiner === '' ? null : tokenize(phrase);
    const length = tokens ? tokens.length : countCodePoints(phrase);
    if (length === 0) continue;
    const key = tokens ? tokens.join(joiner) : phrase;
    const list = entries.get(key);
    if (!list) entries.set(key, [value]);
    else if (!list.includes(value)) list.push(value);
    lengths.add(length);
  }
  return { entries, lengths: [...lengths].sort((a, b) => b - a), joiner };
}

function countCodePoints(text: string): number {
  let count = 0;
  for (const _ of text) count += 1;
  return count;
}

/** Every occurrence of every phrase of the dictionary in the tokens, overlapping ones included. */
export function findPhrases<T>(tokens: readonly string[], dictionary: PhraseDictionary<T>): PhraseMatch<T>[] {
  const found: PhraseMatch<T>[] = [];
  const runOf = runsOf(tokens, dictionary.joiner);
  for (let start = 0; start < tokens.length; start += 1) {
    for (const length of dictionary.lengths) {
      if (start + length > tokens.length) continue;
      const text = runOf(start, start + length);
      const values = dictionary.entries.get(text);
      if (values) found.push({ start, end: start + length, text, values });
    }
  }
  return found;
}

/**
 * Keeps the longest phrases that do not overlap (复议后起诉 beats 行政复议 over 行政复议后起诉), earlier first on
 * a tie, and returns them in question order.
 */
export function pickLongest<T>(matches: readonly T[], span: (match: T) => { start: number; end: number }): T[] {
  const byLength = [...matches].sort((a, b) => {
    const x = span(a);
    const y = span(b);
    return y.end - y.start - (x.end - x.start) || x.start - y.start;
  });
  const taken: T[] = [];
  const covered = new Set<number>();
  for (const match of byLength) {
    const { start, end } = span(match);
    let isFree = true;
    for (let at = start; at < end && isFree; at += 1) isFree = !covered.has(at);
    if (!isFree) continue;
    for (let at = start; at < end; at += 1) covered.add(at);
    taken.push(match);
  }
  return taken.sort((a, b) => span(a).start - span(b).start);
}

/**
 * The text of tokens [start, end) joined: for characters, a slice of the text they make (a question's lookups probe
 * every length at every place, and slicing and joining the tokens each time was a share of its CPU).
 */
function runsOf(tokens: readonly string[], joiner: string): (start: number, end: number) => string {
  if (joiner !== '') return (start, end) => tokens.slice(start, end).join(joiner);
  const text = tokens.join('');
  const offsets = [0];
  for (const token of tokens) offsets.push((offsets.at(-1) as number) + token.length);
  return (start, end) => text.slice(offsets[start], offsets[end]);
}
