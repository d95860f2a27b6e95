// Turns the rows read from the token stream into the canonical tables: numbers and printed text side by side.

import { namesApplicantColumns, type PrintedColumn, readApplicantHeader, readFieldPlaces } from './column-header.js';
import type { TokenRange } from './find-tables.js';
import { compactLabel, HEADER_UNITS } from './labels.js';
import { putTotalLast } from './order-columns.js';
import { type MoneyScale, parseCell } from './parse-cell.js';
import { readReviewCells } from './read-review.js';
import { readRows } from './read-rows.js';
import { printsNumbersAbove, printsNumbersOnFirstLine, readRowsAbove } from './read-rows-above.js';
import type {
  ActiveDisclosure,
  ApplicantCells,
  ApplicantColumn,
  ApplicationRow,
  Applications,
  ReviewLitigation,
  TemplateYear,
} from './report.js';
import type { ReadRow, RowSpec } from './row-spec.js';
import {
  APPLICANT_COLUMNS,
  APPLICATION_ROW_DEFINITIONS,
  APPLICATION_ROWS,
  DISCLOSURE_TABLE,
  type DisclosureFieldDefinition,
  isPrintedIn,
  OTHER_HANDLING_SUBROWS,
  REVIEW_COLUMNS,
  REVIEW_GROUPS,
} from './tables/index.js';
import type { Token } from './tokenize.js';

/** A table's numbers, its printed text, and the official labels of rows it lacks. */
export interface TableRead<T, P> {
  readonly values: T;
  readonly printed: P;
  readonly missingRows: readonly string[];
}

/** Table 二 in the given template; rows the report lacks are null. */
export function readDisclosure(
  tokens: readonly Token[],
  range: TokenRange,
  template: TemplateYear,
): TableRead<ActiveDisclosure, ActiveDisclosure<string>> {
  const specs = DISCLOSURE_TABLE[template];
  const rows = readRowsEitherWay(
    tokens,
    range,
    specs.map((spec) => ({ ...spec, width: spec.fields.length })),
  );
  const values: ActiveDisclosure = {};
  const printed: ActiveDisclosure<string> = {};
  const missingRows: string[] = [];
  // A header printed over several rows orders their columns: rows of the same columns keep the last one met.
  const places = new Map<string, number[] | null>();
  for (const spec of specs) {
    const row = inHeaderOrder(rows.get(spec.key), spec.fields, places);
    if (row === undefined) missingRows.push(spec.label);
    values[spec.key] = row
      ? Object.fromEntries(spec.fields.map((field, i) => [field.name, readField(row, field, i)]))
      : null;
    printed[spec.key] = row
      ? Object.fromEntries(spec.fields.map((field, i) => [field.name, row.cells[i]?.text ?? '']))
      : null;
  }
  return { values, printed, missingRows };
}

/** A row of table 二 with its cells in the template's column order, where the header before it prints another. */
function inHeaderOrder(
  row: ReadRow | undefined,
  fields: readonly DisclosureFieldDefinition[],
  places: Map<string, number[] | null>,
): ReadRow | undefined {
  if (row === undefined) return undefined;
  const columns = fields.map((field) => field.name).join();
  const headers = fields.map((field) => field.printed.replace(/（.*$/, ''));
  const named = headers.every((header) => row.labelText.includes(compactLabel(header)));
  if (named) places.set(columns, readFieldPlaces(row.labelText, headers));
  const order = places.get(columns);
  return order ? { ...row, cells: order.map((place) => row.cells[place] as Token) } : row;
}

/** The rows read with numbers after their labels, or above them, or on their first line, where the table prints them so. */
function readRowsEitherWay(
  tokens: readonly Token[],
  range: TokenRange,
  specs: readonly RowSpec[],
): Map<string, ReadRow> {
  if (printsNumbersAbove(tokens, range, specs)) return readRowsAbove(tokens, range, specs);
  const minWidth = Math.min(...specs.map((spec) => spec.width));
  return printsNumbersOnFirstLine(tokens, range, minWidth)
    ? readRowsAbove(tokens, range, specs, true)
    : readRows(tokens, range, specs);
}

