// The words a chart prints around its numbers, per reply language. Organ names and printed labels stay as the
// facts give them.
import type { FactSource, Lang } from '../answers/index.js';

export interface ChartWords {
  year(year: number): string;
  /** A span of years: 2019–2023年. */
  years(first: number, last: number): string;
  /** A ranking's bar label when organs' years differ: 深圳市南山区人民政府（2020年）. */
  orgInYear(org: string, year: number): string;
  rankingTitle(label: string, year: number | null): string;
  rankingSubtitle(orgCount: number, isOneYear: boolean): string;
  trendTitle(subject: string, first: number, last: number): string;
  breakdownTitle(org: string, year: number, label: string | null): string;
  comparisonTitle(labels: readonly string[], year: number | null): string;
  /** Subtitle when the chart leaves entries out. */
  firstOf(shown: number, total: number): string;
  /** One report's chart: `来源：《…2022年政府信息公开工作年度报告》 表三“…”总计` (its title, never its file). */
  oneSource(title: string, source: FactSource, withCell: boolean): string;
  manySources(tables: readonly string[], source: FactSource | null, reportCount: number): string;
  /** Units of counts (件) read as nothing in English: the label already says "applications". */
  unit(unit: string): string;
}

const zh: ChartWords = {
  year: (year) => `${year}年`,
  years: (first, last) => (first === last ? `${first}年` : `${first}–${last}年`),
  orgInYear: (org, year) => `${org}（${year}年）`,
  rankingTitle: (label, year) => (year === null ? label : `${year}年 ${label}`),
  rankingSubtitle: (orgCount, isOneYear) =>
    isOneYear ? `共 ${orgCount} 个单位` : `各单位最新年度报告（括号内为报告年份），共 ${orgCount} 个单位`,
  trendTitle: (subject, first, last) => `${subject}（${zh.years(first, last)}）`,
  breakdownTitle: (org, year, label) => `${org} ${year}年${label === null ? '' : ` ${label}`}`,
  comparisonTitle: (labels, year) => `${year === null ? '' : `${year}年 `}${labels.join('、')}`,
  firstOf: (shown, total) => `图中为前 ${shown} 项（共 ${total} 项）`,
  oneSource: (title, source, withCell) =>
    `来源：${title} 表${source.table}${withCell ? `“${source.row}”${source.column}` : ''}`,
  manySources: (tables, source, reportCount) =>
    `来源：各报告表${tables.join('、')}${source === null ? '' : `“${source.row}”${source.column}`}（${reportCount} 份报告）`,
  unit: (unit) => unit,
};

const EN_UNITS: Readonly<Record<string, string>> = { 件: '', 项: 'items', 元: 'yuan', '%': '%' };

const en: ChartWords = {
  year: (year) => String(year),
  years: (first, last) => (first === last ? String(first) : `${first}–${last}`),
  orgInYear: (org, year) => `${org} (${year})`,
  rankingTitle: (label, year) => (year === null ? label : `${label}, ${year}`),
  rankingSubtitle: (orgCount, isOneYear) =>
    isOneYear ? `${orgCount} organs` : `each organ's latest report (year in brackets), ${orgCount} organs`,
  trendTitle: (subject, first, last) => `${subject}, ${en.years(first, last)}`,
  breakdownTitle: (org, year, label) => `${org}, ${year}${label === null ? '' : `: ${label}`}`,
  comparisonTitle: (labels, year) => `${labels.join(', ')}${year === null ? '' : `, ${year}`}`,
  firstOf: (shown, total) => `the first ${shown} of ${total}`,
  oneSource: (title, source, withCell) =>
    `Source: ${title}, table ${source.table}${withCell ? ` "${source.row}", ${source.column}` : ''}`,
  manySources: (tables, source, reportCount) =>
    `Source: each report's table ${tables.join(', ')}${source === null ? '' : ` "${source.row}", ${source.column}`} (${reportCount} reports)`,
  unit: (unit) => EN_UNITS[unit] ?? unit,
};

export const CHART_WORDS: Readonly<Record<Lang, ChartWords>> = { zh, en };
