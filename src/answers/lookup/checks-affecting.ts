// A number from a row that fails a consistency check is answered with a warning naming the check.
import { CHECK_RULES, type Check, type Report, sectionOfCheck } from '../../parser/index.js';
import type { MetricSpec } from '../metrics.js';

/** The report's checks that involve a cell of the metric. */
export function checksAffecting(spec: MetricSpec, report: Report): Check[] {
  return report.checks.filter((check) => {
    const scope: (typeof CHECK_RULES)[keyof typeof CHECK_RULES] | undefined = CHECK_RULES[check.rule];
    if (scope === undefined) return false;
    if (sectionOfCheck(check) !== spec.section) return false;
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
