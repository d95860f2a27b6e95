// The consistency checks (勾稽关系) the parser reports, as one typed table: each rule's table and the cells it
// compares, so that whatever reads a check (a reply's warning, the digest) can tell which numbers it concerns.
import type { Check } from '../report.js';
import { APPLICATION_BALANCE, APPLICATION_ROWS, type ApplicationRow } from './table-applications.js';

/** The three tables as report sections, and their printed numbers. */
export const TABLE_OF_SECTION = { activeDisclosure: '二', applications: '三', reviewLitigation: '四' } as const;
export type ReportSection = keyof typeof TABLE_OF_SECTION;
export type TableNumber = (typeof TABLE_OF_SECTION)[ReportSection];

/** Chinese names of the tables, as their headings print them. */
export const TABLE_NAMES: Readonly<Record<TableNumber, string>> = {
  二: '主动公开政府信息情况',
  三: '收到和处理政府信息公开申请情况',
  四: '政府信息公开行政复议、行政诉讼情况',
};

/**
 * The cells a rule compares: a section, optionally only some rows; `narrowBy` says which of a check's own fields
 * pick the cells within (a balance check names its column; a column-total check names the row its total is in,
 * yet the whole column is suspect; a narrative figure names its cells one by one). `table.missing` concerns the table
 * its check names.
 */
export interface CheckScope {
  readonly section: ReportSection | 'named table';
  readonly rows?: readonly ApplicationRow[];
  readonly narrowBy: readonly ('row' | 'column' | 'cells')[];
}

const rowsFrom = (first: ApplicationRow): readonly ApplicationRow[] =>
  APPLICATION_ROWS.slice(APPLICATION_ROWS.indexOf(first), APPLICATION_ROWS.indexOf('total') + 1);

/** Every rule the parser reports, with the cells it compares. */
export const CHECK_RULES = {
  'applications.balance': {
    section: 'applications',
    rows: [...APPLICATION_BALANCE.incoming, ...APPLICATION_BALANCE.outgoing],
    narrowBy: ['column'],
  },
  'applications.rowTotal': { section: 'applications', narrowBy: ['row'] },
  // Every outcome row, the 2021 sub-rows and （七）总计.
  'applications.columnTotal': { section: 'applications', rows: rowsFrom('granted'), narrowBy: ['column'] },
  'applications.otherHandlingTotal': {
    section: 'applications',
    rows: rowsFrom('otherHandling').filter((row) => row !== 'total'),
    narrowBy: ['column'],
  },
  'reviewLitigation.total': { section: 'reviewLitigation', narrowBy: ['row'] },
  'table.missing': { section: 'named table', narrowBy: [] },
  // A figure stated in the prose that the cells it restates (in the table the check names) do not add up to.
  'narrative.mismatch': { section: 'named table', narrowBy: ['cells'] },
} as const satisfies Record<string, CheckScope>;

/** The rule of a check, e.g. `applications.balance`. */
export type CheckRule = keyof typeof CHECK_RULES;

/** The table a check concerns: its rule's, or for a rule of any table (表格缺失, 正文与表格) the one it names. */
export function sectionOfCheck(check: Check): ReportSection | undefined {
  const scope: CheckScope | undefined = CHECK_RULES[check.rule];
  if (scope === undefined) return undefined;
  if (scope.section !== 'named table') return scope.section;
  return (Object.keys(TABLE_OF_SECTION) as ReportSection[]).find(
    (section) => TABLE_OF_SECTION[section] === check.table,
  );
}

/** The rules whose checks name their table (`table`), not a table of their own. */
export const RULES_OF_NAMED_TABLE: readonly CheckRule[] = (Object.keys(CHECK_RULES) as CheckRule[]).filter(
  (rule) => CHECK_RULES[rule].section === 'named table',
);
