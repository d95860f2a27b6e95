// Lays a report's table rows out as a document's tables, as government sites and offices publish them: header cells
// merged over rows and columns, row labels merged over their group, a row's last number stretched to the table's
// width, table 四 as printed, a row per group or transposed, tables split at an article or a page. The HTML and DOCX
// printers (render-html.ts, render-docx.ts) print these grids.
import {
  APPLICATION_ROW_DEFINITIONS,
  type ApplicationRow,
  REVIEW_COLUMN_NAMES,
  REVIEW_COLUMNS,
  type ReviewColumn,
  type ReviewGroup,
} from '../../src/parser/index.js';
import type { CellSource, PrintedRow } from './render-tables.js';

/** How a layout lays out its tables as a document's. */
export interface GridStyle {
  /** merged: cells spanning rows and columns; blank: each merged cell's text in its first slot, the others blank. */
  readonly merges: 'merged' | 'blank';
  /**
   * Table 四 as the template prints it (a row of 15 numbers), a row per group (a column per result), or transposed:
   * a row per result, a column per group.
   */
  readonly review?: ReviewShape;
  /** Table 二 as one table per article, the article a paragraph above it. */
  readonly tablePerArticle?: boolean;
}

export type ReviewShape = 'row' | 'group rows' | 'result rows';

/** One cell before its spans are written out; `number` marks a value cell. */
export interface Cell {
  readonly text: string;
  readonly rowSpan?: number;
  readonly colSpan?: number;
  readonly header?: boolean;
  readonly number?: boolean;
}
export type Table = Cell[][];

/** A document's content between its prose: paragraphs (headings, a page footer) and tables. */
export type Block = { readonly paragraph: string } | { readonly table: Table };

/** Value columns of table 二 (label column aside): a row with fewer cells stretches its last one. */
const DISCLOSURE_WIDTH = 3;
const LEGAL_PERSON_HEADING = '法人或其他组织';
const CORNER = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';

/** Numbering of table 三's rows outside the outcome block. */
const OWN_NUMBERING: Partial<Record<ApplicationRow, string>> = {
  newReceived: '一、',
  carriedOver: '二、',
  carriedForward: '四、',
};
const OUTCOME_BLOCK = '三、本年度办理结果';

/**
 * The table rows as a document's blocks: headings and lines between tables (a page footer) as paragraphs, each run
 * of table rows one table. `cells` are each row's cells already printed as text.
 */
export function tableBlocks(
  rows: readonly PrintedRow[],
  cells: readonly (readonly string[])[],
  style: GridStyle,
): Block[] {
  const blocks: Block[] = [];
  let table: Table = [];
  let pending: { row: PrintedRow; cells: readonly string[] }[] = [];
  const flush = (): void => {
    table.push(...applicationRows(pending));
    pending = [];
    if (table.length > 0) blocks.push({ table: style.merges === 'merged' ? table : writeOutMerges(table) });
    table = [];
  };
  let reviewHeader = false;
  let results: readonly string[] = [];
  rows.forEach((row, i) => {
    const printed = cells[i] ?? [];
    if (row.table === '三' && row.kind === 'data') {
      pending.push({ row, cells: printed });
      return;
    }
    table.push(...applicationRows(pending));
    pending = [];
    if (row.kind === 'heading' || row.kind === 'raw') {
      flush();
      blocks.push({ paragraph: row.label });
    } else if (row.table === '二') {
      if (row.kind === 'header' && printed.length === 0 && style.tablePerArticle) {
        flush();
        blocks.push({ paragraph: row.label });
      } else table.push(disclosureRow(row, printed));
    } else if (row.table === '三') {
      table.push(...applicantHeader(printed));
    } else if (row.kind === 'header') {
      // Table 四's three header rows are printed once, from its last (the results in printed order).
      if (!reviewHeader && rows[i + 1]?.kind !== 'header') {
        results = printed.slice(0, REVIEW_COLUMNS.length);
        const data = rows.slice(i + 1).find((next) => next.table === '四' && next.kind === 'data');
        table.push(...reviewHeaderRows(results, style.review ?? 'row', data ? groupsOf(data) : []));
        reviewHeader = true;
      }
    } else {
      table.push(...reviewDataRows(row, printed, results, style.review ?? 'row'));
    }
  });
  flush();
  return blocks;
}

