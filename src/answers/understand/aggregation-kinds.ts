// Kinds of aggregation understanding tells apart: comparisons, rankings, questions about the store itself.

import type { Aggregation } from '../query.js';

/** 最多 / 最少: said of two figures, which of them is larger. */
export const COMPARISONS: ReadonlySet<Aggregation> = new Set(['max', 'min']);

/** Rankings by a figure itself (最多, 前三名): the answer names the organs (or years, or parts) in order. */
export const FIGURE_RANKINGS: ReadonlySet<Aggregation> = new Set(['max', 'min', 'top', 'bottom']);

/** Rankings of organs by a share of theirs (哪个单位自然人申请占比最高). */
export const SHARE_RANKINGS: ReadonlySet<Aggregation> = new Set(['shareTop', 'shareBottom']);

/** Aggregations that rank the organs compared: by a figure or by a share. */
export const RANKINGS: ReadonlySet<Aggregation> = new Set([...FIGURE_RANKINGS, ...SHARE_RANKINGS]);

/** Aggregations about the store rather than a figure. */
export const ABOUT_THE_DATA: ReadonlySet<Aggregation> = new Set(['reports', 'checks', 'help']);

/** Aggregations over many organs: they never inherit the previous question's organs. */
export const CROSS_ORGAN: ReadonlySet<Aggregation> = new Set([
  'max',
  'min',
  'top',
  'bottom',
  'nonzero',
  'zero',
  'shareTop',
  'shareBottom',
  'reports',
  'checks',
  'help',
]);
