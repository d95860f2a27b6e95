// The layouts the harness prints each report in: the forms reports from other provinces reach the parser in, one
// difference at a time and a few together. Edits that pick a place (which row to drop) use the run's seeded random.
import iconv from 'iconv-lite';
import * as OpenCC from 'opencc-js';
import type { ApplicantColumn, ReviewGroup } from '../../src/parser/index.js';
import type { Layout } from './render-layout.js';
import { type CellSource, type PrintedRow, RENDERED_TITLE } from './render-tables.js';

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

/** Pinyin as web pages print it after some characters: 區(qū). */
const PINYIN: Readonly<Record<string, string>> = {
  區: 'qū',
  報: 'bào',
  請: 'qǐng',
  開: 'kāi',
  數: 'shù',
  計: 'jì',
  處: 'chǔ',
  議: 'yì',
  訴: 'sù',
  結: 'jié',
};

function traditionalWithPinyin(text: string): string {
  return [...toTraditional(text)].map((char) => (PINYIN[char] ? `${char}(${PINYIN[char]})` : char)).join('');
}

const FULL_WIDTH_ZERO = 0xff10;
function fullWidthDigits(text: string): string {
  return text.replace(/\d/g, (digit) => String.fromCharCode(FULL_WIDTH_ZERO + Number(digit)));
}

/** UTF-8 text read as GBK: what a page whose charset was guessed wrong shows. */
function mojibake(text: string): string {
  return iconv.decode(Buffer.from(text, 'utf8'), 'gbk');
}

/** Navigation read with the wrong charset above the report, and a few characters of row labels lost (U+FFFD). */
function withMojibake(text: string, random: () => number): string {
  const navigation = mojibake('首页 > 信息公开 > 政府信息公开年报');
  const lines = text.split('\n');
  const start = lines.findIndex((line) => line.startsWith('二、'));
  const end = lines.findIndex((line) => line.startsWith('五、'));
  for (let lost = 0; lost < 4; lost++) {
    const at = start + 1 + Math.floor(random() * (end - start - 1));
    const line = lines[at] ?? '';
    const han = [...line.matchAll(/\p{Script=Han}/gu)];
    const pick = han[Math.floor(random() * han.length)];
    if (pick?.index !== undefined) lines[at] = `${line.slice(0, pick.index)}\ufffd${line.slice(pick.index + 1)}`;
  }
  return [navigation, ...lines].join('\n');
}

/** One Chinese character of a text lost (U+FFFD) at the given odds: a document's text, one cell or line at a time. */
function loseCharacter(odds: number): (text: string, random: () => number) => string {
  return (text, random) => {
    if (random() >= odds) return text;
    const han = [...text.matchAll(/\p{Script=Han}/gu)];
    const at = han[Math.floor(random() * han.length)]?.index;
    return at === undefined ? text : `${text.slice(0, at)}\ufffd${text.slice(at + 1)}`;
  };
}

const dataIndexes = (rows: readonly PrintedRow[], table: PrintedRow['table']): number[] =>
  rows.flatMap((row, i) => (row.kind === 'data' && row.table === table ? [i] : []));

const pick = <T>(items: readonly T[], random: () => number): T | undefined =>
  items[Math.floor(random() * items.length)];

/** One data row of a table left out. */
function dropRow(table: PrintedRow['table']): Layout['edit'] {
  return (rows, random) => {
    const at = pick(dataIndexes(rows, table), random);
    return rows.filter((_, i) => i !== at);
  };
}

/** One cell of a data row of table 三 lost: the row prints one number fewer. */
const dropCell: Layout['edit'] = (rows, random) => {
  const at = pick(dataIndexes(rows, '三'), random);
  return rows.map((row, i) => {
    if (i !== at) return row;
    const lost = Math.floor(random() * row.cells.length);
    const sources = row.cells.filter((cell): cell is CellSource => cell !== null && typeof cell !== 'string');
    return { ...row, cells: row.cells.filter((_, c) => c !== lost), damaged: sources };
  });
};