/** A row of table 二: an article's heading across the table, a header row, or a data row. */
function disclosureRow(row: PrintedRow, printed: readonly string[]): Cell[] {
  if (row.kind === 'header' && printed.length === 0)
    return [{ text: row.label, colSpan: DISCLOSURE_WIDTH + 1, header: true }];
  const header = row.kind === 'header';
  // A row that lost a cell is a <td> short, not a stretched one.
  const width = row.damaged ? printed.length : DISCLOSURE_WIDTH;
  const stretched = printed.map(
    (cell, c): Cell => ({
      text: cell,
      header,
      number: !header,
      colSpan: c === printed.length - 1 ? width - printed.length + 1 : 1,
    }),
  );
  return [{ text: row.label, header }, ...stretched];
}

/** Table 三's header: 申请人情况 over every column, 法人或其他组织 over its columns where they stand together. */
function applicantHeader(printed: readonly string[]): Table {
  const names = printed.filter((name) => name !== '申请人情况');
  const legalAt = names.indexOf(LEGAL_PERSON_HEADING);
  if (legalAt < 0) {
    return [
      [
        { text: CORNER, rowSpan: 2, colSpan: 3, header: true },
        { text: '申请人情况', colSpan: names.length, header: true },
      ],
      names.map((name) => ({ text: name, header: true })),
    ];
  }
  // applicantHeader (render-tables.ts) lists the top names, 法人或其他组织 among them, then the columns it heads.
  const top = names.slice(0, names.length - countLegal(names));
  const legal = names.slice(top.length);
  return [
    [
      { text: CORNER, rowSpan: 3, colSpan: 3, header: true },
      { text: '申请人情况', colSpan: top.length - 1 + legal.length, header: true },
    ],
    top.map((name) =>
      name === LEGAL_PERSON_HEADING
        ? { text: name, colSpan: legal.length, header: true }
        : { text: name, rowSpan: 2, header: true },
    ),
    legal.map((name) => ({ text: name, header: true })),
  ];
}

/** How many names at the end of a flat header are columns under 法人或其他组织 (the top names hold 3 or 2 others). */
function countLegal(names: readonly string[]): number {
  const top = names.filter((name) => name === '自然人' || name === '总计' || name === LEGAL_PERSON_HEADING).length;
  return names.length - top;
}

/**
 * Table 三's data rows with their labels merged as the template prints them: 三、本年度办理结果 down the outcome rows,
 * a group's heading （三）不予公开 down its sub-rows, a row without sub-rows over two label columns.
 */
function applicationRows(rows: readonly { row: PrintedRow; cells: readonly string[] }[]): Table {
  let group = '';
  const paths = rows.map(({ row }) => {
    const key = sourceOf(row)?.row as ApplicationRow | undefined;
    const own = key === undefined ? undefined : OWN_NUMBERING[key];
    if (key !== undefined && own !== undefined) return [{ text: `${own}${APPLICATION_ROW_DEFINITIONS[key].printed}` }];
    // A row without a source (a 合计 the layout adds) stays in the group before it.
    const printed = key === undefined ? `${group} ${row.label}` : APPLICATION_ROW_DEFINITIONS[key].printed;
    const [heading = '', sub] = printed.split(' ');
    group = sub === undefined ? '' : heading;
    return sub === undefined
      ? [{ text: OUTCOME_BLOCK }, { text: heading }]
      : [{ text: OUTCOME_BLOCK }, { text: heading }, { text: sub }];
  });
  return paths.map((path, r) => {
    const labels: Cell[] = [];
    path.forEach((part, level) => {
      const sameAbove = (other: readonly { text: string }[] | undefined): boolean =>
        other?.slice(0, level + 1).every((p, l) => p.text === path[l]?.text) ?? false;
      if (sameAbove(paths[r - 1])) return;
      let span = 1;
      while (sameAbove(paths[r + span])) span++;
      labels.push({ text: part.text, rowSpan: span, colSpan: level === path.length - 1 ? 3 - level : 1 });
    });
    return [...labels, ...(rows[r]?.cells ?? []).map((text) => ({ text, number: true }))];
  });
}

