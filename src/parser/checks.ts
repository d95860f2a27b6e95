// Consistency checks (勾稽关系), run over the sums the tables define. Numbers are never repaired: each
// disagreement becomes a finding.
import type { ApplicantColumn, ApplicationRow, Applications, Check, ReviewLitigation } from './report.js';
import {
  APPLICANT_COLUMN_NAMES,
  APPLICANT_COLUMNS,
  APPLICANT_PARTS,
  APPLICATION_BALANCE,
  APPLICATION_ROW_DEFINITIONS,
  APPLICATION_ROW_SUMS,
  REVIEW_COLUMN_NAMES,
  REVIEW_GROUP_NAMES,
  REVIEW_GROUPS,
  REVIEW_RESULTS,
  type TableNumber,
} from './tables/index.js';

/**
 * Table 三's checks: balance per column (新收 + 上年结转 = 总计 + 结转下年度), each printed row's total, and each
 * sum of rows the table defines (（七）总计 of the outcome rows, （六）其他处理 of its sub-rows) per column.
 * `printedRows` are the rows the report printed (a computed （六）其他处理 is not re-checked against itself).
 */
export function checkApplications(applications: Applications, printedRows: ReadonlySet<ApplicationRow>): Check[] {
  return [
    ...checkBalance(applications),
    ...checkRowTotals(applications, printedRows),
    ...APPLICATION_ROW_SUMS.flatMap((sum) => checkRowSum(applications, printedRows, sum)),
  ];
}

/** Messages name a sum by what it adds up. */
const SUM_NAMES: Readonly<Record<(typeof APPLICATION_ROW_SUMS)[number]['rule'], string>> = {
  'applications.columnTotal': '办理结果各项之和',
  'applications.otherHandlingTotal': '其他处理三项之和',
};

/**
 * Where the report prints a sum's total row, the total equals the sum of the parts that were read, in every column.
 * Parts not read are named in the finding (`unreadRows`): a table with unread rows still fails where the numbers
 * read do not add up, so rows matched to the wrong labels cannot pass because one row is missing.
 */
function checkRowSum(
  rows: Applications,
  printedRows: ReadonlySet<ApplicationRow>,
  sum: (typeof APPLICATION_ROW_SUMS)[number],
): Check[] {
  const total = rows[sum.total];
  const read = sum.parts.filter((row) => rows[row] !== undefined);
  // No part read: nothing to add up (a report printing （六）其他处理 as one row has no sub-rows).
  if (!total || !printedRows.has(sum.total) || read.length === 0) return [];
  const unreadRows = sum.parts.filter((row) => rows[row] === undefined);
  return APPLICANT_COLUMNS.flatMap((column): Check[] => {
    const expected = sumOf(read.map((row) => rows[row]?.[column] ?? 0));
    if (expected === total[column]) return [];
    const totalLabel = APPLICATION_ROW_DEFINITIONS[sum.total].printed;
    const message = `${APPLICANT_COLUMN_NAMES[column]}：${SUM_NAMES[sum.rule]} ${expected} ≠ ${totalLabel} ${total[column]}${unreadNote(unreadRows)}`;
    const check: Check = {
      rule: sum.rule,
      severity: 'error',
      column,
      row: sum.total,
      message,
      expected,
      actual: total[column],
    };
    return [unreadRows.length > 0 ? { ...check, unreadRows } : check];
  });
}

/** The balance per column; a row not read counts as 0 and is named, as long as each side has a row read. */
function checkBalance(rows: Applications): Check[] {
  const { incoming, outgoing } = APPLICATION_BALANCE;
  const isRead = (row: ApplicationRow): boolean => rows[row] !== undefined;
  if (!incoming.some(isRead) || !outgoing.some(isRead)) return [];
  const unreadRows = [...incoming, ...outgoing].filter((row) => !isRead(row));
  const cell = (row: ApplicationRow, column: ApplicantColumn): number => rows[row]?.[column] ?? 0;
  return APPLICANT_COLUMNS.flatMap((column): Check[] => {
    const [newReceived, carriedOver] = incoming.map((row) => cell(row, column));
    const [total, carriedForward] = outgoing.map((row) => cell(row, column));
    const expected = add(newReceived ?? 0, carriedOver ?? 0);
    const actual = add(total ?? 0, carriedForward ?? 0);
    if (expected === actual) return [];
    const message =
      `${APPLICANT_COLUMN_NAMES[column]}：新收 ${newReceived} + 上年结转 ${carriedOver}` +
      ` ≠ 总计 ${total} + 结转下年度 ${carriedForward}${unreadNote(unreadRows)}`;
    const check: Check = { rule: APPLICATION_BALANCE.rule, severity: 'error', column, message, expected, actual };
    return [unreadRows.length > 0 ? { ...check, unreadRows } : check];
  });
}

/** "（未能读取：1.本机关不掌握相关政府信息）": the rows a sum could not use. */
function unreadNote(unreadRows: readonly ApplicationRow[]): string {
  if (unreadRows.length === 0) return '';
  return `（未能读取：${unreadRows.map((row) => APPLICATION_ROW_DEFINITIONS[row].printed).join('、')}）`;
}

function checkRowTotals(rows: Applications, printedRows: ReadonlySet<ApplicationRow>): Check[] {
  return [...printedRows].flatMap((row): Check[] => {
    const cells = rows[row];
    if (!cells) return [];
    const expected = sumOf(APPLICANT_PARTS.map((column) => cells[column]));
    if (expected === cells.total) return [];
    const parts = APPLICANT_PARTS.map((column) => cells[column]).join(' + ');
    const message = `${APPLICATION_ROW_DEFINITIONS[row].label}：${parts} = ${expected} ≠ 总计 ${cells.total}`;
    return [{ rule: 'applications.rowTotal', severity: 'error', row, message, expected, actual: cells.total }];
  });
}

/** Table 四: each group's total equals its four results. */
export function checkReviewLitigation(review: ReviewLitigation): Check[] {
  return REVIEW_GROUPS.flatMap((group): Check[] => {
    const cells = review[group];
    const expected = sumOf(REVIEW_RESULTS.map((column) => cells[column]));
    if (expected === cells.total) return [];
    const parts = REVIEW_RESULTS.map((column) => `${REVIEW_COLUMN_NAMES[column]} ${cells[column]}`).join(' + ');
    const message = `${REVIEW_GROUP_NAMES[group]}：${parts} = ${expected} ≠ 总计 ${cells.total}`;
    return [
      {
        rule: 'reviewLitigation.total',
        severity: 'error',
        row: group,
        column: 'total',
        message,
        expected,
        actual: cells.total,
      },
    ];
  });
}

/** A table not found, or found without some of its rows. */
export function missingTableCheck(table: TableNumber, name: string, missingRows: readonly string[] = []): Check {
  const message =
    missingRows.length === 0 ? `未找到表${table}（${name}）` : `表${table}（${name}）缺少：${missingRows.join('、')}`;
  return { rule: 'table.missing', severity: 'error', table, message };
}

/** A table found whose cells could not be read (cells that are no numbers, one too few): left unread, never guessed. */
export function unreadTableCheck(table: TableNumber, name: string, why: string): Check {
  return { rule: 'table.missing', severity: 'error', table, message: `表${table}（${name}）的数字未能读取（${why}）` };
}

// Sums of integers and of money with one decimal place: round away binary noise, never the printed values.
function sumOf(values: readonly number[]): number {
  return values.reduce(add, 0);
}

function add(a: number, b: number): number {
  return Math.round((a + b) * 1e6) / 1e6;
}
