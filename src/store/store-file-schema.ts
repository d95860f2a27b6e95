// The lowdb store file's shape, checked on every read: a hand-edited or corrupt file is refused with what is
// wrong where, never answered from. Mirrors docs/report-schema.md; unknown keys are kept, not refused.
import { z } from 'zod';
import {
  APPLICANT_COLUMNS,
  APPLICATION_ROWS,
  REVIEW_COLUMNS,
  REVIEW_GROUPS,
  type Report,
  type SourceFormat,
  type TemplateYear,
} from '../parser/index.js';

const FORMATS = ['text', 'html', 'pdf', 'docx', 'doc'] as const satisfies readonly SourceFormat[];
const TEMPLATES = ['2019', '2021'] as const satisfies readonly TemplateYear[];

/** A cell: a finite number as printed (z.number refuses NaN and Infinity). */
const cell = z.number();

const cellsOf = <K extends string, T extends z.ZodType>(keys: readonly K[], value: T) =>
  z.looseObject(Object.fromEntries(keys.map((key) => [key, value])) as Record<K, T>);

const activeDisclosure = <T extends z.ZodType>(value: T) =>
  z.record(z.string(), z.record(z.string(), value.nullable()).nullable()).nullable();
// Rows as an object of optional known keys: zod checks an object several times faster than a record.
const applications = <T extends z.ZodType>(value: T) =>
  cellsOf(APPLICATION_ROWS, cellsOf(APPLICANT_COLUMNS, value).optional()).nullable();
const reviewLitigation = <T extends z.ZodType>(value: T) =>
  cellsOf(REVIEW_GROUPS, cellsOf(REVIEW_COLUMNS, value)).nullable();

const SourceSchema = z.looseObject({
  file: z.string(),
  sha256: z.string().min(1),
  format: z.enum(FORMATS),
  url: z.string().optional(),
  attachmentUrl: z.string().optional(),
  title: z.string().optional(),
});

const CheckSchema = z.looseObject({
  rule: z.string(),
  severity: z.enum(['error', 'warning']),
  message: z.string(),
  column: z.string().optional(),
  row: z.string().optional(),
  table: z.string().optional(),
  expected: z.number().optional(),
  actual: z.number().optional(),
});

export const ReportSchema = z
  .looseObject({
    id: z.string().min(1),
    org: z.string().min(1),
    region: z.string().nullable(),
    level: z.enum(['government', 'department']),
    year: z.number().int(),
    template: z.enum(TEMPLATES),
    publishedOn: z.string().nullable(),
    source: SourceSchema,
    activeDisclosure: activeDisclosure(cell),
    applications: applications(cell),
    reviewLitigation: reviewLitigation(cell),
    checks: z.array(CheckSchema),
    printed: z.looseObject({
      activeDisclosure: activeDisclosure(z.string()),
      applications: applications(z.string()),
      reviewLitigation: reviewLitigation(z.string()),
    }),
  })
  .refine((report) => report.id === `${report.org}/${report.year}`, {
    message: 'id must be the organ and the year joined by "/"',
    path: ['id'],
  });

export const StoreFileSchema = z.looseObject({
  version: z.literal(1),
  reports: z.array(ReportSchema),
  ingestedAt: z.record(z.string(), z.string()).default({}),
  addedAt: z.record(z.string(), z.string()).optional(),
  failingSince: z.record(z.string(), z.string()).optional(),
  meta: z.record(z.string(), z.string()).default({}),
});

/** The file as the store holds it. `ingestedAt` and `meta` sit beside the canonical reports, never inside them. */
export interface StoreFile {
  version: 1;
  reports: Report[];
  ingestedAt: Record<string, string>;
  /**
   * When each report was first ingested, and since when it has failed a check (an error) without a break, for
   * the digest's changes; absent in files written before they were kept (then both follow ingestedAt).
   */
  addedAt?: Record<string, string>;
  failingSince?: Record<string, string>;
  meta: Record<string, string>;
}
