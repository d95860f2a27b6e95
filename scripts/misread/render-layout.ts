// One layout of a report's known values: its rows (maybe edited: columns reordered, a row dropped, a page break),
// printed in a row style, with its numbers in a number style, then maybe changed as text (Traditional, full-width).
import {
  APPLICANT_COLUMNS,
  type ApplicantColumn,
  REVIEW_COLUMNS,
  REVIEW_GROUPS,
  type ReviewColumn,
  type ReviewGroup,
} from '../../src/parser/index.js';
import { yuanToWan } from '../../test/parser/render-report.js';
import { printRow, type RowStyle } from './print-rows.js';
import { type DocxStyle, printDocx } from './render-docx.js';
import { type HtmlStyle, printHtml } from './render-html.js';
import {
  type CellSource,
  type PrintedRow,
  RENDERED_ORG,
  RENDERED_TITLE,
  type ReviewShape,
  reviewRows,
  type Truth,
  tableRows,
  truthOf,
} from './render-tables.js';
import { tableBlocks } from './table-grid.js';

/** How one layout prints a report. */
export interface Layout {
  readonly style: RowStyle;
  /** Table 三's applicant columns in printed order (its header says so). */
  readonly columns?: readonly ApplicantColumn[];
  /** Table 四's result columns in printed order (its header says so). */
  readonly results?: readonly ReviewColumn[];
  /** Table 四's groups in printed order (its header says so). */
  readonly groups?: readonly ReviewGroup[];
  /** Table 四 as headers over one row of numbers (the template) or a line of five per group. */
  readonly review?: ReviewShape;
  /**
   * Table 四's header cells printed over `lines` lines each (PDF text of narrow cells): a cell's pieces one after the
   * other (`cells`), or the header row as `lines` lines, each holding the next piece of every cell (`interleaved`).
   */
  readonly reviewHeader?: { readonly lines: 2 | 3; readonly as: 'cells' | 'interleaved' };
  /** How a number is printed; `money` names the unit of table 二's money cells (the value is already in it). */
  readonly number?: (value: number, money: '万元' | '元' | null) => string;
  /** Header rows printed one short piece a line (PDF text of narrow header cells). */
  readonly wrappedHeaders?: boolean;
  /** An edit of the printed rows: a row dropped, a row or a page break added. */
  readonly edit?: (
    rows: readonly PrintedRow[],
    random: () => number,
    truth: (cell: CellSource) => number,
    year: number,
  ) => PrintedRow[];
  /** What the layout loses, when no parse can read every cell (a row dropped, blank cells PDF text drops). */
  readonly loses?: string;
  /** A change of the whole text once printed (of each text a web page prints, for an HTML layout). */
  readonly text?: (text: string, random: () => number) => string;
  /** Printed as a web page, its tables as HTML tables (`style` is then unused). */
  readonly html?: HtmlStyle;
  /** Printed as a Word document (.docx), its tables as Word tables (`style` is then unused). */
  readonly docx?: DocxStyle;
}

/** A report printed in a layout, and which truth cells it prints. */
export interface Rendering {
  /** The report as the parser is given it: text, or a web page's HTML (a Word document's: its bytes). */
  readonly text: string;
  readonly format: 'text' | 'html' | 'docx';
  readonly bytes?: Uint8Array;
  /** "section.row.column" of every truth cell the text prints, whole. */
  readonly printed: ReadonlySet<string>;
  /** Cells of rows printed with a cell lost: no parse can tell which one is gone. */
  readonly damaged: ReadonlySet<string>;
}