/** One cell of the data row of table 二 or 四 lost. */
function dropCellOf(table: '二' | '四'): Layout['edit'] {
  return (rows, random) => {
    const wide = dataIndexes(rows, table).filter((i) => (rows[i]?.cells.length ?? 0) > 1);
    const at = pick(wide, random);
    return rows.map((row, i) => {
      if (i !== at) return row;
      const lost = Math.floor(random() * row.cells.length);
      const sources = row.cells.filter((cell): cell is CellSource => cell !== null && typeof cell !== 'string');
      return { ...row, cells: row.cells.filter((_, c) => c !== lost), damaged: sources };
    });
  };
}

/** A bare page number between table 四's headers and its numbers (a page break there). */
const pageNumberBeforeReview: Layout['edit'] = (rows) => {
  const at = rows.findIndex((row) => row.kind === 'data' && row.table === '四');
  if (at < 0) return [...rows];
  return [...rows.slice(0, at), { kind: 'raw', label: '9', cells: [], table: '四' }, ...rows.slice(at)];
};

/** Letters a scan or a typist puts in place of a digit (O for 0, l for 1). */
const LETTER_FOR_DIGIT = ['O', 'l', 'Z', 'E', 'A', 'S', 'b', 'T', 'B', 'g'];

/** The data rows of table 四 (one, or one per group) and their cells, with a function to replace them. */
function reviewCells(rows: readonly PrintedRow[]): { row: number; cell: number }[] {
  return dataIndexes(rows, '四').flatMap((row) => (rows[row]?.cells ?? []).map((_, cell) => ({ row, cell })));
}

/** One cell of table 四 printed with a letter in place of one of its digits (10 → 1O): that cell cannot be read. */
const letterInReview: Layout['edit'] = (rows, random, truth) => {
  const at = pick(reviewCells(rows), random);
  return rows.map((row, i) => {
    const source = row.cells[at?.cell ?? -1];
    if (i !== at?.row || source === null || source === undefined || typeof source === 'string') return row;
    const digits = [...String(truth(source))];
    const place = Math.floor(random() * digits.length);
    const letter = LETTER_FOR_DIGIT[Number(digits[place])] ?? 'O';
    const printed = digits.map((digit, d) => (d === place ? letter : digit)).join('');
    return { ...row, cells: row.cells.map((cell, c) => (c === at?.cell ? printed : cell)) };
  });
};

/**
 * Two neighbouring cells of table 四 printed as one: their digits run together ("31"), or one Word cell holding two
 * numbers ("3 1": two cells merged, or one number with a stray space). Which cells the row holds cannot be told.
 */
function mergedReviewCells(as: 'run together' | 'spaced'): Layout['edit'] {
  return (rows, random, truth) => {
    const starts = reviewCells(rows).filter(({ row, cell }) => cell + 1 < (rows[row]?.cells.length ?? 0));
    const at = pick(starts, random);
    return rows.map((row, i) => {
      if (i !== at?.row) return row;
      const pair = row.cells.slice(at.cell, at.cell + 2) as CellSource[];
      const printed = pair.map((cell) => String(truth(cell))).join(as === 'spaced' ? ' ' : '');
      const cells = [...row.cells.slice(0, at.cell), printed, ...row.cells.slice(at.cell + 2)];
      const sources = row.cells.filter((cell): cell is CellSource => cell !== null && typeof cell !== 'string');
      return { ...row, cells, damaged: sources };
    });
  };
}

/** Table 二's columns printed in reverse order under headers that say so. */
const disclosureReversed: Layout['edit'] = (rows) =>
  rows.map((row) =>
    row.table === '二' && (row.kind === 'data' || row.cells.length > 0)
      ? { ...row, cells: [...row.cells].reverse() }
      : row,
  );

/** Sums of rows per printed column, for a subtotal row the layout adds. */
function sumColumns(rows: readonly PrintedRow[], values: (cell: CellSource) => number): number[] {
  const width = Math.max(...rows.map((row) => row.cells.length));
  return Array.from({ length: width }, (_, c) =>
    rows.reduce((sum, row) => {
      const cell = row.cells[c];
      return sum + (cell && typeof cell !== 'string' ? values(cell) : 0);
    }, 0),
  );
}

