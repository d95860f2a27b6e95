// Whether a question says something beyond what understanding read: the words no organ, year, table word or
// filler explains. 龙岗区的人口有多少 leaves 人口; "population of Longgang" leaves "population" (out of scope too).
import type { Lang } from '../types.js';
import { FILLER_EN, FILLER_ZH, OUT_OF_SCOPE } from '../vocabulary/filler.js';

const FILLER_ZH_LONGEST_FIRST = [...FILLER_ZH].sort((a, b) => b.length - a.length);
const FILLER_EN_SET: ReadonlySet<string> = new Set(FILLER_EN);
const OUT_OF_SCOPE_EN: ReadonlySet<string> = new Set(OUT_OF_SCOPE.en);
const CONTENT = /[\p{Script=Han}a-z]/iu;

/** What the words outside the known phrases say: anything at all (`hasUnread`), or something no table holds. */
export interface UnreadWords {
  readonly hasUnread: boolean;
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
    const unread = free.filter((word) => CONTENT.test(word) && !FILLER_EN_SET.has(word) && !named.has(word));
    return { hasUnread: unread.length > 0, isOutOfScope: unread.some((word) => OUT_OF_SCOPE_EN.has(word)) };
  }
  let rest = free.join('');
  for (const name of unknownNames) rest = rest.replace(name, ' ');
  const isOutOfScope = OUT_OF_SCOPE.zh.some((word) => rest.toUpperCase().includes(word));
  for (const filler of FILLER_ZH_LONGEST_FIRST) if (rest.includes(filler)) rest = rest.split(filler).join(' ');
  return { hasUnread: CONTENT.test(rest), isOutOfScope };
}
