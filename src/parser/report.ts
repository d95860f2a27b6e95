// The canonical report shape (docs/report-schema.md). Every stage after the parser speaks these types.

/** Applicant columns of table 三, in the printed order. */
export const APPLICANT_COLUMNS = ['natural', 'commercial', 'research', 'social', 'legal', 'other', 'total'] as const;
export type ApplicantColumn = (typeof APPLICANT_COLUMNS)[number];

/** Row keys of table 三, in the printed order. The three `otherHandling.*` rows exist only in template 2021. */
export const APPLICATION_ROWS = [
  'newReceived',
  'carriedOver',
  'granted',
  'partial',
  'denied.stateSecret',
  'denied.lawForbidden',
  'denied.threeSafety',
  'denied.thirdParty',
  'denied.internal',
  'denied.process',
  'denied.enforcementFile',
  'denied.query',
  'unavailable.notHeld',
  'unavailable.needsCreation',
  'unavailable.unclear',
  'notProcessed.complaint',
  'notProcessed.duplicate',
  'notProcessed.publication',
  'notProcessed.excessive',
  'notProcessed.confirmation',
  'otherHandling',
  'otherHandling.overdueCorrection',
  'otherHandling.overdueFee',
  'otherHandling.other',
  'total',
  'carriedForward',
] as const;
export type ApplicationRow = (typeof APPLICATION_ROWS)[number];

/** Outcome rows of table 三 that add up to （七）总计, per column: （一）予以公开 … （六）其他处理. */
export const OUTCOME_ROWS: readonly ApplicationRow[] = APPLICATION_ROWS.slice(
  APPLICATION_ROWS.indexOf('granted'),
  APPLICATION_ROWS.indexOf('otherHandling') + 1,
);

export type ApplicantCells<T = number> = Record<ApplicantColumn, T>;
export type Applications<T = number> = Partial<Record<ApplicationRow, ApplicantCells<T>>>;

/** Result columns of table 四. */
export const REVIEW_COLUMNS = ['upheld', 'corrected', 'other', 'pending', 'total'] as const;
export type ReviewColumn = (typeof REVIEW_COLUMNS)[number];
export const REVIEW_GROUPS = ['review', 'litigationDirect', 'litigationAfterReview'] as const;
export type ReviewGroup = (typeof REVIEW_GROUPS)[number];
export type ReviewLitigation<T = number> = Record<ReviewGroup, Record<ReviewColumn, T>>;

export type TemplateYear = '2019' | '2021';

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
}

export type CheckSeverity = 'error' | 'warning';

/** One consistency finding (勾稽关系) such as `applications.balance`. */
export interface Check {
  readonly rule: string;
  readonly severity: CheckSeverity;
  readonly message: string;
  readonly column?: string;
  readonly row?: string;
  readonly table?: string;
  readonly expected?: number;
  readonly actual?: number;
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
}
