// Prints known values back into report text in layouts the samples do not use: another organ, title and
// signature, tables as Word cells, PDF rows or pipe rows, other number styles, page breaks and extra prose.
// The values come from the samples' expected JSON, so the parse of every rendering has exact expected values.

import type { ApplicationRow, Report } from '../../src/parser/index.js';
import {
  APPLICANT_COLUMNS,
  APPLICATION_ROWS,
  disclosureHeader,
  disclosureSections,
  REVIEW_COLUMNS,
  REVIEW_GROUPS,
} from '../../src/parser/index.js';

/** The values a rendering prints: an expected JSON's tables and template. */
export type Values = Pick<Report, 'template' | 'activeDisclosure' | 'applications' | 'reviewLitigation'>;

/** How one rendering prints a report. */
export interface Layout {
  readonly title: string[];
  readonly signature: string[];
  /** word: one cell per line (tab-indented); rows: a row's cells on one line after its label (PDF); pipe: `| a | b |`. */
  readonly cells: 'word' | 'rows' | 'pipe';
  /** Table 四: one line of 15 numbers, three lines of five, or one number per line. */
  readonly review: 'line' | 'groups' | 'cells';
  /** How a number is printed; `money` is set for table 二's money cells (already in the column's unit). */
  readonly number?: (value: number, money: boolean) => string;
  /** Lines a page break leaves behind, inserted after every `pageEvery` table lines. */
  readonly pageBreak?: { readonly lines: readonly string[]; readonly every: number };
  /** Where 一、总体情况 goes: before the tables (usual) or after them. */
  readonly proseAfterTables?: boolean;
  /** Extra sections after table 四 (their numbers must not reach the tables). */
  readonly extraSections?: readonly string[];
  /** 2021 template: print （六）其他处理 as one row instead of its three sub-rows. */
  readonly otherHandlingAsOneRow?: boolean;
  /** PDF rows: labels longer than this wrap, the numbers printed after the first line ("first") or the last. */
  readonly wrap?: { readonly width: number; readonly numbersOn: 'first' | 'last' };
  /** PDF rows: each row's numbers on the line above its label. */
  readonly numbersAbove?: boolean;
  /** Table 三 with its 总计 column first. */
  readonly totalFirst?: boolean;
  /** The label printed for table 三's （七）总计 row. */
  readonly totalRowLabel?: string;
}

/** Official row labels of table 三 as the 2021 template prints them (the 2019 template has no （六） sub-rows). */
const APPLICATION_LABELS: Record<ApplicationRow, string> = {
  newReceived: '一、本年新收政府信息公开申请数量',
  carriedOver: '二、上年结转政府信息公开申请数量',
  granted: '三、本年度办理结果 （一）予以公开',
  partial: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
  'denied.stateSecret': '（三）不予公开 1.属于国家秘密',
  'denied.lawForbidden': '2.其他法律行政法规禁止公开',
  'denied.threeSafety': '3.危及“三安全一稳定”',
  'denied.thirdParty': '4.保护第三方合法权益',
  'denied.internal': '5.属于三类内部事务信息',
  'denied.process': '6.属于四类过程性信息',
  'denied.enforcementFile': '7.属于行政执法案卷',
  'denied.query': '8.属于行政查询事项',
  'unavailable.notHeld': '（四）无法提供 1.本机关不掌握相关政府信息',
  'unavailable.needsCreation': '2.没有现成信息需要另行制作',
  'unavailable.unclear': '3.补正后申请内容仍不明确',
  'notProcessed.complaint': '（五）不予处理 1.信访举报投诉类申请',
  'notProcessed.duplicate': '2.重复申请',
  'notProcessed.publication': '3.要求提供公开出版物',
  'notProcessed.excessive': '4.无正当理由大量反复申请',
  'notProcessed.confirmation': '5.要求行政机关确认或重新出具已获取信息',
  otherHandling: '（六）其他处理',
  'otherHandling.overdueCorrection': '（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
  'otherHandling.overdueFee': '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
  'otherHandling.other': '3.其他',
  total: '（七）总计',
  carriedForward: '四、结转下年度继续办理',
};

