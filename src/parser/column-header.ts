// Column order told by a table's own header, for reports that print the columns of table 三 or 四 in another order
// than the template (自然人 after the legal persons, 总计 first, 尚未审结 before 其他结果) or with a column the template
// lacks (a 小计 of 法人或其他组织). Only a header that names every column is believed; else the template order stands.
import type { TokenRange } from './find-tables.js';
import { compactLabel } from './labels.js';
import type { ApplicantColumn, ReviewColumn } from './report.js';
import { APPLICANT_COLUMN_GROUPS, APPLICANT_COLUMNS, REVIEW_COLUMN_NAMES, REVIEW_COLUMNS } from './tables/index.js';
import type { Token } from './tokenize.js';

/** A printed column: a column of the table, or one the template has no cell for (null: a 小计 column). */
export type PrintedColumn<C extends string> = C | null;

/** Header words of table 三's columns in compact form; 社会公益 as OCR and narrow cells print it. */
const APPLICANT_HEADER_WORDS: Readonly<Record<ApplicantColumn, readonly string[]>> = {
  natural: ['自然人'],
  commercial: ['商业企业'],
  research: ['科研机构'],
  social: ['社会公益组织', '社会公益'],
  legal: ['法律服务机构'],
  other: ['其他'],
  total: ['总计'],
};
/** The merged header over the legal persons' columns: its 其他 is no column of its own. */
const LEGAL_PERSON_HEADER = '法人或其他组织';
/** Columns a report may add under 法人或其他组织: the sum of the five, no cell of the template. */
const SUBTOTAL_WORDS = ['小计', '合计'];

/**
 * Table 三's columns in printed order, from the header before its first row, when the header names each of the
 * seven columns once and prints them otherwise than the template (or with a 小计 column); else null.
 * Under the merged header 法人或其他组织 its own columns take its place: "自然人 法人或其他组织 总计 / 商业企业 …"
 * prints 总计 last although the word comes before 商业企业.
 */
export function readApplicantHeader(
  tokens: readonly Token[],
  range: TokenRange,
  firstRowKeys: readonly string[],
): PrintedColumn<ApplicantColumn>[] | null {
  const header = headerText(tokens, range, firstRowKeys);
  const groupAt = header.indexOf(LEGAL_PERSON_HEADER);
  const text = withoutGroupHeader(header);
  const found = APPLICANT_COLUMNS.map((column) => ({ column, at: firstOf(text, APPLICANT_HEADER_WORDS[column]) }));
  if (found.some(({ at }) => at < 0)) return null;
  const subtotals = SUBTOTAL_WORDS.flatMap((word) => allOf(text, word)).map((at) => ({ column: null, at }));
  const legal = new Set<ApplicantColumn>(APPLICANT_COLUMN_GROUPS.legalPerson.columns);
  const byPlace = (a: { at: number }, b: { at: number }): number => a.at - b.at;
  const inGroup = [...found.filter(({ column }) => legal.has(column)), ...subtotals].sort(byPlace);
  const outside = found.filter(({ column }) => !legal.has(column));
  const order =
    groupAt < 0
      ? [...found, ...subtotals].sort(byPlace).map(({ column }) => column)
      : [...outside, { column: 'group' as const, at: groupAt }]
          .sort(byPlace)
          .flatMap(({ column }) => (column === 'group' ? inGroup.map((cell) => cell.column) : [column]));
  const isTemplate =
    order.length === APPLICANT_COLUMNS.length && order.every((column, i) => column === APPLICANT_COLUMNS[i]);
  return isTemplate ? null : order;
}

/**
 * Whether the labels before table 三's first row name each of its seven columns (in any order); numbers before it
 * (prose under the heading) are passed over.
 */
export function namesApplicantColumns(
  tokens: readonly Token[],
  range: TokenRange,
  firstRowKeys: readonly string[],
): boolean {
  let text = '';
  for (let index = range.start; index < range.end; index++) {
    const token = tokens[index];
    if (token?.kind !== 'label') continue;
    text += token.key;
    // Only the end can hold a key just completed: searching the whole text made a long table quadratic.
    if (firstRowKeys.some((key) => text.slice(-(key.length + token.key.length)).includes(key))) break;
  }
  const header = withoutGroupHeader(text);
  return APPLICANT_COLUMNS.every((column) => firstOf(header, APPLICANT_HEADER_WORDS[column]) >= 0);
}

