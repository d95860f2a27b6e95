import type { Ruling } from './pdf-rulings.js';

// Tables of a PDF page rebuilt from its ruling lines: the column and row boundaries, and which grid
// slots form one (merged) cell because no border is drawn between them.

/** One ruled table: boundaries and, for each grid slot, the id of the cell covering it. */
export interface TableGrid {
  /** Column boundaries, left to right. */
  readonly xs: readonly number[];
  /** Row boundaries, top to bottom (PDF y grows upwards, so these decrease). */
  readonly ys: readonly number[];
  /** `cellIds[row][column]`: slots with the same id are one merged cell. */
  readonly cellIds: readonly (readonly number[])[];
}

/** Rulings closer than this (points) are the same line; borders of adjacent cells rarely align better. */
const SAME_LINE = 2;

/** Finds the ruled tables among a page's lines (a table needs two rows and two columns of borders). */
export function findTableGrids(rulings: readonly Ruling[]): TableGrid[] {
  const merged = mergeCollinear(rulings);
  return connectedGroups(merged)
    .map(buildGrid)
    .filter((grid): grid is TableGrid => grid !== undefined);
}

/** Joins pieces of the same line (`at` within SAME_LINE, touching or overlapping) into one ruling. */
function mergeCollinear(rulings: readonly Ruling[]): Ruling[] {
  const sorted = [...rulings].sort((a, b) => a.direction.localeCompare(b.direction) || a.at - b.at || a.from - b.from);
  const result: Ruling[] = [];
  for (const ruling of sorted) {
    const match = result.findIndex(
      (other) =>
        other.direction === ruling.direction &&
        Math.abs(other.at - ruling.at) <= SAME_LINE / 2 &&
        ruling.from <= other.to + SAME_LINE &&
        ruling.to >= other.from - SAME_LINE,
    );
    const other = result[match];
    if (other) result[match] = { ...other, to: Math.max(other.to, ruling.to), from: Math.min(other.from, ruling.from) };
    else result.push(ruling);
  }
  return result;
}

/** Groups rulings that touch each other: each group is one table (or one stray line). */
function connectedGroups(rulings: readonly Ruling[]): Ruling[][] {
  const parent = rulings.map((_, index) => index);
  const root = (index: number): number => {
    while (parent[index] !== index) index = parent[index] ?? index;
    return index;
  };
  rulings.forEach((a, i) => {
    rulings.forEach((b, j) => {
      if (j > i && a.direction !== b.direction && touches(a, b)) parent[root(j)] = root(i);
    });
  });
  const groups = new Map<number, Ruling[]>();
  for (const [index, ruling] of rulings.entries())
    groups.set(root(index), [...(groups.get(root(index)) ?? []), ruling]);
  return [...groups.values()];
}

function touches(a: Ruling, b: Ruling): boolean {
  return (
    b.at >= a.from - SAME_LINE && b.at <= a.to + SAME_LINE && a.at >= b.from - SAME_LINE && a.at <= b.to + SAME_LINE
  );
}

function buildGrid(rulings: readonly Ruling[]): TableGrid | undefined {
  const horizontals = rulings.filter((ruling) => ruling.direction === 'horizontal');
  const verticals = rulings.filter((ruling) => ruling.direction === 'vertical');
  const xs = clusterPositions(verticals.map((ruling) => ruling.at));
  const ys = clusterPositions(horizontals.map((ruling) => ruling.at)).reverse();
  // A single box (a page frame, a framed paragraph) is no table.
  if (xs.length < 2 || ys.length < 2 || (xs.length - 1) * (ys.length - 1) < 2) return undefined;
  const isDrawn = (lines: readonly Ruling[], at: number, middle: number): boolean =>
    lines.some(
      (line) => Math.abs(line.at - at) <= SAME_LINE && line.from - SAME_LINE <= middle && middle <= line.to + SAME_LINE,
    );
  const rows = ys.length - 1;
  const columns = xs.length - 1;
  const parent = Array.from({ length: rows * columns }, (_, index) => index);
  const root = (index: number): number => {
    while (parent[index] !== index) index = parent[index] ?? index;
    return index;
  };
  for (let row = 0; row < rows; row += 1) {
    const middleY = ((ys[row] ?? 0) + (ys[row + 1] ?? 0)) / 2;
    for (let column = 0; column < columns; column += 1) {
      const middleX = ((xs[column] ?? 0) + (xs[column + 1] ?? 0)) / 2;
      const slot = row * columns + column;
      if (column + 1 < columns && !isDrawn(verticals, xs[column + 1] ?? 0, middleY))
        parent[root(slot + 1)] = root(slot);
      if (row + 1 < rows && !isDrawn(horizontals, ys[row + 1] ?? 0, middleX)) parent[root(slot + columns)] = root(slot);
    }
  }
  const cellIds = Array.from({ length: rows }, (_, row) =>
    Array.from({ length: columns }, (_, column) => root(row * columns + column)),
  );
  return { xs, ys, cellIds };
}

/** Sorted positions with near-equal ones (within SAME_LINE) replaced by their mean. */
function clusterPositions(positions: readonly number[]): number[] {
  const clusters: number[][] = [];
  for (const position of [...positions].sort((a, b) => a - b)) {
    const last = clusters.at(-1);
    if (last && position - (last.at(-1) ?? position) <= SAME_LINE) last.push(position);
    else clusters.push([position]);
  }
  return clusters.map((cluster) => cluster.reduce((sum, value) => sum + value, 0) / cluster.length);
}
