// Whether a question says something beyond what understanding read: the words no organ, year, table word or
// filler explains. 龙岗区的人口有多少 leaves 人口; "population of Longgang" leaves "population".
import type { Lang } from './types.js';
import { FILLER_EN, FILLER_ZH } from './vocabulary/filler.js';

const FILLER_ZH_LONGEST_FIRST = [...FILLER_ZH].sort((a, b) => b.length - a.length);
const FILLER_EN_SET: ReadonlySet<string> = new Set(FILLER_EN);
const CONTENT = /[\p{Script=Han}a-z]/iu;

/** True when tokens outside the covered spans and the unknown names hold a word that is not filler. */
export function hasUnreadWords(tokens: readonly string[], covered: readonly { start: number; end: number }[], unknownNames: readonly string[], lang: Lang): boolean {
  const free = tokens.map((token) => token);
  for (const span of covered) for (let at = span.start; at < span.end; at += 1) free[at] = ' ';
  if (lang === 'en') {
    const named = new Set(unknownNames.flatMap((name) => name.toLowerCase().split(/\s+/)));
    return free.some((word) => CONTENT.test(word) && !FILLER_EN_SET.has(word) && !named.has(word));
  }
  let rest = free.join('');
  for (const name of unknownNames) rest = rest.replace(name, ' ');
  for (const filler of FILLER_ZH_LONGEST_FIRST) if (rest.includes(filler)) rest = rest.split(filler).join(' ');
  return CONTENT.test(rest);
}
