// Chat, not a question: a message read wholly as chat words (你好 / 谢谢老师！/ 辛苦了👍 / hi there / 年报) and the
// small words beside them. One unread word makes it a question for understand().
import type { NormalizedQuestion } from '../text/index.js';
import type { Lang } from '../types.js';
import { CHAT_COMPANIONS, CHAT_PRIORITY, CHAT_WORDS, type ChatKind } from '../vocabulary/chat.js';

interface ChatWord {
  readonly units: readonly string[];
  readonly kind: ChatKind | null;
}

/** Emoji people send for "thanks / well done". */
const APPROVING_EMOJI = /[👍👌🙏💪👏🤝❤💯]/u;

const dictionaries = new Map<Lang, readonly ChatWord[]>();

/** The kind of chat a message is, or null when it is (or may be) a question. An empty message is a greeting. */
export function readChat({ text, lang }: NormalizedQuestion): ChatKind | null {
  const units = unitsOf(text.toLowerCase(), lang);
  if (units.length === 0) return APPROVING_EMOJI.test(text) ? 'thanks' : /[?？]/u.test(text) ? 'help' : 'greeting';
  const kinds = new Set<ChatKind>();
  for (let at = 0; at < units.length; ) {
    const word = longestAt(units, at, dictionary(lang));
    if (!word) return null;
    if (word.kind) kinds.add(word.kind);
    at += word.units.length;
  }
  return CHAT_PRIORITY.find((kind) => kinds.has(kind)) ?? null;
}

/** Characters in Chinese, words in English; punctuation, emoji and spaces dropped. */
function unitsOf(text: string, lang: Lang): string[] {
  if (lang === 'en') return text.split(/[^\p{L}\p{N}']+/u).filter((word) => word !== '');
  return [...text].filter((char) => /[\p{L}\p{N}]/u.test(char));
}

function longestAt(units: readonly string[], at: number, words: readonly ChatWord[]): ChatWord | undefined {
  return words.find((word) => word.units.every((unit, offset) => units[at + offset] === unit));
}

function dictionary(lang: Lang): readonly ChatWord[] {
  let words = dictionaries.get(lang);
  if (!words) {
    const entries = [
      ...Object.entries(CHAT_WORDS).flatMap(([kind, byLang]) =>
        byLang[lang].map((word) => ({ units: unitsOf(word, lang), kind: kind as ChatKind })),
      ),
      ...CHAT_COMPANIONS[lang].map((word) => ({ units: unitsOf(word, lang), kind: null })),
    ];
    // Longest first, so 谢谢 is read before 谢 and "thank you" before "you".
    words = entries.filter((word) => word.units.length > 0).sort((a, b) => b.units.length - a.units.length);
    dictionaries.set(lang, words);
  }
  return words;
}
