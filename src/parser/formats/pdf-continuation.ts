import type { CellText, PageTable } from './pdf-layout.js';
import { cleanCellText } from './table-rows.js';

// A table that runs over a page break is drawn as two tables. A merged cell cut by the break shows its
// text on one side only (三、本年度办理结果 on page 2, nothing on page 3) or split mid-word
// (（四）无 | 法提供, as in Huai'an's 2024 report); a row may itself be split, its label going on over
// the break while its numbers stay above. These rules put each cell's whole text back together.

/** Column borders of the two parts must agree this closely (points) for them to be one table. */
const SAME_BORDER = 2;
/** A text that ends (or starts) within this many font sizes of its cell's border was cut by the break. */
const CUT_TEXT_DISTANCE = 1.6;
/** A numbered label (`8.属于…`, `（五）…`, `四、…`) starts a new row; a cut-off fragment does not. */
const NUMBERED_LABEL = /^[（(]?[一二三四五六七八九十\d]+[)）、.．]/;

/** Given the table ending one page and the table starting the next, returns both with cut cells rejoined. */
export function joinContinuedCells(above: PageTable, below: PageTable): [PageTable, PageTable] {
  if (!haveSameColumns(above, below)) return [above, below];
  const upper = { ...above, cells: new Map(above.cells) };
  const lower = { ...below, cells: new Map(below.cells) };
  const lastRow = above.grid.cellIds.at(-1) ?? [];
  const firstRow = below.grid.cellIds[0] ?? [];
  const pairs = uniquePairs(lastRow, firstRow);
  const mergedPairs = pairs.filter(([aboveId, belowId]) => isSameMergedCell(above, aboveId, below, belowId));
  for (const [aboveId, belowId] of mergedPairs) joinMergedCell(upper, aboveId, lower, belowId);
  const rowPairs = pairs.filter(
    ([, belowId]) => rowCount(below, belowId) === 1 && !mergedPairs.some(([, id]) => id === belowId),
  );
  return isSplitRow(upper, lower, rowPairs)
    ? [joinRowTexts(upper, lower, rowPairs), dropFirstRow(lower)]
    : [upper, lower];
}

function uniquePairs(lastRow: readonly number[], firstRow: readonly number[]): [number, number][] {
  const keys = new Set(lastRow.map((id, column) => `${id}:${firstRow[column] ?? -1}`));
  return [...keys].map((key) => key.split(':').map(Number) as [number, number]);
}

function haveSameColumns(above: PageTable, below: PageTable): boolean {
  const { xs } = above.grid;
  return (
    xs.length === below.grid.xs.length &&
    xs.every((x, index) => Math.abs(x - (below.grid.xs[index] ?? Infinity)) <= SAME_BORDER)
  );
}

/** The two parts of one merged cell cover the same columns, and one of them spans several rows. */
function isSameMergedCell(above: PageTable, aboveId: number, below: PageTable, belowId: number): boolean {
  const columnsOf = (row: readonly number[], id: number): string =>
    row.flatMap((slot, column) => (slot === id ? [column] : [])).join(',');
  const sameColumns =
    columnsOf(above.grid.cellIds.at(-1) ?? [], aboveId) === columnsOf(below.grid.cellIds[0] ?? [], belowId);
  return sameColumns && (rowCount(above, aboveId) > 1 || rowCount(below, belowId) > 1);
}

/** A blank continuation takes the text above; a text cut at the break is rejoined on both sides. */
function joinMergedCell(upper: PageTable, aboveId: number, lower: PageTable, belowId: number): void {
  const top = upper.cells.get(aboveId);
  const bottom = lower.cells.get(belowId);
  if (!top || !bottom || top.text === '') return;
  if (bottom.text === '') {
    lower.cells.set(belowId, { ...bottom, text: top.text });
    return;
  }
  // A part holding a single row can only be the start of a cell that goes on below.
  if (isCutAtBottom(upper, top) && (isCutAtTop(lower, bottom) || rowCount(upper, aboveId) === 1)) {
    const text = cleanCellText(top.text + bottom.text);
    upper.cells.set(aboveId, { ...top, text });
    lower.cells.set(belowId, { ...bottom, text });
  }
}

/**
 * The first row below continues the last row above when its single cells hold only fragments that
 * go on from text above (no numbered label), and some cells above (the numbers) have nothing below.
 */
function isSplitRow(upper: PageTable, lower: PageTable, pairs: readonly [number, number][]): boolean {
  const texts = pairs.map(
    ([aboveId, belowId]) => [upper.cells.get(aboveId)?.text ?? '', lower.cells.get(belowId)?.text ?? ''] as const,
  );
  const continuations = texts.filter(([, below]) => below !== '');
  return (
    continuations.length > 0 &&
    continuations.every(([above, below]) => above !== '' && !NUMBERED_LABEL.test(below)) &&
    texts.some(([above, below]) => above !== '' && below === '')
  );
}

function joinRowTexts(upper: PageTable, lower: PageTable, pairs: readonly [number, number][]): PageTable {
  for (const [aboveId, belowId] of pairs) {
    const top = upper.cells.get(aboveId);
    const rest = lower.cells.get(belowId)?.text ?? '';
    if (top && rest !== '') upper.cells.set(aboveId, { ...top, text: cleanCellText(top.text + rest) });
  }
  return upper;
}

function dropFirstRow(table: PageTable): PageTable {
  const { grid } = table;
  return { ...table, grid: { ...grid, ys: grid.ys.slice(1), cellIds: grid.cellIds.slice(1) } };
}

function rowCount(table: PageTable, id: number): number {
  return table.grid.cellIds.filter((row) => row.includes(id)).length;
}

function isCutAtBottom(table: PageTable, cell: CellText): boolean {
  return cell.bottom - (table.grid.ys.at(-1) ?? 0) <= cell.size * CUT_TEXT_DISTANCE;
}

function isCutAtTop(table: PageTable, cell: CellText): boolean {
  return (table.grid.ys[0] ?? 0) - cell.top <= cell.size * CUT_TEXT_DISTANCE;
}
