// Table 三's columns in the canonical order (six applicant columns, then 总计). The national template prints
// 总计 last, but some reports print it first; the numbers tell which, since 总计 is the sum of the other six.
import type { ReadRow } from './row-spec.js';
import type { Token } from './tokenize.js';

/** Rows whose evidence is needed before the order is turned: one coincidence must not decide it. */
const MIN_EVIDENCE = 2;

/**
 * The rows with 总计 moved last when the report prints it first: more rows (each with a non-zero total) have
 * their first cell equal to the sum of the others than their last cell equal to the sum of the ones before
 * it, in at least two rows or under a header that names 总计 before 自然人. Otherwise the rows as read.
 */
export function putTotalLast(rows: ReadonlyMap<string, ReadRow>): ReadonlyMap<string, ReadRow> {
  let totalFirst = 0;
  let totalLast = 0;
  for (const { cells } of rows.values()) {
    const first = cells[0]?.number ?? 0;
    const last = cells.at(-1)?.number ?? 0;
    const sum = cells.reduce((total, cell) => total + cell.number, 0);
    // Exact for counts: table 三 holds whole numbers.
    if (first !== 0 && sum - first === first) totalFirst++;
    if (last !== 0 && sum - last === last) totalLast++;
  }
  const enough = totalFirst >= MIN_EVIDENCE || isTotalFirstInHeader(rows.values().next().value?.labelText ?? '');
  if (!enough || totalFirst <= totalLast) return rows;
  return new Map([...rows].map(([key, row]) => [key, { ...row, cells: rotateFirstToLast(row.cells) }]));
}

/** The header before the first row names 总计 before 自然人 (the template prints it after). */
function isTotalFirstInHeader(header: string): boolean {
  const total = header.indexOf('总计');
  return total >= 0 && total < header.indexOf('自然人');
}

function rotateFirstToLast(cells: readonly Token[]): Token[] {
  const [first, ...rest] = cells;
  return first === undefined ? [] : [...rest, first];
}