/** A money cell uses the unit in its column header (本年收费金额（单位：万元）), else the template's. */
function readField(row: ReadRow, field: DisclosureFieldDefinition, index: number): number {
  const cell = row.cells[index];
  if (field.defaultScale === undefined) return cell?.number ?? 0;
  return parseCell(cell?.text ?? '', headerScale(row.labelText) ?? field.defaultScale) ?? 0;
}

/** The unit named last in the header text before a row ("…收费金额（元）" → 1), or null when none is named. */
function headerScale(labelText: string): MoneyScale | null {
  const unit = LAST_UNIT.exec(labelText)?.[1];
  return unit === undefined ? null : (HEADER_UNITS[unit] ?? null);
}

/** The last money unit in a header: 万元 is taken whole, never as its 元. */
const LAST_UNIT = /(亿元|万元|元)(?!.*元)/;

/** Table 三, with （六）其他处理 summed from its three sub-rows where the report prints only those. */
export interface ApplicationsRead extends TableRead<Applications, Applications<string>> {
  /** Rows as printed (a computed （六）其他处理 is not among them). */
  readonly printedRows: ReadonlySet<ApplicationRow>;
}

/** Reads table 三 in the given template. */
export function readApplications(
  tokens: readonly Token[],
  range: TokenRange,
  template: TemplateYear,
): ApplicationsRead {
  const expected = APPLICATION_ROWS.filter((row) => isPrintedIn(row, template));
  const header = readApplicantHeader(tokens, range, APPLICATION_ROW_DEFINITIONS.newReceived.keys);
  const specs = (width: number): RowSpec[] =>
    expected.map((key) => ({
      key,
      label: APPLICATION_ROW_DEFINITIONS[key].label,
      keys: APPLICATION_ROW_DEFINITIONS[key].keys,
      width,
      headsNext: template === '2021' && key === 'otherHandling',
    }));
  const byHeader = header && inTemplateOrder(readRowsEitherWay(tokens, range, specs(header.length)), header);
  const rows =
    byHeader && !hasMoreTotalsLast(byHeader, readRowsEitherWay(tokens, range, specs(APPLICANT_COLUMNS.length)))
      ? byHeader
      : putTotalLast(readRowsEitherWay(tokens, range, specs(APPLICANT_COLUMNS.length)));
  // With no header naming the columns, a row whose 总计 is not the sum of the others may be read in another order
  // than printed: it is left unread, never stored.
  const isOrderKnown = namesApplicantColumns(tokens, range, APPLICATION_ROW_DEFINITIONS.newReceived.keys);
  const values: Applications = {};
  const printed: Applications<string> = {};
  for (const key of expected) {
    const row = rows.get(key);
    if (row === undefined || (!isOrderKnown && !addsUp(row))) continue;
    values[key] = cellsOf(row, (token) => token.number);
    printed[key] = cellsOf(row, (token) => token.text);
  }
  const printedRows = new Set(Object.keys(values) as ApplicationRow[]);
  const subRows = OTHER_HANDLING_SUBROWS.map((key) => values[key]);
  if (template === '2021' && !values.otherHandling && subRows.every((cells) => cells !== undefined)) {
    values.otherHandling = sumCells(subRows as ApplicantCells[]);
  }
  return {
    values: inRowOrder(values),
    printed: inRowOrder(printed),
    printedRows,
    missingRows: missingApplicationRows(expected, values),
  };
}

