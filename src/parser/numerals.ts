// Numerals in words, read once for every reader: report dates (二〇二三年十二月), years in questions (两千零二十二年),
// counts (前十名, top three) and a model's wording (五百五十二, 十七点零八亿, five hundred).

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
};
const SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const LARGE_UNITS: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };

/** A run of numeral characters, optionally with a decimal part and a trailing 万/亿. */
export const CHINESE_NUMERAL_RUN = /[零〇○一二两三四五六七八九十百千万亿]+(?:点[零〇○一二三四五六七八九]+[万亿]?)?/gu;

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
    } else if (char === '万') {
      total += (section + digit) * 1e4;
      section = 0;
      digit = 0;
    } else if (char === '亿') {
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