const APPLICANT_HEADER = [
  '申请人情况',
  '自然人',
  '法人或其他组织',
  '总计',
  '商业企业',
  '科研机构',
  '社会公益组织',
  '法律服务机构',
  '其他',
];
const APPLICANT_HEADER_TOTAL_FIRST = [
  '申请人情况',
  '总计',
  '自然人',
  '法人或其他组织',
  '商业企业',
  '科研机构',
  '社会公益组织',
  '法律服务机构',
  '其他',
];
const REVIEW_HEADER = [
  '行政复议',
  '行政诉讼',
  '结果维持',
  '结果纠正',
  '其他结果',
  '尚未审结',
  '总计',
  '未经复议直接起诉',
  '复议后起诉',
];
const REVIEW_RESULTS = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];

/** A 万元 amount from yuan, by moving the decimal point in the digit string (22293.4 → "2.22934"). */
export function yuanToWan(yuan: number): string {
  const [whole = '0', fraction = ''] = String(yuan).split('.');
  const digits = whole.padStart(5, '0') + fraction;
  const point = digits.length - fraction.length - 4;
  const text = `${digits.slice(0, point).replace(/^0+(?=\d)/, '')}.${digits.slice(point)}`.replace(/\.?0+$/, '');
  return text === '' ? '0' : text;
}

/** Renders values as a whole report: title, prose, the three tables, extra sections, signature. */
export function renderReport(values: Values, layout: Layout): string {
  // The prose restates the year's applications as reports do (a figure it misstated would be a narrative.mismatch).
  const received = values.applications?.newReceived?.total ?? 0;
  const prose = ['一、总体情况', `本年度共主动公开政府信息1234条，受理申请${received}件，同比增长12%。`];
  const tables = [
    ...renderDisclosure(values, layout),
    ...renderApplications(values, layout),
    ...renderReview(values, layout),
  ];
  const paged = layout.pageBreak ? insertPageBreaks(tables, layout.pageBreak.lines, layout.pageBreak.every) : tables;
  const body = layout.proseAfterTables ? [...paged, ...prose] : [...prose, ...paged];
  return [...layout.title, '', ...body, '', ...(layout.extraSections ?? []), '', ...layout.signature, ''].join('\n');
}

function print(layout: Layout, value: number, money = false): string {
  return layout.number ? layout.number(value, money) : String(value);
}

/** One table row: its label and cells in the layout's form. */
function row(layout: Layout, label: string, cells: readonly string[]): string[] {
  if (layout.cells === 'pipe') return [`| ${label} | ${cells.join(' | ')} |`];
  // PDF text drops blank cells: a row left all blank prints its label alone (a partly blank one here prints "/").
  if (layout.cells === 'rows') return pdfRow(layout, label, cells);
  return ['', ...label.split(' ').map((part) => `\t${part}`), ...cells.map((cell) => `\t${cell}`)];
}

