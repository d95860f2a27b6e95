// Which figures a question asks for, from the table words it contains: rows × columns of one or more tables.
import { findMetric, groupParts, type Section } from './metrics.js';
import type { Term } from './term-dictionary.js';
import { ACTIVE_ROW_TERMS } from './vocabulary/active-disclosure.js';

type RowTerm = Extract<Term, { kind: 'row' }>;
type ColumnTerm = Extract<Term, { kind: 'column' }>;

/** Figures named in a question; `columnsOnly` when it names a column but no row (其中自然人多少？). */
export interface AskedMetrics {
  readonly metrics: readonly string[];
  readonly columnsOnly: readonly ColumnTerm[];
  /** A table 二 row named without a field and without a default field: list all its fields. */
  readonly wantsAllFields: boolean;
}

/** The column a row is read in when the question names none. */
export const DEFAULT_COLUMN: Readonly<Record<Exclude<Section, 'activeDisclosure'>, string>> = { applications: 'total', reviewLitigation: 'total' };



/** Reads the metric ids a question's words name, in question order. */
export function readMetrics(terms: readonly Term[]): AskedMetrics {
  const rows = pickRows(terms.filter((term): term is RowTerm => term.kind === 'row'));
  const columns = uniqueBy(terms.filter((term): term is ColumnTerm => term.kind === 'column'), (term) => `${term.section}.${term.key}`);
  let wantsAllFields = false;
  const metrics = rows.flatMap((row) => {
    const own = columns.filter((column) => column.section === row.section).map((column) => column.key);
    const defaultField = row.section === 'activeDisclosure' ? ACTIVE_ROW_TERMS[row.key]?.defaultField ?? null : null;
    const fallback = row.section === 'activeDisclosure' ? defaultField : DEFAULT_COLUMN[row.section];
    if (own.length === 0 && fallback === null) wantsAllFields = true;
    const keys = own.length > 0 ? own : [fallback ?? firstField(row.key)];
    return keys.flatMap((column) => findMetric(row.section, row.key, column)?.id ?? []);
  });
  return { metrics: [...new Set(metrics)], columnsOnly: rows.length === 0 ? columns : [], wantsAllFields };
}

/** Strong row words win over generic ones (申请); a named part wins over its group (不掌握 over 无法提供). */
function pickRows(rows: readonly RowTerm[]): RowTerm[] {
  const strong = rows.filter((row) => !row.isWeak);
  const chosen = strong.length > 0 ? strong : rows;
  const named = new Set(chosen.map((row) => `${row.section}.${row.key}`));
  const withoutGroups = chosen.filter((row) => !(groupParts(row.section, row.key) ?? []).some((part) => named.has(`${row.section}.${part}`)));
  return uniqueBy(withoutGroups, (row) => `${row.section}.${row.key}`);
}

function firstField(row: string): string {
  return ACTIVE_ROW_TERMS[row]?.fields[0] ?? 'total';
}

function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(key(item)) && Boolean(seen.add(key(item))));
}
