import type { Report } from '../parser/index.js';

/** What `put` did with one report. */
export type PutOutcome = 'added' | 'replaced' | 'unchanged';

export interface ReportFilter {
  readonly org?: string;
  readonly region?: string;
  readonly year?: number;
}

/** An organ known to the store: region and level from its latest report, years of the matching reports. */
export interface OrgEntry {
  readonly org: string;
  readonly region: string | null;
  readonly level: Report['level'];
  readonly years: readonly number[];
}

/** Which reports a ranking covers and how many it returns. */
export interface RankOptions {
  readonly year: number;
  /** 'desc' (the default) puts the largest value first. */
  readonly order?: 'asc' | 'desc';
  /** Every report that has the metric when absent. */
  readonly limit?: number;
  readonly region?: string;
  readonly level?: Report['level'];
}

/** One line of a ranking: the report and its value of the ranked metric. */
export interface RankedValue {
  readonly id: string;
  readonly org: string;
  readonly region: string | null;
  readonly year: number;
  readonly value: number;
}

/** Follow-up memory of one conversation (last organ, year, metric, …): any JSON object. */
export type ConversationState = Readonly<Record<string, unknown>>;

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

  // Indexed queries, so the engine need not scan list(): SQL on Postgres, in-memory on lowdb.
  /**
   * A token that changes whenever a put changes a report (the same token means the same reports), so callers
   * may cache what they derive from listOrgs() or find() until it changes.
   */
  revision?(): Promise<string>;
  /** Organs with reports matching the filter, ordered by name (code point). */
  listOrgs?(filter?: Omit<ReportFilter, 'org'>): Promise<readonly OrgEntry[]>;
  /**
   * Reports of one year ordered by a metric path such as `applications.newReceived.total` or
   * `applications.denied.stateSecret.natural` (section, row key, column); ties by id. Reports without the
   * metric are left out.
   */
  rankBy?(metric: string, options: RankOptions): Promise<readonly RankedValue[]>;
  /**
   * Takes the claim `key` until `until` if nobody holds it at `now`; true for exactly one of several
   * instances racing for it (e.g. the daily digest). The claim is kept in meta as `claim:<key>`.
   */
  tryClaim?(key: string, until: Date, now?: Date): Promise<boolean>;
  /** Upserts reports keeping the ingestion times they carry: copying a store must not make old reports new to the digest. */
  putStored?(entries: readonly StoredReport[]): Promise<PutOutcome[]>;
  /** Every meta key and value (claims included). */
  listMeta?(): Promise<Readonly<Record<string, string>>>;
  /** Follow-up memory shared by every bot instance on a Postgres store (per process on lowdb). */
  getConversation?(conversationId: string): Promise<ConversationState | undefined>;
  setConversation?(conversationId: string, state: ConversationState): Promise<void>;
}
