// The digest's two pictures: the organs with most applications in the digest's year, and each year's total
// over the reports of that year (with how many there are, since the organs filing differ from year to year).
import type { Fact } from '../answers/index.js';
import { type ChartSpec, chartOfFacts } from '../charts/index.js';
import type { Store } from '../store/index.js';
import { factOf, figureOfMetric, requireQuery, topReports } from './digest-figures.js';

/** Bars in the digest's ranking chart. */
export const DIGEST_CHART_TOP = 10;
const METRIC = 'applications.newReceived.total';

/** The charts of a digest for `year`: the top organs (two or more), and the year trend (two years or more). */
export async function buildDigestCharts(store: Store, year: number): Promise<ChartSpec[]> {
  const charts = [await topOrgansChart(store, year), await yearTrendChart(store)];
  return charts.filter((spec): spec is ChartSpec => spec !== null);
}

async function topOrgansChart(store: Store, year: number): Promise<ChartSpec | null> {
  const figure = figureOfMetric(METRIC);
  const top = (await topReports(store, figure, year, DIGEST_CHART_TOP))
    .map((row) => factOf(row.report, METRIC))
    .filter((fact): fact is Fact => fact !== null);
  const chart = top.length >= 2 ? chartOfFacts(top, 'zh') : null;
  if (chart === null) return null;
  const { count } = await requireQuery(store, 'sumFigures')(figure, { years: [year] });
  return {
    ...chart.spec,
    title: `${year}年度 收到政府信息公开申请最多的 ${top.length} 个单位`,
    subtitle: `共 ${count} 个单位报送了 ${year} 年度报告`,
  };
}

async function yearTrendChart(store: Store): Promise<ChartSpec | null> {
  const sum = requireQuery(store, 'sumFigures');
  const figure = figureOfMetric(METRIC);
  const { years } = await sum(figure, { years: [] });
  const [earliest, latest] = [years[0], years.at(-1)];
  if (earliest === undefined || latest === undefined || years.length < 2) return null;
  // The unit, label and source line as the earliest year's first report states them.
  const [firstRow] = (await sum(figure, { years: [earliest.year] }, { listed: 1 })).rows;
  const first = firstRow ? factOf(firstRow.report, METRIC) : null;
  if (first === null) return null;
  return {
    kind: 'trend',
    lang: 'zh',
    title: `各年度收到政府信息公开申请合计（${earliest.year}–${latest.year}年）`,
    subtitle: '每年为当年报送的各单位之和，括号内为报告份数：份数不同的年份不宜直接比较',
    unit: first.unit,
    categories: years.map((entry) => `${entry.year}年（${entry.count} 份）`),
    series: [{ name: first.label, values: years.map((entry) => entry.sum) }],
    source: `来源：各报告表${first.source.table}“${first.source.row}”${first.source.column}`,
  };
}
