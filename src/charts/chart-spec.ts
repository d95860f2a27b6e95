// What a chart shows, before any drawing: every number on it is one of the facts it was built from.
import type { Fact, Lang } from '../answers/index.js';

/**
 * `ranking`: one figure across organs (bars, largest first as the answer listed them); `trend`: figures over
 * years; `breakdown`: the parts of one organ's figure in one year (办理结果, 申请人类型); `comparison`: several
 * figures across several organs.
 */
export type ChartKind = 'ranking' | 'trend' | 'breakdown' | 'comparison';

/** One line or colour of bars: a value per category, null where that category has none. */
export interface ChartSeries {
  readonly name: string;
  readonly values: readonly (number | null)[];
}

export interface ChartSpec {
  readonly kind: ChartKind;
  readonly lang: Lang;
  /** Names the figure, the organ (when one) and the year (or years). */
  readonly title: string;
  /** A second line under the title: what was compared, or what was left out. */
  readonly subtitle: string;
  /** The unit of the value axis (件, 元, %), '' for plain counts in English. */
  readonly unit: string;
  /** Bar or point labels: organs, years or parts, in the order drawn. */
  readonly categories: readonly string[];
  readonly series: readonly ChartSeries[];
  /** Printed under the chart: where the numbers stand in the reports. */
  readonly source: string;
}

/** A chart spec with the facts it shows, so a caller (or a test) can tell every drawn number's origin. */
export interface PlannedChart {
  readonly spec: ChartSpec;
  readonly facts: readonly Fact[];
}
