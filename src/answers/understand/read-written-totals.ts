// Written totals: 总计 where the question writes it (after a row, joined to a figure, in table 三's balance), read.

import { findMetric, getMetric, METRICS, partTotals } from '../metrics.js';
import type { Query } from '../query.js';
import type { Mentions } from './extract-mentions.js';

/**
 * 复议总计减去尚未审结 / 新收总计比自然人多多少: 总计 written right after a row, before any column of it the question
 * also names, is that row's total, the first operand — never dropped, leaving one figure whose difference reads as a
 * change over years. Written after the column (复议维持的占复议总数) it is the whole the column is a part of.
 */
export function withRowTotal(termPlaces: Mentions['termPlaces'], metrics: readonly string[]): readonly string[] {
  const isColumnBefore = (at: number): boolean =>
    termPlaces.slice(0, at).some((place) => place.terms.some((term) => term.kind === 'column'));
  const totals = termPlaces.flatMap((place, at) => {
    const next = termPlaces[at + 1];
    const row = place.terms.find((term) => term.kind === 'row');
    const isTotalAfter = next?.at === endOf(place) && next.terms.some((term) => term.kind === 'total');
    if (row?.kind !== 'row' || !isTotalAfter || isColumnBefore(at)) return [];
    const total = findMetric(row.section, row.key, 'total');
    const namesColumnOfRow = metrics.some((id) => {
      const spec = getMetric(id);
      return spec.section === row.section && spec.row === row.key && spec.column !== 'total';
    });
    return total && namesColumnOfRow && !metrics.includes(total.id) ? [total.id] : [];
  });
  return totals.length > 0 ? [...totals, ...metrics] : metrics;
}

/**
 * 沐阳2025年新收和总计是不是一样: 总计 joined by 和 (与, 跟) to a figure of table 三, with no row of its own, is the
 * table's 办理结果总计 row — an operand as written, never dropped (新收 alone, not understood).
 */
export function withOutcomesTotal(
  termPlaces: Mentions['termPlaces'],
  text: string,
  metrics: readonly string[],
): readonly string[] {
  const joined = termPlaces.some((place, at) => {
    const before = termPlaces[at - 1];
    const isJoinedAfter = before !== undefined && endOf(before) === place.at - 1;
    const ofApplications = before?.terms.some((term) => term.kind === 'row' && term.section === 'applications');
    return isTotalAlone(place) && isJoinedAfter && ofApplications === true && JOINS.has(text[place.at - 1] ?? '');
  });
  return joined && metrics.length === 1 && !metrics.includes(OUTCOMES_TOTAL) ? [...metrics, OUTCOMES_TOTAL] : metrics;
}

const JOINS: ReadonlySet<string> = new Set(['和', '与', '跟', '及']);

type TermPlace = Mentions['termPlaces'][number];

/** Where a place's words end in the question: the next place starts there when nothing stands between. */
const endOf = (place: TermPlace): number => place.at + place.text.length;

/** 总计 written on its own, no row or column word with it. */
const isTotalAlone = (place: TermPlace): boolean =>
  place.terms.length > 0 && place.terms.every((term) => term.kind === 'total');

/** Table 三's （七）总计 row: every outcome added. */
const OUTCOMES_TOTAL = 'applications.total.total';

/** The four figures table 三's balance adds: 新收 + 上年结转 = 办理结果总计 + 结转下年度. */
const BALANCE: readonly string[] = [
  'applications.newReceived.total',
  'applications.carriedOver.total',
  OUTCOMES_TOTAL,
  'applications.carriedForward.total',
];

/**
 * 新收加上年结转等不等于总计加结转下年度: 总计 alone right after an operation, in a question of the other three figures
 * of table 三's balance, is 办理结果总计 — the balance written out (asBalanceCheck).
 */
export function withBalanceTotal(
  termPlaces: Mentions['termPlaces'],
  text: string,
  metrics: readonly string[],
): readonly string[] {
  const others = BALANCE.filter((id) => id !== OUTCOMES_TOTAL);
  if (metrics.length !== 3 || !others.every((id) => metrics.includes(id))) return metrics;
  const isAfterOperation = termPlaces.some((place, at) => {
    const before = termPlaces[at - 1];
    const afterOperation = before !== undefined && endOf(before) === place.at && before.terms[0]?.kind === 'operation';
    return isTotalAlone(place) && (afterOperation || text.slice(0, place.at).endsWith('等于'));
  });
  return isAfterOperation ? [...metrics, OUTCOMES_TOTAL] : metrics;
}

/** 等不等于 / 是否等于 / 等于…吗 / 一样吗: whether two sides are equal. */
// Not EQUALITY_WORDS (whole phrases a difference is read from): any sign the two sums are asked equal, 平衡 too.
const EQUALS = /等于|一样|相等|平衡|对得上/u;

/**
 * The balance's four figures, added two by two and asked equal, or a total and its parts asked equal (复议总计等不等于
 * 维持加纠正加其他加尚未审结, 不予公开八项加起来等于不予公开吗): the report's own check of that table, which adds them.
 */
export function asBalanceCheck(query: Query, text: string): Query | null {
  const read = [query.metric, ...query.moreMetrics].filter((id): id is string => id !== null);
  const isBalance = read.length === BALANCE.length && BALANCE.every((id) => read.includes(id));
  const isOneReport = query.organs.length === 1 && query.years.length <= 1 && query.pairs.length === 0;
  if (!isOneReport || !EQUALS.test(text)) return null;
  if (isBalance) {
    const [metric, ...moreMetrics] = BALANCE as [string, ...string[]];
    return { ...query, metric, moreMetrics, breakdown: null, aggregation: 'checks' };
  }
  // 办理结果各项加起来等不等于总计: the outcomes asked as a breakdown, added and set against their total.
  if (query.breakdown === 'outcomes' && read.every((id) => id === OUTCOMES_TOTAL))
    return { ...query, metric: OUTCOMES_TOTAL, moreMetrics: [], breakdown: null, aggregation: 'checks' };
  const whole = read.find((id) => isWholeWithParts(id, read));
  return whole
    ? {
        ...query,
        metric: whole,
        moreMetrics: read.filter((id) => id !== whole),
        breakdown: null,
        aggregation: 'checks',
      }
    : null;
}

/** The parts a total adds: its sub-rows (不予公开's eight), else the other columns of its row (复议's results). */
function partsOf(id: string): readonly string[] {
  const rows = partTotals(id);
  if (rows) return rows;
  const spec = getMetric(id);
  if (spec.column !== 'total') return [];
  return [...METRICS.values()].flatMap((other) =>
    other.section === spec.section && other.row === spec.row && other.column !== 'total' ? [other.id] : [],
  );
}

/** `id` is a total, and the others read are two or more of its parts, nothing else. */
function isWholeWithParts(id: string, read: readonly string[]): boolean {
  const parts = partsOf(id);
  const others = read.filter((other) => other !== id);
  return others.length >= 2 && others.every((other) => parts.includes(other));
}
