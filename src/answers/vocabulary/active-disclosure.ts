// Table 二 (主动公开政府信息情况): rows and fields of both templates as people name them.
import type { TemplateYear } from '../../parser/index.js';
import type { TermSpec } from './term.js';

/** A row of table 二 with the field asked when a question names the row only (null: every field). */
export interface ActiveRowSpec extends TermSpec {
  readonly printed: Readonly<Record<TemplateYear, string>>;
  readonly defaultField: string | null;
  /** Fields the row has in either template. */
  readonly fields: readonly string[];
  /** Column labels this row prints differently from the field's usual label. */
  readonly printedFields?: Readonly<Record<string, string>>;
}

/** A field (column) of table 二; printed labels differ between the rows and templates that have it. */
export interface ActiveFieldSpec extends TermSpec {
  /** The printed column label, per template where the two differ. */
  readonly printed: string | Readonly<Record<TemplateYear, string>>;
  readonly unit: 'count' | 'items' | 'yuan';
}

/** Rows of table 二 keyed by canonical key. */
export const ACTIVE_ROW_TERMS: Readonly<Record<string, ActiveRowSpec>> = {
  regulations: {
    printed: { '2019': '规章', '2021': '规章' },
    defaultField: null,
    fields: ['issued', 'repealed', 'inForce', 'newlyMade', 'newlyPublished', 'totalPublished'],
    zh: ['规章'],
    en: ['regulation'],
    label: { zh: '规章', en: 'regulations' },
  },
  normativeDocuments: {
    printed: { '2019': '规范性文件', '2021': '行政规范性文件' },
    defaultField: null,
    fields: ['issued', 'repealed', 'inForce', 'newlyMade', 'newlyPublished', 'totalPublished'],
    zh: ['规范性文件', '行政规范性文件', '规范性', '红头文件'],
    en: ['normative document', 'regulatory document', 'normative'],
    label: { zh: '行政规范性文件', en: 'normative documents' },
  },
  licensing: {
    printed: { '2019': '行政许可', '2021': '行政许可' },
    defaultField: 'decisions',
    fields: ['decisions', 'lastYearItems', 'change'],
    zh: ['行政许可', '许可', '审批'],
    en: ['licensing', 'licence', 'license', 'permit', 'approval'],
    label: { zh: '行政许可', en: 'administrative licensing' },
  },
  otherServices: {
    printed: { '2019': '其他对外管理服务事项', '2021': '其他对外管理服务事项' },
    defaultField: 'decisions',
    fields: ['decisions', 'lastYearItems', 'change'],
    zh: ['其他对外管理服务事项', '对外管理服务', '其他对外管理'],
    en: ['other public service', 'other management service'],
    label: { zh: '其他对外管理服务事项', en: 'other public management services' },
  },
  punishment: {
    printed: { '2019': '行政处罚', '2021': '行政处罚' },
    defaultField: 'decisions',
    fields: ['decisions', 'lastYearItems', 'change'],
    zh: ['行政处罚', '处罚'],
    en: ['penalty', 'punishment', 'administrative penalty', 'fine'],
    label: { zh: '行政处罚', en: 'administrative penalties' },
  },
  enforcement: {
    printed: { '2019': '行政强制', '2021': '行政强制' },
    defaultField: 'decisions',
    fields: ['decisions', 'lastYearItems', 'change'],
    zh: ['行政强制', '强制措施', '强制执行', '强制'],
    en: ['enforcement', 'coercive measure', 'administrative coercion', 'compulsory measure'],
    label: { zh: '行政强制', en: 'administrative enforcement' },
  },
  fees: {
    printed: { '2019': '行政事业性收费', '2021': '行政事业性收费' },
    defaultField: 'amountYuan',
    fields: ['amountYuan', 'lastYearItems', 'change'],
    printedFields: { amountYuan: '本年收费金额（万元）' },
    zh: ['行政事业性收费', '收费', '收了多少钱', '收了多少费', '收费金额', '收费总额'],
    en: ['fee', 'charge', 'administrative fee'],
    label: { zh: '行政事业性收费', en: 'administrative fees' },
  },
  procurement: {
    printed: { '2019': '政府集中采购', '2021': '政府集中采购' },
    defaultField: null,
    fields: ['items', 'amountYuan'],
    printedFields: { amountYuan: '采购总金额' },
    zh: ['政府集中采购', '集中采购', '政府采购', '采购'],
    en: ['procurement', 'purchasing', 'government procurement', 'purchase'],
    label: { zh: '政府集中采购', en: 'centralized government procurement' },
  },
};

