// The charts' only door: an Answer (or facts) → a chart spec → PNG bytes. Channels only attach the bytes.
import type { Answer } from '../answers/index.js';
import { type ChartPlan, planChart } from './plan-chart.js';
import { type ChartImage, renderChart } from './render-chart.js';

export type { ChartKind, ChartSeries, ChartSpec, PlannedChart } from './chart-spec.js';
export {
  AUTO_CHART_MIN_POINTS,
  type ChartPlan,
  chartOfFacts,
  MAX_CATEGORIES,
  type NoChartReason,
  planChart,
} from './plan-chart.js';
export { CHART_SCALE, type ChartImage, renderChart, renderChartSvg } from './render-chart.js';

/** A drawn chart of an answer: the picture, its plan, and a file name for uploads. */
export interface AnswerChart extends ChartImage {
  readonly plan: Extract<ChartPlan, { kind: 'chart' }>['chart'];
  readonly fileName: string;
}

/**
 * The answer's chart when it should have one (asked for, or a ranking or trend of at least 4 points), else
 * null. `isRequested` overrides the answer's own wish (`nianbao ask --chart`).
 */
export async function drawAnswerChart(
  answer: Pick<Answer, 'status' | 'facts' | 'lang' | 'chart'>,
  options: { readonly isRequested?: boolean } = {},
): Promise<AnswerChart | null> {
  const plan = planChart(answer, options);
  if (plan.kind === 'none') return null;
  const image = await renderChart(plan.chart.spec);
  return { ...image, plan: plan.chart, fileName: `nianbao-${plan.chart.spec.kind}.png` };
}
