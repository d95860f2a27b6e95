// How a number is written for a person: digits grouped in thousands, money in the unit the report printed it in,
// never rounded (the store keeps yuan; a report printing 170,815.4 under 万元 is answered 170,815.4 万元).
import type { PrintedUnit } from '../types.js';

/** The scale of each money unit a report prints, in yuan. */
export const MONEY_SCALES: Readonly<Record<PrintedUnit, number>> = { 万元: 1e4, 亿元: 1e8 };

/** Most decimal places a figure is written with: a report prints at most 2 of yuan, so 6 of 万元 and 10 of 亿元. */
const MAX_PLACES = 10;

/**
 * `groupDigits(8759) === "8,759"`, `groupDigits(170815.4) === "170,815.4"`, `groupDigits(-1234.5) === "-1,234.5"`:
 * the shortest exact decimal of the value (as JavaScript prints it), its whole part grouped in thousands.
 */
export function groupDigits(value: number): string {
  const text = plainDecimal(Math.abs(value));
  const [whole = '0', fraction] = text.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+$)/gu, ',');
  return `${value < 0 ? '-' : ''}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
}

/** The value in a money unit, exactly, or null when the unit cannot write it exactly in a few decimals. */
export function inMoneyUnit(yuan: number, unit: PrintedUnit): number | null {
  const scale = MONEY_SCALES[unit];
  for (let places = 0; places <= MAX_PLACES; places += 1) {
    const written = Number((yuan / scale).toFixed(places));
    if (Math.abs(written * scale - yuan) < 1e-6) return written;
  }
  return null;
}

/** A decimal without exponent: 1e21 and 1e-7 are written out. */
function plainDecimal(value: number): string {
  const text = String(value);
  if (!/e/iu.test(text)) return text;
  return value.toFixed(value >= 1 ? 0 : MAX_PLACES).replace(/\.?0+$/u, '');
}
