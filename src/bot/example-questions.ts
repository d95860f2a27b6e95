// Example questions for help texts, filled in from the reports actually in the store so that they work.
import type { Report } from '../parser/index.js';

/** Question patterns; `{org}` and `{year}` come from one report in the store. */
export const EXAMPLE_PATTERNS = [
  '{org}{year}年收到多少政府信息公开申请？',
  '{org}{year}年行政复议有多少件？',
  '{year}年哪个单位收到的申请最多？',
  '哪些单位有行政诉讼？',
  '哪些报告的数据不一致？',
  '你有哪些报告？',
] as const;

const FALLBACK_EXAMPLE = { org: '深圳市龙岗区人民政府', year: 2022 };

/** Fills the patterns from the newest people's-government report (or any report) in the store. */
export function listExampleQuestions(reports: readonly Report[]): string[] {
  const newest = [...reports].sort(byPreference)[0] ?? FALLBACK_EXAMPLE;
  return EXAMPLE_PATTERNS.map((pattern) =>
    pattern.replaceAll('{org}', newest.org).replaceAll('{year}', String(newest.year)),
  );
}

// A whole government's report makes the friendliest example; among those, the newest year.
function byPreference(a: Report, b: Report): number {
  const rank = (report: Report): number => (report.level === 'government' ? 0 : 1);
  return rank(a) - rank(b) || b.year - a.year || a.org.localeCompare(b.org);
}
