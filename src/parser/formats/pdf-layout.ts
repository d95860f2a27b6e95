import { isCellValue } from '../parse-cell.js';
import type { TableGrid } from './pdf-grid.js';
import { joinCellLines } from './table-rows.js';

// One PDF page's text in reading order: pieces inside a ruled table become its rows, the rest lines.

/** A run of text as pdfjs places it: x and y (baseline) in points from the bottom left, size = font height. */
export interface TextPiece {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly size: number;
}

/** A cell's text and how far its lines reach: y of the top of the first line, baseline of the last, font size. */
export interface CellText {
  readonly text: string;
  readonly top: number;
  readonly bottom: number;
  readonly size: number;
}

/** A ruled table of one page: its grid and the text of each (merged) cell by cell id. */
export interface PageTable {
  readonly grid: TableGrid;
  readonly cells: Map<number, CellText>;
}

/** What a page shows, top to bottom: lines of text and ruled tables, each with its height on the page. */
export type PageItem =
  | { readonly kind: 'line'; readonly text: string; readonly y: number }
  | { readonly kind: 'table'; readonly table: PageTable; readonly y: number };

/** Lays out one page: pieces inside a ruled table become its cells, the others lines; top to bottom. */
export function layoutPage(pieces: readonly TextPiece[], grids: readonly TableGrid[]): PageItem[] {
  const cellPieces = grids.map((grid) => grid.cellIds.map((row) => row.map((): TextPiece[] => [])));
  const loose: TextPiece[] = [];
  for (const piece of pieces.flatMap((whole) => splitAtColumns(whole, grids))) {
    const slot = locate(piece, grids);
    if (slot) cellPieces[slot.table]?.[slot.row]?.[slot.column]?.push(piece);
    else loose.push(piece);
  }
  const items: PageItem[] = groupLines(loose).map((line) => ({
    kind: 'line',
    text: joinPieces(line),
    y: line[0]?.y ?? 0,
  }));
  for (const [index, grid] of grids.entries()) {
    items.push({ kind: 'table', table: readCells(grid, cellPieces[index] ?? []), y: grid.ys[0] ?? 0 });
  }
  return items.filter((item) => item.kind === 'table' || item.text !== '').sort((a, b) => b.y - a.y);
}

/**
 * The rows of a table as cell texts: each slot shows the text of the (possibly merged) cell covering it, but a
 * number merged across columns counts once, in its first slot.
 */
export function tableRows(table: PageTable): string[][] {
  return table.grid.cellIds.map((row) =>
    row.flatMap((id, column) => {
      const text = table.cells.get(id)?.text ?? '';
      return column > 0 && row[column - 1] === id && isCellValue(text) ? [] : [text];
    }),
  );
}

function readCells(grid: TableGrid, pieces: readonly (readonly TextPiece[][])[]): PageTable {
  const piecesOfCell = new Map<number, TextPiece[]>();
  for (const [r, row] of grid.cellIds.entries()) {
    for (const [c, id] of row.entries()) {
      piecesOfCell.set(id, [...(piecesOfCell.get(id) ?? []), ...(pieces[r]?.[c] ?? [])]);
    }
  }
  const cells = new Map<number, CellText>();
  for (const [id, cellPieces] of piecesOfCell) {
    const lines = groupLines(cellPieces);
    const first = lines[0]?.[0];
    const last = lines.at(-1)?.[0];
    cells.set(id, {
      text: joinCellLines(lines.map(joinPieces)),
      top: first ? first.y + first.size : Number.NaN,
      bottom: last ? last.y : Number.NaN,
      size: first?.size ?? 0,
    });
  }
  return { grid, cells };
}

function locate(
  piece: TextPiece,
  grids: readonly TableGrid[],
): { table: number; row: number; column: number } | undefined {
  const x = piece.x + piece.width / 2;
  const y = piece.y + piece.size * 0.3;
  for (const [table, grid] of grids.entries()) {
    const row = grid.ys.findIndex(
      (top, index) => index + 1 < grid.ys.length && top >= y && y >= (grid.ys[index + 1] ?? 0),
    );
    const column = grid.xs.findIndex(
      (left, index) => index + 1 < grid.xs.length && left <= x && x <= (grid.xs[index + 1] ?? 0),
    );
    if (row >= 0 && column >= 0) return { table, row, column };
  }
  return undefined;
}

/** Cuts a piece that runs across column borders (one text run for a whole table row) at each border. */
function splitAtColumns(piece: TextPiece, grids: readonly TableGrid[]): TextPiece[] {
  const characters = [...piece.text];
  const step = piece.width / Math.max(1, characters.length);
  const y = piece.y + piece.size * 0.3;
  const grid = grids.find((candidate) => (candidate.ys[0] ?? 0) >= y && y >= (candidate.ys.at(-1) ?? 0));
  const borders = grid?.xs.filter((x) => x > piece.x + step / 2 && x < piece.x + piece.width - step / 2) ?? [];
  if (borders.length === 0) return [piece];
  const parts: TextPiece[] = [];
  let start = 0;
  for (const border of [...borders, Infinity]) {
    const end = border === Infinity ? characters.length : Math.round((border - piece.x) / step);
    if (end > start)
      parts.push({
        ...piece,
        text: characters.slice(start, end).join(''),
        x: piece.x + start * step,
        width: (end - start) * step,
      });
    start = Math.max(start, end);
  }
  return parts;
}

/** Groups pieces into lines by baseline (top line first), each line left to right. */
export function groupLines(pieces: readonly TextPiece[]): TextPiece[][] {
  const lines: TextPiece[][] = [];
  for (const piece of [...pieces].sort((a, b) => b.y - a.y || a.x - b.x)) {
    const line = lines.find(
      (candidate) => Math.abs((candidate[0]?.y ?? 0) - piece.y) <= Math.min(candidate[0]?.size ?? 0, piece.size) * 0.5,
    );
    if (line) line.push(piece);
    else lines.push([piece]);
  }
  return lines.map((line) => line.sort((a, b) => a.x - b.x));
}

/** Joins a line's pieces, with a space where the gap between them is wider than a narrow character. */
export function joinPieces(line: readonly TextPiece[]): string {
  let text = '';
  let end = -Infinity;
  for (const piece of line) {
    if (text && piece.x - end > piece.size * 0.25) text += ' ';
    text += piece.text;
    end = piece.x + piece.width;
  }
  return text.replace(/\s+/g, ' ').trim();
}
