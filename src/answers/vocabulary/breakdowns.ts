// The parts each breakdown lists, as canonical keys, derived from the tables' definitions. Order is the order of
// the reply.
import {
  APPLICANT_COLUMN_GROUPS,
  APPLICANT_PARTS,
  APPLICATION_ROW_GROUPS,
  OUTCOME_ROWS,
  REVIEW_RESULTS,
} from '../../parser/index.js';

/** Outcome groups of table 三 (its rows 三（一）…（六）, each group of reasons as one); their sum is （七）总计. */
export const OUTCOME_GROUPS: readonly string[] = [
  ...new Set(
    OUTCOME_ROWS.map(
      (row) =>
        Object.entries(APPLICATION_ROW_GROUPS).find(([, group]) =>
          (group.rows as readonly string[]).includes(row),
        )?.[0] ?? row,
    ),
  ),
];

/** Applicant columns of table 三 as a reply lists them: each column group just before its first column. */
export const APPLICANT_BREAKDOWN: readonly string[] = APPLICANT_PARTS.flatMap((column) => [
  ...Object.entries(APPLICANT_COLUMN_GROUPS)
    .filter(([, group]) => group.columns[0] === column)
    .map(([key]) => key),
  column,
]);

/** Result columns of table 四. */
export const RESULT_COLUMNS: readonly string[] = REVIEW_RESULTS;

/** What an organ's report says in brief, when a question names the organ but no figure (龙岗区2022年？). */
export const SUMMARY_METRICS: readonly string[] = [
  'applications.newReceived.total',
  'applications.total.total',
  'reviewLitigation.review.total',
  'reviewLitigation.litigation.total',
];

/** The figure a breakdown of applications starts from when the question names none (办理结果 → of the applications). */
export const BREAKDOWN_DEFAULT_METRIC = 'applications.newReceived.total';
