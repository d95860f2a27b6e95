// Consistency checks (勾稽关系) the parser reports: which cells each rule covers and how replies name it.
import { APPLICATION_ROWS } from '../../parser/index.js';
import type { Section } from '../metrics.js';
import type { Lang } from '../types.js';

/**
 * The cells a rule compares: a section, optionally only some rows; `narrowBy` says which of a check's own fields
 * pick the cells within (a balance check names its column; a column-total check names the row its total is in,
 * yet the whole column is suspect).
 */
export interface CheckScope {
  readonly section: Section;
  readonly rows?: readonly string[];
  readonly narrowBy: readonly ('row' | 'column')[];
  readonly label: Readonly<Record<Lang, string>>;
}

// The rows a column-total finding can concern: every outcome row, the 2021 sub-rows and （七）总计.
const OUTCOME_ROWS = APPLICATION_ROWS.slice(APPLICATION_ROWS.indexOf('granted'), APPLICATION_ROWS.indexOf('total') + 1);

/** Rules by name (schema: applications.balance, applications.rowTotal, applications.columnTotal, reviewLitigation.total). */
export const CHECK_SCOPES: Readonly<Record<string, CheckScope>> = {
  'applications.balance': {
    section: 'applications',
    rows: ['newReceived', 'carriedOver', 'total', 'carriedForward'],
    narrowBy: ['column'],
    label: {
      zh: '表三平衡关系（新收＋上年结转＝办理结果总计＋结转下年度）',
      en: 'table 3 balance (new + carried over = handled + carried forward)',
    },
  },
  'applications.rowTotal': {
    section: 'applications',
    narrowBy: ['row'],
    label: {
      zh: '表三行合计（各类申请人之和＝总计）',
      en: 'table 3 row total (applicant columns add up to the total)',
    },
  },
  'applications.columnTotal': {
    section: 'applications',
    rows: OUTCOME_ROWS,
    narrowBy: ['column'],
    label: { zh: '表三列合计（各办理结果之和＝总计）', en: 'table 3 column total (outcomes add up to the total)' },
  },
  'reviewLitigation.total': {
    section: 'reviewLitigation',
    narrowBy: ['row'],
    label: { zh: '表四合计（各结果之和＝总计）', en: 'table 4 totals (results add up to the total)' },
  },
};

/** Sections by the table names a `table.missing` check uses. */
export const SECTION_OF_TABLE: Readonly<Record<string, Section>> = {
  二: 'activeDisclosure',
  三: 'applications',
  四: 'reviewLitigation',
};
