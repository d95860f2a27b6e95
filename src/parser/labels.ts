// The words that find the three tables in a report's text, as data (their rows and columns are in tables/).
// Labels are matched in their compact form (letters and digits only, see `compactLabel`), so
// "（三）不予公开 1.属于国家秘密" and "三不予公开1属于国家秘密" agree.
import type { MoneyScale } from './parse-cell.js';
import type { TemplateYear } from './tables/template-year.js';

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

/** Reduces a label to letters and digits, the form every label is matched in. `compactLabel("（三）不予公开") === "三不予公开"`. */
export function compactLabel(text: string): string {
  return text.replace(NOT_LETTER_OR_DIGIT, '');
}
// Han ideographs, 〇, Latin letters and digits. Spelled out as ranges: five times faster than \p{L}\p{N} with /u.
const NOT_LETTER_OR_DIGIT = /[^\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3007A-Za-z0-9\u00c0-\u024f]+/g;
