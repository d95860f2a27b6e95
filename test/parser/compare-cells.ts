// Cell-by-cell comparison of a parsed report with the values printed in it: each cell is right, stored wrong, or
// missing; a missing cell is told apart by whether a check says so (a `table.missing` naming its table).
import type { Report } from '../../src/parser/index.js';

/** The tables of a report as an expected JSON holds them. */
export type Tables = Pick<Report, 'activeDisclosure' | 'applications' | 'reviewLitigation'>;

/** How the cells of one parse compare with the printed values. */
export interface CellCounts {
  readonly right: number;
  /** Stored with another number than printed: the failure that must never happen silently. */
  readonly wrong: readonly string[];
  /** Not stored, with a `table.missing` check for its table. */
  readonly missingWithCheck: number;
  /** Not stored and no check says so. */
  readonly missingSilently: readonly string[];
}

const TABLE_OF: Record<keyof Tables, string> = { activeDisclosure: '二', applications: '三', reviewLitigation: '四' };

/** Compares every printed cell (every leaf of `expected`) with the parse. */
export function compareCells(report: Report, expected: Tables): CellCounts {
  let right = 0;
  let missingWithCheck = 0;
  const wrong: string[] = [];
  const missingSilently: string[] = [];
  const flagged = new Set(report.checks.filter((check) => check.rule === 'table.missing').map((check) => check.table));
  for (const section of Object.keys(TABLE_OF) as (keyof Tables)[]) {
    const rows = (expected[section] ?? {}) as Record<string, Record<string, number | null> | null>;
    const got = (report[section] ?? {}) as Record<string, Record<string, number | null> | null>;
    for (const [row, cells] of Object.entries(rows)) {
      for (const [column, value] of Object.entries(cells ?? {})) {
        const stored = got[row]?.[column];
        const name = `${section}.${row}.${column}`;
        if (stored === value) right++;
        else if (stored === undefined || stored === null) {
          if (flagged.has(TABLE_OF[section])) missingWithCheck++;
          else missingSilently.push(name);
        } else wrong.push(`${name}: ${stored} ≠ ${value}`);
      }
    }
  }
  return { right, wrong, missingWithCheck, missingSilently };
}
