// An answer's facts → the chart that shows them, or why there is none. Only the facts are drawn: a number the
// answer does not state never reaches a chart (the same guard as the reply's).
import { type Answer, type Fact, type Lang, reportTitle } from '../answers/index.js';
import type { ChartSeries, ChartSpec, PlannedChart } from './chart-spec.js';
import { CHART_WORDS, type ChartWords } from './chart-words.js';

/** Why an answer gets no chart: nothing answered, a single number, a shape no chart shows, or not asked for. */
export type NoChartReason = 'no-numbers' | 'one-number' | 'too-many-dimensions' | 'not-wanted';

export type ChartPlan = { readonly kind: 'chart'; readonly chart: PlannedChart } | NoChart;
export interface NoChart {
  readonly kind: 'none';
  readonly reason: NoChartReason;
}

/** Unasked, only rankings and trends get a chart, and only from this many points on. */
export const AUTO_CHART_MIN_POINTS = 4;
/** Bars beyond these are left out (and the subtitle says so): a chat picture of 200 bars reads as noise. */
export const MAX_CATEGORIES = 30;

/**
 * The chart of an answer. Asked for (`answer.chart === 'requested'`, or `isRequested`), any answer with two
 * numbers or more that one chart can show; otherwise only rankings and trends of at least 4 points.
 */
export function planChart(
  answer: Pick<Answer, 'status' | 'facts' | 'lang' | 'chart'>,
  options: { readonly isRequested?: boolean } = {},
): ChartPlan {
  const isRequested = options.isRequested ?? answer.chart === 'requested';
  const facts = drawableFacts(answer.facts);
  if (answer.status !== 'answered' || facts.length === 0) return { kind: 'none', reason: 'no-numbers' };
  if (facts.length === 1) return { kind: 'none', reason: 'one-number' };
  const chart = chartOfFacts(facts, answer.lang);
  if (chart === null) return { kind: 'none', reason: 'too-many-dimensions' };
  const isAutomatic = chart.spec.kind === 'ranking' || chart.spec.kind === 'trend';
  if (!isRequested && !(isAutomatic && chart.facts.length >= AUTO_CHART_MIN_POINTS)) {
    return { kind: 'none', reason: 'not-wanted' };
  }
  return { kind: 'chart', chart };
}

/**
 * The facts a chart shows: shares when the answer ranks or lists shares, else the figures read from reports
 * (changes and percentages derived from them are said in the text; their two ends are drawn). Once each.
 */
