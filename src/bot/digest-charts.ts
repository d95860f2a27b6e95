// The digest's two pictures: the organs with most applications in the digest's year, and each year's total
// over the reports of that year (with how many there are, since the organs filing differ from year to year).
import type { Fact } from '../answers/index.js';
import { type ChartSpec, chartOfFacts } from '../charts/index.js';
import type { Report } from '../parser/index.js';
import { factOf, totalOf } from './digest-figures.js';

/** Bars in the digest's ranking chart. */
export const DIGEST_CHART_TOP = 10;
const METRIC = 'applications.newReceived.total';

/** The charts of a digest for `year`: the top organs (two or more), and the year trend (two years or more). */
export function buildDigestCharts(reports: readonly Report[], year: number): ChartSpec[] {
  return [topOrgansChart(reports, year), yearTrendChart(reports)].filter((spec): spec is ChartSpec => spec !== null);
}

function topOrgansChart(reports: readonly Report[], year: number): ChartSpec | null {
  const facts = factsOf(reports.filter((report) => report.year === year)).sort(
    (a, b) => b.value - a.value || a.org.localeCompare(b.org, 'zh'),
  );
  const top = facts.slice(0, DIGEST_CHART_TOP);
  const chart = top.length >= 2 ? chartOfFacts(top, 'zh') : null;
  if (chart === null) return null;
  return {
    ...chart.spec,
    title: `${year}年度 收到政府信息公开申请最多的 ${top.length} 个单位`,
    subtitle: `共 ${facts.length} 个单位报送了 ${year} 年度报告`,
  };
}

function yearTrendChart(reports: readonly Report[]): ChartSpec | null {
  const byYear = new Map<number, Fact[]>();
  for (const fact of factsOf(reports)) byYear.set(fact.year, [...(byYear.get(fact.year) ?? []), fact]);
  const years = [...byYear.keys()].sort((a, b) => a - b);
  if (years.length < 2) return null;
  const first = byYear.get(years[0] as number)?.[0] as Fact;
  return {
    kind: 'trend',
    lang: 'zh',
    title: `各年度收到政府信息公开申请合计（${years[0]}–${years[years.length - 1]}年）`,
    subtitle: '每年为当年报送的各单位之和，括号内为报告份数：份数不同的年份不宜直接比较',
    unit: first.unit,
    categories: years.map((year) => `${year}年（${byYear.get(year)?.length ?? 0} 份）`),
    series: [{ name: first.label, values: years.map((year) => totalOf(byYear.get(year) ?? [])) }],
    source: `来源：各报告表${first.source.table}“${first.source.row}”${first.source.column}`,
  };
}

function factsOf(reports: readonly Report[]): Fact[] {
  return reports.map((report) => factOf(report, METRIC)).filter((fact): fact is Fact => fact !== null);
}
