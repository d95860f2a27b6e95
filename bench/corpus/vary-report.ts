// Pure text edits that turn one sample report into another organ's report of another year, with every
// table number multiplied by the same integer, so each consistency check holds or fails as in the source; the
// counts its prose states (共收到262宗申请) are multiplied alike, so the prose still restates the tables.

/** Replaces every occurrence of each `from` by its `to`, longest `from` first so no name is half-replaced. */
export function replaceNames(text: string, replacements: ReadonlyMap<string, string>): string {
  const froms = [...replacements.keys()].filter((from) => from.length > 0).sort((a, b) => b.length - a.length);
  return froms.reduce((result, from) => result.replaceAll(from, replacements.get(from) ?? from), text);
}

/** Moves every year written before 年 (`2020年`, `2020 年`, `2020年度`) by `delta`, dates included. */
export function shiftYears(text: string, delta: number): string {
  return text.replace(/(?<!\d)(20\d\d)(?=\s*年)/g, (year) => String(Number(year) + delta));
}

/** Where the tables begin: the first section heading of table 二 (第二十条, also in Traditional script). */
const TABLES_START = /第二十[条條]/;
/** Where the tables end: the section after table 四. */
const TABLES_END = /存在的主要[问問]题|存在的主要[问問]題/;

/**
 * Multiplies every number printed in tables 二–四 by `factor`, exactly, keeping signs (`减19`, `+928`),
 * thousands separators and decimals as printed. Row numbering such as `1.属于国家秘密` is not a number.
 * `scaleTableNumbers("…第二十条…\t8,759\t减19\t2.22934\n1.属于…", 3)` gives `26,277`, `减57`, `6.68802`.
 */
export function scaleTableNumbers(text: string, factor: number): string {
  const start = text.search(TABLES_START);
  if (start < 0) throw new Error('no tables found (no 第二十条 heading)');
  const endInTail = text.slice(start).search(TABLES_END);
  const end = endInTail < 0 ? text.length : start + endInTail;
  const tables = text
    .slice(start, end)
    .replace(/(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?![\d.,])/g, (_, whole: string, fraction?: string) =>
      multiplyDecimal(whole, fraction ?? '', factor),
    );
  return text.slice(0, start) + tables + text.slice(end);
}

/** `multiplyDecimal("170,815", "4", 3) === "512,446.2"`: exact, with the input's separators and decimals. */
export function multiplyDecimal(whole: string, fraction: string, factor: number): string {
  const digits = (BigInt(whole.replaceAll(',', '') + fraction) * BigInt(factor))
    .toString()
    .padStart(fraction.length + 1, '0');
  const wholeDigits = digits.slice(0, digits.length - fraction.length);
  const wholePrinted = whole.includes(',') ? wholeDigits.replace(/\B(?=(\d{3})+$)/g, ',') : wholeDigits;
  return fraction.length > 0 ? `${wholePrinted}.${digits.slice(-fraction.length)}` : wholePrinted;
}

/** A count in prose: a number before its unit 件, 件次, 宗 or 起 (`262宗`, `3119 件`), never a year or a share. */
const PROSE_COUNT = /(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)(?![\d.,])(?=\s*(?:件|宗|起))/g;

/** Multiplies the counts of the prose before and after the tables by `factor` (see PROSE_COUNT). */
export function scaleProseCounts(text: string, factor: number): string {
  const start = text.search(TABLES_START);
  if (start < 0) throw new Error('no tables found (no 第二十条 heading)');
  const endInTail = text.slice(start).search(TABLES_END);
  const end = endInTail < 0 ? text.length : start + endInTail;
  const scale = (prose: string): string =>
    prose.replace(PROSE_COUNT, (whole: string) => multiplyDecimal(whole, '', factor));
  return scale(text.slice(0, start)) + text.slice(start, end) + scale(text.slice(end));
}