/** A 合计 row after the eight reasons of （三）不予公开 (local templates print one). */
function subtotalRow(label: string): Layout['edit'] {
  return (rows, _random, truth) => {
    const denied = rows.filter((row) => row.kind === 'data' && row.cells.some((cell) => isDenied(cell)));
    const last = rows.indexOf(denied.at(-1) as PrintedRow);
    if (last < 0) return [...rows];
    const extra = sumColumns(denied, (cell) => truth(cell));
    const subtotal: PrintedRow = { kind: 'data', label, cells: extra.map(() => null), extra, table: '三' };
    return [...rows.slice(0, last + 1), subtotal, ...rows.slice(last + 1)];
  };
}

function isDenied(cell: PrintedRow['cells'][number]): boolean {
  return cell !== null && typeof cell !== 'string' && cell.row.startsWith('denied.');
}

/** A 小计 column after 自然人: the sum of the five columns of 法人或其他组织, named in the header. */
const subtotalColumn: Layout['edit'] = (rows, _random, truth) =>
  rows.map((row) => {
    if (row.table !== '三' || row.kind === 'heading' || row.kind === 'raw') return row;
    if (row.kind === 'header') {
      const cells = [...row.cells];
      cells.splice(cells.indexOf('商业企业'), 0, '小计');
      return { ...row, cells };
    }
    const sources = row.cells as readonly CellSource[];
    const legal = sources.filter((cell) => cell.column !== 'natural' && cell.column !== 'total');
    const cells = [...row.cells];
    const extra: number[] = cells.map(() => 0);
    const at = cells.findIndex((cell) => typeof cell !== 'string' && cell?.column === 'natural') + 1;
    cells.splice(at, 0, null);
    extra.splice(
      at,
      0,
      legal.reduce((sum, cell) => sum + truth(cell), 0),
    );
    return { ...row, cells, extra };
  });

/** Page footers and bare page numbers between rows, every few data rows. */
function strayLines(lines: readonly string[], every: number): Layout['edit'] {
  return (rows) => {
    let data = 0;
    return rows.flatMap((row) => {
      if (row.kind !== 'data' || ++data % every !== 0) return [row];
      const line = lines[(data / every) % lines.length] ?? '';
      return [row, { kind: 'raw', label: line, cells: [], table: row.table } as const];
    });
  };
}

/** Table 三 split over two pages: a footer, the running title and its header rows again before a middle row. */
const pageSplit: Layout['edit'] = (rows, random, _truth, year) => {
  const data = dataIndexes(rows, '三');
  const at = data[4 + Math.floor(random() * (data.length - 8))] ?? -1;
  const header = rows.find((row) => row.kind === 'header' && row.table === '三');
  if (at < 0 || header === undefined) return [...rows];
  const breakRows: PrintedRow[] = [
    { kind: 'raw', label: '— 4 —', cells: [], table: '三' },
    { kind: 'raw', label: RENDERED_TITLE(year), cells: [], table: '三' },
    header,
  ];
  return [...rows.slice(0, at), ...breakRows, ...rows.slice(at)];
};

/**
 * Merged cells as HTML, DOCX and PDF-grid readers give them, repeated in each cell they span: the header of table 三
 * in two rows, each sub-row's label with its group's heading.
 */
const mergedCells: Layout['edit'] = (rows) => {
  let group = '';
  return rows.flatMap((row): PrintedRow[] => {
    if (row.table !== '三') return [row];
    if (row.kind === 'header') {
      const columns = headerColumns(row.cells as readonly string[]);
      const top = columns.map((name) => (LEGAL_PERSON.includes(name) ? '法人或其他组织' : name));
      return [
        { ...row, label: '申请人情况', cells: ['申请人情况', ...top] },
        { ...row, label: '申请人情况', cells: ['申请人情况', ...columns] },
      ];
    }
    if (row.kind !== 'data') return [row];
    const [head, own] = row.label.includes(' ') ? row.label.split(' ') : ['', row.label];
    if (head !== '' && head !== undefined) group = head;
    const isSubRow = /^\d\./.test(own ?? '');
    return [{ ...row, label: isSubRow ? `${group} ${own}` : `${own} ${own}` }];
  });
};

const LEGAL_PERSON = ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'];

/** The columns a flat header names, in order: 法人或其他组织 stands for its five columns listed after it. */
function headerColumns(header: readonly string[]): string[] {
  const names = header.filter((name) => name !== '申请人情况');
  const legal = names.filter((name) => LEGAL_PERSON.includes(name));
  return names
    .filter((name) => !LEGAL_PERSON.includes(name))
    .flatMap((name) => (name === '法人或其他组织' ? legal : [name]));
}

