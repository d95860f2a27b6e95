// Table 三 (收到和处理政府信息公开申请情况), defined once: its rows and columns as the national templates print them,
// which rows add up to which, and the words that find each row in a report. The parser reads labels from here,
// the checks iterate over its sums, the answers and the PostgreSQL metric vector derive their keys from it.
import type { TemplateYear } from './template-year.js';

/** One row of table 三 as the templates print it. */
export interface ApplicationRowDefinition {
  /** The official label without its numbering, as the national template prints it. */
  readonly label: string;
  /** How a source cites the row: its numbering and, for a sub-row, its group's heading. */
  readonly printed: string;
  /** Compact substrings, any of which identifies the row even when other characters are lost. */
  readonly keys: readonly string[];
  /** The templates that print the row; both when absent. */
  readonly templates?: readonly TemplateYear[];
}

/**
 * Table 三's rows in printed order. Keys avoid words shared with other rows (反复申请 vs 重复申请, 其他处理 vs
 * 不再处理); a key from a label's first words names the row when PDF text prints its numbers after the first line of
 * the wrapped label.
 */
const ROWS = {
  newReceived: { label: '本年新收政府信息公开申请数量', printed: '本年新收政府信息公开申请数量', keys: ['本年新收'] },
  carriedOver: { label: '上年结转政府信息公开申请数量', printed: '上年结转政府信息公开申请数量', keys: ['上年结转'] },
  granted: { label: '予以公开', printed: '（一）予以公开', keys: ['予以公开'] },
  partial: {
    label: '部分公开区分处理的只计这一情形不计其他情形',
    printed: '（二）部分公开',
    keys: ['部分公开'],
  },
  'denied.stateSecret': { label: '属于国家秘密', printed: '（三）不予公开 1.属于国家秘密', keys: ['国家秘密'] },
  'denied.lawForbidden': {
    label: '其他法律行政法规禁止公开',
    printed: '（三）不予公开 2.其他法律行政法规禁止公开',
    keys: ['禁止公开', '其他法律', '法规禁止'],
  },
  'denied.threeSafety': {
    label: '危及三安全一稳定',
    printed: '（三）不予公开 3.危及“三安全一稳定”',
    keys: ['三安全', '一稳定'],
  },
  'denied.thirdParty': {
    label: '保护第三方合法权益',
    printed: '（三）不予公开 4.保护第三方合法权益',
    keys: ['第三方', '合法权益'],
  },
  'denied.internal': {
    label: '属于三类内部事务信息',
    printed: '（三）不予公开 5.属于三类内部事务信息',
    keys: ['内部事务'],
  },
  'denied.process': { label: '属于四类过程性信息', printed: '（三）不予公开 6.属于四类过程性信息', keys: ['过程性'] },
  'denied.enforcementFile': {
    label: '属于行政执法案卷',
    printed: '（三）不予公开 7.属于行政执法案卷',
    keys: ['执法案卷'],
  },
  'denied.query': { label: '属于行政查询事项', printed: '（三）不予公开 8.属于行政查询事项', keys: ['查询事项'] },
  'unavailable.notHeld': {
    label: '本机关不掌握相关政府信息',
    printed: '（四）无法提供 1.本机关不掌握相关政府信息',
    keys: ['不掌握'],
  },
  'unavailable.needsCreation': {
    label: '没有现成信息需要另行制作',
    printed: '（四）无法提供 2.没有现成信息需要另行制作',
    keys: ['另行制作', '没有现成'],
  },
  'unavailable.unclear': {
    label: '补正后申请内容仍不明确',
    printed: '（四）无法提供 3.补正后申请内容仍不明确',
    keys: ['仍不明确', '补正后申请'],
  },
  'notProcessed.complaint': {
    label: '信访举报投诉类申请',
    printed: '（五）不予处理 1.信访举报投诉类申请',
    keys: ['信访', '举报投诉'],
  },
  'notProcessed.duplicate': { label: '重复申请', printed: '（五）不予处理 2.重复申请', keys: ['重复申请'] },
  'notProcessed.publication': {
    label: '要求提供公开出版物',
    printed: '（五）不予处理 3.要求提供公开出版物',
    keys: ['出版物'],
  },
  'notProcessed.excessive': {
    label: '无正当理由大量反复申请',
    printed: '（五）不予处理 4.无正当理由大量反复申请',
    keys: ['大量反复', '反复申请', '正当理由大量'],
  },
  'notProcessed.confirmation': {
    label: '要求行政机关确认或重新出具已获取信息',
    printed: '（五）不予处理 5.要求行政机关确认或重新出具已获取信息',
    keys: ['重新出具', '已获取信息', '行政机关确认'],
  },
  otherHandling: { label: '其他处理', printed: '（六）其他处理', keys: ['其他处理'] },
  'otherHandling.overdueCorrection': {
    label: '申请人无正当理由逾期不补正行政机关不再处理其政府信息公开申请',
    printed: '（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
    keys: ['不补正', '逾期不补', '申请人无正当'],
    templates: ['2021'],
  },
  'otherHandling.overdueFee': {
    label: '申请人逾期未按收费通知要求缴纳费用行政机关不再处理其政府信息公开申请',
    printed: '（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
    keys: ['缴纳费用', '收费通知', '申请人逾期未'],
    templates: ['2021'],
  },
  // Only its numbering tells "3.其他" from the many other 其他 in the table.
  'otherHandling.other': { label: '3其他', printed: '（六）其他处理 3.其他', keys: ['3其他'], templates: ['2021'] },
  total: { label: '总计', printed: '（七）总计', keys: ['总计', '合计'] },
  carriedForward: { label: '结转下年度继续办理', printed: '结转下年度继续办理', keys: ['结转下年度', '下年度继续'] },
} as const satisfies Record<string, ApplicationRowDefinition>;

