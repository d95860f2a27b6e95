// Builds the three report tables, in the official layout with merged cells, from a report's expected JSON.
// Used only by scripts/make-fixtures.ts to render the sample reports as HTML, DOCX and PDF.
import { disclosureHeader, disclosureSections } from '../src/parser/index.js';

/** One cell as laid out in the official template, before any merging is expanded. */
export interface LayoutCell {
  readonly text: string;
  readonly rowSpan?: number;
  readonly colSpan?: number;
  readonly isHeader?: boolean;
}
export type LayoutTable = LayoutCell[][];

/** How a report prints its numbers: thousands separators, zero as "/" (as nanshan's report does). */
export interface NumberStyle {
  readonly thousands: boolean;
  readonly zero: '0' | '/';
}

type Cells = Record<string, number | null>;
export interface ExpectedReport {
  readonly template: '2019' | '2021';
  readonly activeDisclosure: Record<string, Cells | null>;
  readonly applications: Record<string, Cells>;
  readonly reviewLitigation: Record<string, Cells>;
}

const APPLICANT_KEYS = ['natural', 'commercial', 'research', 'social', 'legal', 'other', 'total'];

/** Outcome groups of table 三 in printed order: [group label, [row key, sub-label][]] (no sub-label: one row). */
const OUTCOME_GROUPS_2019: readonly (readonly [string, readonly (readonly [string, string])[]])[] = [
  ['（一）予以公开', [['granted', '']]],
  ['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', [['partial', '']]],
  [
    '（三）不予公开',
    [
      ['denied.stateSecret', '1.属于国家秘密'],
      ['denied.lawForbidden', '2.其他法律行政法规禁止公开'],
      ['denied.threeSafety', '3.危及“三安全一稳定”'],
      ['denied.thirdParty', '4.保护第三方合法权益'],
      ['denied.internal', '5.属于三类内部事务信息'],
      ['denied.process', '6.属于四类过程性信息'],
      ['denied.enforcementFile', '7.属于行政执法案卷'],
      ['denied.query', '8.属于行政查询事项'],
    ],
  ],
  [
    '（四）无法提供',
    [
      ['unavailable.notHeld', '1.本机关不掌握相关政府信息'],
      ['unavailable.needsCreation', '2.没有现成信息需要另行制作'],
      ['unavailable.unclear', '3.补正后申请内容仍不明确'],
    ],
  ],
  [
    '（五）不予处理',
    [
      ['notProcessed.complaint', '1.信访举报投诉类申请'],
      ['notProcessed.duplicate', '2.重复申请'],
      ['notProcessed.publication', '3.要求提供公开出版物'],
      ['notProcessed.excessive', '4.无正当理由大量反复申请'],
      ['notProcessed.confirmation', '5.要求行政机关确认或重新出具已获取信息'],
    ],
  ],
  ['（六）其他处理', [['otherHandling', '']]],
  ['（七）总计', [['total', '']]],
];

