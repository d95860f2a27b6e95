// Classifies every cell of one parse against the values printed: read right, not read with a check naming it, read
// wrong with a check touching it, or silently wrong (stored, not what was printed, and no check touches it).
import {
  APPLICATION_ROW_DEFINITIONS,
  type ApplicationRow,
  CHECK_RULES,
  type Check,
  DISCLOSURE_TABLE,
  OTHER_HANDLING_SUBROWS,
  type Report,
  TABLE_OF_SECTION,
} from '../../src/parser/index.js';
import type { Rendering } from './render-layout.js';
import type { CellSource, Truth } from './render-tables.js';

export const OUTCOMES = ['right', 'unreadFlagged', 'wrongFlagged', 'silentlyWrong', 'unreadSilent'] as const;
/** right; not read + a check naming it; read wrong + a new failing check touching it; silently wrong; not read, no check. */
export type Outcome = (typeof OUTCOMES)[number];

export interface CellVerdict {
  readonly cell: string;
  readonly outcome: Outcome;
  /** What the layout printed (undefined: nothing a parse can read) and what the parse stored. */
  readonly printed: number | undefined;
  readonly stored: number | undefined;
}

const SECTIONS = ['activeDisclosure', 'applications', 'reviewLitigation'] as const;

type Cells = Record<string, Record<string, number | null> | null> | null;

/**
 * Every cell of the truth and of the parse, classified. A check flags a cell when its rule's scope touches the cell
 * (see CHECK_RULES) and the faithful parse (`baseline`) does not fail it already: a check that fails on the right
 * numbers says nothing about a misread.
 */
export function classifyCells(
  report: Report,
  truth: Truth,
  rendering: Rendering,
  baseline: readonly Check[],
): CellVerdict[] {
  const known = new Set(baseline.map(checkKey));
  const fresh = report.checks.filter((check) => !known.has(checkKey(check)));
  const verdicts: CellVerdict[] = [];
  for (const section of SECTIONS) {
    const truthCells = truth[section] as Cells;
    const storedCells = report[section] as Cells;
    const rows = new Set([...Object.keys(truthCells ?? {}), ...Object.keys(storedCells ?? {})]);
    for (const row of rows) {
      const columns = new Set([...Object.keys(truthCells?.[row] ?? {}), ...Object.keys(storedCells?.[row] ?? {})]);
      for (const column of columns) {
        const source: CellSource = { section, row, column };
        const printed = readableValue(truth, rendering, source);
        const stored = storedCells?.[row]?.[column] ?? undefined;
        const flagged = fresh.some((check) => touches(check, source));
        verdicts.push({
          cell: `${section}.${row}.${column}`,
          outcome: outcomeOf(printed, stored, flagged),
          printed,
          stored,
        });
      }
    }
  }
  return verdicts;
}

function outcomeOf(printed: number | undefined, stored: number | undefined, flagged: boolean): Outcome {
  if (stored !== undefined && stored === printed) return 'right';
  if (stored === undefined) return flagged ? 'unreadFlagged' : 'unreadSilent';
  return flagged ? 'wrongFlagged' : 'silentlyWrong';
}

/**
 * The value a parse can know for a cell: the truth where the layout printed it whole, or where the template computes
 * it from printed cells ((六)其他处理 of its three sub-rows); else undefined (a dropped row, a row that lost a cell).
 */
function readableValue(truth: Truth, rendering: Rendering, source: CellSource): number | undefined {
  const value = (truth[source.section] as Cells)?.[source.row]?.[source.column] ?? undefined;
  const isReadable = (row: string): boolean => {
    const key = `${source.section}.${row}.${source.column}`;
    return rendering.printed.has(key) && !rendering.damaged.has(key);
  };
  if (isReadable(source.row)) return value;
  const isComputed = source.section === 'applications' && source.row === 'otherHandling';
  return isComputed && OTHER_HANDLING_SUBROWS.every(isReadable) ? value : undefined;
}

function checkKey(check: Check): string {
  return [check.rule, check.table, check.row, check.column].join('|');
}

/** Whether a check's scope includes the cell; a `table.missing` must name its row (or the whole table). */
export function touches(check: Check, cell: CellSource): boolean {
  const scope: (typeof CHECK_RULES)[keyof typeof CHECK_RULES] | undefined = CHECK_RULES[check.rule];
  if (scope === undefined) return false;
  if (check.rule === 'table.missing') return check.table === TABLE_OF_SECTION[cell.section] && namesRow(check, cell);
  const section = scope.section === 'named table' ? sectionOf(check.table) : scope.section;
  if (section !== cell.section) return false;
  const rows: readonly string[] | undefined = 'rows' in scope ? scope.rows : undefined;
  const narrowBy: readonly string[] = scope.narrowBy;
  if (rows && !rows.includes(cell.row)) return false;
  if (narrowBy.includes('row') && check.row !== cell.row) return false;
  if (narrowBy.includes('column') && check.column !== cell.column) return false;
  if (narrowBy.includes('cells'))
    return (check.cells ?? []).some((named) => named.row === cell.row && named.column === cell.column);
  return true;
}

/** A missing-table check names the whole table (未找到表三) or lists the rows it lacks by their labels. */
function namesRow(check: Check, cell: CellSource): boolean {
  const listed = /缺少：(.*)$/.exec(check.message)?.[1];
  if (listed === undefined) return true;
  const labels = listed.split('、');
  if (cell.section === 'applications')
    return labels.includes(APPLICATION_ROW_DEFINITIONS[cell.row as ApplicationRow]?.label ?? '');
  if (cell.section === 'activeDisclosure') {
    const specs = [...DISCLOSURE_TABLE['2019'], ...DISCLOSURE_TABLE['2021']].filter((spec) => spec.key === cell.row);
    return specs.some((spec) => labels.includes(spec.label));
  }
  return false;
}

function sectionOf(table: string | undefined): (typeof SECTIONS)[number] | undefined {
  return SECTIONS.find((section) => TABLE_OF_SECTION[section] === table);
}
