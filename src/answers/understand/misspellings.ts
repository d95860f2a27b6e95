// Close misspellings of a table word: 行政附议 (复议), 行政述讼 (诉讼), 予已公开 (予以公开). A window of the question as
// long as a table word that differs from it in one character only, that character one no other word explained and
// one that sounds like the table's, or in a long word is one pinyin key from it (an input-method slip): 撤回申请 is
// no slip of 驳回申请. Understanding asks
// "您是想问 行政复议 吗？"; it never answers a guess.
import { soundsAlike, typedAlike } from '../text/index.js';
import type { Term } from './term-dictionary.js';
import { TERM_DICTIONARIES } from './term-dictionary.js';

/** A written word and the table words it is one character away from. */
export interface Misspelling {
  readonly start: number;
  readonly end: number;
  readonly written: string;
  readonly meant: readonly string[];
}

/**
 * Table words shorter than this are slips only when no character of the window is read as another word of two
 * characters or more: 申清 and 诉松 are no words, 收道 has only the chat word 收 read, but 行政|附议 has 行政 read,
 * and a word of two characters beside it could be a real one.
 */
const SHORTEST = 3;
const SHORTEST_UNREAD = 2;
/**
 * In a word this long the other characters say which word it is, so a character one pinyin key off is a slip too
 * (予以公卡: ka for kai; 不掌握相关信急: ji for xi); in shorter ones only a character of the same sound is.
 */
const SHORTEST_TYPED = 4;

const isFigureTerm = (term: Term): boolean => term.kind === 'row' || term.kind === 'column';
const HAN = /\p{Script=Han}/u;

/** Each figure word with one character masked (行政?议 → 行政复议), by length: built once. */
const MASKED: ReadonlyMap<string, readonly string[]> = (() => {
  const masked = new Map<string, string[]>();
  for (const [word, terms] of TERM_DICTIONARIES.zh.entries) {
    const chars = [...word];
    if (chars.length < SHORTEST_UNREAD || !terms.some(isFigureTerm) || !chars.every((char) => HAN.test(char))) continue;
    for (let at = 0; at < chars.length; at += 1) {
      const key = [...chars.slice(0, at), '?', ...chars.slice(at + 1)].join('');
      const list = masked.get(key);
      if (!list) masked.set(key, [word]);
      else if (!list.includes(word)) list.push(word);
    }
  }
  return masked;
})();
const LENGTHS = [...new Set([...MASKED.keys()].map((key) => [...key].length))].sort((a, b) => b - a);

/**
 * The longest window of the tokens that is a figure word but for one character, that character unread (`readBy`
 * 0: the length of the longest known word covering a token) and a Chinese character; null when there is none.
 */
export function findMisspelling(tokens: readonly string[], readBy: (at: number) => number): Misspelling | null {
  const isRead = (at: number): boolean => readBy(at) > 0;
  for (const length of LENGTHS) {
    for (let start = 0; start + length <= tokens.length; start += 1) {
      const window = tokens.slice(start, start + length);
      if (!window.every((char) => HAN.test(char))) continue;
      if (length < SHORTEST && window.some((_, at) => readBy(start + at) > 1)) continue;
      const meant = new Set<string>();
      for (let at = 0; at < length; at += 1) {
        if (isRead(start + at)) continue;
        const key = [...window.slice(0, at), '?', ...window.slice(at + 1)].join('');
        for (const word of MASKED.get(key) ?? [])
          if (word !== window.join('') && isSlipOf(window[at] as string, [...word][at] as string, length))
            meant.add(word);
      }
      if (meant.size > 0) return { start, end: start + length, written: window.join(''), meant: [...meant] };
    }
  }
  return null;
}

const isSlipOf = (written: string, meant: string, length: number): boolean =>
  soundsAlike(written, meant) || (length >= SHORTEST_TYPED && typedAlike(written, meant));

/** English figure words long enough that one slip of the keys leaves them recognisable (lawsuit, reconsideration). */
const ENGLISH_SHORTEST = 5;
const ENGLISH_FIGURE_WORDS: readonly string[] = [...TERM_DICTIONARIES.en.entries].flatMap(([word, terms]) =>
  /^[a-z]+$/u.test(word) && word.length >= ENGLISH_SHORTEST && terms.some(isFigureTerm) ? [word] : [],
);

/**
 * An unread English word one typing slip from a figure word (lawsiut, litigaton, aplication; two slips in words of
 * nine letters or more: reconsidaration): the nearest figure words it may mean, or null.
 */
export function findEnglishMisspelling(unread: readonly string[]): Misspelling | null {
  for (const written of unread) {
    if (written.length < ENGLISH_SHORTEST || !/^[a-z]+$/u.test(written)) continue;
    const most = written.length >= 9 ? 2 : 1;
    const near = ENGLISH_FIGURE_WORDS.flatMap((word) =>
      Math.abs(word.length - written.length) <= most ? [{ word, edits: typingDistance(written, word) }] : [],
    ).filter((entry) => entry.edits <= most);
    // The nearest only: litigaton is litigation (one slip), not litigated (two).
    const fewest = Math.min(...near.map((entry) => entry.edits));
    const meant = near.filter((entry) => entry.edits === fewest).map((entry) => entry.word);
    if (meant.length > 0) return { start: -1, end: -1, written, meant };
  }
  return null;
}

/** Edits between two words: a letter added, dropped, changed, or two neighbours swapped (optimal string alignment). */
function typingDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number): number => rows[i]?.[j] ?? 0;
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      (rows[i] as number[])[j] = best;
    }
  }
  return at(a.length, b.length);
}
