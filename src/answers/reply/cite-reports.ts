// The source footer of a reply: each report it cites once, by its title, with its web page when the store has one.
// Numbers keep their table and row beside them (（表三“本年新收政府信息公开申请数量”总计）); which report they come
// from is said here, at the end, never as a file path on the server.
import type { Fact, Lang } from '../types.js';

/** A report a reply cites: its organ and year make its title; `url` is its page when it was fetched from one. */
export interface Citation {
  readonly org: string;
  readonly year: number;
  readonly url?: string;
}

/** How many reports a footer names before it says how many more. */
export const CITATIONS_LISTED = 10;

/** The title such a report is published under: `《深圳市龙岗区人民政府2022年政府信息公开工作年度报告》`. */
export const reportTitle = ({ org, year }: Citation): string => `《${org}${year}年政府信息公开工作年度报告》`;

const WORDS: Readonly<Record<Lang, { one: string; many: string; more: (count: number) => string }>> = {
  zh: { one: '来源：', many: '来源：', more: (count) => `……另有 ${count} 份报告` },
  en: { one: 'Source: ', many: 'Sources:', more: (count) => `… and ${count} more reports` },
};

/**
 * The footer naming each report once, in the order given; '' for none. One report on one line
 * (`来源：《…年度报告》 https://…`), several as a list under `来源：`, at most CITATIONS_LISTED, then how many more.
 * `total`: how many distinct reports there are when `cited` holds only the first of them (the digest's changes).
 */
export function citeReports(cited: readonly Citation[], lang: Lang, total?: number): string {
  const reports = distinctReports(cited);
  const count = Math.max(total ?? 0, reports.length);
  const words = WORDS[lang];
  const lineOf = (report: Citation): string => `${reportTitle(report)}${report.url ? ` ${report.url}` : ''}`;
  const [only] = reports;
  if (only === undefined) return '';
  if (count === 1) return `${words.one}${lineOf(only)}`;
  const listed = reports.slice(0, CITATIONS_LISTED).map((report) => `- ${lineOf(report)}`);
  const rest = count > CITATIONS_LISTED ? [words.more(count - CITATIONS_LISTED)] : [];
  return [words.many.trimEnd(), ...listed, ...rest].join('\n');
}

/** A stored report as a citation: `citationOf(report)` → `{ org, year, url }` (url when it was fetched). */
export function citationOf(
  report: Pick<Citation, 'org' | 'year'> & { readonly source: { readonly url?: string } },
): Citation {
  return { org: report.org, year: report.year, ...(report.source.url ? { url: report.source.url } : {}) };
}

/** The reports facts come from, as citations, in the order the facts are stated. */
export function citationsOf(facts: readonly Fact[]): Citation[] {
  return facts.map(citationOf);
}

/** Each report once (organ and year), where it first appears; a URL given on any of its mentions is kept. */
function distinctReports(cited: readonly Citation[]): Citation[] {
  const byReport = new Map<string, Citation>();
  for (const report of cited) {
    const key = `${report.org}\u0000${report.year}`;
    const known = byReport.get(key);
    const url = known?.url ?? report.url;
    if (known === undefined || known.url !== url)
      byReport.set(key, { org: report.org, year: report.year, ...(url ? { url } : {}) });
  }
  return [...byReport.values()];
}