/** Fields of table 二 across both templates. */
export const ACTIVE_FIELD_TERMS: Readonly<Record<string, ActiveFieldSpec>> = {
  issued: {
    printed: '本年制发件数',
    unit: 'count',
    zh: ['制发', '印发', '出台', '发布', '制定', '新制定', '本年制发'],
    en: ['issued', 'adopted', 'newly issued', 'issue', 'adopt'],
    label: { zh: '本年制发件数', en: 'issued this year' },
  },
  repealed: {
    printed: '本年废止件数',
    unit: 'count',
    zh: ['废止', '废除', '取消'],
    en: ['repealed', 'abolished', 'revoked'],
    label: { zh: '本年废止件数', en: 'repealed this year' },
  },
  inForce: {
    printed: '现行有效件数',
    unit: 'count',
    zh: ['现行有效', '有效', '现行'],
    en: ['in force', 'valid', 'effective'],
    label: { zh: '现行有效件数', en: 'in force' },
  },
  newlyMade: {
    printed: '本年新制作数量',
    unit: 'count',
    zh: ['新制作', '制作'],
    en: ['newly made', 'drafted'],
    label: { zh: '本年新制作数量', en: 'newly made this year' },
  },
  newlyPublished: {
    printed: '本年新公开数量',
    unit: 'count',
    zh: ['新公开'],
    en: ['newly published'],
    label: { zh: '本年新公开数量', en: 'newly published this year' },
  },
  totalPublished: {
    printed: '对外公开总数量',
    unit: 'count',
    zh: ['对外公开总数', '公开总数', '对外公开总数量'],
    en: ['total published'],
    label: { zh: '对外公开总数量', en: 'total published' },
  },
  lastYearItems: {
    printed: '上一年项目数量',
    unit: 'items',
    zh: ['上一年项目数量', '上一年项目', '上年项目数', '上年项目'],
    en: ['previous year item', 'last year item'],
    label: { zh: '上一年项目数量', en: 'items in the previous year' },
  },
  change: {
    printed: '本年增/减',
    unit: 'items',
    zh: ['本年增/减', '增/减', '增减', '本年增减'],
    en: ['net change'],
    label: { zh: '本年增/减', en: 'net change this year' },
  },
  decisions: {
    printed: { '2019': '处理决定数量', '2021': '本年处理决定数量' },
    unit: 'count',
    zh: ['处理决定', '决定', '决定数', '作出'],
    en: ['decision'],
    label: { zh: '处理决定数量', en: 'decisions' },
  },
  items: {
    printed: '采购项目数量',
    unit: 'items',
    zh: ['项目数量', '项目数', '多少项', '几项', '项目', '多少个项目'],
    en: ['item', 'project'],
    label: { zh: '采购项目数量', en: 'items' },
  },
  amountYuan: {
    printed: '金额',
    unit: 'yuan',
    zh: ['金额', '总金额', '多少钱', '费用', '花了多少'],
    en: ['amount', 'spent', 'spend', 'how much money', 'yuan', 'money', 'total value'],
    label: { zh: '金额', en: 'amount' },
  },
};

/**
 * The same column under the other template's name: a 2019 report has no 现行有效件数 but prints 对外公开总数量.
 * Asked for a field a report lacks, the engine answers with its equivalent and names the printed column.
 */
export const FIELD_EQUIVALENTS: readonly (readonly [string, string])[] = [
  ['inForce', 'totalPublished'],
  ['issued', 'newlyMade'],
  ['items', 'lastYearItems'],
];

/** Words for table 二 as a whole (主动公开情况): each row, weakly, so a row named beside them (主动公开的规章) wins. */
export const ACTIVE_TABLE_WORDS: Readonly<Record<'zh' | 'en', readonly string[]>> = {
  zh: [
    '主动公开',
    '主动公开情况',
    '主动公开政府信息',
    '主动公开政府信息情况',
    '主动公开工作',
    '主动公开的情况',
    '主动公开了',
    '表二',
    '表2',
    '第二部分',
    '第二项',
  ],
  en: [
    'proactive disclosure',
    'proactively disclosed',
    'proactively published',
    'active disclosure',
    'table 2',
    'table two',
    'table ii',
  ],
};
