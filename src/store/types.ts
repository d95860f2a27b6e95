import type { Report } from '../parser/index.js';

/** What `put` did with one report. */
export type PutOutcome = 'added' | 'replaced' | 'unchanged';

export interface ReportFilter {
  readonly org?: string;
  readonly region?: string;
  readonly year?: number;
}

/** A stored report with the time it entered the store (ISO). */
export interface StoredReport {
  readonly report: Report;
  readonly ingestedAt: string;
}

/**
 * The store behind every command. Reports are upserted by `id` (organ/year); a report whose
 * source sha256 is unchanged is left as it is.
 */
export interface Store {
  /** Upserts many reports in one atomic write; outcomes are in the same order. */
  put(reports: readonly Report[]): Promise<PutOutcome[]>;
  get(id: string): Promise<Report | undefined>;
  find(filter: ReportFilter): Promise<readonly Report[]>;
  /** Every report; the same array object until the store changes, so callers may cache derived indexes. */
  list(): Promise<readonly Report[]>;
  /** Reports ingested after the given time (for the digest). */
  listIngestedSince(since: Date | null): Promise<readonly StoredReport[]>;
  getMeta(key: string): Promise<string | undefined>;
  setMeta(key: string, value: string): Promise<void>;
  close(): Promise<void>;
}
