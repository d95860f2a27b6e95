// Flattens every layout into one stream of label fragments and cell values.
// Word text (one cell per line), PDF text (a row's cells on one line separated by spaces) and pipe rows
// (`| label | 0 | / |`, from HTML/DOCX/PDF readers and OCR Markdown) all end up as the same tokens.
import { compactLabel } from './labels.js';
import { isCellValue, parseCell } from './parse-cell.js';

/** A label fragment, a printed value, or a blank cell. */
export interface Token {
  readonly kind: 'label' | 'value' | 'blank';
  /** The printed text; "" for a blank cell. */
  readonly text: string;
  /** For labels, the compact form matched against the vocabulary; "" otherwise. */
  readonly key: string;
  /** For values and blanks, the number printed (blank is 0; no column unit applied); NaN for labels. */
  readonly number: number;
  /** Index of the normalized line the token came from. */
  readonly line: number;
  /** Printed in a pipe row, a table row on one line: its cells are that row's, never a row's printed above. */
  readonly inRow?: true;
}

/** Markdown separator row: |---|:---:|. */
const SEPARATOR_ROW = /^\|?[ \t]*:?-{2,}:?[ \t]*(?:\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*$/;
/** A money unit printed apart from its number: "456880 元". */
const SPLIT_UNIT = /^(?:万元|元)$/;
/** A sign printed apart from its number: "减 19", "减少 124". */
const SPLIT_SIGN = /^(?:[增减]|增加|减少)$/;

/** A report's title, as PDF pages repeat it in a running header or footer (with its page number), even inside a table. */
const RUNNING_TITLE =
  /(?:信息公开|政务公开)\s*(?:工作)?\s*(?:年度)?\s*(?:报告|年报)\s*(?:[(（]?\s*\d{4}\s*年度?\s*[)）]?)?\s*(?:[-—–]\s*\d{1,4}\s*[-—–]|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4})?$/;
/** The first line of a title wrapped before its subject: "深圳市龙华区政务服务数据管理局 2020 年". */
const TITLE_HEAD = /^\S[^|]*\d{4}\s*年度?$/;
/** Titles are short; a longer line that ends like one is prose. */
const LONGEST_TITLE = 60;

/** Splits normalized text lines into tokens. Title lines are no table content (running headers repeat them). */
export function tokenizeLines(lines: readonly string[]): Token[] {
  const tokens: Token[] = [];
  const titles = findTitleLines(lines);
  const emptyIsCell = emptyLinesAreCells(lines);
  lines.forEach((line, index) => {
    const trimmed = line.trim();
    if (titles.has(index)) return;
    if (trimmed.startsWith('|')) pushPipeRow(tokens, trimmed, index);
    else if (trimmed === '') pushEmptyCell(tokens, line, index, emptyIsCell);
    else pushPieces(tokens, trimmed.split(/\s+/), index);
  });
  return tokens;
}

/** Indexes of lines that print the report's title, with the first line of a title wrapped after its year. */
function findTitleLines(lines: readonly string[]): Set<number> {
  const titles = new Set<number>();
  lines.forEach((line, index) => {
    if (line.length > LONGEST_TITLE || !line.includes('报') || !RUNNING_TITLE.test(line.trim())) return;
    titles.add(index);
    let previous = index - 1;
    while (previous >= 0 && lines[previous]?.trim() === '') previous--;
    const head = lines[previous]?.trim() ?? '';
    if (head.length <= LONGEST_TITLE && TITLE_HEAD.test(head)) titles.add(previous);
  });
  return titles;
}

/** `| a | b |` → the tokens of each cell; blank cells are blank tokens. A cell OCR merged ("6 1") gives both numbers. */
function pushPipeRow(tokens: Token[], row: string, line: number): void {
  if (SEPARATOR_ROW.test(row)) return;
  const cells = row.replace(/^\|/, '').replace(/\|$/, '').split('|');
  const from = tokens.length;
  for (const cell of cells) {
    const text = cell.trim();
    if (text === '') tokens.push(blankCell(line));
    else pushPieces(tokens, text.split(/\s+/), line);
  }
  for (let index = from; index < tokens.length; index++) tokens[index] = { ...(tokens[index] as Token), inRow: true };
}

/**
 * A whitespace-only line is an empty cell in Word text (it keeps its tab); a truly empty line separates rows,
 * unless the text prints one cell per line with nothing between cells (a web table copied): then it is a cell.
 */
function pushEmptyCell(tokens: Token[], line: string, index: number, emptyIsCell: boolean): void {
  if (emptyIsCell || line.includes('\t')) tokens.push(blankCell(index));
}

/** A lone number on a line: a cell of a table printed one cell per line. */
const LONE_VALUE = /^\s*[-+]?\d[\d,.]*\s*$/;
/** Two numbers side by side on a line: cells of a PDF row or a line of table 四. */
const VALUES_SIDE_BY_SIDE = /(?:^|\s)[-+]?\d[\d,.]*\s+[-+]?\d[\d,.]*(?:\s|$)/;
/** PDF texts have rows of numbers; a few such lines may be prose. */
const MAX_SIDE_BY_SIDE = 2;
const MIN_LONE_VALUES = 1;

/**
 * Whether empty lines are blank cells: a text of one cell per line (no Word tabs, no numbers side by side)
 * whose lines follow each other with no empty line between (a web table copied), where texts that space
 * their cells put an empty line after every line.
 */
function emptyLinesAreCells(lines: readonly string[]): boolean {
  let sideBySide = 0;
  let lone = 0;
  let dense = 0;
  let sparse = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.includes('\t')) return false;
    if (line.trim() === '') continue;
    if (LONE_VALUE.test(line)) lone++;
    else if (VALUES_SIDE_BY_SIDE.test(line) && ++sideBySide > MAX_SIDE_BY_SIDE) return false;
    if ((lines[i + 1] ?? '').trim() === '') sparse++;
    else dense++;
  }
  return lone >= MIN_LONE_VALUES && dense > sparse;
}

/** Space-separated pieces of one line, with "456880 元" and "减 19" rejoined. */
function pushPieces(tokens: Token[], pieces: readonly string[], line: number): void {
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i] ?? '';
    const next = pieces[i + 1];
    if (next !== undefined && SPLIT_SIGN.test(piece) && isCellValue(next)) {
      pushToken(tokens, piece + next, line);
      i++;
    } else if (next !== undefined && SPLIT_UNIT.test(next) && isCellValue(piece)) {
      pushToken(tokens, `${piece} ${next}`, line);
      i++;
    } else {
      pushToken(tokens, piece, line);
    }
  }
}

function pushToken(tokens: Token[], text: string, line: number): void {
  const number = parseCell(text);
  if (number !== null) {
    tokens.push({ kind: 'value', text, key: '', number, line });
    return;
  }
  const key = compactLabel(text);
  if (key !== '') tokens.push({ kind: 'label', text, key, number: Number.NaN, line });
}

/** An empty cell: prints as "", reads as 0. */
function blankCell(line: number): Token {
  return { kind: 'blank', text: '', key: '', number: 0, line };
}