/** A table printed without its column headers: nothing says the order of its columns. */
function withoutHeader(table: '三' | '四'): Layout['edit'] {
  return (rows) => rows.filter((row) => row.table !== table || row.kind !== 'header');
}

/** Table 三 split over two tables at a middle row, the second without its header (a page break in the source). */
const splitWithoutHeader: Layout['edit'] = (rows, random) => {
  const data = dataIndexes(rows, '三');
  const at = data[4 + Math.floor(random() * (data.length - 8))] ?? -1;
  if (at < 0) return [...rows];
  return [...rows.slice(0, at), { kind: 'raw', label: '', cells: [], table: '三' }, ...rows.slice(at)];
};

const thousands = (value: number): string => value.toLocaleString('en-US', { maximumFractionDigits: 20 });
const zeroAs = (printed: string) => (value: number) => (value === 0 ? printed : String(value));

const REVERSED: readonly ApplicantColumn[] = ['natural', 'other', 'legal', 'social', 'research', 'commercial', 'total'];
const NATURAL_LAST: readonly ApplicantColumn[] = [
  'commercial',
  'research',
  'social',
  'legal',
  'other',
  'natural',
  'total',
];
const TOTAL_FIRST: readonly ApplicantColumn[] = [
  'total',
  'natural',
  'commercial',
  'research',
  'social',
  'legal',
  'other',
];

/** Table 四's groups in other orders: 行政诉讼 before 行政复议, 复议后起诉 before 未经复议直接起诉. */
const LITIGATION_FIRST: readonly ReviewGroup[] = ['litigationDirect', 'litigationAfterReview', 'review'];
const AFTER_REVIEW_FIRST: readonly ReviewGroup[] = ['review', 'litigationAfterReview', 'litigationDirect'];
const AFTER_REVIEW_FIRST_OF_ALL: readonly ReviewGroup[] = ['litigationAfterReview', 'litigationDirect', 'review'];

const ROWS = { kind: 'rows' } as const;
/** Web pages and Word documents: the style of text rows is unused. */
const HTML = { kind: 'pipe' } as const;
const MERGED = { merges: 'merged' } as const;
const BLANKS = { merges: 'blank' } as const;
const WORD = { kind: 'word' } as const;

