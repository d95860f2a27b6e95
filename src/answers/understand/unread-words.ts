// The accounting of every word of a question: each token is an organ, a year, a table word (figure, operation,
// filter), filler, or left unread. What is left is returned word by word, so that understanding can never ignore
// an unread content word: 龙岗区的人口有多少 leaves 人口, 行政复议还没审完的 leaves 还没审完.
import type { Lang } from '../types.js';
import { FILLER_EN, FILLER_ZH, OUT_OF_SCOPE } from '../vocabulary/filler.js';

const FILLER_ZH_LONGEST_FIRST = [...FILLER_ZH].sort((a, b) => b.length - a.length);
const FILLER_EN_SET: ReadonlySet<string> = new Set(FILLER_EN);
const OUT_OF_SCOPE_EN: ReadonlySet<string> = new Set(OUT_OF_SCOPE.en);
const CONTENT = /[\p{Script=Han}a-z]/iu;
/** Where one unread Chinese word ends: blanks, punctuation, digits. */
const BREAK = /[^\p{Script=Han}a-z]+/iu;

/** What the words outside the known phrases say: the content words left, and whether one is out of scope. */
export interface UnreadWords {
  /** Content words no organ, year, table word or filler explains, in question order (还没审完, population). */
  readonly words: readonly string[];
  readonly isOutOfScope: boolean;
}

/** Reads the tokens outside the covered spans and the unknown names, against the filler and out-of-scope words. */
export function readUnreadWords(
  tokens: readonly string[],
  covered: readonly { start: number; end: number }[],
  unknownNames: readonly string[],
  lang: Lang,
): UnreadWords {
  const free = tokens.map((token) => token);
  for (const span of covered) for (let at = span.start; at < span.end; at += 1) free[at] = ' ';
  if (lang === 'en') {
    const named = new Set(unknownNames.flatMap((name) => name.toLowerCase().split(/\s+/)));
    const words = free.filter((word) => CONTENT.test(word) && !FILLER_EN_SET.has(word) && !named.has(word));
    return { words, isOutOfScope: words.some((word) => OUT_OF_SCOPE_EN.has(word)) };
  }
  let rest = free.join('');
  for (const name of unknownNames) rest = withoutName(rest, name);
  const isOutOfScope = OUT_OF_SCOPE.zh.some((word) => rest.toUpperCase().includes(word));
  for (const filler of FILLER_ZH_LONGEST_FIRST) if (rest.includes(filler)) rest = rest.split(filler).join(' ');
  return { words: rest.split(BREAK).filter((word) => CONTENT.test(word)), isOutOfScope };
}

/**
 * The text without a name read as a whole (an unknown organ, a top-N limit) whose first part a known phrase may
 * already have blanked (龙岗区|教育局, 最少|的两个): the longest end of the name still in the text goes.
 */
function withoutName(text: string, name: string): string {
  const chars = [...name];
  for (let cut = 0; cut < chars.length; cut += 1) {
    const end = chars.slice(cut).join('');
    if (text.includes(end)) return text.replace(end, ' ');
  }
  return text;
}
