// Transformations of the sample reports that stand in for the layouts of reports the parser has not seen.
// Each keeps every printed number and label; only the layout or the script changes.
import * as OpenCC from 'opencc-js';

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });

/** Simplified → Traditional characters, as a Taiwan or Hong Kong web page prints them. */
export function simplifiedToTraditional(text: string): string {
  return toTraditional(text);
}

/** Traditional → Simplified. */
export function traditionalToSimplified(text: string): string {
  return toSimplified(text);
}

const HALF = '0123456789()/,:+';
const FULL = '０１２３４５６７８９（）／，：＋';

/** Half-width digits and brackets → full-width ones. */
export function toFullWidth(text: string): string {
  return [...text].map((char) => FULL[HALF.indexOf(char)] ?? char).join('');
}

/** Full-width digits and brackets → half-width ones. */
export function toHalfWidth(text: string): string {
  return [...text].map((char) => HALF[FULL.indexOf(char)] ?? char).join('');
}

/** Lines after table 二's heading up to section 五's heading: where the transforms below act. */
export function tableLines(text: string): { before: string[]; tables: string[]; after: string[] } {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => /主[动動]公[开開]政府信息情[况況]\s*$/.test(line));
  const end = lines.findIndex((line, i) => i > start && /存在的主要[问問]题|存在的主要問題/.test(line));
  if (start < 0 || end < 0) throw new Error('sample without table section');
  return { before: lines.slice(0, start + 1), tables: lines.slice(start + 1, end), after: lines.slice(end) };
}

function withTables(text: string, change: (lines: string[]) => string[]): string {
  const { before, tables, after } = tableLines(text);
  return [...before, ...change(tables), ...after].join('\n');
}

/**
 * Word text (one cell per line, rows separated by empty lines) → PDF-like rows with spaces. A blank cell
 * (a non-breaking space) is printed as "/", structural empty cells (a lone tab) vanish.
 */
export function cellsToRows(text: string): string {
  return withTables(text, (lines) => {
    const rows: string[] = [];
    let row: string[] = [];
    for (const line of lines) {
      if (line === '') {
        if (row.length > 0) rows.push(row.join(' '), '');
        row = [];
      } else if (line.trim() === '') {
        if (line.includes('\u00a0')) row.push('/');
      } else {
        row.push(line.trim());
      }
    }
    if (row.length > 0) rows.push(row.join(' '));
    return rows;
  });
}

/** PDF-like rows with spaces → Word text: each space-separated cell on its own tab-indented line. */
export function rowsToCells(text: string): string {
  return withTables(text, (lines) =>
    lines.flatMap((line) =>
      line.trim() === ''
        ? ['']
        : [
            ...line
              .trim()
              .split(/\s+/)
              .map((cell) => `\t${cell}`),
            '',
          ],
    ),
  );
}

const FOOTERS = ['— 2 —', '- 3 -', '第 4 页', '— 15 —', '第 5 页 共 9 页'];

/** Blank lines and page footers inserted after every `every`-th line of the tables. */
export function addFooters(text: string, every = 3): string {
  return withTables(text, (lines) =>
    lines.flatMap((line, i) => (i % every === every - 1 ? [line, '', FOOTERS[i % FOOTERS.length] ?? '', ''] : [line])),
  );
}

const CJK = /[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef“”‘’]/;

/**
 * Re-wraps PDF text at another width: the text is cut into atoms (one CJK character, or a run of other
 * non-space characters such as a number) and laid out again in lines of at most `width` characters, as a
 * PDF of another page size would print it. Numbers are never cut; atoms that a space or a line break
 * separated (other than a break inside Chinese text) stay separated by a space.
 */
export function rewrap(text: string, width: number): string {
  const out: string[] = [];
  let line = '';
  for (const { text: atom, spaced } of atomsOf(text)) {
    const joined = line === '' ? atom : line + (spaced ? ' ' : '') + atom;
    if (joined.length > width && line !== '') {
      out.push(line, '');
      line = atom;
    } else {
      line = joined;
    }
  }
  out.push(line);
  return out.join('\n');
}

interface Atom {
  readonly text: string;
  /** Whether a space separated it from the atom before. */
  readonly spaced: boolean;
}

const PIECE = /[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef“”‘’]|[^\u3000-\u30ff\u3400-\u9fff\uff00-\uffef“”‘’]+/g;

function atomsOf(text: string): Atom[] {
  const atoms: Atom[] = [];
  let previous = '';
  for (const line of text.split('\n')) {
    line
      .split(/\s+/)
      .filter((word) => word !== '')
      .forEach((word, w) => {
        (word.match(PIECE) ?? []).forEach((piece, p) => {
          const isWrappedChinese = w === 0 && CJK.test(previous.slice(-1)) && CJK.test(piece);
          atoms.push({ text: piece, spaced: p === 0 && previous !== '' && !isWrappedChinese });
          previous = piece;
        });
      });
  }
  return atoms;
}

/** Section headings (三、收到和处理…) are left whole: the row labels are what this transformation tests. */
const HEADING = /^\s*[一二三四五六七八九十]、/;

/**
 * Drops one character from the middle of every row label of tables 二–四 (a line that starts with a label of
 * four characters or more after its numbering), as OCR and broken PDF fonts lose them.
 */
export function dropLabelCharacters(text: string): string {
  return withTables(text, (lines) =>
    lines.map((line) => {
      const label = /^(\s*(?:\d+[.、]\s*|[（(][一二三四五六七八][)）])?)([^\s\d|/]{4,})/.exec(line);
      if (!label || HEADING.test(line)) return line;
      const [whole, indent = '', word = ''] = label;
      const middle = Math.floor(word.length / 2);
      return indent + word.slice(0, middle) + word.slice(middle + 1) + line.slice(whole.length);
    }),
  );
}

/** Page numbers printed bare ("7" on its own line) at page breaks between rows: after every `every`-th row that ends in a number. */
export function addBarePageNumbers(text: string, every = 4): string {
  let rowsEnded = 0;
  return withTables(text, (lines) =>
    lines.flatMap((line) => {
      if (!/\d\s*$/.test(line) || ++rowsEnded % every !== 0) return [line];
      return [line, String(rowsEnded / every + 1)];
    }),
  );
}
