// Test helpers: the sample reports and their expected JSON, read from the project's own copies.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseReport, type Report } from '../../src/parser/index.js';

export const REPORTS_DIR = join(import.meta.dirname, '../../data/reports');
export const EXPECTED_DIR = join(import.meta.dirname, '../fixtures/expected');
export const REAL_REPORTS_DIR = join(import.meta.dirname, '../fixtures/real-reports');
export const PARSER_FIXTURES_DIR = join(import.meta.dirname, '../fixtures/parser');

/** The fields an expected JSON fixes (everything but source, id, checks and printed). */
export const EXPECTED_FIELDS = [
  'org',
  'region',
  'level',
  'year',
  'template',
  'publishedOn',
  'activeDisclosure',
  'applications',
  'reviewLitigation',
] as const;

/** The sample report names: data/reports/<name>.txt with test/fixtures/expected/<name>.json. */
export const SAMPLE_NAMES = readdirSync(REPORTS_DIR)
  .filter((file) => file.endsWith('.txt'))
  .map((file) => file.replace(/\.txt$/, ''))
  .sort();

export function readSample(name: string): string {
  return readFileSync(join(REPORTS_DIR, `${name}.txt`), 'utf8');
}

export interface Expected extends Pick<Report, (typeof EXPECTED_FIELDS)[number]> {
  readonly checkRules: readonly string[];
}

export function readExpected(name: string): Expected {
  return JSON.parse(readFileSync(join(EXPECTED_DIR, `${name}.json`), 'utf8')) as Expected;
}

/** Parses text as if read from `file`. */
export function parseText(text: string, file = 'test.txt'): Report {
  return parseReport(text, { file, sha256: createHash('sha256').update(text).digest('hex'), format: 'text' });
}

/** The fields an expected JSON fixes, picked from a parsed report. */
export function expectedFieldsOf(report: Report | Expected): Record<string, unknown> {
  return Object.fromEntries(EXPECTED_FIELDS.map((field) => [field, report[field]]));
}

/** The distinct check rules of a report, sorted. */
export function ruleSet(report: Report): string[] {
  return [...new Set(report.checks.map((check) => check.rule))].sort();
}
