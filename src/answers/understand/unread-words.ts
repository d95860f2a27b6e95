// The accounting of every word of a question: each token is an organ, a year, a table word (figure, operation,
// filter), filler, or left unread. What is left is returned word by word, so that understanding can never ignore
// an unread content word: 龙岗区的人口有多少 leaves 人口, 行政复议还没审完的 leaves 还没审完.
import type { Lang } from '../types.js';
import { FILLER_EN, FILLER_ZH, OUT_OF_SCOPE, OUT_OF_SCOPE_PHRASES } from '../vocabulary/filler.js';

const FILLER_ZH_LONGEST_FIRST = [...FILLER_ZH].sort((a, b) => b.length - a.length);
const FILLER_EN_SET: ReadonlySet<string> = new Set(FILLER_EN);
const OUT_OF_SCOPE_EN: ReadonlySet<string> = new Set(OUT_OF_SCOPE.en);
const CONTENT = /[\p{Script=Han}a-z]/iu;
/** Where one unread Chinese word ends: blanks, punctuation, digits. */
const BREAK = /[^\p{Script=Han}a-z]+/iu;
/** A word in quotation marks, as normalizing writes every kind of them; split keeps the word at odd indexes. */
const QUOTED = /“([^“”]*)”/u;
/**
 * Content words holding a filler character (其 of 其他), left unread whole, as if quoted; 公开了 (公开了多少申请) says
 * which were disclosed — 予以公开, or with 部分公开 — never the applications received, which 公开 alone is filler of.
 */
const WHOLE_WORDS: readonly string[] = ['其他', '其余', '公开了'];

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
  const whole = tokens.join(lang === 'en' ? ' ' : '');
  const saysOutOfScope = OUT_OF_SCOPE_PHRASES[lang].some((phrase) => whole.includes(phrase));
  const free = tokens.map((token) => token);
  for (const span of covered) for (let at = span.start; at < span.end; at += 1) free[at] = ' ';
  if (lang === 'en') {
    const named = new Set(unknownNames.flatMap((name) => name.toLowerCase().split(/\s+/)));
    const words = free.filter((word) => CONTENT.test(word) && !FILLER_EN_SET.has(word) && !named.has(word));
    return { words, isOutOfScope: saysOutOfScope || words.some((word) => OUT_OF_SCOPE_EN.has(word)) };
  }
  let rest = free.join('');
  for (const name of unknownNames) rest = withoutName(rest, name);
  const isOutOfScope = saysOutOfScope || OUT_OF_SCOPE.zh.some((word) => rest.toUpperCase().includes(word));
  // A quoted word (“其他”) is one word as written: filler is not read out of it (其 of 其他 is not filler there).
  const words = WHOLE_WORDS.reduce((text, word) => text.split(word).join(`“${word}”`), rest)
    .split(QUOTED)
    .flatMap((piece, at) => {
      let text = piece;
      if (at % 2 === 0) for (const filler of FILLER_ZH_LONGEST_FIRST) text = text.split(filler).join(' ');
      return text.split(BREAK).filter((word) => CONTENT.test(word));
    });
  return { words, isOutOfScope };
}

/**
 * The text without a name read as a whole (an unknown organ, a top-N limit) of which known phrases may already have
 * blanked a part (龙岗区|教育局, 最多的|前两个, 前|两个单位): the longest piece of the name still in the text goes,
 * then the pieces of the name on either side of it.
 */
function withoutName(text: string, name: string): string {
  const chars = [...name];
  for (let length = chars.length; length > 0; length -= 1) {
    for (let start = 0; start + length <= chars.length; start += 1) {
      const piece = chars.slice(start, start + length).join('');
      if (!text.includes(piece)) continue;
      const rest = text.replace(piece, ' ');
      const before = chars.slice(0, start).join('');
      const after = chars.slice(start + length).join('');
      return withoutName(withoutName(rest, before), after);
    }
  }
  return text;
}