/** Each row's cells in the template's column order, as the header printed them; a column the template lacks dropped. */
function inTemplateOrder(
  rows: ReadonlyMap<string, ReadRow>,
  header: readonly PrintedColumn<ApplicantColumn>[],
): ReadonlyMap<string, ReadRow> {
  const places = APPLICANT_COLUMNS.map((column) => header.indexOf(column));
  return new Map([...rows].map(([key, row]) => [key, { ...row, cells: places.map((at) => row.cells[at] as Token) }]));
}

/**
 * Whether the rows read in the template's order add up (总计 = the other six) in more rows than the header's order:
 * a header that lost a character of 法人或其他组织 reads as if 总计 came second.
 */
function hasMoreTotalsLast(byHeader: ReadonlyMap<string, ReadRow>, asTemplate: ReadonlyMap<string, ReadRow>): boolean {
  return countTotalsHolding(asTemplate) > countTotalsHolding(byHeader);
}

/** Whether a row read in the template's order has its 总计 equal to the sum of the six other columns. */
function addsUp({ cells }: ReadRow): boolean {
  const total = cells[APPLICANT_COLUMNS.length - 1]?.number ?? 0;
  const parts = cells.slice(0, APPLICANT_COLUMNS.length - 1).reduce((sum, cell) => sum + (cell?.number ?? 0), 0);
  return Math.abs(total - parts) < 1e-9;
}

function countTotalsHolding(rows: ReadonlyMap<string, ReadRow>): number {
  let holding = 0;
  for (const { cells } of rows.values()) {
    const total = cells[APPLICANT_COLUMNS.length - 1]?.number ?? 0;
    const parts = cells.slice(0, APPLICANT_COLUMNS.length - 1).reduce((sum, cell) => sum + (cell?.number ?? 0), 0);
    if (total !== 0 && total === parts) holding++;
  }
  return holding;
}

/** Required rows the report lacks; the 2021 sub-rows of （六） are optional when （六） itself is printed. */
function missingApplicationRows(expected: readonly ApplicationRow[], values: Applications): string[] {
  return expected
    .filter((key) => values[key] === undefined && !(isSubRow(key) && values.otherHandling !== undefined))
    .map((key) => APPLICATION_ROW_DEFINITIONS[key].label);
}

function isSubRow(row: ApplicationRow): boolean {
  return (OTHER_HANDLING_SUBROWS as readonly string[]).includes(row);
}

function cellsOf<T>(row: ReadRow, read: (token: Token) => T): ApplicantCells<T> {
  return Object.fromEntries(
    APPLICANT_COLUMNS.map((column, i) => [column, read(row.cells[i] as Token)]),
  ) as ApplicantCells<T>;
}

function sumCells(rows: readonly ApplicantCells[]): ApplicantCells {
  const sum = (column: (typeof APPLICANT_COLUMNS)[number]): number =>
    Math.round(rows.reduce((total, cells) => total + cells[column], 0) * 1e6) / 1e6;
  return Object.fromEntries(APPLICANT_COLUMNS.map((column) => [column, sum(column)])) as ApplicantCells;
}

function inRowOrder<T>(rows: Applications<T>): Applications<T> {
  return Object.fromEntries(APPLICATION_ROWS.filter((key) => rows[key] !== undefined).map((key) => [key, rows[key]]));
}

/** Table 四, or null when fewer than its 15 cells are printed. */
export function readReviewLitigation(
  tokens: readonly Token[],
  range: TokenRange,
): TableRead<ReviewLitigation, ReviewLitigation<string>> | null {
  const cells = readReviewCells(tokens, range);
  if (cells === null) return null;
  const build = <T>(read: (token: Token) => T): ReviewLitigation<T> =>
    Object.fromEntries(
      REVIEW_GROUPS.map((group, g) => [
        group,
        Object.fromEntries(
          REVIEW_COLUMNS.map((column, c) => [column, read(cells[g * REVIEW_COLUMNS.length + c] as Token)]),
        ),
      ]),
    ) as ReviewLitigation<T>;
  return { values: build((token) => token.number), printed: build((token) => token.text), missingRows: [] };
}
