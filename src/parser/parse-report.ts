import { ParseError } from '../errors.js';
import { checkApplications, checkReviewLitigation, missingTableCheck, unreadTableCheck } from './checks.js';
import { findTables, LabelIndex, type TableRegions } from './find-tables.js';
import { readMetadata } from './metadata.js';
import { compareNarrative, type LineSpan, narrativeSentences } from './narrative/index.js';
import { normalizeText } from './normalize.js';
import { whyReviewUnread } from './read-review.js';
import { readApplications, readDisclosure, readReviewLitigation } from './read-tables.js';
import type { Check, Report, SourceRef } from './report.js';
import { TABLE_NAMES } from './tables/index.js';
import { detectTemplate } from './template.js';
import { type Token, tokenizeLines } from './tokenize.js';

const NO_TABLES =
  'no 政府信息公开 annual-report tables found (looked for the tables 主动公开政府信息情况, 收到和处理政府信息公开申请情况, 行政复议、行政诉讼情况 with their rows and numbers)';

/** Share of control or replacement characters above which a text is taken for binary junk. */
const MAX_GARBAGE_SHARE = 0.01;
// Control characters (but tab, newline, carriage return) and U+FFFD: what a misread encoding or a binary leaves.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const GARBAGE_CHARACTERS = /[\u0000-\u0008\u000E-\u001F\u007F\uFFFD]/g;

/**
 * Parses one report's text into the canonical JSON. Throws ParseError when the text is not such a report
 * (empty, binary, no annual-report tables, no organ or year). A report whose tables are incomplete is
 * returned with `table.missing` checks, never silently.
 */
export function parseReport(text: string, source: SourceRef): Report {
  rejectUnreadable(text, source.file);
  const normalized = normalizeText(text);
  const lines = normalized.split('\n');
  const tokens = tokenizeLines(lines);
  const index = new LabelIndex(tokens);
  const regions = findTables(tokens, index);
  const firstLine = firstTableLine(tokens, regions);
  if (firstLine === null) throw new ParseError(source.file, NO_TABLES);
  // The first table's line may also hold the title (an introduction that runs into the tables).
  const metadata = readMetadata({
    head: lines.slice(0, firstLine + 1),
    tail: lines.slice(firstLine),
    text: normalized,
  });
  if (metadata.org === null) {
    throw new ParseError(
      source.file,
      'publishing organ not found: no title like "XX区2022年政府信息公开工作年度报告" and no signature above a date',
    );
  }
  if (metadata.year === null)
    throw new ParseError(source.file, 'year covered not found: no title like "2022年政府信息公开工作年度报告"');
  const { org, year } = metadata;
  const template = detectTemplate(index, regions, year);
  const tables = readAllTables(tokens, regions, template);
  if (!tables.activeDisclosure && !tables.applications && !tables.reviewLitigation)
    throw new ParseError(source.file, NO_TABLES);
  const narrative = compareNarrative(narrativeSentences(lines, tableLines(tokens, regions)), tables, year);
  return {
    id: `${org}/${year}`,
    org,
    region: metadata.region,
    level: metadata.level,
    year,
    template,
    publishedOn: metadata.publishedOn,
    source,
    activeDisclosure: tables.activeDisclosure,
    applications: tables.applications,
    reviewLitigation: tables.reviewLitigation,
    checks: [...tables.checks, ...narrative.checks],
    printed: tables.printed,
    narrative: { compared: narrative.compared },
  };
}

type Tables = Pick<Report, 'activeDisclosure' | 'applications' | 'reviewLitigation' | 'checks' | 'printed'>;

/** Reads the three tables and runs every check; a table not found is null with a `table.missing` check. */
function readAllTables(tokens: readonly Token[], regions: TableRegions, template: Report['template']): Tables {
  const checks: Check[] = [];
  const disclosure = regions.disclosure && readDisclosure(tokens, regions.disclosure, template);
  const hasDisclosure = disclosure !== null && disclosure.missingRows.length < Object.keys(disclosure.values).length;
  if (!hasDisclosure) checks.push(missingTableCheck('二', TABLE_NAMES.二));
  else if (disclosure.missingRows.length > 0)
    checks.push(missingTableCheck('二', TABLE_NAMES.二, disclosure.missingRows));

  const applications = regions.applications && readApplications(tokens, regions.applications, template);
  const hasApplications = applications !== null && Object.keys(applications.values).length > 0;
  if (!hasApplications) checks.push(missingTableCheck('三', TABLE_NAMES.三));
  else if (applications.missingRows.length > 0)
    checks.push(missingTableCheck('三', TABLE_NAMES.三, applications.missingRows));

  const review = regions.review && readReviewLitigation(tokens, regions.review);
  if (!review)
    checks.push(
      regions.review
        ? unreadTableCheck('四', TABLE_NAMES.四, whyReviewUnread(tokens, regions.review))
        : missingTableCheck('四', TABLE_NAMES.四),
    );

  if (hasApplications) checks.push(...checkApplications(applications.values, applications.printedRows));
  if (review) checks.push(...checkReviewLitigation(review.values));
  return {
    activeDisclosure: hasDisclosure ? disclosure.values : null,
    applications: hasApplications ? applications.values : null,
    reviewLitigation: review ? review.values : null,
    checks,
    printed: {
      activeDisclosure: hasDisclosure ? disclosure.printed : null,
      applications: hasApplications ? applications.printed : null,
      reviewLitigation: review ? review.printed : null,
    },
  };
}

/** The lines each table found covers: never prose. */
function tableLines(tokens: readonly Token[], regions: TableRegions): LineSpan[] {
  return [regions.disclosure, regions.applications, regions.review].flatMap((range) => {
    const first = range && tokens[range.start];
    const last = range && tokens[Math.max(range.start, range.end - 1)];
    return first && last ? [{ first: first.line, last: last.line }] : [];
  });
}

/** The line where the first table found starts, or null when no table is found. */
function firstTableLine(tokens: readonly Token[], regions: TableRegions): number | null {
  const starts = [regions.disclosure, regions.applications, regions.review].flatMap((range) =>
    range ? [range.start] : [],
  );
  if (starts.length === 0) return null;
  return tokens[Math.min(...starts)]?.line ?? null;
}

/** Empty text and binary junk are no reports. */
function rejectUnreadable(text: string, file: string): void {
  if (text.trim() === '') throw new ParseError(file, 'empty text, not a report');
  const garbage = text.match(GARBAGE_CHARACTERS)?.length ?? 0;
  if (text.includes('\u0000') || garbage > text.length * MAX_GARBAGE_SHARE) {
    throw new ParseError(file, 'binary or garbled content, not report text');
  }
}
