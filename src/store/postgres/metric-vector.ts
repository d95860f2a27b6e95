// Every report's numbers as one float8[] in a fixed order, so a ranking reads `metrics[k]` from a plain array
// instead of decompressing and walking each report's JSON (about 7× faster per row at 100,000 reports).
import {
  APPLICANT_COLUMNS,
  APPLICATION_ROWS,
  DISCLOSURE_ROWS,
  disclosureFields,
  REVIEW_COLUMNS,
  REVIEW_GROUPS,
  type Report,
} from '../../parser/index.js';

/**
 * The vector's layout, as [section, row, column] paths. Stored rows depend on the order: append only, and fill
 * an appended metric for stored reports in a new migration (`UPDATE reports SET metrics[k] = …` from `report`).
 */
export const METRIC_VECTOR: readonly (readonly [string, string, string])[] = [
  ...APPLICATION_ROWS.flatMap((row) => APPLICANT_COLUMNS.map((column) => ['applications', row, column] as const)),
  ...REVIEW_GROUPS.flatMap((group) => REVIEW_COLUMNS.map((column) => ['reviewLitigation', group, column] as const)),
  // Table 二's rows and fields in both templates, 2019's first (docs: report-schema.md).
  ...DISCLOSURE_ROWS.flatMap((row) =>
    disclosureFields(row).map((field) => ['activeDisclosure', row, field.name] as const),
  ),
];

const POSITIONS = new Map(METRIC_VECTOR.map((path, at) => [path.join('\u0000'), at + 1]));

/** The metric's 1-based position in the vector (SQL arrays start at 1), or undefined for a path outside it. */
export function metricPosition(path: readonly [string, string, string]): number | undefined {
  return POSITIONS.get(path.join('\u0000'));
}

/** The report's numbers in vector order; null where the report has no such cell. */
export function metricVector(report: Report): (number | null)[] {
  const tables = report as unknown as Record<string, Record<string, Record<string, unknown> | null> | null>;
  return METRIC_VECTOR.map(([section, row, column]) => {
    const value = tables[section]?.[row]?.[column];
    return typeof value === 'number' ? value : null;
  });
}