/** The merged header's 其他 is no column (merged cells repeat it): blanked out, keeping positions. */
function withoutGroupHeader(header: string): string {
  return header.replaceAll(LEGAL_PERSON_HEADER, '#'.repeat(LEGAL_PERSON_HEADER.length));
}

/**
 * Table 四's five results in printed order, from its header (the labels before its first number after
 * `headersFrom`, where its first column header is; numbers of prose before it start the header anew), when the
 * header names each and prints them otherwise than the template; else null.
 */
export function readReviewHeader(
  tokens: readonly Token[],
  range: TokenRange,
  headersFrom: number,
): ReviewColumn[] | null {
  const header = reviewHeaderText(tokens, range, headersFrom);
  const found = REVIEW_COLUMNS.flatMap((column) =>
    allOf(header, REVIEW_COLUMN_NAMES[column]).map((at) => ({ column, at })),
  ).sort((a, b) => a.at - b.at);
  const order = found.slice(0, REVIEW_COLUMNS.length).map(({ column }) => column);
  // Each group may repeat the results: every repetition in the same order, none with a result lost.
  const isRepeated =
    found.length > 0 &&
    found.length % REVIEW_COLUMNS.length === 0 &&
    found.every(({ column }, i) => column === order[i % REVIEW_COLUMNS.length]);
  if (!isRepeated || new Set(order).size < REVIEW_COLUMNS.length) return null;
  return order.every((column, i) => column === REVIEW_COLUMNS[i]) ? null : order;
}

/** Whether table 四's header names each of the five results (in any order). */
export function namesReviewColumns(tokens: readonly Token[], range: TokenRange, headersFrom: number): boolean {
  const header = reviewHeaderText(tokens, range, headersFrom);
  return REVIEW_COLUMNS.every((column) => header.includes(REVIEW_COLUMN_NAMES[column]));
}

/** The labels before table 四's first number after `headersFrom`; numbers of prose before it start it anew. */
function reviewHeaderText(tokens: readonly Token[], range: TokenRange, headersFrom: number): string {
  let header = '';
  for (let index = range.start; index < range.end; index++) {
    const token = tokens[index];
    if (token?.kind === 'label') header += token.key;
    else if (token?.kind === 'value' && index >= headersFrom) break;
    else if (token?.kind === 'value') header = '';
  }
  return header;
}

/**
 * Where each of a row's columns is printed, from the header words in the labels before the row (信息内容 本年新制作数量
 * 本年新公开数量 对外公开总数量), when they name each column once and in another order than the template: column i is
 * printed at place [i]. Null when a header word is missing or the order is the template's.
 */
export function readFieldPlaces(labels: string, headers: readonly string[]): number[] | null {
  if (headers.length < 2) return null;
  const found = headers.map((header, i) => ({ i, at: labels.lastIndexOf(compactLabel(header)) }));
  if (found.some(({ at }) => at < 0)) return null;
  const printedOrder = [...found].sort((a, b) => a.at - b.at).map(({ i }) => i);
  if (printedOrder.every((field, place) => field === place)) return null;
  return headers.map((_, i) => printedOrder.indexOf(i));
}

/** The compact label text from the table's start to its first value, or to the first row's label. */
function headerText(tokens: readonly Token[], range: TokenRange, firstRowKeys: readonly string[]): string {
  let text = '';
  for (let index = range.start; index < range.end; index++) {
    const token = tokens[index];
    if (token === undefined || token.kind === 'value') break;
    if (token.kind !== 'label') continue;
    const rowAt = Math.min(...firstRowKeys.map((key) => (text + token.key).indexOf(key)).filter((at) => at >= 0));
    if (Number.isFinite(rowAt)) return (text + token.key).slice(0, rowAt);
    text += token.key;
  }
  return text;
}

function firstOf(text: string, words: readonly string[]): number {
  const places = words.map((word) => text.indexOf(word)).filter((at) => at >= 0);
  return places.length === 0 ? -1 : Math.min(...places);
}

function allOf(text: string, word: string): number[] {
  const places: number[] = [];
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) places.push(at);
  return places;
}
