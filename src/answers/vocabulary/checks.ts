// How replies name each consistency check (勾稽关系) the parser reports; which cells a rule covers is part of its
// definition in the parser (CHECK_RULES). Every rule must have a name here: the compiler says when one lacks it.
import type { CheckRule } from '../../parser/index.js';
import type { Lang } from '../types.js';

/** Each rule in words, as a warning beside a number names it. */
export const CHECK_LABELS: Readonly<Record<CheckRule, Readonly<Record<Lang, string>>>> = {
  'applications.balance': {
    zh: '表三平衡关系（新收＋上年结转＝办理结果总计＋结转下年度）',
    en: 'table 3 balance (new + carried over = handled + carried forward)',
  },
  'applications.rowTotal': {
    zh: '表三行合计（各类申请人之和＝总计）',
    en: 'table 3 row total (applicant columns add up to the total)',
  },
  'applications.columnTotal': {
    zh: '表三列合计（各办理结果之和＝总计）',
    en: 'table 3 column total (outcomes add up to the total)',
  },
  'applications.otherHandlingTotal': {
    zh: '表三其他处理合计（三项之和＝（六）其他处理）',
    en: 'table 3 other handling (its three sub-rows add up to it)',
  },
  'reviewLitigation.total': {
    zh: '表四合计（各结果之和＝总计）',
    en: 'table 4 totals (results add up to the total)',
  },
  'table.missing': { zh: '表格缺失（未读到表格或其中的行）', en: 'missing table or rows' },
  'narrative.mismatch': {
    zh: '正文与表格一致（正文所述数字＝表中对应数字）',
    en: 'text agrees with table (figures the report text states = their table cells)',
  },
};
