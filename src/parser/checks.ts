// Consistency checks (勾稽关系). Numbers are never repaired: each disagreement becomes a finding.
import {
  APPLICANT_COLUMN_NAMES,
  APPLICATION_ROW_LABELS,
  OTHER_HANDLING_SUBROWS,
  REVIEW_COLUMN_NAMES,
  REVIEW_GROUP_NAMES,
} from './labels.js';
import type { ApplicantCells, ApplicationRow, Applications, Check, ReviewLitigation } from './report.js';
import { APPLICANT_COLUMNS, OUTCOME_ROWS, REVIEW_GROUPS } from './report.js';

const PARTS = ['natural', 'commercial', 'research', 'social', 'legal', 'other'] as const;
const RESULTS = ['upheld', 'corrected', 'other', 'pending'] as const;

/**
 * Table 三's checks: balance per column (新收 + 上年结转 = 总计 + 结转下年度), each printed row's total, and each
 * column's total against the outcome rows. `printedRows` are the rows the report printed (a computed
 * （六）其他处理 is not re-checked against itself).
 */
export function checkApplications(applications: Applications, printedRows: ReadonlySet<ApplicationRow>): Check[] {
  return [
    ...checkBalance(applications),
    ...checkRowTotals(applications, printedRows),
    ...checkColumnTotals(applications),
    ...checkOtherHandling(applications, printedRows),
  ];
}

/** Where a report prints （六）其他处理 and its three sub-rows, the row equals their sum (template 2021). */
function checkOtherHandling(rows: Applications, printedRows: ReadonlySet<ApplicationRow>): Check[] {
  const { otherHandling } = rows;
  const subRows = OTHER_HANDLING_SUBROWS.map((row) => rows[row]);
  if (!otherHandling || !printedRows.has('otherHandling') || subRows.some((cells) => cells === undefined)) return [];
  const present = subRows as ApplicantCells[];
  return APPLICANT_COLUMNS.flatMap((column): Check[] => {
    const expected = sumOf(present.map((cells) => cells[column]));
    if (expected === otherHandling[column]) return [];
    const message = `${APPLICANT_COLUMN_NAMES[column]}：其他处理三项之和 ${expected} ≠ （六）其他处理 ${otherHandling[column]}`;
    return [
      {
        rule: 'applications.otherHandlingTotal',
        severity: 'error',
        column,
        row: 'otherHandling',
        message,
        expected,
        actual: otherHandling[column],
      },
    ];
  });
}

function checkBalance(rows: Applications): Check[] {
  const { newReceived, carriedOver, total, carriedForward } = rows;
  if (!newReceived || !carriedOver || !total || !carriedForward) return [];
  return APPLICANT_COLUMNS.flatMap((column): Check[] => {
    const expected = add(newReceived[column], carriedOver[column]);
    const actual = add(total[column], carriedForward[column]);
    if (expected === actual) return [];
    const message =
      `${APPLICANT_COLUMN_NAMES[column]}：新收 ${newReceived[column]} + 上年结转 ${carriedOver[column]}` +
      ` ≠ 总计 ${total[column]} + 结转下年度 ${carriedForward[column]}`;
    return [{ rule: 'applications.balance', severity: 'error', column, message, expected, actual }];
  });
}

function checkRowTotals(rows: Applications, printedRows: ReadonlySet<ApplicationRow>): Check[] {
  return [...printedRows].flatMap((row): Check[] => {
    const cells = rows[row];
    if (!cells) return [];
    const expected = sumOf(PARTS.map((column) => cells[column]));
    if (expected === cells.total) return [];
    const parts = PARTS.map((column) => cells[column]).join(' + ');
    const message = `${APPLICATION_ROW_LABELS[row].label}：${parts} = ${expected} ≠ 总计 ${cells.total}`;
    return [{ rule: 'applications.rowTotal', severity: 'error', row, message, expected, actual: cells.total }];
  });
}

function checkColumnTotals(rows: Applications): Check[] {
  const { total } = rows;
  const outcomes = OUTCOME_ROWS.map((row) => rows[row]);
  if (!total || outcomes.some((cells) => cells === undefined)) return [];
  const present = outcomes as ApplicantCells[];
  return APPLICANT_COLUMNS.flatMap((column): Check[] => {
    const expected = sumOf(present.map((cells) => cells[column]));
    if (expected === total[column]) return [];
    const message = `${APPLICANT_COLUMN_NAMES[column]}：办理结果各项之和 ${expected} ≠ （七）总计 ${total[column]}`;
    return [
      {
        rule: 'applications.columnTotal',
        severity: 'error',
        column,
        row: 'total',
        message,
        expected,
        actual: total[column],
      },
    ];
  });
}

/** Table 四: each group's total equals its four results. */
export function checkReviewLitigation(review: ReviewLitigation): Check[] {
  return REVIEW_GROUPS.flatMap((group): Check[] => {
    const cells = review[group];
    const expected = sumOf(RESULTS.map((column) => cells[column]));
    if (expected === cells.total) return [];
    const parts = RESULTS.map((column) => `${REVIEW_COLUMN_NAMES[column]} ${cells[column]}`).join(' + ');
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
export function missingTableCheck(table: '二' | '三' | '四', name: string, missingRows: readonly string[] = []): Check {
  const message =
    missingRows.length === 0 ? `未找到表${table}（${name}）` : `表${table}（${name}）缺少：${missingRows.join('、')}`;
  return { rule: 'table.missing', severity: 'error', table, message };
}

// Sums of integers and of money with one decimal place: round away binary noise, never the printed values.
function sumOf(values: readonly number[]): number {
  return values.reduce(add, 0);
}

function add(a: number, b: number): number {
  return Math.round((a + b) * 1e6) / 1e6;
}
