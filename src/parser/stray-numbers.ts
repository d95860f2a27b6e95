// Page numbers printed bare between a table's rows ("12" on a line of its own) run into a row's cells in PDF text.
import type { Token } from './tokenize.js';

/**
 * A run of cells longer than its row, without the numbers printed alone on a line, when the other lines print
 * at least the row's cells: "0 0 0 0 0 0 0" then "12" is a row and a page number. Word text prints every cell
 * alone on its line; its runs are left as they are.
 */
export function dropStrayNumbers(run: readonly Token[], width: number): readonly Token[] {
  if (run.length <= width) return run;
  const perLine = new Map<number, number>();
  for (const cell of run) perLine.set(cell.line, (perLine.get(cell.line) ?? 0) + 1);
  const kept = run.filter((cell) => (perLine.get(cell.line) ?? 0) > 1);
  return kept.length >= width ? kept : run;
}
