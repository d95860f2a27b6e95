// The one shape every document reader hands to the table reader: a table row is one line of
// pipe-separated cells, `| （一）予以公开 | （一）予以公开 | 93 | 6 |`: a merged label repeated into
// every column it covers, a merged number once.

import { isCellValue } from '../parse-cell.js';

/** A table as rows of cell texts, merged labels already repeated into every slot they cover. */
export type TableRows = readonly (readonly string[])[];

/** A cell as a document declares it, before spans are expanded. */
export interface SpannedCell {
  readonly text: string;
  readonly rowSpan: number;
  readonly colSpan: number;
}

const CJK = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef\\u201c\\u201d\\u2018\\u2019';
const SPACE_BESIDE_CJK = new RegExp(`(?<=[${CJK}])\\s+|\\s+(?=[${CJK}])`, 'gu');

/**
 * Cleans one cell's text: whitespace collapsed, spaces next to Chinese characters dropped (PDFs
 * justify `结 果 维持` and space `增 89`), pipes replaced so they cannot split the cell.
 * `cleanCellText("本年新\n制作数量") === "本年新制作数量"`.
 */
export function cleanCellText(text: string): string {
  return text
    .replace(/[\s\u00a0\u3000]+/g, ' ')
    .replace(SPACE_BESIDE_CJK, '')
    .replace(/\|/g, '｜')
    .trim();
}

/** Joins the lines of one cell: no space across a Chinese line wrap, one space otherwise. */
export function joinCellLines(lines: readonly string[]): string {
  return cleanCellText(
    lines
      .map((line) => line.trim())
      .filter(Boolean)
      .join(' '),
  );
}

/** Formats one row as the table reader expects: `| a | b |`, blank cells empty between pipes. */
export function formatTableRow(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/** Formats a whole table, one line per row. A row of blank cells stays: blank may be how a report prints 0. */
export function formatTable(rows: TableRows): string[] {
  return rows.filter((row) => row.length > 0).map(formatTableRow);
}

/**
 * Places cells with rowspan/colspan on a grid. A label's text is repeated into every slot it covers, as HTML's
 * table model does (a slot already taken by a rowspan from above is skipped); a number (or a blank) merged across
 * columns counts once, in its first slot: `| 规章 | 13 | 13 (colspan 2) | 524 |` is three values, not four.
 */
export function expandSpans(rows: readonly (readonly SpannedCell[])[]): string[][] {
  const grid: (string | null)[][] = rows.map(() => []);
  rows.forEach((cells, rowIndex) => {
    const slots = grid[rowIndex] ?? [];
    let column = 0;
    for (const cell of cells) {
      while (slots[column] !== undefined) column += 1;
      const lastRow = Math.min(rows.length, rowIndex + Math.max(1, cell.rowSpan));
      const countsOnce = isCellValue(cell.text);
      for (let r = rowIndex; r < lastRow; r += 1) {
        const target = grid[r] ?? [];
        for (let c = column; c < column + Math.max(1, cell.colSpan); c += 1)
          target[c] = c > column && countsOnce ? null : cell.text;
      }
      column += Math.max(1, cell.colSpan);
    }
  });
  return grid.map((slots) => Array.from(slots, (text) => text ?? '').filter((_, c) => slots[c] !== null));
}
