// The printed vocabulary of the three tables, as data. Labels are matched in their compact form
// (letters and digits only, see `compactLabel`), so "（三）不予公开 1.属于国家秘密" and "三不予公开1属于国家秘密" agree.
import type { MoneyScale } from './parse-cell.js';
import type { ApplicantColumn, ApplicationRow, ReviewColumn, ReviewGroup, TemplateYear } from './report.js';

/** One row of a table as printed: its official label and the distinctive pieces that identify it. */
export interface RowLabel {
  /** The official label without its numbering, as printed in the national template. */
  readonly label: string;
  /** Compact substrings, any of which identifies the row even when other characters are lost. */
  readonly keys: readonly string[];
}

/** A cell field of table 二 and whether it holds money (converted to yuan). */
export interface FieldSpec {
  readonly name: string;
  /** Scale of a bare number in this column when the header names no unit: 10000 for 万元. */
  readonly money?: { readonly defaultScale: MoneyScale };
}

/** One row of table 二 in one template. */
export interface DisclosureRowSpec extends RowLabel {
  readonly key: string;
  readonly fields: readonly FieldSpec[];
}

const counts = (...names: string[]): FieldSpec[] => names.map((name) => ({ name }));

/** Table 二 rows of template 2019 (reports on 2019–2020), in printed order. */
const DISCLOSURE_2019: readonly DisclosureRowSpec[] = [
  {
    key: 'regulations',
    label: '规章',
    keys: ['规章'],
    fields: counts('newlyMade', 'newlyPublished', 'totalPublished'),
  },
  {
    key: 'normativeDocuments',
    label: '规范性文件',
    keys: ['规范性文件'],
    fields: counts('newlyMade', 'newlyPublished', 'totalPublished'),
  },
  { key: 'licensing', label: '行政许可', keys: ['行政许可'], fields: counts('lastYearItems', 'change', 'decisions') },
  {
    key: 'otherServices',
    label: '其他对外管理服务事项',
    keys: ['对外管理服务', '其他对外管理'],
    fields: counts('lastYearItems', 'change', 'decisions'),
  },
  { key: 'punishment', label: '行政处罚', keys: ['行政处罚'], fields: counts('lastYearItems', 'change', 'decisions') },
  { key: 'enforcement', label: '行政强制', keys: ['行政强制'], fields: counts('lastYearItems', 'change', 'decisions') },
  {
    key: 'fees',
    label: '行政事业性收费',
    keys: ['事业性收费', '行政事业性'],
    fields: counts('lastYearItems', 'change'),
  },
  {
    key: 'procurement',
    label: '政府集中采购',
    keys: ['集中采购'],
    fields: [{ name: 'items' }, { name: 'amountYuan', money: { defaultScale: 1 } }],
  },
];

/** Table 二 rows of template 2021 (reports on 2021 onward), in printed order. */
const DISCLOSURE_2021: readonly DisclosureRowSpec[] = [
  { key: 'regulations', label: '规章', keys: ['规章'], fields: counts('issued', 'repealed', 'inForce') },
  {
    key: 'normativeDocuments',
    label: '行政规范性文件',
    keys: ['规范性文件'],
    fields: counts('issued', 'repealed', 'inForce'),
  },
  { key: 'licensing', label: '行政许可', keys: ['行政许可'], fields: counts('decisions') },
  { key: 'punishment', label: '行政处罚', keys: ['行政处罚'], fields: counts('decisions') },
  { key: 'enforcement', label: '行政强制', keys: ['行政强制'], fields: counts('decisions') },
  // The 2021 template heads this column 本年收费金额（单位：万元）.
  {
    key: 'fees',
    label: '行政事业性收费',
    keys: ['事业性收费', '行政事业性'],
    fields: [{ name: 'amountYuan', money: { defaultScale: 10000 } }],
  },
];

/** Table 二 rows per template. */
export const DISCLOSURE_ROWS: Record<TemplateYear, readonly DisclosureRowSpec[]> = {
  '2019': DISCLOSURE_2019,
  '2021': DISCLOSURE_2021,
};

/**
 * Table 三 rows. Keys avoid words shared with other rows (反复申请 vs 重复申请, 其他处理 vs 不再处理); a key from a
 * label's first words names the row when PDF text prints its numbers after the first line of the wrapped label.
 */
