// How well a report was read, derived from the canonical JSON alone (tables and checks), so that a report from any
// store gets the same summary: cells read from labelled rows, cells the template has but the parser could not read,
// consistency checks failed, and how the figures its prose states compare with its tables.
import type { Report } from './report.js';
import {
  APPLICANT_COLUMNS,
  APPLICATION_ROWS,
  type ApplicationRow,
  DISCLOSURE_TABLE,
  isPrintedIn,
  OTHER_HANDLING_SUBROWS,
  REVIEW_COLUMNS,
  REVIEW_GROUPS,
} from './tables/index.js';

export interface ReadSummary {
  readonly cellsRead: number;
  /** Cells of the template's rows that were not read (a table not found counts all its cells). */
  readonly cellsMissing: number;
  /** Consistency checks (勾稽关系) failed; missing tables and the prose are counted apart. */
  readonly checksFailed: number;
  /** Figures the prose states, compared with the tables; null for a report parsed before the comparison existed. */
  readonly narrative: { readonly compared: number; readonly agreeing: number; readonly disagreeing: number } | null;
}

type Count = { readonly read: number; readonly missing: number };

/** The read summary of one report. */
export function summarizeReading(report: Report): ReadSummary {
  const counts = [countDisclosure(report), countApplications(report), countReview(report)];
  const disagreeing = report.checks.filter((check) => check.rule === 'narrative.mismatch').length;
  const compared = report.narrative?.compared;
  return {
    cellsRead: counts.reduce((sum, count) => sum + count.read, 0),
    cellsMissing: counts.reduce((sum, count) => sum + count.missing, 0),
    checksFailed: report.checks.filter((check) => check.rule !== 'table.missing' && check.rule !== 'narrative.mismatch')
      .length,
    narrative: compared === undefined ? null : { compared, agreeing: compared - disagreeing, disagreeing },
  };
}

function countDisclosure(report: Report): Count {
  let read = 0;
  let missing = 0;
  for (const row of DISCLOSURE_TABLE[report.template]) {
    const cells = report.activeDisclosure?.[row.key];
    for (const field of row.fields) {
      const value = cells?.[field.name];
      if (value === null || value === undefined) missing++;
      else read++;
    }
  }
  return { read, missing };
}

/**
 * Rows of table 三 the template prints, seven cells each. In template 2021 （六）其他处理 is the sum of its
 * sub-rows when they were read (not a cell read), and the sub-rows are not missing when （六） itself was read.
 */
function countApplications(report: Report): Count {
  const rows = report.applications;
  const isRead = (row: ApplicationRow): boolean => rows?.[row] !== undefined;
  const isSubRow = (row: ApplicationRow): boolean => OTHER_HANDLING_SUBROWS.includes(row);
  const derived = report.template === '2021' && OTHER_HANDLING_SUBROWS.every(isRead);
  const printed = APPLICATION_ROWS.filter((row) => isPrintedIn(row, report.template));
  const read = printed.filter((row) => isRead(row) && !(derived && row === 'otherHandling'));
  const missing = printed.filter((row) => !isRead(row) && !(isSubRow(row) && isRead('otherHandling')));
  return { read: read.length * APPLICANT_COLUMNS.length, missing: missing.length * APPLICANT_COLUMNS.length };
}

function countReview(report: Report): Count {
  const cells = REVIEW_GROUPS.length * REVIEW_COLUMNS.length;
  return report.reviewLitigation ? { read: cells, missing: 0 } : { read: 0, missing: cells };
}
