// OpenCC's Simplified → Traditional (Taiwan) conversion with its own dictionaries and its own steps, held compactly:
// opencc-js keeps each dictionary as a trie of one Map per character (80 MB resident for s2tw, 0.3 s to build);
// here each is one Map from a phrase to its replacement, matched longest first (about a tenth of that). The steps
// are opencc-js's, so the output is the same text (test/answers/replies/phrase-converter.test.ts compares them).
import * as OpenCC from 'opencc-js';

/** One dictionary group: every phrase's replacement, the first dictionary of the group winning a phrase. */
class PhraseTable {
  private readonly replacements = new Map<string, string>();
  /** The longest phrase (in UTF-16 units) starting with each character, so a match tries no longer slice. */
  private readonly longest = new Map<number, number>();

  constructor(dictionaries: readonly string[]) {
    for (const dictionary of [...dictionaries].reverse())
      for (const line of dictionary.split('|')) {
        const [phrase = '', replacement] = line.split(' ');
        if (replacement === undefined) throw new TypeError(`not a dictionary line: ${line}`);
        // An empty phrase never matches (opencc-js's trie holds it at its root, which no match reads).
        if (phrase === '') continue;
        this.replacements.set(phrase, replacement);
        const first = phrase.codePointAt(0) as number;
        this.longest.set(first, Math.max(this.longest.get(first) ?? 0, phrase.length));
      }
  }

  /** The longest phrase at `at` and its replacement, or null. */
  private match(text: string, at: number): { readonly end: number; readonly value: string } | null {
    const longest = Math.min(this.longest.get(text.codePointAt(at) as number) ?? 0, text.length - at);
    for (let length = longest; length > 0; length -= 1) {
      const value = this.replacements.get(text.slice(at, at + length));
      if (value !== undefined) return { end: at + length, value };
    }
    return null;
  }

  /** The text cut into phrases of the table and the runs between them (opencc-js Trie.segment). */
  segment(text: string): string[] {
    return this.walk(text, (phrase) => phrase);
  }

  /** Every phrase of the table replaced, longest first, left to right (opencc-js Trie.convert). */
  convert(text: string): string {
    return this.walk(text, (_phrase, value) => value).join('');
  }

  private walk(text: string, take: (phrase: string, value: string) => string): string[] {
    const parts: string[] = [];
    let unmatchedFrom: number | null = null;
    for (let at = 0; at < text.length; ) {
      const matched = this.match(text, at);
      if (matched) {
        if (unmatchedFrom !== null) parts.push(text.slice(unmatchedFrom, at));
        unmatchedFrom = null;
        parts.push(take(text.slice(at, matched.end), matched.value));
        at = matched.end;
      } else {
        unmatchedFrom ??= at;
        at += unmatchedLength(text, at);
      }
    }
    if (unmatchedFrom !== null) parts.push(text.slice(unmatchedFrom));
    return parts;
  }
}

const codePointLength = (text: string, at: number): number => ((text.codePointAt(at) as number) > 0xffff ? 2 : 1);

/** How many characters an ideographic description character (⿰ …) combines: its sequence is never split. */
function descriptionArity(codePoint: number): number {
  if (codePoint >= 0x2ff0 && codePoint <= 0x2ff1) return 2;
  if (codePoint >= 0x2ff2 && codePoint <= 0x2ff3) return 3;
  if (codePoint >= 0x2ff4 && codePoint <= 0x2fff) return 2;
  return 0;
}

function descriptionSequenceEnd(text: string, at: number): number {
  const arity = descriptionArity(text.codePointAt(at) as number);
  if (arity === 0) return 0;
  let end = at + codePointLength(text, at);
  for (let part = 0; part < arity; part += 1) {
    if (end >= text.length) return 0;
    end = descriptionSequenceEnd(text, end) || end + codePointLength(text, end);
  }
  return end;
}

function unmatchedLength(text: string, at: number): number {
  const end = descriptionSequenceEnd(text, at);
  return end > at ? end - at : codePointLength(text, at);
}

/** Simplified → Traditional (Taiwan) as `OpenCC.Converter({ from: 'cn', to: 'tw' })` converts it. */
export function makeSimplifiedToTraditional(): (text: string) => string {
  const config = OpenCC.Locale.configs.s2tw;
  if (!config) throw new Error('opencc-js has no s2tw conversion');
  const normalization = (config.normalizationChain ?? []).map((group) => new PhraseTable(group));
  const segmentation = new PhraseTable(config.segmentation);
  const conversion = config.conversionChain.map((group) => new PhraseTable(group));
  return (text) => {
    const normalized = normalization.reduce((converted, table) => table.convert(converted), text);
    return segmentation
      .segment(normalized)
      .map((segment) => conversion.reduce((converted, table) => table.convert(converted), segment))
      .join('');
  };
}
