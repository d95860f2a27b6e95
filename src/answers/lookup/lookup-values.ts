// Plain figures: each organ × year × metric, with an optional breakdown, warnings and template twins.
import type { Report } from '../../parser/index.js';
import { breakdownSpecs } from '../breakdown-specs.js';
import { findMetric, getMetric, type MetricSpec, printedText, readMetric } from '../metrics.js';
import type { OrgEntry } from '../organs/index.js';
import type { Breakdown } from '../query.js';
import type { Missing, ValueBlock } from '../result.js';
import type { Fact, Lang } from '../types.js';
import { ACTIVE_FIELD_TERMS, ACTIVE_ROW_TERMS, twinField } from '../vocabulary/active-disclosure.js';
import { checksAffecting } from './checks-affecting.js';
import { makeFact } from './make-fact.js';

/** A report chosen for a question, and whether it was chosen as the organ's latest. */
export interface ChosenReport {
  readonly report: Report;
  readonly isLatest: boolean;
}

/** The organ's reports for the years asked (its latest when none), and the years it lacks. */
export function chooseReports(
  entry: OrgEntry,
  years: readonly number[],
): { chosen: ChosenReport[]; missing: Missing[] } {
  const latest = entry.reports[entry.reports.length - 1];
  if (years.length === 0) return { chosen: latest ? [{ report: latest, isLatest: true }] : [], missing: [] };
  const chosen: ChosenReport[] = [];
  const missing: Missing[] = [];
  for (const year of years) {
    const report = entry.reports.find((candidate) => candidate.year === year);
    if (report) chosen.push({ report, isLatest: false });
    else missing.push({ kind: 'year', org: entry.org, year, available: [...entry.years] });
  }
  return { chosen, missing };
}

/** Each metric of each chosen report, as blocks, plus the columns a report does not have. */
export function lookupValues(
  chosen: readonly ChosenReport[],
  metricIds: readonly string[],
  breakdown: Breakdown | null,
  lang: Lang,
): { blocks: ValueBlock[]; missing: Missing[] } {
  const blocks: ValueBlock[] = [];
  const missing: Missing[] = [];
  for (const { report, isLatest } of chosen) {
    for (const id of metricIds) {
      const block = valueBlock(getMetric(id), report, isLatest, breakdown, lang);
      if ('kind' in block) missing.push(block);
      else blocks.push(block);
    }
  }
  return { blocks, missing };
}

function valueBlock(
  spec: MetricSpec,
  report: Report,
  isLatest: boolean,
  breakdown: Breakdown | null,
  lang: Lang,
): ValueBlock | Missing {
  const { headline, parts } = breakdown ? breakdownSpecs(spec, breakdown) : { headline: spec, parts: [] };
  const read = headline ? readWithTwin(headline, report) : null;
  const fact = read ? makeFact(read.spec, report, lang) : null;
  // A row's fields are listed as printed; twins would repeat them (issued and newlyMade are one column).
  const partFacts = parts.flatMap(
    (part) => makeFact(headline ? readWithTwin(part, report).spec : part, report, lang) ?? [],
  );
  if (!fact && partFacts.length === 0) return missingColumn(spec, report, lang);
  const used = [...(read ? [read.spec] : []), ...parts];
  const failedChecks = [...new Set(used.flatMap((metric) => checksAffecting(metric, report)))];
  const block: ValueBlock = {
    org: report.org,
    year: report.year,
    isLatest,
    fact,
    breakdown: partFacts.length > 0 ? breakdown : null,
    parts: partFacts,
    failedChecks,
  };
  const printed = read && fact?.value === 0 ? printedText(read.spec, report) : undefined;
  const withPrinted = printed !== undefined && !/\d/.test(printed) ? { ...block, printedAs: printed.trim() } : block;
  if (!read?.askedColumn) return withPrinted;
  return {
    ...withPrinted,
    twin: {
      askedLabel: ACTIVE_FIELD_TERMS[read.askedColumn]?.label[lang] ?? read.askedColumn,
      template: report.template,
    },
  };
}

/** The metric itself, or for a table 二 column this report's template lacks, its twin in the other template. */
function readWithTwin(spec: MetricSpec, report: Report): { spec: MetricSpec; askedColumn?: string } {
  if (readMetric(spec, report) !== null || spec.section !== 'activeDisclosure') return { spec };
  const twinColumn = twinField(spec.column);
  const twin = twinColumn === undefined ? undefined : findMetric(spec.section, spec.row, twinColumn);
  if (twin && readMetric(twin, report) !== null) return { spec: twin, askedColumn: spec.column };
  return { spec };
}

/** The report lacks the column: say so, with what its row does have (a 2019 report prints no 收费金额). */
function missingColumn(spec: MetricSpec, report: Report, lang: Lang): Missing {
  const fields = spec.section === 'activeDisclosure' ? (ACTIVE_ROW_TERMS[spec.row]?.fields ?? []) : [];
  const instead = fields.flatMap((field): Fact[] => {
    const other = findMetric(spec.section, spec.row, field);
    const fact = other ? makeFact(other, report, lang) : null;
    return fact ? [fact] : [];
  });
  return { kind: 'column', org: report.org, year: report.year, metric: spec.id, template: report.template, instead };
}
