// Divisions a question asks of what it read: per item, a mean of reports, per month or organ, doublings, the year before.

import type { Query } from '../query.js';
import { AVERAGED_OVER } from '../vocabulary/operations.js';
import type { Asked } from './asked.js';
import { operandsOf } from './read-operation.js';

/**
 * 平均每个项目多少钱: the amount asked divided by the count of its row (采购总金额 ÷ 采购项目数量) in one report, as a
 * ratio. Null — not understood, never the amount itself — when no figure asked is an amount with a count, another
 * figure is asked beside them, or several reports are (an average per organ is no one quotient).
 */
export function averageOf(query: Query): Query | null {
  const metrics = [query.metric, ...query.moreMetrics].filter((id): id is string => id !== null);
  // 采购项目的平均金额: the amount, or the count it is averaged over.
  const [amount, count] =
    Object.entries(AVERAGED_OVER).find(
      ([amountId, countId]) => metrics.includes(amountId) || metrics.includes(countId),
    ) ?? [];
  if (amount === undefined || count === undefined) return null;
  if (metrics.some((id) => id !== amount && id !== count) || query.breakdown !== null) return null;
  if (query.aggregation !== 'value' && query.aggregation !== 'ratio') return null;
  if (query.pairs.length > 0 || operandsOf(query).operands !== 1) return null;
  return { ...query, metric: amount, moreMetrics: [count], aggregation: 'ratio' };
}

/**
 * 洪泽区两年的行政处罚平均 / 2024年两份报告的行政复议平均: one figure of several reports — one organ's years, the organs
 * named, every organ of a year or scope — added and divided by how many (perOrgan). Null for one report (no
 * average), several figures, a breakdown or a ranking asked.
 */
export function meanOf(query: Query): Query | null {
  if (query.metric === null || query.moreMetrics.length > 0 || query.breakdown !== null) return null;
  if (query.aggregation !== 'value' && query.aggregation !== 'sum' && query.aggregation !== 'top') return null;
  const { operands } = operandsOf(query);
  const isScope = query.organs.length === 0 && query.pairs.length === 0;
  if (!isScope && operands < 2) return null;
  return { ...query, aggregation: 'perOrgan', limit: null };
}

/**
 * 平均每月 / 每天 of one figure of one report: that figure over the period (perMonth, perDay); 翻了几番 of a ratio:
 * the ratio with its doublings. Null — not understood, never the figure undivided nor an average of another set —
 * when the query is not that one figure (a sum over a scope, two figures, a breakdown, several reports) or not a
 * ratio of two figures of one unit.
 */
export function asDivided(query: Query, asked: Asked): Query | null {
  if (asked.perPeriod !== null) {
    const isOneFigure =
      query.aggregation === 'value' &&
      query.metric !== null &&
      query.moreMetrics.length === 0 &&
      query.breakdown === null &&
      query.pairs.length === 0 &&
      query.regions.length === 0 &&
      query.level === null &&
      operandsOf(query).operands === 1;
    return isOneFigure ? { ...query, aggregation: asked.perPeriod === 'month' ? 'perMonth' : 'perDay' } : null;
  }
  if (asked.perOrgan) {
    const isOneSum =
      query.aggregation === 'sum' &&
      query.metric !== null &&
      query.moreMetrics.length === 0 &&
      query.breakdown === null &&
      query.pairs.length === 0 &&
      query.years.length <= 1;
    return isOneSum ? { ...query, aggregation: 'perOrgan' } : null;
  }
  // 多百分之几 of two figures: their difference with its share of the second (of one figure over years: its change).
  if (asked.saysRelativeDifference) {
    const { operands, metrics } = operandsOf(query);
    const isTwoFigures = operands * Math.max(1, metrics) === 2;
    if (query.aggregation === 'change') return query;
    return query.aggregation === 'difference' && isTwoFigures ? { ...query, aggregation: 'relativeDifference' } : null;
  }
  if (!asked.saysDoublings) return query;
  const isPerItem = query.metric !== null && query.metric in AVERAGED_OVER;
  const { operands, metrics } = operandsOf(query);
  const isTwoFigures = operands * Math.max(1, metrics) === 2;
  return query.aggregation === 'ratio' && isTwoFigures && !isPerItem ? { ...query, aggregation: 'doublings' } : null;
}

/**
 * 比上年翻了几倍 / 是上年的几倍 after a question of one organ's figure in one year: the ratio of that year's figure to
 * the year before's (a question writing its year has it rewritten to both years already).
 */
export function againstYearBefore(query: Query): Query {
  const [year] = query.years;
  const isOneFigure = query.organs.length === 1 && query.pairs.length === 0 && query.moreMetrics.length === 0;
  if (query.aggregation !== 'ratio' || !isOneFigure || query.years.length !== 1 || year === undefined) return query;
  return { ...query, years: [year, year - 1] };
}
