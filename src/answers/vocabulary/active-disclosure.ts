// Table 二 (主动公开政府信息情况): rows and fields of both templates as people name them. The rows, fields, printed
// labels and units come from the table's definition in the parser; only the words are here.
import {
  DISCLOSURE_TABLE,
  type DisclosureField,
  type DisclosureRow,
  type DisclosureUnit,
  disclosureFields,
  disclosureRow,
  TEMPLATE_YEARS,
  type TemplateYear,
} from '../../parser/index.js';
import { paraphrases } from './paraphrase.js';
import type { TermSpec } from './term.js';

/** A row of table 二 with the field asked when a question names the row only (null: every field). */
export interface ActiveRowSpec extends TermSpec {
  /** The printed row label per template (the other template's where one lacks the row). */
  readonly printed: Readonly<Record<TemplateYear, string>>;
  readonly defaultField: DisclosureField | null;
  /** Fields the row has in either template: the default field first, then the 2021 template's, then 2019's. */
  readonly fields: readonly DisclosureField[];
}

/** A field (column) of table 二. */
export interface ActiveFieldSpec extends TermSpec {
  readonly unit: DisclosureUnit;
}

/** What people call each row of table 二, and the field a question naming the row alone asks. */
const ROW_WORDS: Readonly<Record<DisclosureRow, TermSpec & { readonly defaultField: DisclosureField | null }>> = {
  regulations: {
    defaultField: null,
    zh: ['规章'],
    // 规章 are the government's rules (How many rules did Huaian issue).
    en: ['regulation', 'rule'],
    label: { zh: '规章', en: 'regulations' },
  },
  normativeDocuments: {
    defaultField: null,
    zh: ['规范性文件', '行政规范性文件', '规范性', '红头文件'],
    en: ['normative document', 'regulatory document', 'normative'],
    label: { zh: '行政规范性文件', en: 'normative documents' },
  },
  licensing: {
    defaultField: 'decisions',
    zh: ['行政许可', '许可', '审批'],
    en: ['licensing', 'administrative licensing', 'licence', 'license', 'permit', 'approval'],
    label: { zh: '行政许可', en: 'administrative licensing' },
  },
  otherServices: {
    defaultField: 'decisions',
    zh: ['其他对外管理服务事项', '对外管理服务事项', '对外管理服务', '其他对外管理'],
    en: ['other public service', 'other management service'],
    label: { zh: '其他对外管理服务事项', en: 'other public management services' },
  },
  punishment: {
    defaultField: 'decisions',
    zh: ['行政处罚', '处罚', '罚款'],
    en: ['penalty', 'punishment', 'administrative penalty', 'fine'],
    label: { zh: '行政处罚', en: 'administrative penalties' },
  },
  enforcement: {
    defaultField: 'decisions',
    zh: ['行政强制', '强制措施', '强制执行', '强制'],
    en: ['enforcement', 'enforcement measure', 'coercive measure', 'administrative coercion', 'compulsory measure'],
    label: { zh: '行政强制', en: 'administrative enforcement' },
  },
  fees: {
    defaultField: 'amountYuan',
    zh: ['行政事业性收费', '事业性收费', '收费', '收了多少钱', '收了多少费', '收费金额', '收费总额'],
    en: [
      'fee',
      'charge',
      'administrative fee',
      'fee collected',
      'collected in fee',
      'collect in fee',
      'fee revenue',
      'fee income',
      'revenue from fee',
      'income from fee',
    ],
    label: { zh: '行政事业性收费', en: 'administrative fees' },
  },
  procurement: {
    defaultField: null,
    zh: ['政府集中采购', '集中采购', '政府采购', '采购'],
    en: [
      'procurement',
      'purchasing',
      'government procurement',
      'centralized government procurement',
      'centralised government procurement',
      'centralized procurement',
      'purchase',
    ],
    label: { zh: '政府集中采购', en: 'centralized government procurement' },
  },
};

