// Numerals in words, read once for every reader: report dates (二〇二三年十二月), years in questions (两千零二十二年),
// counts (前十名, top three), and every numeral a model might write (伍佰伍拾叁, ٣٦٠, CCCLX), which its reply guard refuses.

const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  '○': 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  // The financial forms (大写数字) of cheques and contracts, Simplified and Traditional.
  壹: 1,
  贰: 2,
  貳: 2,
  兩: 2,
  叁: 3,
  參: 3,
  肆: 4,
  伍: 5,
  陆: 6,
  陸: 6,
  柒: 7,
  捌: 8,
  玖: 9,
};
const SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000, 拾: 10, 佰: 100, 仟: 1000 };
const LARGE_UNITS: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8, 萬: 1e4, 億: 1e8 };

const NUMERAL_CHARS = '零〇○一二两三四五六七八九十百千万亿壹贰貳兩叁參肆伍陆陸柒捌玖拾佰仟萬億';
const DECIMAL_DIGIT_CHARS = '零〇○一二三四五六七八九壹贰貳叁參肆伍陆陸柒捌玖';

/** A run of numeral characters, optionally with a decimal part and a trailing 万/亿. */
export const CHINESE_NUMERAL_RUN = new RegExp(`[${NUMERAL_CHARS}]+(?:点[${DECIMAL_DIGIT_CHARS}]+[万亿萬億]?)?`, 'gu');

/** What a Chinese numeral says: `value × scale`, with `decimals` digits written after 点. */
export interface ChineseNumeral {
  readonly value: number;
  readonly scale: number;
  readonly decimals: number;
  readonly significantDigits: number;
}

/**
 * Reads one run of Chinese numerals. `readChineseNumeral("五百五十二").value === 552`,
 * `readChineseNumeral("二〇二二").value === 2022`, `readChineseNumeral("十七点零八亿")` is 17.08 × 1e8.
 * Returns undefined for runs that are not a number (`"万"` alone).
 */
export function readChineseNumeral(run: string): ChineseNumeral | undefined {
  const [integerPart = '', fractionPart] = run.split('点');
  if (fractionPart === undefined) {
    const value = readChineseInteger(integerPart);
    return value === undefined
      ? undefined
      : { value, scale: 1, decimals: 0, significantDigits: countSignificant(String(value)) };
  }
  // 十七点零八亿: the trailing 万/亿 scales the whole decimal number.
  const scaleChar = fractionPart.at(-1) ?? '';
  const scale = LARGE_UNITS[scaleChar] ?? 1;
  const fractionDigits = [...(scale === 1 ? fractionPart : fractionPart.slice(0, -1))]
    .map((char) => DIGITS[char] ?? 0)
    .join('');
  const integer = integerPart === '' ? 0 : readChineseInteger(integerPart);
  if (integer === undefined) return undefined;
  const written = `${integer}.${fractionDigits}`;
  return {
    value: Number(written),
    scale,
    decimals: fractionDigits.length,
    significantDigits: countSignificant(written),
  };
}

/**
 * A whole number written in Chinese or Arabic digits: positional (五百五十二 → 552, 两千零二十二 → 2022, 十九 → 19,
 * 十 → 10) or digit by digit (二〇二二 → 2022); undefined for anything else (`"万"` alone, other characters).
 */
export function readChineseInteger(text: string): number | undefined {
  if (/^[0-9]+$/.test(text)) return Number(text);
  const chars = [...text];
  if (chars.length === 0 || !chars.every((char) => char in DIGITS || char in SMALL_UNITS || char in LARGE_UNITS))
    return undefined;
  const isPositional = chars.some((char) => char in SMALL_UNITS || char in LARGE_UNITS);
  if (!isPositional) return Number(chars.map((char) => DIGITS[char] ?? 0).join(''));
  if (chars.every((char) => char in LARGE_UNITS)) return undefined;
  return readPositional(chars);
}

function readPositional(chars: readonly string[]): number {
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const char of chars) {
    const small = SMALL_UNITS[char];
    if (char in DIGITS) {
      digit = DIGITS[char] ?? 0;
    } else if (small !== undefined) {
      // 十五 means 15: a unit with no digit before it counts once.
      section += (digit === 0 ? 1 : digit) * small;
      digit = 0;
    } else if (LARGE_UNITS[char] === 1e4) {
      total += (section + digit) * 1e4;
      section = 0;
      digit = 0;
    } else if (LARGE_UNITS[char] === 1e8) {
      total = (total + section + digit) * 1e8;
      section = 0;
      digit = 0;
    }
  }
  return total + section + digit;
}

