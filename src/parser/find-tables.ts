// Finds where each table lies in the token stream, by its headings and headers, never by line numbers.
import { TABLE_ANCHORS } from './labels.js';
import type { Token } from './tokenize.js';

/** A half-open range of token indexes. */
export interface TokenRange {
  readonly start: number;
  readonly end: number;
}

/** Where the three tables are; null for a table with no trace in the text. */
export interface TableRegions {
  readonly disclosure: TokenRange | null;
  readonly applications: TokenRange | null;
  readonly review: TokenRange | null;
}

/**
 * The label text of a token stream joined for phrase search: consecutive labels run together (so a label
 * wrapped over lines is found whole) and every value or blank cell becomes a "|" break.
 */
export class LabelIndex {
  private readonly text: string;
  private readonly offsets: number[] = [];

  constructor(tokens: readonly Token[]) {
    let text = '';
    for (const token of tokens) {
      this.offsets.push(text.length);
      text += token.kind === 'label' ? token.key : '|';
    }
    this.text = text;
  }

  /** Index of the token where the first of `phrases` occurs at or after token `from`, or -1. */
  findFirst(phrases: readonly string[], from = 0, before = this.offsets.length): number {
    const startAt = this.offsetOf(from);
    let best = -1;
    for (const phrase of phrases) {
      const at = this.text.indexOf(phrase, startAt);
      if (at >= 0 && (best < 0 || at < best)) best = at;
    }
    const token = best < 0 ? -1 : this.tokenAt(best);
    return token >= before ? -1 : token;
  }

  /** Index of the token where the last of `phrases` occurs before token `before`, or -1. */
  findLast(phrases: readonly string[], before: number): number {
    const endAt = this.offsetOf(before);
    let best = -1;
    for (const phrase of phrases) {
      const latestStart = endAt - phrase.length;
      const at = latestStart < 0 ? -1 : this.text.lastIndexOf(phrase, latestStart);
      if (at > best) best = at;
    }
    return best < 0 ? -1 : this.tokenAt(best);
  }

  /** Whether `phrase` occurs within tokens [from, to). */
  includes(phrase: string, from: number, to: number): boolean {
    const at = this.text.indexOf(phrase, this.offsetOf(from));
    return at >= 0 && at + phrase.length <= this.offsetOf(to);
  }

  private offsetOf(token: number): number {
    return token >= this.offsets.length ? this.text.length : (this.offsets[token] ?? 0);
  }

  /** The token whose text covers character `offset` (binary search over the start offsets). */
  private tokenAt(offset: number): number {
    let low = 0;
    let high = this.offsets.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((this.offsets[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return low;
  }
}

/** Locates tables 二, 三 and 四 by their headings, in that order. */
export function findTables(tokens: readonly Token[], index: LabelIndex): TableRegions {
  const end = tokens.length;
  const disclosureStart = findDisclosureStart(index);
  const applicationsStart = findTableStart(
    index,
    disclosureStart,
    TABLE_ANCHORS.applicationsHeading,
    TABLE_ANCHORS.applicationsHeader,
  );
  const reviewFrom = Math.max(applicationsStart, disclosureStart);
  const reviewStart = findTableStart(index, reviewFrom, TABLE_ANCHORS.reviewHeading, TABLE_ANCHORS.reviewHeader);
  const afterFrom = Math.max(reviewStart, reviewFrom, 0);
  const afterTables = index.findFirst(TABLE_ANCHORS.afterTables, afterFrom);
  const nextSection = findSectionHeading(tokens, reviewStart < 0 ? end : reviewStart + 1);
  const tablesEnd = Math.min(afterTables < 0 ? end : afterTables, nextSection);
  const firstAfter = (from: number, ...candidates: number[]): number =>
    Math.min(...candidates.filter((candidate) => candidate > from), tablesEnd);
  return {
    disclosure:
      disclosureStart < 0
        ? null
        : { start: disclosureStart, end: firstAfter(disclosureStart, applicationsStart, reviewStart) },
    applications:
      applicationsStart < 0 ? null : { start: applicationsStart, end: firstAfter(applicationsStart, reviewStart) },
    review: reviewStart < 0 ? null : { start: reviewStart, end: firstAfter(reviewStart) },
  };
}

/** Sections after the four of the template's tables: "五、存在问题及改进措施", "六、其他需要报告的事项". */
const LATER_SECTION = /^[五六七八]、/;

/** The first later section heading from token `from`, whatever its words; the token count when there is none. */
function findSectionHeading(tokens: readonly Token[], from: number): number {
  for (let index = from; index < tokens.length; index++) {
    const token = tokens[index];
    if (token?.kind === 'label' && LATER_SECTION.test(token.text)) return index;
  }
  return tokens.length;
}

/** Table 二 starts at its first column header; failing that, at the last heading before table 三. */
function findDisclosureStart(index: LabelIndex): number {
  const header = index.findFirst(TABLE_ANCHORS.disclosureStart);
  if (header >= 0) return header;
  const applications = index.findFirst(TABLE_ANCHORS.applicationsHeader);
  return applications < 0 ? -1 : index.findLast(TABLE_ANCHORS.disclosureHeading, applications);
}

/**
 * A table's heading after the table before it (introductions name every table). Without an earlier table,
 * the heading nearest before the table's own first header, or that header.
 */
function findTableStart(
  index: LabelIndex,
  from: number,
  headings: readonly string[],
  headers: readonly string[],
): number {
  if (from >= 0) {
    const heading = index.findFirst(headings, from);
    return heading >= 0 ? heading : index.findFirst(headers, from);
  }
  const header = index.findFirst(headers);
  if (header < 0) return -1;
  const heading = index.findLast(headings, header);
  return heading >= 0 && header - heading <= NEAR_HEADING ? heading : header;
}

/** How many tokens a heading may stand before its table's first header and still be its heading. */
const NEAR_HEADING = 40;
