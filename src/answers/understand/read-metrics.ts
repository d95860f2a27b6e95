// Which figures a question asks for, from the table words it contains: rows × columns of one or more tables.
import { findMetric, getMetric, groupParts, type Section } from '../metrics.js';
import { ACTIVE_ROW_TERMS, twinField } from '../vocabulary/active-disclosure.js';
import type { Term } from './term-dictionary.js';

type RowTerm = Extract<Term, { kind: 'row' }>;
type ColumnTerm = Extract<Term, { kind: 'column' }>;

/** Figures named in a question; `columnsOnly` when it names a column but no row (其中自然人多少？). */
export interface AskedMetrics {
  readonly metrics: readonly string[];
  readonly columnsOnly: readonly ColumnTerm[];
  /** A table 二 row named without a field and without a default field: list all its fields. */
  readonly wantsAllFields: boolean;
  /** Rows named and no column, nor 总计 (规范性文件呢 / 行政诉讼呢): a follow-up may read them in the last column. */
  readonly rowsAlone: boolean;
}

/** The column a row is read in when the question names none (table 二 rows name their own default field). */
const DEFAULT_COLUMN: Readonly<Record<Exclude<Section, 'activeDisclosure'>, string>> = {
  applications: 'total',
  reviewLitigation: 'total',
};

/** Reads the metric ids a question's words name, in question order. */
export function readMetrics(terms: readonly Term[]): AskedMetrics {
  const rows = pickRows(terms.filter((term): term is RowTerm => term.kind === 'row'));
  const columns = uniqueBy(
    terms.filter((term): term is ColumnTerm => term.kind === 'column'),
    (term) => `${term.section}.${term.key}`,
  );
  const perRow = rows.map((row) => columnsOf(row, columns));
  const metrics = rows.flatMap((row, at) =>
    (perRow[at]?.keys ?? []).flatMap((column) => findMetricOrTwin(row.section, row.key, column)?.id ?? []),
  );
  return {
    metrics: [...new Set(metrics)],
    columnsOnly: rows.length === 0 ? columns : [],
    wantsAllFields: perRow.some((entry) => entry.isAllFields),
    rowsAlone: rows.length > 0 && columns.length === 0 && !terms.some((term) => term.kind === 'total'),
  };
}

/** The columns asked of a row: those named in its table, else its default; a table 二 row without one lists all. */
function columnsOf(row: RowTerm, columns: readonly ColumnTerm[]): { keys: string[]; isAllFields: boolean } {
  // A field the row lacks in both templates is another word's reading (issue penalties: no 制发 of 行政处罚).
  const named = columns
    .filter((column) => column.section === row.section && findMetricOrTwin(row.section, row.key, column.key))
    .map((column) => column.key);
  if (named.length > 0) return { keys: named, isAllFields: false };
  if (row.section !== 'activeDisclosure') return { keys: [DEFAULT_COLUMN[row.section]], isAllFields: false };
  const spec = ACTIVE_ROW_TERMS[row.key];
  return spec?.defaultField
    ? { keys: [spec.defaultField], isAllFields: false }
    : { keys: spec?.fields.slice(0, 1) ?? [], isAllFields: true };
}

/**
 * The cell at row × column, or the same column under the other template's name when the row has no such field
 * (收费项目数: 收费 has no 采购项目数量 but 上一年项目数量).
 */
export function findMetricOrTwin(section: Section, row: string, column: string): ReturnType<typeof findMetric> {
  const direct = findMetric(section, row, column);
  if (direct || section !== 'activeDisclosure') return direct;
  const twin = twinField(column);
  return twin === undefined ? undefined : findMetric(section, row, twin);
}

/** The one table 二 row that has this field (采购项目数量 → 政府集中采购), or undefined when several do. */
export function onlyRowOf(section: Section, column: string): string | undefined {
  if (section !== 'activeDisclosure') return undefined;
  const rows = Object.entries(ACTIVE_ROW_TERMS).filter(([, spec]) =>
    (spec.fields as readonly string[]).includes(column),
  );
  return rows.length === 1 ? rows[0]?.[0] : undefined;
}

/** Strong row words win over generic ones (申请); a named part wins over its group (不掌握 over 无法提供). */
function pickRows(rows: readonly RowTerm[]): RowTerm[] {
  const strong = rows.filter((row) => !row.isWeak);
  const chosen = strong.length > 0 ? strong : rows;
  const named = new Set(chosen.map((row) => `${row.section}.${row.key}`));
  // 其他处理里逾期不补正和逾期不缴费: a row whose sub-row is named beside it is where the sub-row is, not an operand
  // (its sub-rows are keyed under it even where the group declares no parts).
  const isGroupOfNamed = (row: RowTerm): boolean =>
    (groupParts(row.section, row.key) ?? []).some((part) => named.has(`${row.section}.${part}`)) ||
    chosen.some((other) => other.section === row.section && other.key.startsWith(`${row.key}.`));
  const withoutGroups = chosen.filter((row) => !isGroupOfNamed(row));
  return uniqueBy(withoutGroups, (row) => `${row.section}.${row.key}`);
}

function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(key(item)) && Boolean(seen.add(key(item))));
}

/** The row a column alone is read in (自然人多少？ → new applications by natural persons). */
const DEFAULT_ROW: Partial<Record<Section, string>> = { applications: 'newReceived', reviewLitigation: 'review' };

/** Columns named alone, read in the previous question's row of the same table, else in the default row. */
export function columnMetrics(
  columns: readonly { readonly section: Section; readonly key: string }[],
  previousMetrics: readonly (string | null)[],
): string[] | null {
  if (columns.length === 0) return null;
  const previous = previousMetrics.flatMap((id) => (id ? [getMetric(id)] : []));
  const ids = columns.flatMap((column) => {
    // 维持的一共多少 after 直接起诉 and 复议后起诉: the column of every row asked before in its table.
    const rowsBefore = [...new Set(previous.filter((metric) => metric.section === column.section).map((m) => m.row))];
    const fallback = DEFAULT_ROW[column.section] ?? onlyRowOf(column.section, column.key);
    const rows = rowsBefore.length > 0 ? rowsBefore : fallback ? [fallback] : [];
    return rows.flatMap((row) => findMetric(column.section, row, column.key)?.id ?? []);
  });
  return ids.length > 0 ? [...new Set(ids)] : null;
}
