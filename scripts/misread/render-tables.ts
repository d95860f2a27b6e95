// Prints a report's known values back as report text: the three tables as a list of rows (headers, section
// labels, data rows), which a layout edits (columns reordered, a row dropped, a page break) and then prints in one
// of the forms other provinces' reports take (Word cells, PDF rows, tabs, pipes, wrapped labels).
import {
  APPLICANT_COLUMN_NAMES,
  APPLICANT_COLUMNS,
  APPLICATION_ROW_DEFINITIONS,
  APPLICATION_ROWS,
  type ApplicantColumn,
  type ApplicationRow,
  type DisclosureFieldDefinition,
  disclosureHeader,
  disclosureSections,
  REVIEW_COLUMN_NAMES,
  REVIEW_COLUMNS,
  REVIEW_GROUPS,
  type Report,
  type ReviewColumn,
  type ReviewGroup,
} from '../../src/parser/index.js';

/** The values a rendering prints: an expected JSON's tables and template. */
export type Truth = Pick<Report, 'template' | 'year' | 'activeDisclosure' | 'applications' | 'reviewLitigation'>;

/** Where a data cell's value comes from in the truth: section, row, column. */
export interface CellSource {
  readonly section: 'activeDisclosure' | 'applications' | 'reviewLitigation';
  readonly row: string;
  readonly column: string;
}

/** One printed row of a table: a header or section label, or a data row whose cells name their truth. */
export interface PrintedRow {
  /** raw: a line printed as it is in every style (a page number, a running title). */
  readonly kind: 'heading' | 'header' | 'data' | 'raw';
  readonly label: string;
  /** Header cells' words, or data cells' sources (null: a cell the layout prints without a truth, e.g. a 合计). */
  readonly cells: readonly (string | CellSource | null)[];
  /** For data rows: the value of each cell without a source (a subtotal row the layout adds). */
  readonly extra?: readonly number[];
  /** Cells of a row printed with one of its cells lost: which is gone cannot be told. */
  readonly damaged?: readonly CellSource[];
  /** The table the row belongs to. */
  readonly table: '二' | '三' | '四';
}

/** The organ every rendering is published by: a place none of the seed reports is from. */
export const RENDERED_ORG = '四川省成都市武侯区人民政府';
export const RENDERED_TITLE = (year: number): string => `${RENDERED_ORG}${year}年政府信息公开工作年度报告`;

/** A header of table 二 as many reports print it: a money column names its unit (采购总金额（单位：元）). */
function printedHeader(field: DisclosureFieldDefinition): string {
  const header = disclosureHeader(field);
  return field.unit === 'yuan' && header === field.printed ? `${header}（单位：元）` : header;
}

/** Numbering the templates print before the rows whose definition has none. */
const NUMBERING: Partial<Record<ApplicationRow, string>> = {
  newReceived: '一、',
  carriedOver: '二、',
  granted: '三、本年度办理结果 ',
  carriedForward: '四、',
};

/** The printed label of a row of table 三 in a template. */
export function applicationLabel(row: ApplicationRow): string {
  const printed = APPLICATION_ROW_DEFINITIONS[row].printed;
  // A sub-row prints its group heading only as the first of its group: "（三）不予公开 1.属于国家秘密", then "2.…".
  const own = /\s(\d\..*)$/.exec(printed)?.[1];
  const isFirstOfGroup = /\s1\./.test(printed);
  const label = own !== undefined && !isFirstOfGroup ? own : printed;
  return `${NUMBERING[row] ?? ''}${label}`;
}

/** The 2021 template's （六）其他处理 prints its three sub-rows, the 2019 one a single row. */
function printsRow(truth: Truth, row: ApplicationRow): boolean {
  const hasSubRows = truth.applications?.['otherHandling.other'] !== undefined;
  if (row === 'otherHandling') return !hasSubRows;
  return truth.applications?.[row] !== undefined;
}

/** The three tables in the national template's layout, as printed rows. */
export function tableRows(truth: Truth, columns: readonly ApplicantColumn[] = APPLICANT_COLUMNS): PrintedRow[] {
  return [...disclosureRows(truth), ...applicationRows(truth, columns), ...reviewRows(truth, REVIEW_COLUMNS)];
}

function disclosureRows(truth: Truth): PrintedRow[] {
  const rows: PrintedRow[] = [{ kind: 'heading', label: '二、主动公开政府信息情况', cells: [], table: '二' }];
  for (const { section, fields, rows: definitions } of disclosureSections(truth.template)) {
    rows.push({ kind: 'header', label: section, cells: [], table: '二' });
    rows.push({ kind: 'header', label: '信息内容', cells: fields.map(printedHeader), table: '二' });
    for (const { key, label } of definitions) {
      const columns = Object.keys(truth.activeDisclosure?.[key] ?? {});
      rows.push({
        kind: 'data',
        label,
        cells: columns.map((column) => ({ section: 'activeDisclosure', row: key, column })),
        table: '二',
      });
    }
  }
  return rows;
}

