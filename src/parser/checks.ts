// Consistency checks (勾稽关系), run over the sums the tables define. Numbers are never repaired: each
// disagreement becomes a finding.
import type { ApplicantCells, ApplicationRow, Applications, Check, ReviewLitigation } from './report.js';
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

/** Where the report prints a sum's total row and all its parts, the total equals their sum in every column. */
function checkRowSum(
  rows: Applications,
  printedRows: ReadonlySet<ApplicationRow>,
  sum: (typeof APPLICATION_ROW_SUMS)[number],
): Check[] {
  const total = rows[sum.total];
  const parts = sum.parts.map((row) => rows[row]);
  if (!total || !printedRows.has(sum.total) || parts.some((cells) => cells === undefined)) return [];
  const present = parts as ApplicantCells[];
  return APPLICANT_COLUMNS.flatMap((column): Check[] => {
    const expected = sumOf(present.map((cells) => cells[column]));
    if (expected === total[column]) return [];
    const totalLabel = APPLICATION_ROW_DEFINITIONS[sum.total].printed;
    const message = `${APPLICANT_COLUMN_NAMES[column]}：${SUM_NAMES[sum.rule]} ${expected} ≠ ${totalLabel} ${total[column]}`;
    return [{ rule: sum.rule, severity: 'error', column, row: sum.total, message, expected, actual: total[column] }];
  });
}

function checkBalance(rows: Applications): Check[] {
  const [newReceived, carriedOver] = APPLICATION_BALANCE.incoming.map((row) => rows[row]);
  const [total, carriedForward] = APPLICATION_BALANCE.outgoing.map((row) => rows[row]);
  if (!newReceived || !carriedOver || !total || !carriedForward) return [];
  return APPLICANT_COLUMNS.flatMap((column): Check[] => {
    const expected = add(newReceived[column], carriedOver[column]);
    const actual = add(total[column], carriedForward[column]);
    if (expected === actual) return [];
    const message =
      `${APPLICANT_COLUMN_NAMES[column]}：新收 ${newReceived[column]} + 上年结转 ${carriedOver[column]}` +
      ` ≠ 总计 ${total[column]} + 结转下年度 ${carriedForward[column]}`;
    return [{ rule: APPLICATION_BALANCE.rule, severity: 'error', column, message, expected, actual }];
  });
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

// Sums of integers and of money with one decimal place: round away binary noise, never the printed values.
function sumOf(values: readonly number[]): number {
  return values.reduce(add, 0);
}

function add(a: number, b: number): number {
  return Math.round((a + b) * 1e6) / 1e6;
}
