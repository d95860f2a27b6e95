// Every number a text states, in whichever way it is written: 8,759 · 170,815.4万 · 五百五十二 · 88.6% · five hundred.
import { CHINESE_NUMERAL_RUN, countSignificant, ENGLISH_NUMBER_WORDS, readChineseNumeral } from '../../parser/index.js';

/** One number as written in a text. Its amount is `value × scale`. */
export interface NumberMention {
  readonly text: string;
  readonly value: number;
  /** 1, or the unit written after it: 万 1e4, 亿 1e8, thousand 1e3, million 1e6, billion 1e9. */
  readonly scale: number;
  readonly decimals: number;
  readonly significantDigits: number;
  readonly isPercent: boolean;
  /** Followed by 年: "22年" may mean 2022. */
  readonly isBeforeYear: boolean;
}

/** Units written after a number that scale it. */
const SCALE_WORDS: Readonly<Record<string, number>> = {
  千: 1e3,
  万: 1e4,
  亿: 1e8,
  万亿: 1e12,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
};

/**
 * Measure words after which a lone Chinese numeral is a quantity (一件, 两个, 九成, 五百多).
 * Without one, a single character such as the 三 of 表三 or the 一 of 一致 is not read as a number.
 */
const CHINESE_MEASURE_WORDS = [
  '件',
  '个',
  '家',
  '项',
  '元',
  '宗',
  '次',
  '人',
  '名',
  '条',
  '份',
  '位',
  '成',
  '半',
  '倍',
  '例',
  '多',
  '余',
  '%',
];

/** Runs of numeral characters that are words, not numbers: 千万 "by all means", 万一 "in case". */
const CHINESE_NUMERAL_IDIOMS = new Set(['千万', '万一', '万万', '一一', '一二']);

const ARABIC_NUMBER = /(?<![\d.])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?!\d)/gu;
const AFTER_ARABIC = /^\s*(万亿|亿|万|千|thousand\b|million\b|billion\b)?\s*(%|percent\b|per cent\b)?/iu;
const ENGLISH_WORD_RUN = new RegExp(
  `\\b(?:${Object.keys(ENGLISH_NUMBER_WORDS).join('|')})(?:[\\s-]+(?:and[\\s-]+)?(?:${Object.keys(ENGLISH_NUMBER_WORDS).join('|')}))*\\b`,
  'giu',
);

export interface ReadNumbersOptions {
  /**
   * Also read lone Chinese numerals with no measure word (the 三 of 前三). Used on the question, where
   * reading too much only allows more; never on a reply, where it would reject 表三.
   */
  readonly readsBareChineseNumerals?: boolean;
}

/** Every number stated in `text`. `readNumbers("收到552件，占88.6%")` gives 552 and 88.6 (percent). */
export function readNumbers(text: string, options: ReadNumbersOptions = {}): NumberMention[] {
  const normalized = text.normalize('NFKC');
  return [
    ...readArabicNumbers(normalized),
    ...readChineseNumbers(normalized, options.readsBareChineseNumerals ?? false),
    ...readEnglishNumberWords(normalized),
  ];
}

function readArabicNumbers(text: string): NumberMention[] {
  const mentions: NumberMention[] = [];
  for (const match of text.matchAll(ARABIC_NUMBER)) {
    const [whole, integer = '', fraction = ''] = match;
    const end = (match.index ?? 0) + whole.length;
    const after = AFTER_ARABIC.exec(text.slice(end)) ?? [''];
    const scaleWord = after[1]?.toLowerCase();
    const written = fraction === '' ? integer.replaceAll(',', '') : `${integer.replaceAll(',', '')}.${fraction}`;
    mentions.push({
      text: `${whole}${after[0]}`.trim(),
      value: Number(written),
      scale: scaleWord === undefined ? 1 : (SCALE_WORDS[scaleWord] ?? 1),
      decimals: fraction.length,
      significantDigits: countSignificant(written),
      isPercent: after[2] !== undefined,
      isBeforeYear: text.slice(end).trimStart().startsWith('年'),
    });
  }
  return mentions;
}

function readChineseNumbers(text: string, readsBare: boolean): NumberMention[] {
  const mentions: NumberMention[] = [];
  for (const match of text.matchAll(CHINESE_NUMERAL_RUN)) {
    const run = match[0];
    const start = match.index ?? 0;
    const before = text.slice(0, start);
    const after = text.slice(start + run.length);
    // 170,815.4万: the 万 scales the Arabic number before it; 百分之: the 百 belongs to "percent".
    if (/\d\s*$/u.test(before) || after.startsWith('分之')) continue;
    if (CHINESE_NUMERAL_IDIOMS.has(run)) continue;
    const hasMeasureWord = CHINESE_MEASURE_WORDS.some((word) => after.trimStart().startsWith(word));
    if (!readsBare && [...run].length < 2 && !hasMeasureWord) continue;
    const numeral = readChineseNumeral(run);
    if (numeral === undefined) continue;
    mentions.push({
      text: run,
      ...numeral,
      isPercent: before.endsWith('百分之') || after.trimStart().startsWith('%'),
      isBeforeYear: after.startsWith('年'),
    });
  }
  return mentions;
}

function readEnglishNumberWords(text: string): NumberMention[] {
  const mentions: NumberMention[] = [];
  for (const match of text.matchAll(ENGLISH_WORD_RUN)) {
    const words = match[0]
      .toLowerCase()
      .split(/[\s-]+/u)
      .filter((word) => word !== 'and');
    // "1.7 billion": the word scales the Arabic number before it.
    if (/\d\s*$/u.test(text.slice(0, match.index ?? 0))) continue;
    // "one" alone is mostly a pronoun ("the one with most"); any other number word is a quantity.
    if (words.length === 1 && words[0] === 'one') continue;
    const value = sumEnglishWords(words);
    const after = text.slice((match.index ?? 0) + match[0].length);
    mentions.push({
      text: match[0],
      value,
      scale: 1,
      decimals: 0,
      significantDigits: countSignificant(String(value)),
      isPercent: /^\s*(%|percent\b|per cent\b)/iu.test(after),
      isBeforeYear: false,
    });
  }
  return mentions;
}

/** ["five", "hundred", "fifty", "two"] → 552. */
function sumEnglishWords(words: readonly string[]): number {
  let total = 0;
  let current = 0;
  for (const word of words) {
    const number = ENGLISH_NUMBER_WORDS[word] ?? 0;
    if (number === 100) current = (current === 0 ? 1 : current) * 100;
    else if (number >= 1000) {
      total += (current === 0 ? 1 : current) * number;
      current = 0;
    } else current += number;
  }
  return total + current;
}