function drawableFacts(facts: readonly Fact[]): Fact[] {
  const shares = facts.filter((fact) => fact.metric.endsWith(':share'));
  const chosen = shares.length >= 2 ? shares : facts.filter((fact) => !fact.metric.includes(':'));
  const seen = new Set<string>();
  return chosen.filter((fact) => {
    const key = `${fact.org}\u0000${fact.year}\u0000${fact.metric}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Facts of one shape → one chart: which of organ, year and figure vary decides the kind. */
export function chartOfFacts(facts: readonly Fact[], lang: Lang): PlannedChart | null {
  const orgs = distinct(facts.map((fact) => fact.org));
  const metrics = distinct(facts.map((fact) => fact.metric));
  if (metrics.length === 1 && orgs.length === 1) return trendOf(facts, lang, 'one');
  if (metrics.length === 1 && orgs.length === facts.length) return rankingOf(facts, lang);
  if (metrics.length === 1) return trendOf(facts, lang, 'org');
  if (orgs.length === 1 && distinct(facts.map((fact) => fact.year)).length === 1) return breakdownOf(facts, lang);
  if (orgs.length === 1) return trendOf(facts, lang, 'metric');
  if (hasOneYearPerOrg(facts)) return comparisonOf(facts, lang);
  return null;
}

function rankingOf(facts: readonly Fact[], lang: Lang): PlannedChart {
  const words = CHART_WORDS[lang];
  const shown = facts.slice(0, MAX_CATEGORIES);
  const year = onlyYear(facts);
  const first = facts[0] as Fact;
  const subtitle = [
    words.rankingSubtitle(facts.length, year !== null),
    ...(shown.length < facts.length ? [words.firstOf(shown.length, facts.length)] : []),
  ].join(lang === 'zh' ? '；' : '; ');
  return chartWith(shown, {
    kind: 'ranking',
    lang,
    title: words.rankingTitle(first.label, year),
    subtitle,
    unit: words.unit(first.unit),
    categories: shown.map((fact) => (year === null ? words.orgInYear(fact.org, fact.year) : fact.org)),
    series: [{ name: first.label, values: shown.map((fact) => fact.value) }],
    source: sourceOf(shown, words),
  });
}

/** Over years: one series (`one`), one per organ (`org`) or one per figure of a single organ (`metric`). */
function trendOf(facts: readonly Fact[], lang: Lang, seriesBy: 'one' | 'org' | 'metric'): PlannedChart {
  const words = CHART_WORDS[lang];
  const years = distinct(facts.map((fact) => fact.year)).sort((a, b) => a - b);
  const first = facts[0] as Fact;
  const keyOf = (fact: Fact): string => (seriesBy === 'org' ? fact.org : fact.label);
  const series: ChartSeries[] = distinct(facts.map(keyOf)).map((name) => ({
    name,
    values: years.map((year) => facts.find((fact) => keyOf(fact) === name && fact.year === year)?.value ?? null),
  }));
  const subject = {
    one: lang === 'zh' ? `${first.org} ${first.label}` : `${first.org}: ${first.label}`,
    org: first.label,
    metric: first.org,
  }[seriesBy];
  return chartWith(facts, {
    kind: 'trend',
    lang,
    title: words.trendTitle(subject, years[0] as number, years[years.length - 1] as number),
    subtitle: '',
    unit: words.unit(first.unit),
    categories: years.map((year) => words.year(year)),
    series,
    source: sourceOf(facts, words),
  });
}

function breakdownOf(facts: readonly Fact[], lang: Lang): PlannedChart {
  const words = CHART_WORDS[lang];
  const shown = facts.slice(0, MAX_CATEGORIES);
  const first = facts[0] as Fact;
  // 收到政府信息公开申请 with its parts 收到政府信息公开申请（自然人）…: the bars are named by the parts alone.
  const whole = facts.every((fact) => fact === first || fact.label.startsWith(`${first.label}（`)) ? first.label : null;
  const categoryOf = (fact: Fact): string =>
    whole === null ? fact.label : fact === first ? fact.source.column : fact.label.slice(whole.length + 1, -1);
  return chartWith(shown, {
    kind: 'breakdown',
    lang,
    title: words.breakdownTitle(first.org, first.year, whole),
    subtitle: shown.length < facts.length ? words.firstOf(shown.length, facts.length) : '',
    unit: words.unit(first.unit),
    categories: shown.map(categoryOf),
    series: [{ name: whole ?? first.label, values: shown.map((fact) => fact.value) }],
    source: sourceOf(shown, words),
  });
}

/** Several figures of several organs, one report each: a group of bars per organ, a colour per figure. */
function comparisonOf(facts: readonly Fact[], lang: Lang): PlannedChart {
  const words = CHART_WORDS[lang];
  const orgs = distinct(facts.map((fact) => fact.org)).slice(0, MAX_CATEGORIES);
  const labels = distinct(facts.map((fact) => fact.label));
  const year = onlyYear(facts);
  const yearOf = (org: string): number => (facts.find((fact) => fact.org === org) as Fact).year;
  const series = labels.map((label) => ({
    name: label,
    values: orgs.map((org) => facts.find((fact) => fact.org === org && fact.label === label)?.value ?? null),
  }));
  return chartWith(
    facts.filter((fact) => orgs.includes(fact.org)),
    {
      kind: 'comparison',
      lang,
      title: words.comparisonTitle(labels, year),
      subtitle: words.rankingSubtitle(orgs.length, year !== null),
      unit: words.unit((facts[0] as Fact).unit),
      categories: orgs.map((org) => (year === null ? words.orgInYear(org, yearOf(org)) : org)),
      series,
      source: sourceOf(facts, words),
    },
  );
}

/** The chart and the facts it draws (those left out by MAX_CATEGORIES are not among them). */
function chartWith(facts: readonly Fact[], spec: ChartSpec): PlannedChart {
  return { spec, facts };
}

function sourceOf(facts: readonly Fact[], words: ChartWords): string {
  const first = facts[0] as Fact;
  const isOneCell = distinct(facts.map((fact) => `${fact.source.table}|${fact.source.row}|${fact.source.column}`));
  const reports = distinct(facts.map((fact) => `${fact.org}/${fact.year}`));
  if (reports.length === 1) return words.oneSource(reportTitle(first), first.source, isOneCell.length === 1);
  const tables = distinct(facts.map((fact) => fact.source.table));
  return words.manySources(tables, isOneCell.length === 1 ? first.source : null, reports.length);
}

function hasOneYearPerOrg(facts: readonly Fact[]): boolean {
  const yearOf = new Map<string, number>();
  for (const fact of facts) {
    if ((yearOf.get(fact.org) ?? fact.year) !== fact.year) return false;
    yearOf.set(fact.org, fact.year);
  }
  return true;
}

function onlyYear(facts: readonly Fact[]): number | null {
  const years = distinct(facts.map((fact) => fact.year));
  return years.length === 1 ? (years[0] as number) : null;
}

function distinct<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
