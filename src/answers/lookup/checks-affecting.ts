// A number from a row that fails a consistency check is answered with a warning naming the check.
import { CHECK_RULES, type Check, type Report, TABLE_OF_SECTION } from '../../parser/index.js';
import type { MetricSpec, Section } from '../metrics.js';

/** The report's checks that involve a cell of the metric. */
export function checksAffecting(spec: MetricSpec, report: Report): Check[] {
  return report.checks.filter((check) => {
    const scope: (typeof CHECK_RULES)[keyof typeof CHECK_RULES] | undefined = CHECK_RULES[check.rule];
    if (scope === undefined) return false;
    const section = scope.section === 'named table' ? sectionOfTable(check.table) : scope.section;
    if (section !== spec.section) return false;
    const rows: readonly string[] | undefined = 'rows' in scope ? scope.rows : undefined;
    const narrowBy: readonly string[] = scope.narrowBy;
    const row = narrowBy.includes('row') ? check.row : undefined;
    const column = narrowBy.includes('column') ? check.column : undefined;
    const cells = narrowBy.includes('cells') ? check.cells : undefined;
    return spec.cells.some(
      (cell) =>
        (!rows || rows.includes(cell.row)) &&
        (row === undefined || row === cell.row) &&
        (column === undefined || column === cell.column) &&
        (cells === undefined || cells.some((named) => named.row === cell.row && named.column === cell.column)),
    );
  });
}

/** The section a `table.missing` check names by its table number. */
function sectionOfTable(table: string | undefined): Section | undefined {
  return (Object.keys(TABLE_OF_SECTION) as Section[]).find((section) => TABLE_OF_SECTION[section] === table);
}
