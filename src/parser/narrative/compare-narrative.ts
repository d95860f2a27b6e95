// Text against table: each key figure the prose states plainly is compared with the table cells it restates, and
// every disagreement becomes a `narrative.mismatch` check naming the sentence and the cells. Deterministic: the
// same words and cells always give the same finding; a figure whose cells were not read is not compared.
import type { Applications, Check, ReviewLitigation } from '../report.js';
import { APPLICATION_ROW_DEFINITIONS } from '../tables/table-applications.js';
import { REVIEW_GROUP_NAMES } from '../tables/table-review.js';
import { findStatements, type NarrativeStatement } from './find-statements.js';
import { type FigureCell, NARRATIVE_FIGURES } from './narrative-figures.js';

export interface NarrativeTables {
  readonly applications: Applications | null;
  readonly reviewLitigation: ReviewLitigation | null;
}

export interface NarrativeComparison {
  /** Statements compared with the tables (agreeing or not). */
  readonly compared: number;
  readonly checks: readonly Check[];
}

/** Compares every plain statement of a key figure in `sentences` with the tables. */
export function compareNarrative(
  sentences: readonly string[],
  tables: NarrativeTables,
  year: number,
): NarrativeComparison {
  const outcomes = sentences
    .flatMap((sentence) => findStatements(sentence, year))
    .flatMap((statement) => {
      const outcome = compareStatement(statement, tables);
      return outcome === null ? [] : [outcome];
    });
  return { compared: outcomes.length, checks: outcomes.flatMap((outcome) => (outcome.check ? [outcome.check] : [])) };
}

/** null when a cell of the figure was not read; else the check when no reading of the statement agrees. */
function compareStatement(statement: NarrativeStatement, tables: NarrativeTables): { check?: Check } | null {
  const figure = NARRATIVE_FIGURES[statement.figure];
  const [first, ...others] = figure.readings;
  if (!first) return null;
  const firstValue = sumOfCells(first, tables);
  if (firstValue === null) return null;
  const onlyFirst = 'firstReadingOnly' in figure && figure.firstReadingOnly.test(statement.words);
  const readings = onlyFirst ? [first] : [first, ...others];
  if (readings.some((cells) => sumOfCells(cells, tables) === statement.value)) return {};
  return { check: mismatchCheck(statement, first, firstValue) };
}

function mismatchCheck(statement: NarrativeStatement, cells: readonly FigureCell[], tableValue: number): Check {
  const [single] = cells;
  const table = single?.table ?? '三';
  const cellNames = cells.map(cellName).join('＋');
  const message = `正文“${statement.clause}”：${NARRATIVE_FIGURES[statement.figure].name} ${statement.value} ≠ 表${table}${cellNames} ${tableValue}`;
  return {
    rule: 'narrative.mismatch',
    // The report contradicts itself: either number may be the misprint, so a warning beside every answer it
    // touches, listed in the digest on its own, not a failed sum.
    severity: 'warning',
    table,
    ...(cells.length === 1 && single ? { row: single.row, column: single.column } : {}),
    cells: cells.map(({ row, column }) => ({ row, column })),
    sentence: excerpt(statement.sentence, statement.clause),
    message,
    expected: statement.value,
    actual: tableValue,
  };
}

/** Longest sentence a check keeps whole; a longer one (prose without 。) is cut around the clause. */
const MAX_SENTENCE = 200;

function excerpt(sentence: string, clause: string): string {
  if (sentence.length <= MAX_SENTENCE) return sentence;
  const start = Math.max(0, sentence.indexOf(clause) - MAX_SENTENCE / 4);
  const end = start + MAX_SENTENCE;
  return `${start > 0 ? '…' : ''}${sentence.slice(start, end)}${end < sentence.length ? '…' : ''}`;
}

/** The cells' sum, or null when a cell's row or table was not read. */
function sumOfCells(cells: readonly FigureCell[], tables: NarrativeTables): number | null {
  let sum = 0;
  for (const cell of cells) {
    const value =
      cell.table === '三'
        ? tables.applications?.[cell.row]?.[cell.column]
        : tables.reviewLitigation?.[cell.row][cell.column];
    if (value === undefined) return null;
    sum += value;
  }
  return sum;
}

function cellName(cell: FigureCell): string {
  return cell.table === '三'
    ? `“${APPLICATION_ROW_DEFINITIONS[cell.row].printed}”总计`
    : `“${REVIEW_GROUP_NAMES[cell.row]}”总计`;
}
