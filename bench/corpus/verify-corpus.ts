// Checks that generated reports parse into what their plan says: organ, district, year, template, the
// source's tables times the factor, and the same failing check rules as the source.
import { isDeepStrictEqual } from 'node:util';
import { parseFile, type Report } from '../../src/parser/index.js';
import { type CorpusEntry, failingRules } from './generate-corpus.js';

/** Every `step`-th entry, so a sample of a corpus made in turns covers every source. */
export function sampleEntries(entries: readonly CorpusEntry[], size: number): CorpusEntry[] {
  const step = Math.max(1, Math.floor(entries.length / size));
  return entries.filter((_, at) => at % step === 0).slice(0, size);
}

/** Parses each entry and lists every way its report differs from the plan (empty when all agree). */
export async function verifyEntries(entries: readonly CorpusEntry[]): Promise<string[]> {
  const problems: string[] = [];
  for (const entry of entries) {
    try {
      problems.push(...describeDifferences(entry, await parseFile(entry.file)));
    } catch (error) {
      problems.push(`${entry.file}: ${(error as Error).message}`);
    }
  }
  return problems;
}

/** What a generated report's parse gets wrong compared with its plan. */
export function describeDifferences(entry: CorpusEntry, report: Report): string[] {
  const source = entry.source.report;
  const expected: Record<string, unknown> = {
    org: entry.org,
    region: entry.region,
    year: entry.year,
    template: source.template,
    checkRules: entry.source.checkRules,
    activeDisclosure: mapNumbers(source.activeDisclosure, (value) => value * entry.factor),
    applications: mapNumbers(source.applications, (value) => value * entry.factor),
    reviewLitigation: mapNumbers(source.reviewLitigation, (value) => value * entry.factor),
  };
  const actual: Record<string, unknown> = { ...report, checkRules: failingRules(report) };
  // Money in 万元 becomes yuan through floating point (2.22934 × 10000), so numbers are compared to 6 decimals.
  const rounded = (value: unknown): unknown => mapNumbers(value, (number) => Math.round(number * 1e6) / 1e6);
  return Object.keys(expected)
    .filter((key) => !isDeepStrictEqual(rounded(actual[key]), rounded(expected[key])))
    .map(
      (key) =>
        `${entry.file} (from ${entry.source.file}): ${key} is ${JSON.stringify(actual[key])}, expected ${JSON.stringify(expected[key])}`,
    );
}

/** The value with `change` applied to every number inside it (objects and arrays are copied). */
function mapNumbers(value: unknown, change: (number: number) => number): unknown {
  if (typeof value === 'number') return change(value);
  if (Array.isArray(value)) return value.map((inner) => mapNumbers(inner, change));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, mapNumbers(inner, change)]));
}
