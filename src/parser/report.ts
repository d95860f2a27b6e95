// The canonical report shape (docs/report-schema.md). Every stage after the parser speaks these types; the tables'
// rows and columns are defined in tables/.

import type { CheckRule } from './tables/check-rules.js';
import type { ApplicantColumn, ApplicationRow } from './tables/table-applications.js';
import type { ReviewColumn, ReviewGroup } from './tables/table-review.js';
import type { TemplateYear } from './tables/template-year.js';

export type { ApplicantColumn, ApplicationRow, CheckRule, ReviewColumn, ReviewGroup, TemplateYear };

export type ApplicantCells<T = number> = Record<ApplicantColumn, T>;
export type Applications<T = number> = Partial<Record<ApplicationRow, ApplicantCells<T>>>;

export type ReviewLitigation<T = number> = Record<ReviewGroup, Record<ReviewColumn, T>>;

/**
 * Table 二. Keys and fields depend on the template (see the schema); a field is null where the
 * report has no such row at all.
 */
export type ActiveDisclosure<T = number> = Record<string, Record<string, T | null> | null>;

export type SourceFormat = 'text' | 'html' | 'pdf' | 'docx' | 'doc';

export interface SourceRef {
  readonly file: string;
  readonly sha256: string;
  readonly format: SourceFormat;
  /** Fetched from the web: the report page's URL, the attachment read when the page only links to it, its title. */
  readonly url?: string;
  readonly attachmentUrl?: string;
  readonly title?: string;
}

export type CheckSeverity = 'error' | 'warning';

/** One consistency finding (勾稽关系) such as `applications.balance`. */
export interface Check {
  readonly rule: CheckRule;
  readonly severity: CheckSeverity;
  readonly message: string;
  readonly column?: string;
  readonly row?: string;
  readonly table?: string;
  readonly expected?: number;
  readonly actual?: number;
  /** Rows a sum needed but the parser could not read: the finding adds up only the rows that were read. */
  readonly unreadRows?: readonly ApplicationRow[];
  /** The cells a finding concerns where it names them one by one (a narrative figure restating a sum of cells). */
  readonly cells?: readonly CellRef[];
  /** The sentence of the report's prose a `narrative.mismatch` compares. */
  readonly sentence?: string;
}

/** One cell of a table: its row key and column key. */
export interface CellRef {
  readonly row: string;
  readonly column: string;
}

/** The printed text of every cell, same shape as the three tables. */
export interface PrintedCells {
  readonly activeDisclosure: ActiveDisclosure<string> | null;
  readonly applications: Applications<string> | null;
  readonly reviewLitigation: ReviewLitigation<string> | null;
}

export interface Report {
  readonly id: string;
  readonly org: string;
  readonly region: string | null;
  readonly level: 'government' | 'department';
  readonly year: number;
  readonly template: TemplateYear;
  readonly publishedOn: string | null;
  readonly source: SourceRef;
  readonly activeDisclosure: ActiveDisclosure | null;
  readonly applications: Applications | null;
  readonly reviewLitigation: ReviewLitigation | null;
  readonly checks: readonly Check[];
  readonly printed: PrintedCells;
  /** How many key figures the prose states that were compared with the tables (disagreements are checks). */
  readonly narrative?: { readonly compared: number };
}