/** The header of table 三 in a column order: 法人或其他组织 over its five columns where they stand together. */
export function applicantHeader(columns: readonly ApplicantColumn[]): string[] {
  const names = columns.map((column) => APPLICANT_COLUMN_NAMES[column]);
  const legal = columns.map((column, i) => (column === 'natural' || column === 'total' ? -1 : i)).filter((i) => i >= 0);
  const together = legal.length === 5 && (legal[4] ?? 0) - (legal[0] ?? 0) === 4;
  if (!together) return ['申请人情况', ...names];
  const top = columns.filter((column, i) => column === 'natural' || column === 'total' || i === legal[0]);
  return [
    '申请人情况',
    ...top.map((column) =>
      column === 'natural' || column === 'total' ? APPLICANT_COLUMN_NAMES[column] : '法人或其他组织',
    ),
    ...legal.map((i) => names[i] ?? ''),
  ];
}

function applicationRows(truth: Truth, columns: readonly ApplicantColumn[]): PrintedRow[] {
  const rows: PrintedRow[] = [
    { kind: 'heading', label: '三、收到和处理政府信息公开申请情况', cells: [], table: '三' },
    {
      kind: 'header',
      label: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
      cells: applicantHeader(columns),
      table: '三',
    },
  ];
  for (const row of APPLICATION_ROWS) {
    if (!printsRow(truth, row)) continue;
    rows.push({
      kind: 'data',
      label: applicationLabel(row),
      cells: columns.map((column) => ({ section: 'applications', row, column })),
      table: '三',
    });
  }
  return rows;
}

/** How table 四 is printed: its headers over one row of 15 numbers, or a line of five per group after its name. */
export type ReviewShape = 'header over numbers' | 'a line per group';

/** The header of each litigation group under 行政诉讼, and each group's name on a line of its own. */
const LITIGATION_HEADERS: Readonly<Record<Exclude<ReviewGroup, 'review'>, string>> = {
  litigationDirect: '未经复议直接起诉',
  litigationAfterReview: '复议后起诉',
};
const GROUP_LINE_LABELS: Readonly<Record<ReviewGroup, string>> = {
  review: '行政复议',
  litigationDirect: '行政诉讼（未经复议直接起诉）',
  litigationAfterReview: '行政诉讼（复议后起诉）',
};

/**
 * Table 四: its header words, then one row of 15 cells (three groups of five results, groups in `groups` order,
 * results in `results` order, as the header names them); or, as `a line per group`, each group's name and five cells.
 */
export function reviewRows(
  truth: Truth,
  results: readonly ReviewColumn[],
  groups: readonly ReviewGroup[] = REVIEW_GROUPS,
  shape: ReviewShape = 'header over numbers',
): PrintedRow[] {
  if (truth.reviewLitigation === null) return [];
  const names = results.map((column) => REVIEW_COLUMN_NAMES[column]);
  const cellsOf = (group: ReviewGroup) =>
    results.map((column) => ({ section: 'reviewLitigation', row: group, column }) as const);
  const heading: PrintedRow = {
    kind: 'heading',
    label: '四、政府信息公开行政复议、行政诉讼情况',
    cells: [],
    table: '四',
  };
  if (shape === 'a line per group')
    return [
      heading,
      { kind: 'header', label: '', cells: names, table: '四' },
      ...groups.map(
        (group): PrintedRow => ({ kind: 'data', label: GROUP_LINE_LABELS[group], cells: cellsOf(group), table: '四' }),
      ),
    ];
  const tops = [...new Set(groups.map((group) => (group === 'review' ? '行政复议' : '行政诉讼')))];
  const litigation = groups.filter((group): group is Exclude<ReviewGroup, 'review'> => group !== 'review');
  return [
    heading,
    { kind: 'header', label: tops[0] ?? '', cells: tops.slice(1), table: '四' },
    {
      kind: 'header',
      label: '',
      cells: groups.flatMap((group) => (group === 'review' ? names : [LITIGATION_HEADERS[group]])),
      table: '四',
    },
    { kind: 'header', label: '', cells: litigation.flatMap(() => names), table: '四' },
    { kind: 'data', label: '', cells: groups.flatMap(cellsOf), table: '四' },
  ];
}

/** The truth of one cell; undefined when the truth has no such cell. */
export function truthOf(truth: Truth, source: CellSource): number | undefined {
  const table = truth[source.section] as Record<string, Record<string, number | null> | null> | null;
  const value = table?.[source.row]?.[source.column];
  return value === null ? undefined : value;
}