/** Digits that carry precision: "17.08" → 4, "0.50" → 2, "170815.4" → 7. */
export function countSignificant(written: string): number {
  const digits = written.replace(/[^0-9]/gu, '').replace(/^0+/u, '');
  return digits.length;
}

/** English number words and their values, for counts (top three) and a model's wording (five hundred). */
export const ENGLISH_NUMBER_WORDS: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
};

/** One numeral in a text, as written, with its value where it reads as a number. */
export interface NumeralMention {
  readonly text: string;
  readonly index: number;
  readonly value: number | undefined;
}

/** Numeral characters no reader here reads, still numerals: 廿 20, 卅 30, 卌 40, 皕 200, 兆, 俩, 仨, 幺 (spoken 1). */
const UNREAD_CHINESE_NUMERALS = '廿卅卌皕兆俩仨幺';
const ROMAN_NUMERAL = 'M{0,4}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})';
/** Valid lower-case Roman numerals that are English words. */
const LOWER_CASE_ROMAN_WORDS: ReadonlySet<string> = new Set(['mix']);
const ROMAN_VALUES: Readonly<Record<string, number>> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };

const ANY_NUMERAL = new RegExp(
  [
    // Every Unicode number: the digits of all scripts (Nd: ٣٦٠, ३६०, ５), letter numbers (Nl: Ⅻ, 〇, 〡), others (No: ①, ½, ²).
    String.raw`\p{N}+(?:[.,]\p{N}+)*`,
    `[${NUMERAL_CHARS}${UNREAD_CHINESE_NUMERALS}]+(?:点[${DECIMAL_DIGIT_CHARS}]+)?`,
    `\\b(?:${Object.keys(ENGLISH_NUMBER_WORDS).join('|')})\\b`,
    String.raw`\b[MDCLXVI]+\b`,
    String.raw`\b[mdclxvi]{2,}\b`,
  ].join('|'),
  'giu',
);

/**
 * Every numeral in `text`, in any script: `findNumerals("增加伍拾件，共٣٦٠件")` finds 伍拾 (50) and ٣٦٠ (360).
 * Roman numerals count in capitals (CCCLX, not the pronoun I) and in lower case from two letters (xii, not mix).
 */
export function findNumerals(text: string): NumeralMention[] {
  const found: NumeralMention[] = [];
  for (const match of text.matchAll(ANY_NUMERAL)) {
    const written = match[0];
    const value = readAnyNumeral(written);
    if (value === null) continue;
    found.push({ text: written, index: match.index ?? 0, value });
  }
  return found;
}

/** The value of a numeral ANY_NUMERAL matched; null when the match is not a numeral after all (I, mix, CIVIL). */
function readAnyNumeral(written: string): number | undefined | null {
  const lower = written.toLowerCase();
  if (/^[mdclxvi]+$/u.test(lower) && !(lower in ENGLISH_NUMBER_WORDS)) {
    const isCapital = written === written.toUpperCase();
    if (!isCapital && written.length < 2) return null;
    if (!new RegExp(`^${ROMAN_NUMERAL}$`, isCapital ? 'u' : 'iu').test(written)) return null;
    if (isCapital ? written === 'I' : written !== lower || LOWER_CASE_ROMAN_WORDS.has(lower)) return null;
    return readRoman(lower);
  }
  if (lower in ENGLISH_NUMBER_WORDS) return ENGLISH_NUMBER_WORDS[lower];
  if (/^\p{Nd}+$/u.test(written)) return Number([...written].map(readDigit).join(''));
  if (/^\p{N}/u.test(written)) {
    // ① → 1, ² → 2, Ⅻ → XII; ½ has no plain form.
    const folded = written.normalize('NFKC').replaceAll(',', '');
    if (/^[mdclxvi]+$/iu.test(folded)) return readRoman(folded.toLowerCase());
    return /^\d+(?:\.\d+)?$/u.test(folded) ? Number(folded) : undefined;
  }
  return readChineseNumeral(written)?.value;
}

/** The value of one decimal digit of any script: each script's digits are ten consecutive code points from 0. */
function readDigit(digit: string): number {
  let zero = digit.codePointAt(0) ?? 0;
  while (zero > 0 && /\p{Nd}/u.test(String.fromCodePoint(zero - 1))) zero -= 1;
  return ((digit.codePointAt(0) ?? 0) - zero) % 10;
}

function readRoman(lower: string): number {
  let total = 0;
  for (let at = 0; at < lower.length; at += 1) {
    const value = ROMAN_VALUES[lower[at] ?? ''] ?? 0;
    const next = ROMAN_VALUES[lower[at + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}
