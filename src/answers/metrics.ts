// Every number a question can ask for, built once from the vocabulary tables: each row × column of tables
// 二, 三 and 四 plus the sums people ask for (不予公开, 法人或其他组织, 行政诉讼). Ids are canonical paths.
import {
  type DisclosureField,
  type DisclosureRow,
  printedDisclosureField,
  type Report,
  type ReportSection,
  TABLE_OF_SECTION,
} from '../parser/index.js';
import { reportSource } from '../store/index.js';
import type { FactSource, Lang } from './types.js';
import { ACTIVE_FIELD_TERMS, ACTIVE_ROW_TERMS } from './vocabulary/active-disclosure.js';
import { APPLICANT_COLUMN_TERMS, APPLICATION_ROW_TERMS } from './vocabulary/applications.js';
import { REVIEW_COLUMN_TERMS, REVIEW_GROUP_TERMS } from './vocabulary/review-litigation.js';
import type { TermSpec } from './vocabulary/term.js';

export type Section = ReportSection;
export type Unit = 'count' | 'items' | 'yuan' | 'percent';

/** Fact units as written in replies. */
export const UNIT_WORDS: Readonly<Record<Unit, Readonly<Record<Lang, string>>>> = {
  count: { zh: '件', en: '' },
  items: { zh: '项', en: 'items' },
  yuan: { zh: '元', en: 'yuan' },
  percent: { zh: '%', en: '%' },
};

/** One canonical cell, e.g. applications / denied.process / natural. */
interface CellRef {
  readonly row: string;
  readonly column: string;
}

/** A number a question can ask for: one cell or a sum of cells of one section. */
export interface MetricSpec {
  readonly id: string;
  readonly section: Section;
  readonly row: string;
  readonly column: string;
  readonly unit: Unit;
  readonly cells: readonly CellRef[];
}

const expand = (key: string, parts: readonly string[] | undefined): readonly string[] => parts ?? [key];

function applicationMetrics(): MetricSpec[] {
  return Object.entries(APPLICATION_ROW_TERMS).flatMap(([row, rowSpec]) =>
    Object.entries(APPLICANT_COLUMN_TERMS).map(([column, columnSpec]) => ({
      id: `applications.${row}.${column}`,
      section: 'applications' as const,
      row,
      column,
      unit: 'count' as const,
      cells: expand(row, rowSpec.parts).flatMap((r) =>
        expand(column, columnSpec.parts).map((c) => ({ row: r, column: c })),
      ),
    })),
  );
}

function reviewMetrics(): MetricSpec[] {
  return Object.entries(REVIEW_GROUP_TERMS).flatMap(([row, groupSpec]) =>
    Object.keys(REVIEW_COLUMN_TERMS).map((column) => ({
      id: `reviewLitigation.${row}.${column}`,
      section: 'reviewLitigation' as const,
      row,
      column,
      unit: 'count' as const,
      cells: expand(row, groupSpec.parts).map((r) => ({ row: r, column })),
    })),
  );
}

function activeMetrics(): MetricSpec[] {
  return Object.entries(ACTIVE_ROW_TERMS).flatMap(([row, rowSpec]) =>
    rowSpec.fields.map((column) => ({
      id: `activeDisclosure.${row}.${column}`,
      section: 'activeDisclosure' as const,
      row,
      column,
      unit: ACTIVE_FIELD_TERMS[column]?.unit ?? 'count',
      cells: [{ row, column }],
    })),
  );
}

/** Every metric by id, e.g. `applications.newReceived.total`, `reviewLitigation.litigation.total`. */
export const METRICS: ReadonlyMap<string, MetricSpec> = new Map(
  [...applicationMetrics(), ...reviewMetrics(), ...activeMetrics()].map((spec) => [spec.id, spec]),
);

/** The metric at section / row / column, if there is one. */
export function findMetric(section: Section, row: string, column: string): MetricSpec | undefined {
  return METRICS.get(`${section}.${row}.${column}`);
}

/** The metric with this id; throws on an unknown id (ids come from the schema, so this is a bug). */
export function getMetric(id: string): MetricSpec {
  const spec = METRICS.get(id);
  if (!spec) throw new Error(`unknown metric ${id}`);
  return spec;
}

function readCell(report: Report, section: Section, cell: CellRef): number | null {
  const table = report[section] as Record<string, Record<string, number | null> | null | undefined> | null;
  const value = table?.[cell.row]?.[cell.column];
  return typeof value === 'number' ? value : null;
}

/** The metric's value in a report: its cell, or the sum of its cells; null where the report has none of them. */
export function readMetric(spec: MetricSpec, report: Report): number | null {
  let sum: number | null = null;
  for (const cell of spec.cells) {
    const value = readCell(report, spec.section, cell);
    if (value !== null) sum = (sum ?? 0) + value;
  }
  return sum === null ? null : roundMoney(sum);
}

