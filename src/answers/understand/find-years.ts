// Absolute years in a question (2022年, 22年, 二〇二二年, 2020—2022年, "in 2022"). Relative ones (去年) are
// vocabulary, resolved against the store's latest year during understanding.
import { readChineseInteger } from '../../parser/index.js';
import type { Lang } from '../types.js';

/** Years found and the text with them blanked out, so that no later step reads their digits. */
export interface FoundYears {
  readonly years: number[];
  readonly rest: string;
  /** Where each year (or range of years) was written, in `rest`'s characters: organ–year pairs are read from these. */
  readonly places: readonly YearPlace[];
}

/** The years one mention writes (2022年: one; 2020—2022年: three) and where it starts in the question. */
export interface YearPlace {
  readonly at: number;
  /** Where the mention ends (after its 年 / 年度): a year written right before an organ ends where the organ starts. */
  readonly end: number;
  readonly years: readonly number[];
}

const YEAR = '(?:19|20)\\d{2}';
/** 二〇二二, 二零二零: four Chinese digits. */
const HAN_YEAR = '[一二][〇零○一二三四五六七八九]{3}';
const ANY_YEAR = `${YEAR}|${HAN_YEAR}`;
const RANGE = '\\s*(?:-|–|—|~|～|至|到|to)\\s*';

/** 两千零二十二年, 两千年: a year read out in words. */
const SPOKEN_YEAR = '[两二]千(?:零?(?:[一二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九]))?';

/** The year before the report's, as chat says it (上年结转's 上年). */
const PRIOR_YEAR = '(?:去年|上年度|上一年度|上一年|上年|前一年|往年|上个年度)';
/** The year after the report's (结转下年度's 下年度). */
const NEXT_YEAR = '(?:下一年度|下年度|下一年|下年|明年|次年|第二年)';

/**
 * Years that name a row of table 三, not the report's year: 结转到2021年 is 结转下年度, 从2019年结转过来 is 上年结转
 * ("carried over from 2021"). Rewritten to the row's words before any year is read.
 */
/** The rows of a year's own figures that 今年 can name as 本年 (今年新收). */
const THIS_YEARS_ROW = '的?(?:新收|新接收|新受理|新增|制发|新制作|新公开)';

const ROW_YEARS: Readonly<Record<Lang, readonly (readonly [RegExp, string])[]>> = {
  zh: [
    // 去年结转过来 / 上一年转过来的 / 从上年度遗留的: the year before the report's, named by a row, not a year asked.
    [
      new RegExp(
        `[从由自]?\\s*${PRIOR_YEAR}的?(?:结转(?:过来|下来|而来|来)?|转(?:过来|下来|来|入)|遗留|剩下|没办完|未办结)(?:到|至)?(?:今年|本年度|本年)?`,
        'g',
      ),
      '上年结转',
    ],
    // 去年结转和今年新收: 今年 beside a row of the year's own figures, set against the year before's row, is the
    // report's 本年 (本年新收), not a year asked; alone (洪泽区今年新收) it is this year.
    [
      new RegExp(`(?<=上年结转[^？?。]*)今年(?=${THIS_YEARS_ROW})|今年(?=${THIS_YEARS_ROW}[^？?。]*上年结转)`, 'g'),
      '本年',
    ],
    [
      new RegExp(`(?:结转|转|留|顺延|延续)(?:到|至|入|进)?${NEXT_YEAR}(?:继续)?(?:办理|处理|再办|办)?`, 'g'),
      '结转下年度',
    ],
    [new RegExp(`(?:结转|转)(?:到|至|入|进)\\s*(?:${YEAR}|${HAN_YEAR})\\s*年?度?`, 'g'), '结转下年度'],
    [
      new RegExp(
        `[从由自]\\s*(?:${YEAR}|${HAN_YEAR})\\s*年?度?(?:结转|转)(?:过来|来|而来)?|(?:${YEAR}|${HAN_YEAR})\\s*年?度?(?:结转|转)(?:过来|而来)`,
        'g',
      ),
      '上年结转',
    ],
  ],
  en: [
    [
      new RegExp(`\\b(?:carried|brought) (?:forward|over) (?:to|into) (?:the year )?${YEAR}\\b`, 'g'),
      'carried forward',
    ],
    [new RegExp(`\\b(?:carried over|brought forward) from (?:the year )?${YEAR}\\b`, 'g'), 'carried over'],
  ],
};