/** Prints `truth` as a whole report in `layout`: title, prose, the three tables, section 五, signature. */
export function renderLayout(truth: Truth, layout: Layout, random: () => number): Rendering {
  const columns = layout.columns ?? APPLICANT_COLUMNS;
  const results = layout.results ?? REVIEW_COLUMNS;
  let rows = tableRows(truth, columns).filter((row) => row.table !== '四');
  rows = [...rows, ...reviewRows(truth, results, layout.groups ?? REVIEW_GROUPS, layout.review)];
  if (layout.edit) rows = layout.edit(rows, random, (cell) => truthOf(truth, cell) ?? 0, truth.year);
  const printed = new Set<string>();
  const damaged = new Set<string>();
  for (const row of rows) {
    for (const cell of row.cells) if (cell !== null && typeof cell !== 'string') printed.add(cellKey(cell));
    if (row.kind === 'data' && row.damaged) for (const cell of row.damaged) damaged.add(cellKey(cell));
  }
  const cells = rows.map((row) => row.cells.map((cell, i) => printCell(truth, layout, cell, row.extra?.[i])));
  const received = truth.applications?.newReceived?.total ?? 0;
  const before = [
    RENDERED_TITLE(truth.year),
    '一、总体情况',
    `本年度共主动公开政府信息1234条，受理申请${received}件，同比增长12%。`,
  ];
  const after = ['五、存在的主要问题及改进情况', '一是公开内容还不够全面，二是解读形式还不够丰富。'];
  const signature = [RENDERED_ORG, `${truth.year + 1}年1月20日`];
  const document = layout.html ?? layout.docx;
  if (document) {
    const change = (text: string) => (layout.text ? layout.text(text, random) : text);
    const blocks = [
      ...before.map((paragraph) => ({ paragraph })),
      ...tableBlocks(rows, cells, document),
      ...[...after, ...signature].map((paragraph) => ({ paragraph })),
    ];
    const title = RENDERED_TITLE(truth.year);
    if (layout.html) return { text: printHtml(title, blocks, layout.html, change), format: 'html', printed, damaged };
    const bytes = printDocx(blocks, layout.docx ?? document, change);
    return { text: '', format: 'docx', bytes, printed, damaged };
  }
  const lines = rows.flatMap((row, i) => {
    if (row.kind === 'raw') return [row.label];
    if (row.kind === 'header' && layout.wrappedHeaders) return wrapHeader(row, cells[i] ?? []);
    if (row.kind === 'header' && row.table === '四' && layout.reviewHeader)
      return splitReviewHeader(row, cells[i] ?? [], layout.reviewHeader, layout.style);
    return printRow(row, cells[i] ?? [], layout.style);
  });
  const [title, ...prose] = before;
  const text = [title, '', ...prose, ...lines, '', ...after, '', ...signature, ''].join('\n');
  return { text: layout.text ? layout.text(text, random) : text, format: 'text', printed, damaged };
}

export function cellKey(cell: CellSource): string {
  return `${cell.section}.${cell.row}.${cell.column}`;
}

function printCell(truth: Truth, layout: Layout, cell: string | CellSource | null, extra: number | undefined): string {
  if (typeof cell === 'string') return cell;
  const value = cell === null ? (extra ?? 0) : (truthOf(truth, cell) ?? 0);
  const money = cell !== null && cell.column === 'amountYuan';
  // 2021 fees are printed in 万元 (their header says so); 2019 procurement in 元.
  const inUnit = money && truth.template === '2021' ? Number(yuanToWan(value)) : value;
  if (layout.number) return layout.number(inUnit, money ? (truth.template === '2021' ? '万元' : '元') : null);
  return money && truth.template === '2021' ? yuanToWan(value) : String(inUnit);
}

/** Header cells printed two characters a line, as a PDF prints words in narrow header cells. */
function wrapHeader(row: PrintedRow, cells: readonly string[]): string[] {
  const words = [row.label, ...cells].filter((word) => word !== '');
  return words.flatMap((word) => word.match(/.{1,2}/gu) ?? []);
}

/** A header row of table 四 with each cell over `lines` lines, as a PDF prints narrow header cells. */
function splitReviewHeader(
  row: PrintedRow,
  cells: readonly string[],
  split: NonNullable<Layout['reviewHeader']>,
  style: Layout['style'],
): string[] {
  const pieces = [row.label, ...cells].filter((word) => word !== '').map((word) => piecesOf(word, split.lines));
  const prefix = style.kind === 'word' ? '\t' : '';
  if (split.as === 'cells') return pieces.flat().map((piece) => `${prefix}${piece}`);
  return Array.from({ length: split.lines }, (_, line) =>
    pieces
      .map((word) => word[line] ?? '')
      .filter((piece) => piece !== '')
      .join(' '),
  ).filter((line) => line !== '');
}

/** A word cut into `lines` pieces of about equal length: 未经复议直接起诉 → 未经复议 / 直接起诉. */
function piecesOf(word: string, lines: number): string[] {
  const width = Math.ceil([...word].length / lines);
  return word.match(new RegExp(`.{1,${width}}`, 'gu')) ?? [word];
}