/** What people call each field of table 二 across both templates. */
const FIELD_WORDS: Readonly<Record<DisclosureField, TermSpec>> = {
  issued: {
    // 发了多少规范性文件: 发 alone is chat's 制发 (发改局 and 发展 are longer words of their own).
    zh: [
      '制发',
      '印发',
      '出台',
      '发布',
      '制定',
      '新制定',
      '本年制发',
      '发',
      '发了',
      '新发',
      '新制发',
      '下发',
      '新出台',
      '新出',
    ],
    en: ['issued', 'adopted', 'newly issued', 'issue', 'adopt'],
    label: { zh: '本年制发件数', en: 'issued this year' },
  },
  repealed: {
    zh: ['废止', '废除', '取消', '作废'],
    en: ['repealed', 'abolished', 'revoked'],
    label: { zh: '本年废止件数', en: 'repealed this year' },
  },
  inForce: {
    zh: ['现行有效', '有效', '现行'],
    en: ['in force', 'valid', 'effective', 'currently valid', 'currently in force', 'still valid', 'in effect'],
    label: { zh: '现行有效件数', en: 'in force' },
  },
  newlyMade: {
    zh: ['新制作', '制作'],
    en: ['newly made', 'drafted'],
    label: { zh: '本年新制作数量', en: 'newly made this year' },
  },
  newlyPublished: {
    zh: ['新公开'],
    en: ['newly published'],
    label: { zh: '本年新公开数量', en: 'newly published this year' },
  },
  totalPublished: {
    // 对外公开的规范性文件总数: 对外公开 and 总数 with the row between them.
    zh: ['对外公开总数', '公开总数', '对外公开总数量', '对外公开'],
    en: ['total published'],
    label: { zh: '对外公开总数量', en: 'total published' },
  },
  lastYearItems: {
    // 收费项目上一年有几项 / 行政许可上一年的项目数: the year before as the column's own words, never a year asked.
    zh: [
      '上一年项目数量',
      '上一年项目',
      '上年项目数',
      '上年项目',
      ...paraphrases(
        ['上一年', '上年', '上一年度', '上年度'],
        ['', '的', '有', '共有', '是', '的是'],
        ['项目数量', '项目数', '项目', '几项', '多少项', '多少个项目', '几个项目', '事项', '项'],
      ),
    ],
    en: ['previous year item', 'last year item'],
    label: { zh: '上一年项目数量', en: 'items in the previous year' },
  },
  change: {
    // 收费项目增减了多少 / 行政许可事项增加了多少: the items' net change is this one column, not 项目 (上一年项目数量)
    // beside a change word (a change of 项目 alone is read by readNetChange).
    zh: [
      '本年增/减',
      '增/减',
      '增减',
      '本年增减',
      // 行政强制本年增加: 本年 says the change printed in this report's column, not one across two reports.
      ...paraphrases(['本年'], ['增加', '减少', '增', '减', '新增', '增加了', '减少了']),
      ...paraphrases(['项目', '事项', '项'], ['增减', '增/减', '净增', '净增减']),
      ...paraphrases(
        ['事项'],
        ['', '数', '数量'],
        ['增加', '减少', '增加了', '减少了', '增减了', '变化', '有增减'],
        ['', '几项', '多少项', '几个'],
      ),
    ],
    en: ['net change'],
    label: { zh: '本年增/减', en: 'net change this year' },
  },
  decisions: {
    // 行政许可办了多少 / 批了多少件行政许可: what an organ did on a row of table 二 is its decisions.
    zh: ['处理决定', '决定', '决定数', '作出', '作了', '做出', '做了', '办了', '批了', '批准了', '审批了'],
    en: ['decision'],
    label: { zh: '处理决定数量', en: 'decisions' },
  },
  items: {
    zh: ['项目数量', '项目数', '多少项', '几项', '项目', '多少个项目'],
    en: ['item', 'project'],
    label: { zh: '采购项目数量', en: 'items' },
  },
  amountYuan: {
    zh: ['金额', '总金额', '多少钱', '费用', '花了多少', '多少元', '多少万元', '几元'],
    // How much in fines: money, which 行政处罚 does not print (the fine alone is its count of decisions).
    en: ['amount', 'spent', 'spend', 'how much money', 'yuan', 'money', 'total value', 'in fines', 'fines collected'],
    label: { zh: '金额', en: 'amount' },
  },
};

/** The row's label in each template, the other template's where one lacks the row. */
function printedRow(row: DisclosureRow): Record<TemplateYear, string> {
  const labels = TEMPLATE_YEARS.map((template) => disclosureRow(template, row)?.label);
  const fallback = labels.find((label) => label !== undefined) ?? row;
  return Object.fromEntries(TEMPLATE_YEARS.map((template, at) => [template, labels[at] ?? fallback])) as Record<
    TemplateYear,
    string
  >;
}

const NEWEST_FIRST = [...TEMPLATE_YEARS].reverse();

/** Rows of table 二 keyed by canonical key. */
export const ACTIVE_ROW_TERMS: Readonly<Record<string, ActiveRowSpec>> = Object.fromEntries(
  Object.entries(ROW_WORDS).map(([key, words]) => {
    const row = key as DisclosureRow;
    const others = disclosureFields(row, NEWEST_FIRST)
      .map((field) => field.name)
      .filter((name) => name !== words.defaultField);
    const fields = words.defaultField === null ? others : [words.defaultField, ...others];
    return [key, { ...words, printed: printedRow(row), fields }];
  }),
);

const UNITS = new Map(
  Object.values(DISCLOSURE_TABLE).flatMap((rows) =>
    rows.flatMap((row) => row.fields.map((field) => [field.name, field.unit] as const)),
  ),
);

/** Fields of table 二 across both templates. */
export const ACTIVE_FIELD_TERMS: Readonly<Record<string, ActiveFieldSpec>> = Object.fromEntries(
  Object.entries(FIELD_WORDS).map(([key, words]) => [
    key,
    { ...words, unit: UNITS.get(key as DisclosureField) ?? 'count' },
  ]),
);

/**
 * The same column under the other template's name: a 2019 report has no 现行有效件数 but prints 对外公开总数量.
 * Asked for a field a report lacks, the engine answers with its equivalent and names the printed column.
 */
const FIELD_EQUIVALENTS: readonly (readonly [DisclosureField, DisclosureField])[] = [
  ['inForce', 'totalPublished'],
  ['issued', 'newlyMade'],
  ['items', 'lastYearItems'],
];

/** A field's name in the other template (inForce ↔ totalPublished), or undefined for a field both print alike. */
export function twinField(field: string): DisclosureField | undefined {
  const pair = FIELD_EQUIVALENTS.find(([a, b]) => a === field || b === field);
  return pair === undefined ? undefined : pair[0] === field ? pair[1] : pair[0];
}

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