// Order matters: ranges before single years, four digits before two.
const PATTERNS: Readonly<Record<Lang, readonly RegExp[]>> = {
  zh: [
    new RegExp(`(${SPOKEN_YEAR})\\s*年度?`, 'g'),
    new RegExp(`(${ANY_YEAR})\\s*年?${RANGE}(${ANY_YEAR})\\s*年?度?`, 'g'),
    new RegExp(`(${ANY_YEAR})\\s*(?:年度|年)|(?<![0-9])(${YEAR})(?![0-9件元项个份%])`, 'g'),
    /(?<![0-9])([0-9]{2})\s*年(?!度报告)/g,
    // '22 / ’22: two digits after an apostrophe, as chat abbreviates a year.
    /[‘’'`]([0-9]{2})(?![0-9])/g,
    /(?<![〇零○一二三四五六七八九十])([〇零○一二三四五六七八九]{2})\s*年度?/g,
  ],
  // Digits may touch letters in chat (nanshan2020), never other digits.
  en: [
    new RegExp(`(?<![0-9])(${YEAR})${RANGE}(${YEAR})(?![0-9])`, 'g'),
    new RegExp(`(?<![0-9])(${YEAR})(?![0-9])`, 'g'),
    /(?<![a-z0-9])[‘’'`]([0-9]{2})(?![0-9])/g,
  ],
};

/**
 * 2024年比上一年 / 2024年较前年 / 与去年相比: a year compared with the year before it (or two before, 前年) counts back
 * from the year written before it, not from the store's latest year. The row words 上年结转 / 上一年项目 stay rows.
 */
const COMPARED_PRIOR_YEAR =
  /(比|较|与|跟|同|相比|相较|对比)(于)?\s*(去年|上一年度|上年度|上一年|上年|前一年|前年)(?![度的]?(?:结转|转|遗留|剩下|没办完|未办结|项目|有几项|有多少项|事项))/g;

/** Rewrites a compared relative year to the year it names, counted from the one year written before it. */
function resolveComparedYears(text: string): string {
  return text
    .replace(COMPARED_PRIOR_YEAR, (whole: string, marker: string, yu: string | undefined, word: string, at: number) => {
      const before = findYears(text.slice(0, at), 'zh').places.at(-1);
      const base = before?.years.length === 1 ? before.years[0] : undefined;
      if (base === undefined) return whole;
      // The year right before is what 比上年 already compares with (a change from it); 前年 is written out, and so
      // is any year a ratio compares with (比上年翻了几倍: a ratio of the two years, no change).
      const isRatio = RATIO_AFTER.test(text.slice(at + whole.length));
      if (word !== '前年' && !isRatio) return '比上年';
      return `${marker}${yu ?? ''}${base - (word === '前年' ? 2 : 1)}年`;
    })
    .replace(RATIO_OF_PRIOR_YEAR, (whole: string, word: string, at: number) => {
      const base = findYears(text.slice(0, at), 'zh').places.at(-1)?.years;
      if (base?.length === 1) return `是${(base[0] as number) - (word === '前年' ? 2 : 1)}年的`;
      // 是上年的几倍 after a question of one year: 比上年, the year before the conversation's (去年 stays the store's).
      return word === '去年' || word === '前年' ? whole : '比上年';
    });
}

/** 几倍 / 多少倍 after a compared year: the two years' ratio is asked. */
const RATIO_AFTER = /^[^，,。？?]*倍/u;

/** 2024年…是上年的几倍 / 是上一年的百分之几: the year before the one written, as the whole of a ratio. */
const RATIO_OF_PRIOR_YEAR = /是(去年|上一年度|上年度|上一年|上年|前一年|前年)的/g;

/** Finds the years a question names, in order, without duplicates; `二二年` and `22年` mean 2022. */
export function findYears(text: string, lang: Lang): FoundYears {
  const years: number[] = [];
  const places: YearPlace[] = [];
  let rest = text;
  for (const [pattern, row] of ROW_YEARS[lang]) rest = rest.replace(pattern, row);
  if (lang === 'zh') rest = resolveComparedYears(rest);
  for (const pattern of PATTERNS[lang]) {
    rest = rest.replace(pattern, (whole: string, ...args: unknown[]) => {
      // replace() passes the capture groups, then the offset (a number), then the whole string.
      const groups = args.slice(
        0,
        args.findIndex((arg) => typeof arg === 'number'),
      );
      const numbers = groups.filter((group): group is string => typeof group === 'string').map(toYear);
      const [first, last] = numbers;
      const offset = args.find((arg): arg is number => typeof arg === 'number') ?? 0;
      if (first !== undefined) {
        const written = expandRange(first, last ?? first);
        years.push(...written);
        const at = [...rest.slice(0, offset)].length;
        places.push({ at, end: at + [...whole].length, years: written });
      }
      return ' '.repeat(whole.length);
    });
  }
  return { years: [...new Set(years)], rest, places: places.sort((a, b) => a.at - b.at) };
}

const TWO_DIGITS = /^[0-9〇零○一二三四五六七八九]{2}$/;

/** A year as written: 2022, 二〇二二, 两千零二十二; two digits (22, 二二) are this century's. */
function toYear(digits: string): number {
  const value = readChineseInteger(digits) ?? 0;
  return TWO_DIGITS.test(digits) ? 2000 + value : value;
}

function expandRange(from: number, to: number): number[] {
  const [low, high] = from <= to ? [from, to] : [to, from];
  if (high - low > 30) return [from, to];
  return Array.from({ length: high - low + 1 }, (_, offset) => low + offset);
}
