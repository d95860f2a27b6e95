// Which metrics a breakdown lists for a figure: 不予公开 → its eight reasons, 行政复议 → its four results, …
import { findMetric, getMetric, groupParts, type MetricSpec } from './metrics.js';
import type { Breakdown } from './query.js';
import { ACTIVE_ROW_TERMS } from './vocabulary/active-disclosure.js';
import { APPLICANT_BREAKDOWN, OUTCOME_GROUPS, RESULT_COLUMNS } from './vocabulary/breakdowns.js';

/** The figure a breakdown adds up to (null: a table 二 row, whose fields do not add up) and its parts. */
export interface BreakdownSpecs {
  readonly headline: MetricSpec | null;
  readonly parts: readonly MetricSpec[];
}

const metricsOf = (ids: readonly (string | undefined)[]): MetricSpec[] =>
  ids.flatMap((id) => (id ? [getMetric(id)] : []));
const rowParts = (spec: MetricSpec): readonly string[] | undefined => groupParts(spec.section, spec.row);

/** The breakdown that fits a figure when the question just says 情况/明细. */
function naturalBreakdown(spec: MetricSpec): Exclude<Breakdown, 'detail'> {
  if (spec.section === 'activeDisclosure') return 'fields';
  if (spec.section === 'reviewLitigation') return 'results';
  if (spec.row === 'total') return 'outcomes';
  return rowParts(spec) ? 'parts' : 'applicants';
}

/** Which breakdowns make sense in which table; any other request falls back to the natural one. */
const FITS: Readonly<Record<Exclude<Breakdown, 'detail' | 'parts'>, MetricSpec['section']>> = {
  outcomes: 'applications',
  applicants: 'applications',
  results: 'reviewLitigation',
  fields: 'activeDisclosure',
};

function chooseKind(spec: MetricSpec, breakdown: Breakdown): Exclude<Breakdown, 'detail'> {
  if (breakdown === 'detail') return naturalBreakdown(spec);
  if (breakdown === 'parts') return rowParts(spec) ? 'parts' : naturalBreakdown(spec);
  return FITS[breakdown] === spec.section ? breakdown : naturalBreakdown(spec);
}

/** The metrics to list for a figure and a breakdown. */
export function breakdownSpecs(spec: MetricSpec, breakdown: Breakdown): BreakdownSpecs {
  const kind = chooseKind(spec, breakdown);
  const id = (row: string, column: string): string | undefined => findMetric(spec.section, row, column)?.id;
  switch (kind) {
    case 'outcomes':
      return {
        headline: getMetric(`applications.total.${spec.column}`),
        parts: metricsOf(OUTCOME_GROUPS.map((row) => id(row, spec.column))),
      };
    case 'applicants':
      return {
        headline: getMetric(`applications.${spec.row}.total`),
        parts: metricsOf(APPLICANT_BREAKDOWN.map((column) => id(spec.row, column))),
      };
    case 'results':
      return {
        headline: getMetric(`reviewLitigation.${spec.row}.total`),
        parts: metricsOf(RESULT_COLUMNS.map((column) => id(spec.row, column))),
      };
    case 'parts':
      return { headline: spec, parts: metricsOf((rowParts(spec) ?? []).map((row) => id(row, spec.column))) };
    case 'fields':
      return {
        headline: null,
        parts: metricsOf((ACTIVE_ROW_TERMS[spec.row]?.fields ?? []).map((field) => id(spec.row, field))),
      };
  }
}

/**
 * True when the figure is itself one of the parts the breakdown lists (办理结果中予以公开, 申请人里企业), or a sub-row of
 * one (办理结果（四）无法提供 1.本机关不掌握相关政府信息: a label copied whole names the cell, not the outcomes).
 */
export function isPartOf(spec: MetricSpec, breakdown: Breakdown): boolean {
  return breakdownSpecs(spec, breakdown).parts.some(
    (part) =>
      part.id === spec.id ||
      (part.section === spec.section && part.column === spec.column && spec.row.startsWith(`${part.row}.`)),
  );
}
