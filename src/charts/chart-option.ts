// A chart spec → the Apache ECharts option that draws it: titles, axes with units, a value on every bar, the
// source under the plot. Layout only; the numbers are the spec's.
import type { ChartSpec } from './chart-spec.js';

/** The family name of the bundled font (@expo-google-fonts/noto-sans-sc); no system font is ever used. */
export const FONT_FAMILY = 'Noto Sans SC';
export const CHART_WIDTH = 800;
const MIN_HEIGHT = 450;
const MAX_HEIGHT = 1600;
/** Room per bar in horizontal charts, so thirty organ names stay legible. */
const ROW_HEIGHT = 26;

const PALETTE = ['#3b6fd4', '#e8853d', '#3aa37a', '#c4514f', '#8a63c9', '#5aa6c8', '#b08d2e', '#7d7d7d'];

/** Width and height in CSS pixels (the PNG may be rendered at a higher scale). */
export interface ChartSize {
  readonly width: number;
  readonly height: number;
}

/** Rankings, breakdowns and comparisons lie on their side: organ names are long and read best as rows. */
export function isHorizontal(spec: ChartSpec): boolean {
  return spec.kind !== 'trend';
}

export function chartSize(spec: ChartSpec): ChartSize {
  if (!isHorizontal(spec)) return { width: CHART_WIDTH, height: MIN_HEIGHT };
  const rows = spec.categories.length * Math.max(1, spec.series.length * 0.75);
  const height = Math.round(150 + rows * ROW_HEIGHT);
  return { width: CHART_WIDTH, height: Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, height)) };
}

/** The ECharts option for a spec (animation off: server-side rendering draws the final frame only). */
export function buildChartOption(spec: ChartSpec): Record<string, unknown> {
  const horizontal = isHorizontal(spec);
  const hasLegend = spec.series.length > 1;
  const top = 58 + (spec.subtitle === '' ? 0 : 18) + (hasLegend ? 28 : 0);
  const suffix = spec.unit === '%' ? '%' : '';
  const categoryAxis = {
    type: 'category',
    data: spec.categories,
    inverse: horizontal, // the first (largest) entry on top
    axisTick: { show: false },
    axisLabel: horizontal ? { width: 300, overflow: 'break', fontSize: 12, color: '#333' } : { fontSize: 12 },
  };
  const valueAxis = {
    type: 'value',
    name: spec.unit,
    nameTextStyle: { fontSize: 12, color: '#555' },
    splitLine: { lineStyle: { color: '#e6e8eb' } },
    axisLabel: { fontSize: 11, color: '#666' },
  };
  const isLine = !horizontal && spec.series.length > 1;
  return {
    animation: false,
    backgroundColor: '#ffffff',
    color: PALETTE,
    textStyle: { fontFamily: FONT_FAMILY },
    title: [
      {
        text: spec.title,
        subtext: spec.subtitle,
        left: 'center',
        top: 12,
        itemGap: 6,
        textStyle: {
          fontSize: 18,
          fontWeight: 'bold',
          color: '#1f2329',
          width: CHART_WIDTH - 40,
          overflow: 'truncate',
        },
        subtextStyle: { fontSize: 12, color: '#646a73' },
      },
      { text: spec.source, left: 16, bottom: 8, textStyle: { fontSize: 11, fontWeight: 'normal', color: '#8f959e' } },
    ],
    ...(hasLegend ? { legend: { top: top - 28, textStyle: { fontSize: 12 } } } : {}),
    grid: { left: 16, right: 56, top: top + 8, bottom: 40, containLabel: true },
    xAxis: horizontal ? valueAxis : categoryAxis,
    yAxis: horizontal ? categoryAxis : valueAxis,
    series: spec.series.map((series) => ({
      type: isLine ? 'line' : 'bar',
      name: series.name,
      data: [...series.values],
      barMaxWidth: horizontal ? 24 : 40,
      connectNulls: false,
      label: {
        show: true,
        position: horizontal ? 'right' : 'top',
        fontSize: 12,
        color: '#1f2329',
        formatter: (point: { value: unknown }) =>
          typeof point.value === 'number' ? `${String(point.value)}${suffix}` : '',
      },
    })),
  };
}