// Sums of money in yuan can pick up binary fractions (0.1 + 0.2); two decimals is all a report prints.
const roundMoney = (value: number): number => Math.round(value * 100) / 100;

/** How the single cell behind a metric was printed ("/" for a slash), or undefined for sums and unknown text. */
export function printedText(spec: MetricSpec, report: Report): string | undefined {
  const [cell] = spec.cells;
  if (!cell || spec.cells.length !== 1) return undefined;
  const table = report.printed?.[spec.section] as
    | Record<string, Record<string, string | null> | null | undefined>
    | null
    | undefined;
  const text = table?.[cell.row]?.[cell.column];
  return typeof text === 'string' ? text : undefined;
}

/** Each section's row and column vocabulary, for labels. */
const SECTION_TERMS: Readonly<
  Record<
    Section,
    { readonly rows: Readonly<Record<string, TermSpec>>; readonly columns: Readonly<Record<string, TermSpec>> }
  >
> = {
  applications: { rows: APPLICATION_ROW_TERMS, columns: APPLICANT_COLUMN_TERMS },
  reviewLitigation: { rows: REVIEW_GROUP_TERMS, columns: REVIEW_COLUMN_TERMS },
  activeDisclosure: { rows: ACTIVE_ROW_TERMS, columns: ACTIVE_FIELD_TERMS },
};

/** The label of just the metric's row or column: `自然人` in a list of applicant columns. */
export function dimensionLabel(spec: MetricSpec, dimension: 'row' | 'column', lang: Lang): string {
  const terms = SECTION_TERMS[spec.section];
  return dimension === 'row'
    ? (terms.rows[spec.row]?.label[lang] ?? spec.row)
    : (terms.columns[spec.column]?.label[lang] ?? spec.column);
}

/** The rows a group row sums (不予公开 → its eight reasons); undefined for a single row. */
export function groupParts(section: Section, row: string): readonly string[] | undefined {
  if (section === 'applications') return APPLICATION_ROW_TERMS[row]?.parts;
  return section === 'reviewLitigation' ? REVIEW_GROUP_TERMS[row]?.parts : undefined;
}

/**
 * The total figures of the rows a row's total adds up: a group's (不予公开 → its eight reasons) or a printed row's
 * own sub-rows (其他处理 → its three). Null for a figure with none, or no row's total.
 */
export function partTotals(metricId: string): string[] | null {
  const spec = getMetric(metricId);
  if (spec.column !== 'total') return null;
  const rows =
    groupParts(spec.section, spec.row) ??
    [...METRICS.values()].flatMap((other) =>
      other.section === spec.section && other.column === 'total' && other.row.startsWith(`${spec.row}.`)
        ? [other.row]
        : [],
    );
  const ids = rows.flatMap((row) => findMetric(spec.section, row, 'total')?.id ?? []);
  return ids.length > 0 && ids.length === rows.length ? ids : null;
}

/** The metric's name in a reply: `收到政府信息公开申请（自然人）`, `行政处罚处理决定数量`. */
export function metricLabel(spec: MetricSpec, lang: Lang): string {
  const terms = SECTION_TERMS[spec.section];
  const row = terms.rows[spec.row]?.label[lang] ?? spec.row;
  const column = terms.columns[spec.column]?.label[lang] ?? spec.column;
  if (spec.section === 'activeDisclosure') return lang === 'zh' ? `${row}${column}` : `${row}: ${column}`;
  if (spec.column === 'total') return row;
  return lang === 'zh' ? `${row}（${column}）` : `${row} (${column})`;
}

/** Where the metric stands in this report: table, printed row label, printed column label. */
export function metricSource(spec: MetricSpec, report: Report): FactSource {
  const table = TABLE_OF_SECTION[spec.section];
  // A report fetched from the web is cited by its page (source.file is that URL too); `url` says it is one.
  const where = reportSource(report);
  if (spec.section === 'applications') {
    return {
      ...where,
      table,
      row: APPLICATION_ROW_TERMS[spec.row]?.printed ?? spec.row,
      column: APPLICANT_COLUMN_TERMS[spec.column]?.printed ?? spec.column,
    };
  }
  if (spec.section === 'reviewLitigation') {
    return {
      ...where,
      table,
      row: REVIEW_GROUP_TERMS[spec.row]?.printed ?? spec.row,
      column: REVIEW_COLUMN_TERMS[spec.column]?.printed ?? spec.column,
    };
  }
  const row = ACTIVE_ROW_TERMS[spec.row];
  return {
    ...where,
    table,
    row: row?.printed[report.template] ?? spec.row,
    column:
      printedDisclosureField(report.template, spec.row as DisclosureRow, spec.column as DisclosureField) ?? spec.column,
  };
}
