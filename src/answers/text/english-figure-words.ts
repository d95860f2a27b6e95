// English figure words inside a Chinese question (龙岗 2022 applications多少, and the total column's: total): written as the figure's Chinese word,
// so the question is read in one vocabulary. A run of English the table vocabulary does not hold stays as it is
// and is left unread, never guessed.
import { tokenizeEnglish } from '../../organ-names/index.js';
import { ACTIVE_FIELD_TERMS, ACTIVE_ROW_TERMS } from '../vocabulary/active-disclosure.js';
import { APPLICANT_COLUMN_TERMS, APPLICATION_ROW_TERMS } from '../vocabulary/applications.js';
import { ASKING_EN, FILLER_EN } from '../vocabulary/filler.js';
import { TOTAL_WORDS } from '../vocabulary/operations.js';
import { REVIEW_COLUMN_TERMS, REVIEW_GROUP_TERMS } from '../vocabulary/review-litigation.js';
import type { TermSpec } from '../vocabulary/term.js';

const FIGURE_TABLES: readonly Readonly<Record<string, TermSpec>>[] = [
  APPLICATION_ROW_TERMS,
  APPLICANT_COLUMN_TERMS,
  REVIEW_GROUP_TERMS,
  REVIEW_COLUMN_TERMS,
  ACTIVE_ROW_TERMS,
  ACTIVE_FIELD_TERMS,
];

/** A run of English words (letters, joined by spaces, hyphens or apostrophes). */
const ENGLISH_RUN = /[a-z]+(?:[\s'’-]+[a-z]+)*/giu;

let chineseOf: ReadonlyMap<string, string> | undefined;
let longestPhrase = 0;

/**
 * Each English phrase of a figure (its tokens joined by a space) and the figure's first Chinese word of the same
 * strength (a weak English word, application, as the weak 申请), and the words of an operation. A phrase two figures
 * share names neither here.
 */
function chineseWords(): ReadonlyMap<string, string> {
  if (chineseOf) return chineseOf;
  const words = new Map<string, string | null>();
  const add = (english: readonly string[], chinese: string | undefined) => {
    if (chinese === undefined) return;
    for (const phrase of english) {
      const key = tokenizeEnglish(phrase).join(' ');
      const held = words.get(key);
      words.set(key, held === undefined || held === chinese ? chinese : null);
      longestPhrase = Math.max(longestPhrase, key.split(' ').length);
    }
  };
  for (const table of FIGURE_TABLES)
    for (const spec of Object.values(table)) {
      add(spec.en, spec.zh[0]);
      if (spec.weak) add(spec.weak.en, spec.weak.zh[0]);
    }
  // 沐阳县2025 admin reconsideration total: the total column's word is read as 总计 is.
  add(TOTAL_WORDS.en, TOTAL_WORDS.zh[0]);
  // 淮安2024年予以公开 minus 部分公开 / 复议总计 ratio 诉讼总计: an operation written in English, as its Chinese word.
  add(['minus'], '减去');
  add(['plus'], '加上');
  add(['divided by', 'ratio'], '除以');
  chineseOf = new Map([...words].flatMap(([phrase, chinese]) => (chinese === null ? [] : [[phrase, chinese]])));
  return chineseOf;
}

/** Filler words of English questions (administrative, the): beside a figure phrase written in Chinese, dropped. */
const FILLER: ReadonlySet<string> = new Set(FILLER_EN);

/**
 * An English run with its figure phrases written in Chinese, longest phrase first, and its filler words dropped
 * (admin lawsuits total → 行政诉讼总计); other words as they were. A run without a figure phrase stays whole.
 */
function writtenInChinese(run: string): string {
  const words = chineseWords();
  const tokens = tokenizeEnglish(run);
  const parts: string[] = [];
  let changed = false;
  for (let at = 0; at < tokens.length; ) {
    let length = Math.min(longestPhrase, tokens.length - at);
    for (; length > 0 && !words.has(tokens.slice(at, at + length).join(' ')); length -= 1);
    if (length === 0) {
      parts.push(FILLER.has(tokens[at] as string) ? ' ' : ` ${tokens[at]} `);
      at += 1;
      continue;
    }
    parts.push(words.get(tokens.slice(at, at + length).join(' ')) as string);
    changed = true;
    at += length;
  }
  return changed ? parts.join('').replace(/ {2,}/gu, ' ') : withoutAskingWords(run);
}

/** English words asking for a figure (how many, number, did … get in): read as 多少 / 请问 are, as nothing else. */
const ASKING: ReadonlySet<string> = new Set(ASKING_EN);
const isAsking = (word: string): boolean => ASKING.has(word.toLowerCase().replace(/['’]/gu, ''));

/**
 * A run without a figure phrase with its asking words at either end dropped (did Longgang get in → Longgang,
 * number → nothing); the words between stay as written (an organ's English name, or words left unread).
 */
function withoutAskingWords(run: string): string {
  const words = run.split(/\s+/u);
  let start = 0;
  let end = words.length;
  while (start < end && isAsking(words[start] as string)) start += 1;
  while (end > start && isAsking(words[end - 1] as string)) end -= 1;
  if (start === 0 && end === words.length) return run;
  return ` ${words.slice(start, end).join(' ')} `;
}

/**
 * `龙岗 2022 applications多少` → `龙岗 2022 申请多少`: the English figure words of a Chinese question in Chinese, and its
 * English asking words dropped (`Huai'an 2024的行政许可 number` → `Huai'an 2024的行政许可`).
 */
export function withEnglishFigureWords(text: string): string {
  return text.replace(ENGLISH_RUN, writtenInChinese);
}
