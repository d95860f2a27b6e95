// The figures asked most, each in a stored column of its own with indexes by year and among latest reports, and
// the SQL reading any figure from the metric vector.
import { metricPath } from '../metric-path.js';
import { metricPosition } from './metric-vector.js';

/**
 * A stored column for a figure asked most, with its indexes by year and among latest reports: rankings read
 * their places from the index, counts and sums scan the index alone (index-only), never the rows of a year.
 */
export function hotFigureSql({ column, cells }: HotFigure): string {
  return `
    ALTER TABLE reports ADD COLUMN ${column} float8 GENERATED ALWAYS AS (${figureSql(cells)}) STORED;
    CREATE INDEX reports_year_${column} ON reports (year, ${column});
    CREATE INDEX reports_latest_${column} ON reports (${column}) WHERE latest;`;
}

/** A figure read from the metric vector: one cell, or several summed (null where all are) and rounded to cents. */
export function figureSql(cells: readonly string[]): string {
  const positions = cells.map((cell) => {
    const position = metricPosition(metricPath(cell));
    if (position === undefined) throw new Error(`no metric vector position for ${cell}`);
    return `metrics[${position}]`;
  });
  if (positions.length === 1) return positions[0] as string;
  return `CASE WHEN ${positions.map((at) => `${at} IS NULL`).join(' AND ')} THEN NULL
    ELSE floor((${positions.map((at) => `coalesce(${at}, 0)`).join(' + ')}) * 100 + 0.5) / 100 END`;
}

/** A figure kept in a column of its own (`hot_…`), named by its metric paths. */
export interface HotFigure {
  readonly column: string;
  readonly cells: readonly string[];
}

/** The figures asked most, as migration 4 made them; a new one needs a new migration. */
export const HOT_FIGURES_V4: readonly HotFigure[] = [
  { column: 'hot_received', cells: ['applications.newReceived.total'] },
  { column: 'hot_handled', cells: ['applications.total.total'] },
  { column: 'hot_granted', cells: ['applications.granted.total'] },
  { column: 'hot_review', cells: ['reviewLitigation.review.total'] },
  { column: 'hot_review_corrected', cells: ['reviewLitigation.review.corrected'] },
  {
    column: 'hot_litigation',
    cells: ['reviewLitigation.litigationDirect.total', 'reviewLitigation.litigationAfterReview.total'],
  },
];

/** Every figure with a column of its own, for the queries that read it. */
export const HOT_FIGURES: readonly HotFigure[] = HOT_FIGURES_V4;