const OTHER_HANDLING_2021 = [
  ['otherHandling.overdueCorrection', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'],
  ['otherHandling.overdueFee', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'],
  ['otherHandling.other', '3.其他'],
] as const;

const REVIEW_RESULTS = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
const REVIEW_KEYS = ['upheld', 'corrected', 'other', 'pending', 'total'];

/** Formats a count as the report would print it. */
export function formatCount(value: number | null | undefined, style: NumberStyle): string {
  if (value === null || value === undefined) return '';
  if (value === 0) return style.zero;
  return style.thousands ? value.toLocaleString('en-US', { maximumFractionDigits: 6 }) : String(value);
}

/** Yuan as 万元 without binary-fraction noise: 1708154000 → "170815.4". */
function formatWan(yuan: number): string {
  return String(Number.parseFloat((yuan / 10000).toPrecision(12)));
}

function formatField(field: string, value: number | null | undefined, template: string, style: NumberStyle): string {
  if (value === null || value === undefined) return '';
  if (field === 'change' && value !== 0) return `${value < 0 ? '减' : '增'}${formatCount(Math.abs(value), style)}`;
  if (field === 'amountYuan' && value !== 0) return template === '2019' ? `${formatWan(value)}万元` : formatWan(value);
  return formatCount(value, style);
}

/**
 * How a table's value cells are merged. `official`: as the template prints them (a row's last value stretched to
 * the table's width). `merged-values`: one more grid column, and numbers merged across two columns in the middle of
 * a row, its header merged elsewhere (`| 规章 | 13 | 13 (colspan 2) | 524 |` under `| 1 | 1 | 2 |` headers), as
 * real sites print them: a value counts once, whatever columns it covers.
 */
export type ValueMerging = 'official' | 'merged-values';

/** Column spans of a section's headers and values, over `width` value columns. */
function sectionSpans(fields: number, merging: ValueMerging): { headers: number[]; values: number[] } {
  if (merging === 'official') {
    const spans = Array.from({ length: fields }, (_, index) => (index === fields - 1 ? 4 - fields : 1));
    return { headers: spans, values: spans };
  }
  const BY_FIELDS: Record<number, { headers: number[]; values: number[] }> = {
    1: { headers: [4], values: [4] },
    2: { headers: [3, 1], values: [2, 2] },
    3: { headers: [1, 1, 2], values: [1, 2, 1] },
  };
  const spans = BY_FIELDS[fields];
  if (spans === undefined) throw new Error(`no spans for ${fields} fields`);
  return spans;
}

/** Table 二 (主动公开政府信息情况) with each section's title row merged across. */
export function buildDisclosureTable(
  report: ExpectedReport,
  style: NumberStyle,
  merging: ValueMerging = 'official',
): LayoutTable {
  const width = merging === 'official' ? 4 : 5;
  const rows: LayoutTable = [];
  for (const section of disclosureSections(report.template)) {
    const present = section.rows.filter(({ key }) => report.activeDisclosure[key]);
    if (present.length === 0) continue;
    const spans = sectionSpans(section.fields.length, merging);
    rows.push([{ text: section.section, colSpan: width, isHeader: true }]);
    rows.push([
      { text: '信息内容', isHeader: true },
      ...section.fields.map((field, index) => ({
        text: disclosureHeader(field),
        isHeader: true,
        colSpan: spans.headers[index],
      })),
    ]);
    for (const { key, label } of present) {
      const values = report.activeDisclosure[key] ?? {};
      rows.push([
        { text: label },
        ...section.fields.map(({ name }, index) => ({
          text: formatField(name, values[name], report.template, style),
          colSpan: spans.values[index],
        })),
      ]);
    }
  }
  return rows;
}

/** Table 三 (收到和处理政府信息公开申请情况) with the official three header rows and merged row labels. */
export function buildApplicationsTable(
  report: ExpectedReport,
  style: NumberStyle,
  merging: ValueMerging = 'official',
): LayoutTable {
  // Merged values: 自然人's numbers over two grid columns, under a 总计 header over two.
  const wide = merging === 'merged-values' ? 2 : 1;
  const values = (key: string): LayoutCell[] =>
    APPLICANT_KEYS.map((column) => ({
      text: formatCount(report.applications[key]?.[column], style),
      colSpan: column === 'natural' ? wide : 1,
    }));
  const groups = OUTCOME_GROUPS_2019.map(([label, rows]) =>
    label === '（六）其他处理' && report.template === '2021'
      ? ([label, OTHER_HANDLING_2021] as const)
      : ([label, rows] as const),
  );
  const outcomeRowCount = groups.reduce((sum, [, rows]) => sum + rows.length, 0);
  const table: LayoutTable = [
    [
      {
        text: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
        rowSpan: 3,
        colSpan: 3,
        isHeader: true,
      },
      { text: '申请人情况', colSpan: 6 + wide, isHeader: true },
    ],
    [
      { text: '自然人', rowSpan: 2, isHeader: true },
      { text: '法人或其他组织', colSpan: 5, isHeader: true },
      { text: '总计', rowSpan: 2, colSpan: wide, isHeader: true },
    ],
    ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].map((text) => ({ text, isHeader: true })),
    [{ text: '一、本年新收政府信息公开申请数量', colSpan: 3 }, ...values('newReceived')],
    [{ text: '二、上年结转政府信息公开申请数量', colSpan: 3 }, ...values('carriedOver')],
  ];
  groups.forEach(([label, rows], groupIndex) => {
    rows.forEach(([key, subLabel], rowIndex) => {
      const lead: LayoutCell[] =
        groupIndex === 0 && rowIndex === 0 ? [{ text: '三、本年度办理结果', rowSpan: outcomeRowCount }] : [];
      const labels: LayoutCell[] =
        subLabel === ''
          ? [{ text: label, colSpan: 2 }]
          : [...(rowIndex === 0 ? [{ text: label, rowSpan: rows.length }] : []), { text: subLabel }];
      table.push([...lead, ...labels, ...values(key)]);
    });
  });
  table.push([{ text: '四、结转下年度继续办理', colSpan: 3 }, ...values('carriedForward')]);
  return table;
}

/** Table 四 (行政复议、行政诉讼情况): two merged header levels over fifteen numbers. */
export function buildReviewTable(
  report: ExpectedReport,
  style: NumberStyle,
  merging: ValueMerging = 'official',
): LayoutTable {
  // Merged values: the first number over two grid columns, under 行政复议's 总计 header over two.
  const wide = merging === 'merged-values' ? 2 : 1;
  const results = (): LayoutCell[] => REVIEW_RESULTS.map((text) => ({ text, isHeader: true }));
  const numbers: LayoutCell[] = ['review', 'litigationDirect', 'litigationAfterReview'].flatMap((group) =>
    REVIEW_KEYS.map((key) => ({ text: formatCount(report.reviewLitigation[group]?.[key], style) })),
  );
  if (numbers[0]) numbers[0] = { ...numbers[0], colSpan: wide };
  return [
    [
      { text: '行政复议', colSpan: 4 + wide, isHeader: true },
      { text: '行政诉讼', colSpan: 10, isHeader: true },
    ],
    [
      ...REVIEW_RESULTS.map((text, index) => ({
        text,
        rowSpan: 2,
        colSpan: index === REVIEW_RESULTS.length - 1 ? wide : 1,
        isHeader: true,
      })),
      { text: '未经复议直接起诉', colSpan: 5, isHeader: true },
      { text: '复议后起诉', colSpan: 5, isHeader: true },
    ],
    [...results(), ...results()],
    numbers,
  ];
}