export const APPLICATION_ROW_LABELS: Record<ApplicationRow, RowLabel> = {
  newReceived: { label: '本年新收政府信息公开申请数量', keys: ['本年新收'] },
  carriedOver: { label: '上年结转政府信息公开申请数量', keys: ['上年结转'] },
  granted: { label: '予以公开', keys: ['予以公开'] },
  partial: { label: '部分公开区分处理的只计这一情形不计其他情形', keys: ['部分公开'] },
  'denied.stateSecret': { label: '属于国家秘密', keys: ['国家秘密'] },
  'denied.lawForbidden': { label: '其他法律行政法规禁止公开', keys: ['禁止公开', '其他法律', '法规禁止'] },
  'denied.threeSafety': { label: '危及三安全一稳定', keys: ['三安全', '一稳定'] },
  'denied.thirdParty': { label: '保护第三方合法权益', keys: ['第三方', '合法权益'] },
  'denied.internal': { label: '属于三类内部事务信息', keys: ['内部事务'] },
  'denied.process': { label: '属于四类过程性信息', keys: ['过程性'] },
  'denied.enforcementFile': { label: '属于行政执法案卷', keys: ['执法案卷'] },
  'denied.query': { label: '属于行政查询事项', keys: ['查询事项'] },
  'unavailable.notHeld': { label: '本机关不掌握相关政府信息', keys: ['不掌握'] },
  'unavailable.needsCreation': { label: '没有现成信息需要另行制作', keys: ['另行制作', '没有现成'] },
  'unavailable.unclear': { label: '补正后申请内容仍不明确', keys: ['仍不明确', '补正后申请'] },
  'notProcessed.complaint': { label: '信访举报投诉类申请', keys: ['信访', '举报投诉'] },
  'notProcessed.duplicate': { label: '重复申请', keys: ['重复申请'] },
  'notProcessed.publication': { label: '要求提供公开出版物', keys: ['出版物'] },
  'notProcessed.excessive': { label: '无正当理由大量反复申请', keys: ['大量反复', '反复申请', '正当理由大量'] },
  'notProcessed.confirmation': {
    label: '要求行政机关确认或重新出具已获取信息',
    keys: ['重新出具', '已获取信息', '行政机关确认'],
  },
  otherHandling: { label: '其他处理', keys: ['其他处理'] },
  'otherHandling.overdueCorrection': {
    label: '申请人无正当理由逾期不补正行政机关不再处理其政府信息公开申请',
    keys: ['不补正', '逾期不补', '申请人无正当'],
  },
  'otherHandling.overdueFee': {
    label: '申请人逾期未按收费通知要求缴纳费用行政机关不再处理其政府信息公开申请',
    keys: ['缴纳费用', '收费通知', '申请人逾期未'],
  },
  // Only its numbering tells "3.其他" from the many other 其他 in the table.
  'otherHandling.other': { label: '3其他', keys: ['3其他'] },
  total: { label: '总计', keys: ['总计', '合计'] },
  carriedForward: { label: '结转下年度继续办理', keys: ['结转下年度', '下年度继续'] },
};

/** Table 三 rows that exist only in template 2021. */
export const OTHER_HANDLING_SUBROWS = [
  'otherHandling.overdueCorrection',
  'otherHandling.overdueFee',
  'otherHandling.other',
] as const satisfies readonly ApplicationRow[];

/** Chinese names of the applicant columns, for check messages. */
export const APPLICANT_COLUMN_NAMES: Record<ApplicantColumn, string> = {
  natural: '自然人',
  commercial: '商业企业',
  research: '科研机构',
  social: '社会公益组织',
  legal: '法律服务机构',
  other: '其他',
  total: '总计',
};

/** Chinese names of table 四's groups and columns, for check messages. */
export const REVIEW_GROUP_NAMES: Record<ReviewGroup, string> = {
  review: '行政复议',
  litigationDirect: '行政诉讼（未经复议直接起诉）',
  litigationAfterReview: '行政诉讼（复议后起诉）',
};
export const REVIEW_COLUMN_NAMES: Record<ReviewColumn, string> = {
  upheld: '结果维持',
  corrected: '结果纠正',
  other: '其他结果',
  pending: '尚未审结',
  total: '总计',
};

/** The three tables: their printed headings and the anchors that find them in a report. */
export const TABLE_ANCHORS = {
  /** Table 二 starts at its first column header; its heading words also appear in introductions. */
  disclosureStart: ['第二十条第一项', '二十条第一项', '第二十条第', '本年制发件数', '本年新制作数量', '本年新制作'],
  disclosureHeading: ['主动公开政府信息情况', '主动公开政府信息'],
  // Several phrases per heading, so that one lost or misread character does not lose the table.
  applicationsHeading: [
    '收到和处理政府信息公开申请情况',
    '收到和处理政府信息公开申请',
    '处理政府信息公开申请情况',
    '收到和处理政府信息',
  ],
  applicationsHeader: ['本年新收政府信息公开申请数量', '申请人情况'],
  reviewHeading: [
    '行政复议行政诉讼情况',
    '行政复议和行政诉讼',
    '行政复议及行政诉讼',
    '行政复议行政诉讼',
    '政府信息公开行政复议',
    '行政诉讼情况',
  ],
  reviewHeader: ['未经复议直接起诉', '复议后起诉'],
  /** Section 五 or 六 ends table 四. */
  afterTables: ['存在的主要问题', '主要问题及改进', '主要问题和改进', '其他需要报告的事项'],
} as const;

/** Column headers that only one template prints; counting them tells the template. */
export const TEMPLATE_MARKERS: Record<TemplateYear, readonly string[]> = {
  '2019': [
    '本年新制作数量',
    '本年新公开数量',
    '对外公开总数量',
    '上一年项目数量',
    '本年增减',
    '政府集中采购',
    '采购项目数量',
    '采购总金额',
  ],
  '2021': [
    '本年制发件数',
    '本年废止件数',
    '现行有效件数',
    '本年处理决定数量',
    '本年收费金额',
    '逾期不补正',
    '缴纳费用',
  ],
};

/** Units a money column's header may name (本年收费金额（单位：万元）), as the scale of its bare numbers. */
export const HEADER_UNITS: Readonly<Record<string, MoneyScale>> = { 亿元: 100000000, 万元: 10000, 元: 1 };

/** Chinese names of the tables, for check messages. */
export const TABLE_NAMES = {
  二: '主动公开政府信息情况',
  三: '收到和处理政府信息公开申请情况',
  四: '政府信息公开行政复议、行政诉讼情况',
} as const;
export type TableNumber = keyof typeof TABLE_NAMES;

/** Reduces a label to letters and digits, the form every label is matched in. `compactLabel("（三）不予公开") === "三不予公开"`. */
export function compactLabel(text: string): string {
  return text.replace(NOT_LETTER_OR_DIGIT, '');
}
// Han ideographs, 〇, Latin letters and digits. Spelled out as ranges: five times faster than \p{L}\p{N} with /u.
const NOT_LETTER_OR_DIGIT = /[^\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3007A-Za-z0-9\u00c0-\u024f]+/g;