function sourceOf(row: PrintedRow): CellSource | undefined {
  return row.cells.find((cell): cell is CellSource => cell !== null && typeof cell !== 'string');
}

/** Table 四's header: the template's two levels over fifteen numbers, the results over group rows, or the groups. */
function reviewHeaderRows(results: readonly string[], review: ReviewShape, groups: readonly ReviewGroup[]): Table {
  const header = (text: string, rowSpan = 1, colSpan = 1): Cell => ({ text, rowSpan, colSpan, header: true });
  if (review === 'group rows') return [[header('', 1, 2), ...results.map((name) => header(name))]];
  if (review === 'result rows') {
    // A column per group, in the order the data row holds them; 行政诉讼 over its two.
    const litigation = groups.filter((group): group is Exclude<ReviewGroup, 'review'> => group !== 'review');
    const tops = [header('行政复议', 2), header('行政诉讼', 1, 2)];
    return [
      [header('', 2), ...(groups[0] === 'review' ? tops : [...tops].reverse())],
      litigation.map((group) => header(LITIGATION_NAMES[group])),
    ];
  }
  return [
    [header('行政复议', 1, results.length), header('行政诉讼', 1, results.length * 2)],
    [
      ...results.map((name) => header(name, 2)),
      header('未经复议直接起诉', 1, results.length),
      header('复议后起诉', 1, results.length),
    ],
    [...results, ...results].map((name) => header(name)),
  ];
}

/** Table 四's numbers: one row, a row per group (行政诉讼 merged down its two), or a row per result. */
function reviewDataRows(
  row: PrintedRow,
  printed: readonly string[],
  results: readonly string[],
  review: ReviewShape,
): Table {
  const numbers = printed.map((text): Cell => ({ text, number: true }));
  if (review === 'row') return [numbers];
  const where = (c: number): CellSource | undefined => {
    const cell = row.cells[c];
    return cell !== null && typeof cell !== 'string' ? cell : undefined;
  };
  // The first group's cells name the results in printed order.
  if (review === 'result rows')
    return results.map((name) => [
      { text: name },
      ...numbers.filter((_, c) => REVIEW_COLUMN_NAMES[where(c)?.column as ReviewColumn] === name),
    ]);
  // A row per group in the order the data row holds them, 行政诉讼 merged down its two.
  const groups = groupsOf(row);
  const firstLitigation = groups.findIndex((group) => group !== 'review');
  return groups.map((group, g): Cell[] => {
    const own = numbers.filter((_, c) => where(c)?.row === group);
    if (group === 'review') return [{ text: '行政复议', colSpan: 2 }, ...own];
    const name = { text: LITIGATION_NAMES[group] };
    return g === firstLitigation ? [{ text: '行政诉讼', rowSpan: 2 }, name, ...own] : [name, ...own];
  });
}

/** Table 四's groups in the order a data row holds their cells. */
function groupsOf(row: PrintedRow): ReviewGroup[] {
  const sources = row.cells.map((cell) => (cell !== null && typeof cell !== 'string' ? cell.row : undefined));
  return [...new Set(sources)].filter((group): group is ReviewGroup => group !== undefined);
}

const LITIGATION_NAMES: Readonly<Record<Exclude<ReviewGroup, 'review'>, string>> = {
  litigationDirect: '未经复议直接起诉',
  litigationAfterReview: '复议后起诉',
};

/** Each merged cell replaced by single cells: its text in the top-left one, the rest blank. */
function writeOutMerges(table: Table): Table {
  const grid: Cell[][] = table.map(() => []);
  table.forEach((row, r) => {
    let column = 0;
    for (const cell of row) {
      while (grid[r]?.[column] !== undefined) column++;
      for (let down = r; down < Math.min(table.length, r + (cell.rowSpan ?? 1)); down++)
        for (let across = column; across < column + (cell.colSpan ?? 1); across++) {
          const slots = grid[down];
          if (slots)
            slots[across] = down === r && across === column ? { ...cell, rowSpan: 1, colSpan: 1 } : { text: '' };
        }
      column += cell.colSpan ?? 1;
    }
  });
  return grid.map((slots) => Array.from(slots, (cell) => cell ?? { text: '' }));
}