/** A PDF row: an all-blank row prints its label alone; a long label wraps, its numbers on its first or last line. */
function pdfRow(layout: Layout, label: string, cells: readonly string[]): string[] {
  const numbers = cells.every((cell) => cell === '') ? '' : cells.map((cell) => (cell === '' ? '/' : cell)).join(' ');
  const width = layout.wrap?.width ?? Infinity;
  const parts: string[] = [];
  for (let rest = label; rest !== ''; ) {
    // A row's numbering ("1.") stays on one line with its dot, as a PDF wraps words.
    const cut = /\d/.test(rest[width - 1] ?? '') ? width - 1 : width;
    parts.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  if (numbers === '' || parts.length === 0) return parts.length > 0 ? parts : [''];
  if (layout.numbersAbove) return [numbers, ...parts];
  const at = layout.wrap?.numbersOn === 'first' ? 0 : parts.length - 1;
  return parts.map((part, i) => (i === at ? `${part} ${numbers}` : part));
}

function renderDisclosure(values: Values, layout: Layout): string[] {
  const lines = ['二、主动公开政府信息情况'];
  for (const { section, fields, rows } of disclosureSections(values.template)) {
    lines.push(...row(layout, section, []).filter((line) => line.trim() !== ''));
    lines.push(...row(layout, '信息内容', fields.map(disclosureHeader)));
    for (const { key, label } of rows) {
      const cells = Object.entries(values.activeDisclosure?.[key] ?? {}).map(([field, value]) =>
        field === 'amountYuan' ? printMoney(layout, value ?? 0, values.template) : print(layout, value ?? 0),
      );
      lines.push(...row(layout, label, cells));
    }
  }
  return lines;
}

/** 2021 fees are printed in 万元 (the header says so); 2019 procurement amounts with their unit 元. */
function printMoney(layout: Layout, yuan: number, template: Values['template']): string {
  if (layout.number) return layout.number(template === '2021' ? Number(yuanToWan(yuan)) : yuan, true);
  return template === '2021' ? yuanToWan(yuan) : `${yuan}元`;
}

function renderApplications(values: Values, layout: Layout): string[] {
  const header = layout.totalFirst ? APPLICANT_HEADER_TOTAL_FIRST : APPLICANT_HEADER;
  const lines = [
    '三、收到和处理政府信息公开申请情况',
    ...row(layout, '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', header),
  ];
  const columns = layout.totalFirst
    ? (['total', ...APPLICANT_COLUMNS.filter((column) => column !== 'total')] as const)
    : APPLICANT_COLUMNS;
  const subRows = values.template === '2021' && !layout.otherHandlingAsOneRow;
  for (const key of APPLICATION_ROWS) {
    const isSubRow = key.startsWith('otherHandling.');
    if ((key === 'otherHandling' && subRows) || (isSubRow && !subRows)) continue;
    const cells = values.applications?.[key];
    if (cells === undefined) continue;
    const label = key === 'total' && layout.totalRowLabel ? layout.totalRowLabel : APPLICATION_LABELS[key];
    lines.push(
      ...row(
        layout,
        label,
        columns.map((column) => print(layout, cells[column])),
      ),
    );
  }
  return lines;
}

function renderReview(values: Values, layout: Layout): string[] {
  const review = values.reviewLitigation;
  if (review === null) return [];
  const groups = REVIEW_GROUPS.map((group) => REVIEW_COLUMNS.map((column) => print(layout, review[group][column])));
  const lines = ['四、政府信息公开行政复议、行政诉讼情况'];
  if (layout.review === 'groups') {
    for (const [g, cells] of groups.entries()) {
      lines.push(
        ...row(layout, ['行政复议', '行政诉讼 未经复议直接起诉', '行政诉讼 复议后起诉'][g] ?? '', []),
        ...row(layout, REVIEW_RESULTS.join(' '), []),
        cells.join(' '),
      );
    }
    return lines.filter((line) => line.trim() !== '');
  }
  lines.push(...row(layout, REVIEW_HEADER.join(' '), []).filter((line) => line.trim() !== ''));
  // One line of numbers is PDF text, which drops blank cells.
  const printedCells = groups.flat().filter((cell) => cell !== '');
  lines.push(
    ...(layout.review === 'line'
      ? printedCells.length > 0
        ? [printedCells.join(' ')]
        : []
      : groups.flat().map((cell) => `\t${cell}`)),
  );
  return lines;
}

function insertPageBreaks(lines: readonly string[], breakLines: readonly string[], every: number): string[] {
  return lines.flatMap((line, i) => ((i + 1) % every === 0 ? [line, ...breakLines] : [line]));
}
