// One table cell as printed → its number. Decimal shifts happen on the digit string, never in floating point.

/** Cell texts that mean zero: blank, slash, dashes, 无. */
const ZERO_WORDS = /^(?:|[/\\]|[-—–−~～]+|无|空)$/;

/** Longer texts are labels or sentences: "1,708,154,000.00万元" has 20 characters. */
const LONGEST_CELL = 24;

/** A number as printed: optional 增/减/增加/减少/sign, thousands separators, decimals, an optional money unit or count word (12件). */
const NUMBER =
  /^(增加|减少|[增减+\-−]?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:(万元|亿元|元|万|亿)|件|项|个|条|次|宗)?$/;

/** Money units as decimal places to yuan. */
const UNIT_PLACES: Readonly<Record<string, number>> = { 元: 0, 万元: 4, 万: 4, 亿元: 8, 亿: 8 };

/** Scale of a bare number in a money column: yuan, 万元 or 亿元. */
export type MoneyScale = 1 | 10000 | 100000000;
const SCALE_PLACES: Readonly<Record<MoneyScale, number>> = { 1: 0, 10000: 4, 100000000: 8 };

/**
 * Reads one cell as printed, or null when the text is not a cell value. Money columns pass the scale of a
 * bare number (10000 under a 万元 header); a unit printed in the cell wins.
 * `parseCell("减19") === -19`, `parseCell("8,759") === 8759`, `parseCell("/") === 0`,
 * `parseCell("170,815.4万元") === 1708154000`, `parseCell("2.22934", 10000) === 22293.4`.
 */
export function parseCell(printed: string, bareScale: MoneyScale = 1): number | null {
  if (printed.length > LONGEST_CELL) return null;
  const text = printed.includes(' ') ? printed.replace(/\s+/g, '') : printed.trim();
  if (ZERO_WORDS.test(text)) return 0;
  const match = NUMBER.exec(text);
  if (!match) return null;
  const [, sign = '', whole = '', fraction = '', unit] = match;
  const places = unit === undefined ? SCALE_PLACES[bareScale] : (UNIT_PLACES[unit] ?? 0);
  const magnitude = shiftDecimal(whole.replace(/,/g, ''), fraction, places);
  if (magnitude === 0) return 0;
  return sign === '减' || sign === '减少' || sign === '-' || sign === '−' ? -magnitude : magnitude;
}

/** Whether a cell's text is a value (a number or a zero word) rather than a label. */
export function isCellValue(printed: string): boolean {
  return parseCell(printed) !== null;
}

/** Multiplies `whole.fraction` by 10^places by moving the decimal point in the string: "2","22934",4 → 22293.4. */
function shiftDecimal(whole: string, fraction: string, places: number): number {
  const digits = whole + fraction.padEnd(places, '0');
  const point = whole.length + places;
  return Number(`${digits.slice(0, point)}.${digits.slice(point) || '0'}`);
}