/** Every layout the harness prints each report in, by name. */
export const LAYOUTS: Readonly<Record<string, Layout>> = {
  'Word text, one cell per line': { style: WORD },
  'PDF text, a row on one line': { style: ROWS },
  'rows with tabs': { style: { kind: 'tabs' } },
  'pipe rows': { style: { kind: 'pipe' } },
  'web table copied, one cell per line': { style: { kind: 'web' } },
  'PDF, labels wrapped at 8, numbers on the first line': { style: { kind: 'wrapped', width: 8, numbersOn: 'first' } },
  'PDF, labels wrapped at 6, numbers on the last line': { style: { kind: 'wrapped', width: 6, numbersOn: 'last' } },
  'PDF, numbers above their labels': { style: { kind: 'above' } },
  'PDF, header rows wrapped two characters a line': { style: ROWS, wrappedHeaders: true },
  'table 三 with 总计 first (header says so)': { style: ROWS, columns: TOTAL_FIRST },
  'table 三 legal-person columns reversed (header says so)': { style: ROWS, columns: REVERSED },
  'table 三 自然人 after the legal persons (header says so)': { style: WORD, columns: NATURAL_LAST },
  'table 四 with 总计 first (header says so)': {
    style: ROWS,
    results: ['total', 'upheld', 'corrected', 'other', 'pending'],
  },
  'table 四 其他结果 after 尚未审结 (header says so)': {
    style: WORD,
    results: ['upheld', 'corrected', 'pending', 'other', 'total'],
  },
  'table 四 行政诉讼 before 行政复议 (header says so)': { style: ROWS, groups: LITIGATION_FIRST },
  'table 四 复议后起诉 before 未经复议直接起诉 (header says so), Word cells': {
    style: WORD,
    groups: AFTER_REVIEW_FIRST,
  },
  'table 四 groups and results in other orders (header says so), Word cells': {
    style: WORD,
    groups: AFTER_REVIEW_FIRST_OF_ALL,
    results: ['total', 'upheld', 'corrected', 'other', 'pending'],
  },
  'table 四 header cells over two lines (行政 / 复议)': { style: ROWS, reviewHeader: { lines: 2, as: 'cells' } },
  'table 四 header cells over three lines, Word cells': { style: WORD, reviewHeader: { lines: 3, as: 'cells' } },
  'table 四 header rows printed as two lines of pieces (PDF text)': {
    style: ROWS,
    reviewHeader: { lines: 2, as: 'interleaved' },
  },
  'table 四 header rows printed as three lines of pieces (PDF text)': {
    style: ROWS,
    reviewHeader: { lines: 3, as: 'interleaved' },
  },
  'table 四 行政诉讼 first, header cells over two lines (header says so)': {
    style: ROWS,
    groups: LITIGATION_FIRST,
    reviewHeader: { lines: 2, as: 'cells' },
  },
  'table 四 复议后起诉 first, header cells over three lines, Word cells (header says so)': {
    style: WORD,
    groups: AFTER_REVIEW_FIRST,
    reviewHeader: { lines: 3, as: 'cells' },
  },
  // Group words printed only in pieces, in another order: nothing says whose numbers are whose.
  'table 四 行政诉讼 first, header rows as two lines of pieces': {
    loses: 'the group order (its words in pieces)',
    style: ROWS,
    groups: LITIGATION_FIRST,
    reviewHeader: { lines: 2, as: 'interleaved' },
  },
  'table 四 复议后起诉 first, header rows as two lines of pieces': {
    loses: 'the group order (its words in pieces)',
    style: ROWS,
    groups: AFTER_REVIEW_FIRST,
    reviewHeader: { lines: 2, as: 'interleaved' },
  },
  'table 四 复议后起诉 first, header rows as three lines of pieces': {
    loses: 'the group order (its words in pieces)',
    style: ROWS,
    groups: AFTER_REVIEW_FIRST,
    reviewHeader: { lines: 3, as: 'interleaved' },
  },
  'table 四 行政诉讼 first, header rows as three lines of pieces': {
    loses: 'the group order (its words in pieces)',
    style: ROWS,
    groups: LITIGATION_FIRST,
    reviewHeader: { lines: 3, as: 'interleaved' },
  },
  'table 四 a line of five per group after its name': { style: ROWS, review: 'a line per group' },
  'table 四 a line per group, 行政诉讼 first (their names say so)': {
    style: ROWS,
    review: 'a line per group',
    groups: LITIGATION_FIRST,
  },
  'table 四 a line per group, 复议后起诉 first, Word cells (their names say so)': {
    style: WORD,
    review: 'a line per group',
    groups: AFTER_REVIEW_FIRST_OF_ALL,
  },
  'table 四 a letter in place of a digit': { loses: 'a cell', style: ROWS, edit: letterInReview },
  'table 四 a letter in place of a digit, Word cells': { loses: 'a cell', style: WORD, edit: letterInReview },
  'table 四 a letter in place of a digit, a line per group': {
    loses: 'a cell',
    style: ROWS,
    review: 'a line per group',
    edit: letterInReview,
  },
  'table 四 two cells run together (31)': { loses: 'a cell', style: ROWS, edit: mergedReviewCells('run together') },
  'table 四 two cells run together (31), Word cells': {
    loses: 'a cell',
    style: WORD,
    edit: mergedReviewCells('run together'),
  },
  'table 四 two cells in one Word cell (3 1)': { loses: 'a cell', style: WORD, edit: mergedReviewCells('spaced') },
  'table 四 one number missing, 行政诉讼 first, Word cells': {
    loses: 'a cell',
    style: WORD,
    groups: LITIGATION_FIRST,
    edit: dropCellOf('四'),
  },
  'table 四 one number missing, a line per group': {
    loses: 'a cell',
    style: ROWS,
    review: 'a line per group',
    edit: dropCellOf('四'),
  },
  'merged cells repeated (HTML/DOCX readers)': { style: { kind: 'pipe' }, edit: mergedCells },
  'a row of table 三 missing': { loses: 'a row', style: ROWS, edit: dropRow('三') },
  'a row of table 三 missing, Word cells': { loses: 'a row', style: WORD, edit: dropRow('三') },
  'a row of table 二 missing': { loses: 'a row', style: ROWS, edit: dropRow('二') },
  'an extra 合计 row under （三）不予公开': { style: ROWS, edit: subtotalRow('合计') },
  'an extra 小计 row under （三）不予公开, Word cells': { style: WORD, edit: subtotalRow('小计') },
  'an extra 小计 column for 法人或其他组织': { style: ROWS, edit: subtotalColumn },
  'a row with one number missing': { loses: 'a cell', style: ROWS, edit: dropCell },
  'a row with one number missing, Word cells': { loses: 'a cell', style: WORD, edit: dropCell },
  'a row with one number missing, tabs': { loses: 'a cell', style: { kind: 'tabs' }, edit: dropCell },
  'numbers with units 件/万元/元': { style: ROWS, number: (value, money) => `${value}${money ?? '件'}` },
  'thousands separators': { style: ROWS, number: thousands },
  'negative as 减19, zero as /': {
    style: ROWS,
    number: (value) => (value < 0 ? `减${-value}` : value === 0 ? '/' : String(value)),
  },
  'zero as a blank Word cell': { style: WORD, number: zeroAs('') },
  'zero as a blank PDF cell': { loses: 'blank cells (PDF text drops them)', style: ROWS, number: zeroAs('') },
  'zero as —': { style: WORD, number: zeroAs('—') },
  'zero as 无': { style: ROWS, number: zeroAs('无') },
  'Traditional with pinyin (web page)': { style: ROWS, text: traditionalWithPinyin },
  'Traditional with pinyin, Word cells': { style: WORD, text: traditionalWithPinyin },
  'mojibake navigation and lost characters (U+FFFD)': {
    loses: 'characters of labels',
    style: ROWS,
    text: withMojibake,
  },
  'full-width digits': { style: ROWS, text: fullWidthDigits },
  'full-width digits, Word cells, Traditional': {
    style: WORD,
    text: (text) => fullWidthDigits(traditionalWithPinyin(text)),
  },
  'stray page numbers between rows': { style: ROWS, edit: strayLines(['7', '— 8 —', '第 9 页 共 12 页'], 5) },
  'stray page numbers between rows, Word cells': { style: WORD, edit: strayLines(['7', '- 8 -', '第9页'], 4) },
  'a table split over two pages, headers repeated': { style: ROWS, edit: pageSplit },
  'a table split over two pages, Word cells': { style: WORD, edit: pageSplit },
  'a row missing, numbers above their labels': { loses: 'a row', style: { kind: 'above' }, edit: dropRow('三') },
  'a row with one number missing, numbers above their labels': {
    loses: 'a cell',
    style: { kind: 'above' },
    edit: dropCell,
  },
  'a row with one number missing, labels wrapped, numbers on the first line': {
    loses: 'a cell',
    style: { kind: 'wrapped', width: 8, numbersOn: 'first' },
    edit: dropCell,
  },
  'a row with one number missing, web table': { loses: 'a cell', style: { kind: 'web' }, edit: dropCell },
  'a row with one number missing, pipe rows': { loses: 'a cell', style: { kind: 'pipe' }, edit: dropCell },
  'a row missing, web table': { loses: 'a row', style: { kind: 'web' }, edit: dropRow('三') },
  'a row of table 二 missing, Word cells': { loses: 'a row', style: WORD, edit: dropRow('二') },
  'columns reordered, a row with one number missing': {
    loses: 'a cell',
    style: ROWS,
    columns: REVERSED,
    edit: dropCell,
  },
  'a row of table 二 with one number missing': { loses: 'a cell', style: ROWS, edit: dropCellOf('二') },
  'table 四 with one number missing': { loses: 'a cell', style: ROWS, edit: dropCellOf('四') },
  'table 四 with one number missing, page number before its numbers': {
    loses: 'a cell',
    style: ROWS,
    edit: (rows, random, truth, year) =>
      pageNumberBeforeReview(dropCellOf('四')?.(rows, random, truth, year) ?? [...rows], random, truth, year),
  },
  'a page number before the numbers of table 四': { style: ROWS, edit: pageNumberBeforeReview },
  'table 二 columns in reverse order (header says so)': { style: ROWS, edit: disclosureReversed },
  'table 二 columns in reverse order, Word cells': { style: WORD, edit: disclosureReversed },
  'web page, merged cells (rowspan/colspan)': { style: HTML, html: MERGED },
  'web page, merges written out as blank cells': { style: HTML, html: BLANKS },
  'web page, <th> headers, Word markup (<p>, <span>, &nbsp;)': {
    style: HTML,
    html: { ...MERGED, headerCells: true, markup: 'word' },
  },
  'web page, labels broken by <br>, a span per digit': { style: HTML, html: { ...MERGED, markup: 'br' } },
  'web page, table 四 a row per group': { style: HTML, html: { ...MERGED, review: 'group rows' } },
  'web page, table 四 a row per group, merges as blank cells': {
    style: HTML,
    html: { ...BLANKS, review: 'group rows' },
  },
  'web page, table 四 a row per group, 行政诉讼 first (their names say so)': {
    style: HTML,
    html: { ...MERGED, review: 'group rows' },
    groups: LITIGATION_FIRST,
  },
  'Word document, table 四 a row per group, 复议后起诉 first, merges as blank cells (their names say so)': {
    style: HTML,
    docx: { ...BLANKS, review: 'group rows' },
    groups: AFTER_REVIEW_FIRST_OF_ALL,
  },
  'web page, table 四 transposed, 行政诉讼 first (its header says so)': {
    style: HTML,
    html: { ...MERGED, review: 'result rows' },
    groups: LITIGATION_FIRST,
  },
  'Word document, table 四 transposed, 复议后起诉 first, results reordered (its header and rows say so)': {
    style: HTML,
    docx: { ...BLANKS, review: 'result rows' },
    groups: AFTER_REVIEW_FIRST,
    results: ['total', 'upheld', 'corrected', 'other', 'pending'],
  },
  'web page, table 四 transposed (a row per result)': { style: HTML, html: { ...MERGED, review: 'result rows' } },
  'web page, table 四 transposed, 总计 first (its rows say so)': {
    style: HTML,
    html: { ...BLANKS, review: 'result rows' },
    results: ['total', 'upheld', 'corrected', 'other', 'pending'],
  },
  'web page, table 四 transposed with one number missing': {
    loses: 'a cell',
    style: HTML,
    html: { ...MERGED, review: 'result rows' },
    edit: dropCellOf('四'),
  },
  'web page, a table per article of table 二': { style: HTML, html: { ...MERGED, tablePerArticle: true } },
  'web page, a table per article, merges as blank cells': {
    style: HTML,
    html: { ...BLANKS, tablePerArticle: true },
  },
  'web page, table 三 split over two tables, header repeated': { style: HTML, html: MERGED, edit: pageSplit },
  'web page, table 三 split over two tables, no header on the second': {
    style: HTML,
    html: MERGED,
    edit: splitWithoutHeader,
  },
  'web page, full-width digits': { style: HTML, html: MERGED, text: fullWidthDigits },
  'web page, Traditional with pinyin': {
    style: HTML,
    html: { ...MERGED, markup: 'word' },
    text: traditionalWithPinyin,
  },
  'web page, table 三 columns reversed, table 四 总计 first (headers say so)': {
    style: HTML,
    html: MERGED,
    columns: REVERSED,
    results: ['total', 'upheld', 'corrected', 'other', 'pending'],
  },
  'web page, table 三 自然人 after the legal persons, 四 a row per group (headers say so)': {
    style: HTML,
    html: { ...BLANKS, review: 'group rows' },
    columns: NATURAL_LAST,
    results: ['upheld', 'corrected', 'pending', 'other', 'total'],
  },
  'web page, table 二 columns in reverse order (header says so)': {
    style: HTML,
    html: MERGED,
    edit: disclosureReversed,
  },
  'web page, a row of table 三 missing': { loses: 'a row', style: HTML, html: MERGED, edit: dropRow('三') },
  'web page, a row of table 二 missing': { loses: 'a row', style: HTML, html: MERGED, edit: dropRow('二') },
  'web page, a row with one number missing': { loses: 'a cell', style: HTML, html: MERGED, edit: dropCell },
  'web page, a row of table 二 with one number missing': {
    loses: 'a cell',
    style: HTML,
    html: MERGED,
    edit: dropCellOf('二'),
  },
  'web page, a row of table 二 with one number missing, merges as blank cells': {
    loses: 'a cell',
    style: HTML,
    html: BLANKS,
    edit: dropCellOf('二'),
  },
  'web page, table 四 with one number missing': { loses: 'a cell', style: HTML, html: MERGED, edit: dropCellOf('四') },
  'web page, zero as a blank cell': { style: HTML, html: MERGED, number: zeroAs('') },
  'web page, zero as a blank cell, merges as blank cells': { style: HTML, html: BLANKS, number: zeroAs('') },
  'web page, thousands separators and units': {
    style: HTML,
    html: { ...MERGED, markup: 'word' },
    number: (value, money) => `${thousands(value)}${money ?? ''}`,
  },
  'web page, an extra 合计 row under （三）不予公开': { style: HTML, html: MERGED, edit: subtotalRow('合计') },
  'web page, an extra 小计 column for 法人或其他组织': { style: HTML, html: BLANKS, edit: subtotalColumn },
  'Word document, merged cells (gridSpan/vMerge)': { style: HTML, docx: MERGED },
  'Word document, merges written out as blank cells': { style: HTML, docx: BLANKS },
  'Word document, a run a digit, labels broken by line breaks': { style: HTML, docx: { ...MERGED, runs: 'split' } },
  'Word document, table 四 transposed, 总计 first (its rows say so)': {
    style: HTML,
    docx: { ...MERGED, review: 'result rows' },
    results: ['total', 'upheld', 'corrected', 'other', 'pending'],
  },
  'Word document, table 四 a row per group, a table per article of table 二': {
    style: HTML,
    docx: { ...MERGED, review: 'group rows', tablePerArticle: true },
  },
  'Word document, table 三 split over two tables, no header on the second': {
    style: HTML,
    docx: MERGED,
    edit: splitWithoutHeader,
  },
  'Word document, columns reordered in tables 二, 三 and 四 (headers say so)': {
    style: HTML,
    docx: BLANKS,
    columns: NATURAL_LAST,
    results: ['upheld', 'corrected', 'pending', 'other', 'total'],
    edit: disclosureReversed,
  },
  'Word document, a row with one number missing': { loses: 'a cell', style: HTML, docx: MERGED, edit: dropCell },
  'Word document, a row of table 二 with one number missing': {
    loses: 'a cell',
    style: HTML,
    docx: BLANKS,
    edit: dropCellOf('二'),
  },
  'Word document, a row of table 三 missing': { loses: 'a row', style: HTML, docx: MERGED, edit: dropRow('三') },
  'Word document, zero as a blank cell': { style: HTML, docx: BLANKS, number: zeroAs('') },
  'Word document, Traditional, full-width digits': {
    style: HTML,
    docx: { ...MERGED, runs: 'split' },
    text: (text) => fullWidthDigits(toTraditional(text)),
  },
  'web page, characters of cells lost (U+FFFD)': {
    loses: 'characters of labels',
    style: HTML,
    html: BLANKS,
    text: loseCharacter(0.05),
  },
  'Word document, characters of cells lost (U+FFFD)': {
    loses: 'characters of labels',
    style: HTML,
    docx: { ...MERGED, runs: 'split' },
    text: loseCharacter(0.05),
  },
  // A row whose own 总计 is not the sum of the others is left unread (its columns' order cannot be checked).
  'table 三 without its header, template order': {
    loses: 'rows whose 总计 the report misadded',
    style: ROWS,
    edit: withoutHeader('三'),
  },
  'table 四 without its header, template order': { style: ROWS, edit: withoutHeader('四') },
  'table 三 without its header, 总计 first': {
    loses: 'rows whose 总计 the report misadded',
    style: ROWS,
    columns: TOTAL_FIRST,
    edit: withoutHeader('三'),
  },
  'web page, table 三 without its header, 总计 first': {
    loses: 'rows whose 总计 the report misadded',
    style: HTML,
    html: MERGED,
    columns: TOTAL_FIRST,
    edit: withoutHeader('三'),
  },
  'PDF wrapped at 7, thousands separators, page numbers': {
    style: { kind: 'wrapped', width: 7, numbersOn: 'first' },
    number: thousands,
    edit: strayLines(['12'], 6),
  },
};
