// A number from a row that fails a consistency check is answered with a warning naming the check.
import type { Check, Report } from '../parser/index.js';
import type { MetricSpec, Section } from './metrics.js';
import { CHECK_SCOPES, SECTION_OF_TABLE } from './vocabulary/checks.js';

/** The report's checks that involve a cell of the metric. */
export function checksAffecting(spec: MetricSpec, report: Report): Check[] {
  return report.checks.filter((check) => {
    const scope = CHECK_SCOPES[check.rule];
    const section = scope?.section ?? sectionOfRule(check);
    if (section !== spec.section) return false;
    const narrowBy = scope?.narrowBy ?? ['row', 'column'];
    const row = narrowBy.includes('row') ? check.row : undefined;
    const column = narrowBy.includes('column') ? check.column : undefined;
    return spec.cells.some(
      (cell) =>
        (!scope?.rows || scope.rows.includes(cell.row)) &&
        (row === undefined || row === cell.row) &&
        (column === undefined || column === cell.column),
    );
  });
}

const SECTIONS: readonly Section[] = ['activeDisclosure', 'applications', 'reviewLitigation'];

/** Rules without a scope entry: table.missing names its table; others start with their section's name. */
function sectionOfRule(check: Check): Section | undefined {
  if (check.rule === 'table.missing') return check.table ? SECTION_OF_TABLE[check.table] : undefined;
  return SECTIONS.find((section) => check.rule.startsWith(`${section}.`));
}
