// A question as the rest of understanding sees it: Simplified Chinese, half-width, tokens, and the reply language.
import * as OpenCC from 'opencc-js';
import { tokenizeEnglish } from '../../organ-names/index.js';
import type { Lang } from '../types.js';
import { APPLICATION_ROW_TERMS } from '../vocabulary/applications.js';
import { withEnglishFigureWords } from './english-figure-words.js';
import { makeSimplifiedToTraditional } from './phrase-converter.js';

/** The question after normalizing, and the language to reply in. */
export interface NormalizedQuestion {
  readonly raw: string;
  /** NFKC + Traditional → Simplified; English lower case. */
  readonly text: string;
  readonly lang: Lang;
  /** Written in Traditional characters: the reply is converted to Traditional too. */
  readonly isTraditional: boolean;
}

const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
let simplifiedToTraditional: ((text: string) => string) | undefined;
/**
 * Simplified → Traditional (Taiwan), the one converter of the engine (the reply's conversion uses it too), built
 * at its first use, a question written in Traditional: a bot asked only in Simplified never holds its dictionaries
 * (about 8 MB of heap, 0.15 s to build).
 */
export function toTraditional(text: string): string {
  simplifiedToTraditional ??= makeSimplifiedToTraditional();
  return simplifiedToTraditional(text);
}
const HAN = /\p{Script=Han}/u;
const LATIN = /[a-z]/i;
/** WeChat's emoticons arrive as text: [微笑], [OK], [捂脸]. */
const WECHAT_EMOTICON = /\[[^[\]\d]{1,4}\]/gu;
/** `@name` followed by a space or a comma/colon; a mention running into the text is left alone (its end is unknown). */
const MENTION = /(?:^|\s)@[^\s，,：:]+(?:[\s，,：:]+|$)/gu;

/**
 * Variant spellings with one meaning, written for the standard one (部份公开 is 部分公开): read as the standard word.
 * A slip that could mean another word (予已公开) is not here: understanding asks about it.
 */
const VARIANT_SPELLINGS: readonly (readonly [RegExp, string])[] = [
  [/部份/g, '部分'],
  [/帐/g, '账'],
  // 人民正府: 正府 is no word; the same sound typed for 政府.
  [/正府/g, '政府'],
];

/**
 * Quotation marks as people type them around a word (「其他」, 『其他』, ‘其他’, "其他", '其他'), written as the reports
 * print them (“其他”): the vocabulary holds one form. A lone mark is left as it is.
 */
const QUOTED_WORD = /[「『‘"']([^「」『』‘’“”"'\s]{1,24})[」』’"']/gu;

/** Punctuation a question copies inside a row's printed label (逾期不补正、行政机关…, 部分公开（区分处理的，…）). */
const LABEL_PUNCTUATION = '[、，,；;()（）“”\\s]*';

/** Labels long enough to be copied from a table rather than typed; their words are a row's (vocabulary/applications). */
const PRINTED_LABEL_LENGTH = 8;

let printedLabels: readonly (readonly [RegExp, string])[] | undefined;

/**
 * The numbering a table prints before its rows and parts (（二）部分公开, 二、上年结转…, 三、收到和处理…), and the article
 * table 二's heading cites (第二十条第（六）项), copied with a label: no word of the question. Only in brackets, or
 * opening the question, a clause or a quotation with 、.
 */
const TABLE_NUMBERING =
  /第[一二三四五六七八九十]+条(?:第[(（]?[一二三四五六七八九十]+[)）]?项)?|[(（][一二三四五六七八九十][)）]|(?<=^|[\s，,。；;“"「])[一二三四五六七八九十]、/gu;

/** A row's label copied from the table with its punctuation and numbering, written as the label's words alone. */
function withPrintedLabels(text: string): string {
  const numbered = text.replace(NUMBERED_TOTAL, '办理结果总计');
  return withLabelWords(numbered.replace(TABLE_NUMBERING, ' ').replace(/^ +/u, ''));
}

/** （七）总计: table 三's row of every outcome added, named by its number — the one numbered row no word names alone. */
const NUMBERED_TOTAL = /[(（]七[)）]\s*总计/gu;

function withLabelWords(text: string): string {
  printedLabels ??= Object.values(APPLICATION_ROW_TERMS)
    .flatMap((row) => row.zh.filter((word) => [...word].length >= PRINTED_LABEL_LENGTH))
    .map((label) => [new RegExp(`${[...label].join(LABEL_PUNCTUATION)}([)）])?`, 'gu'), label] as const);
  // A bracket the label opened closes after its last word: it goes with the label.
  const joinedAs = (label: string) => (copied: string, closing: string | undefined) =>
    closing && !/[(（]/u.test(copied) ? label + closing : label;
  // A label is copied only where the text holds each of its characters: the others' expressions are not run (about
  // a millisecond of a question's CPU went to running them all).
  let joined = text;
  let chars = new Set(joined);
  for (const [copied, label] of printedLabels) {
    if (!holdsEvery(chars, label)) continue;
    const replaced = joined.replace(copied, joinedAs(label));
    if (replaced !== joined) chars = new Set(replaced);
    joined = replaced;
  }
  return joined;
}

/** Whether the text's characters hold each of the label's (but a character its expression reads as a pattern: 3.其他). */
function holdsEvery(chars: ReadonlySet<string>, label: string): boolean {
  for (const char of label) if (!chars.has(char) && !REGEX_SYNTAX.test(char)) return false;
  return true;
}

const REGEX_SYNTAX = /[\\^$.*+?()[\]{}|]/u;

/**
 * Normalizes a question: `龍崗區２０２２年` → `龙岗区2022年`; English lower case. `conversationLang`: the language of the
 * conversation's last question, for one written in neither script (2022?), which is answered in it.
 */
export function normalizeQuestion(raw: string, conversationLang?: Lang): NormalizedQuestion {
  // A chat mention (@年报助手 …) is the bot's name, not part of the question; NFKC makes WeChat's U+2005 a space.
  const halfWidth = raw.normalize('NFKC').replace(MENTION, ' ').replace(WECHAT_EMOTICON, ' ').trim();
  // Punctuation or emoji alone (？) is answered in Chinese, or in the conversation's language: only Latin letters
  // without Han make a question English.
  const lang: Lang = HAN.test(halfWidth) ? 'zh' : LATIN.test(halfWidth) ? 'en' : (conversationLang ?? 'zh');
  const text =
    lang === 'zh'
      ? withPrintedLabels(
          VARIANT_SPELLINGS.reduce(
            (simplified, [variant, standard]) => simplified.replace(variant, standard),
            withEnglishFigureWords(toSimplified(halfWidth).replace(QUOTED_WORD, '“$1”')),
          ),
        )
      : // Hongze 2024's reviews: the year's possessive, which reading the year would leave behind as a word.
        halfWidth.toLowerCase().replace(/(?<=\b(?:19|20)\d{2})['’]s\b/gu, '');
  return { raw, text, lang, isTraditional: lang === 'zh' && isTraditionalText(halfWidth, text) };
}

/**
 * A character only Traditional writes: it changes to Simplified and stays as it is when written in Traditional
 * (區; not 么, which Simplified also writes and Traditional writes 麼).
 */
function isTraditionalText(original: string, simplified: string): boolean {
  if (original === simplified) return false;
  return [...original].some((char) => HAN.test(char) && toSimplified(char) !== char && toTraditional(char) === char);
}

/** Tokens of a text in a language; vocabulary goes through the same function so both sides match. */
export function tokenize(text: string, lang: Lang): string[] {
  return lang === 'zh' ? [...text] : tokenizeEnglish(text);
}
