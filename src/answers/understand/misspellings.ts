// Close misspellings of a table word: 行政附议 (复议), 行政述讼 (诉讼), 予已公开 (予以公开). A window of the question as
// long as a table word that differs from it in one character only, that character one no other word explained and
// one that sounds like the table's (an input-method slip): 撤回申请 is no slip of 驳回申请. Understanding asks
// "您是想问 行政复议 吗？"; it never answers a guess.
import { soundsAlike } from '../text/index.js';
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
          if (word !== window.join('') && soundsAlike(window[at] as string, [...word][at] as string)) meant.add(word);
      }
      if (meant.size > 0) return { start, end: start + length, written: window.join(''), meant: [...meant] };
    }
  }
  return null;
}