/** Row keys of table 三. */
export type ApplicationRow = keyof typeof ROWS;

/** Every row of table 三 by key. */
export const APPLICATION_ROW_DEFINITIONS: Readonly<Record<ApplicationRow, ApplicationRowDefinition>> = ROWS;

/** Row keys of table 三, in the printed order. */
export const APPLICATION_ROWS = Object.keys(ROWS) as readonly ApplicationRow[];

/** Whether the template prints the row: the three `otherHandling.*` rows exist only in template 2021. */
export function isPrintedIn(row: ApplicationRow, template: TemplateYear): boolean {
  const templates: readonly TemplateYear[] | undefined = APPLICATION_ROW_DEFINITIONS[row].templates;
  return templates === undefined || templates.includes(template);
}

/** Applicant columns of table 三 in the printed order, with their printed headers; 总计 sums the other six. */
const COLUMNS = {
  natural: '自然人',
  commercial: '商业企业',
  research: '科研机构',
  social: '社会公益组织',
  legal: '法律服务机构',
  other: '其他',
  total: '总计',
} as const;

export type ApplicantColumn = keyof typeof COLUMNS;

/** Applicant columns of table 三, in the printed order. */
export const APPLICANT_COLUMNS = Object.keys(COLUMNS) as readonly ApplicantColumn[];

/** The printed header of each applicant column. */
export const APPLICANT_COLUMN_NAMES: Readonly<Record<ApplicantColumn, string>> = COLUMNS;

/** The six applicant columns that add up to 总计, per row (rule applications.rowTotal). */
export const APPLICANT_PARTS = APPLICANT_COLUMNS.filter((column) => column !== 'total');

/**
 * Column groups the table prints as one merged header: 法人或其他组织 over the five non-natural columns. The
 * reports hold no cell for it; it is their sum.
 */
export const APPLICANT_COLUMN_GROUPS = {
  legalPerson: {
    printed: '法人或其他组织（五列合计）',
    columns: ['commercial', 'research', 'social', 'legal', 'other'],
  },
} as const satisfies Record<string, { readonly printed: string; readonly columns: readonly ApplicantColumn[] }>;
export type ApplicantColumnGroup = keyof typeof APPLICANT_COLUMN_GROUPS;

const rowsFrom = (first: ApplicationRow, last: ApplicationRow): readonly ApplicationRow[] =>
  APPLICATION_ROWS.slice(APPLICATION_ROWS.indexOf(first), APPLICATION_ROWS.indexOf(last) + 1);

/**
 * Row groups the table prints under one heading: （三）不予公开 over its eight reasons, and so on. The reports
 * hold no row for the heading of 不予公开, 无法提供 or 不予处理; each is the sum of its rows.
 */
export const APPLICATION_ROW_GROUPS = {
  denied: { printed: '（三）不予公开（1–8项合计）', rows: rowsFrom('denied.stateSecret', 'denied.query') },
  unavailable: {
    printed: '（四）无法提供（1–3项合计）',
    rows: rowsFrom('unavailable.notHeld', 'unavailable.unclear'),
  },
  notProcessed: {
    printed: '（五）不予处理（1–5项合计）',
    rows: rowsFrom('notProcessed.complaint', 'notProcessed.confirmation'),
  },
} as const satisfies Record<string, { readonly printed: string; readonly rows: readonly ApplicationRow[] }>;
export type ApplicationRowGroup = keyof typeof APPLICATION_ROW_GROUPS;

/** The sub-rows of （六）其他处理 (template 2021), which add up to it. */
export const OTHER_HANDLING_SUBROWS = rowsFrom('otherHandling.overdueCorrection', 'otherHandling.other');

/** Outcome rows of table 三 that add up to （七）总计, per column: （一）予以公开 … （六）其他处理. */
export const OUTCOME_ROWS = rowsFrom('granted', 'otherHandling');

/** Which rows add up to which, per column: each a consistency check (勾稽关系) the parser runs. */
export const APPLICATION_ROW_SUMS = [
  { rule: 'applications.columnTotal', total: 'total', parts: OUTCOME_ROWS },
  { rule: 'applications.otherHandlingTotal', total: 'otherHandling', parts: OTHER_HANDLING_SUBROWS },
] as const;

/** The balance of the table, per column: 新收 + 上年结转 = （七）总计 + 结转下年度 (rule applications.balance). */
export const APPLICATION_BALANCE = {
  rule: 'applications.balance',
  incoming: ['newReceived', 'carriedOver'],
  outgoing: ['total', 'carriedForward'],
} as const satisfies {
  readonly rule: string;
  readonly incoming: readonly ApplicationRow[];
  readonly outgoing: readonly ApplicationRow[];
};
