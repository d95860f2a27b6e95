// 收到申请超过500件的单位 / 收费超过1亿元的单位 / agencies with more than 10 lawsuits: a list of the organs whose figure
// is above a number. The words are read here and blanked from the question (so that neither the year reader nor the
// tokenizer sees the number), their place kept so every other place read stays where it was written.
import type { Lang } from '../types.js';

/** The number a figure must exceed, in the store's unit (元 for money), and whether it was said as money. */
export interface Threshold {
  readonly above: number;
  readonly isMoney: boolean;
  /** The words as written (超过1亿元). */
  readonly text: string;
}

/** 超过 / 多于 / 大于 / 高于 (strictly more than), a number, and its unit. N件以上 (which may include N) is not read. */
const ABOVE = {
  zh: /(?:超过|多于|大于|高于|超出)\s*(\d[\d,，]*(?:\.\d+)?)\s*(亿元|万元|元|亿|万|件|项|个|次|份|宗|起)?/u,
  en: /\b(?:more than|over|above|exceeding|greater than)\s+(\d[\d,]*(?:\.\d+)?)\s*(million yuan|yuan|million)?/iu,
} as const;

const SCALE: Readonly<Record<string, number>> = {
  亿元: 1e8,
  亿: 1e8,
  万元: 1e4,
  万: 1e4,
  'million yuan': 1e6,
  million: 1e6,
};
const MONEY = new Set(['亿元', '万元', '元', 'million yuan', 'yuan']);

/** The question's threshold, and its text with the words blanked; null threshold when it states none. */
export function readThreshold(text: string, lang: Lang): { threshold: Threshold | null; text: string } {
  const match = ABOVE[lang].exec(text);
  if (match === null) return { threshold: null, text };
  const [whole, digits = '', unit = ''] = match;
  const number = Number(digits.replace(/[,，]/gu, ''));
  if (!Number.isFinite(number)) return { threshold: null, text };
  const unitKey = unit.toLowerCase();
  const threshold = { above: number * (SCALE[unitKey] ?? 1), isMoney: MONEY.has(unitKey), text: whole };
  const blanked = `${text.slice(0, match.index)}${' '.repeat(whole.length)}${text.slice(match.index + whole.length)}`;
  return { threshold, text: blanked };
}
