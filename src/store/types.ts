import type { NameLang, OrganAlias, TierFilter } from '../organ-names/index.js';
import type { Report, ReportSection } from '../parser/index.js';

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

/**
 * Organs asked of the store without reading its whole organ list: by full name, every organ whose name begins
 * with a text (a region key: 深圳市龙岗区), every organ whose name holds a text (深圳), and the first `limit`
 * organs after `after` in name order (null: from the first), and the first `limit` organs by name whose place lies
 * in no one province (organ-names' placeOfOrgan: the gazetteer knows it nowhere or in several).
 */
export interface OrgRequest {
  readonly names?: readonly string[];
  /** Names too: every run of these texts' characters (a question's), generated where the organs are. */
  readonly runs?: TextRuns;
  readonly prefixes?: readonly string[];
  readonly containing?: readonly string[];
  readonly page?: { readonly after: string | null; readonly limit: number };
  readonly unplaced?: { readonly limit: number };
}

/**
 * The organs a question's names lead to (findOrganNamesAt with `organs`): `named`, the organs whose name is one of
 * the runs or that a name found names (as findOrgs gives them; a run or organ not listed is no organ); `under`,
 * each region key a name found names with its organs (findOrgs' `prefixes`).
 */
export interface NamedOrgans {
  readonly named: readonly OrgEntry[];
  readonly under: readonly { readonly prefix: string; readonly orgs: readonly OrgEntry[] }[];
}

/** How many organs the store holds, and per year (the latest first) how many of them hold a report of it. */
export interface OrganCounts {
  readonly organs: number;
  readonly years: readonly { readonly year: number; readonly reports: number }[];
}

/**
 * The organs holding a report of the years asked (any year when none), or with `lacking` those holding none of
 * them: the first `limit` of them by name (code point), how many organs that is, and how many reports of those
 * years they hold (0 for the lacking). With `level` and `tier`, only the organs of that kind and tier (by the
 * latest report, as the organ list gives them; their reports' own level where they are counted by report).
 */
export interface OrgListOptions {
  readonly limit: number;
  readonly lacking?: boolean;
  readonly level?: Report['level'];
  readonly tier?: TierFilter;
}

export interface OrgListing {
  readonly orgs: readonly OrgEntry[];
  readonly organs: number;
  readonly reports: number;
}

/**
 * A figure the store ranks, counts or sums: one metric path (`applications.newReceived.total`, section.row.column)
 * or several summed, null where a report has none of them (a sum rounded to cents). With `per`, the figure's share
 * of that whole (another such figure), for reports where both are present and the whole is not 0.
 */
export interface Figure {
  readonly cells: readonly string[];
  readonly per?: readonly string[];
}

/**
 * Which reports a result covers: the years asked (each organ's latest report when none and `latestOnly`, else
 * every report), narrowed to some organs, a region, a level or a tier. Equal values keep the engine's scan order: by
 * organ (code point) then year with `ties: 'organ'`, else by the year's place in `years`, then insertion order.
 */
export interface FigureScope {
  readonly years: readonly number[];
  readonly latestOnly?: boolean;
  readonly orgs?: readonly string[];
  readonly region?: string;
  readonly level?: Report['level'];
  /** Organs of a tier (区县, 市): each report's organ's, by organ-names' tierOfOrgan of its latest report. */
  readonly tier?: TierFilter;
  readonly ties?: 'organ' | 'store';
}

/** One report of a result and its value of the figure. */
export interface FigureRow {
  readonly report: Report;
  readonly value: number;
}

/**
 * `limit` places, the largest value first unless `order` is 'asc'; with `ties: 'first'`, every report sharing
 * the best value instead (the first `limit` of them listed, `tied` counting them all).
 */
export interface RankFiguresOptions {
  readonly order?: 'asc' | 'desc';
  readonly limit: number;
  readonly ties?: 'first' | 'places';
}

/** A ranking: the rows listed, how many reports had the figure, how many share first place ('first'; else 1). */
export interface FigureRanking {
  readonly rows: readonly FigureRow[];
  readonly compared: number;
  readonly tied: number;
}

/** Which reports a count matches: the figure is 0 (`zero`), else above `above` (default: not 0); the `limit` largest listed. */
export interface CountOptions {
  readonly zero: boolean;
  readonly limit: number;
  /** With `zero` false: only figures greater than this (超过500件). */
  readonly above?: number;
}

/** Reports whose figure is not 0 (`zero`: is 0): the `limit` largest, how many matched, how many had the figure. */
export interface FigureCount {
  readonly rows: readonly FigureRow[];
  readonly matched: number;
  readonly compared: number;
}

/** For each value asked: how many reports of the scope have a larger figure, and whether the report is in it. */
export interface FigurePlaces {
  readonly above: readonly number[];
  readonly inScope: readonly boolean[];
  readonly compared: number;
}

/** The figure summed over the scope (rounded to cents) and counted (reports that have it), in all and by year. */
export interface FigureSum {
  readonly sum: number;
  readonly count: number;
  readonly years: readonly { readonly year: number; readonly sum: number; readonly count: number }[];
  /** The first `listed` reports that have the figure, in the scope's tie order (what a reply states beside the sum). */
  readonly rows: readonly FigureRow[];
  /** Every report of the scope without the figure, in the scope's tie order: a sum over them is no sum. */
  readonly lacking: readonly FigureLack[];
}

/** A report of a scope that lacks a figure, and the template it follows (which may not print the figure). */
export interface FigureLack {
  readonly org: string;
  readonly year: number;
  readonly template: Report['template'];
}

/** Reports with at least one failed check: the first `limit` in the scope's order, how many fail, how many were read. */
export interface FailingOptions {
  readonly limit: number;
  readonly sections?: readonly ReportSection[];
}

export interface FailingList {
  readonly rows: readonly FailingEntry[];
  readonly failing: number;
  readonly checked: number;
}

/** One report with failed checks, and where it came from. */
export interface FailingEntry {
  readonly org: string;
  readonly year: number;
  readonly file: string;
  /** The report's page when it was fetched from the web (source.url), for the reply's source footer. */
  readonly url?: string;
  readonly checks: Report['checks'];
}

/** One name of an organ, as derived on ingest (organ-names' OrganAlias) and looked up by the engine. */
export interface StoredOrganName extends OrganAlias {
  readonly org: string;
}

/** Texts to look names up by, per language, in the form OrganAlias gives them. */
export type NameTexts = Readonly<Record<NameLang, readonly string[]>>;

/**
 * Every run of each text's characters (code points) up to `longest` of them: the Chinese texts a question's names
 * may be, asked as the texts themselves (the store makes the runs, as textRuns does), not as a thousand texts.
 */
export interface TextRuns {
  readonly texts: readonly string[];
  readonly longest: number;
}

/** How many organs a text names (as an organ's name, not a region's), counted up to the number asked. */
export interface OrganNameCount {
  readonly lang: NameLang;
  readonly text: string;
  readonly organs: number;
}

/** The longest name in each language, in tokens: how long a run of a question can name an organ. */
export type OrganNameLengths = Readonly<Record<NameLang, number>>;

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
  /** The organs a request asks for (each once), ordered by name (code point), as listOrgs() gives them. */
  findOrgs?(request: OrgRequest): Promise<readonly OrgEntry[]>;
  /** The organ list's size and its years, without reading it. */
  countOrgans?(): Promise<OrganCounts>;
  /** The organs of some years (or lacking them) counted, the first `limit` listed, without reading the list. */
  listOrgsOfYears?(years: readonly number[], options: OrgListOptions): Promise<OrgListing>;
  /**
   * The region keys, in code-point order, of the organs whose place lies in a province whose name begins with
   * `name` (江苏 → 江苏省's: 淮安市洪泽区, 淮安市, …), by organ-names' placeOfOrgan, without reading the organ list.
   */
  findProvinceRegions?(name: string): Promise<readonly string[]>;
  /**
   * The organs' names among the texts asked, ordered by organ (code point), kept on ingest (Postgres), so the
   * engine need not derive every organ's names; with `longestNames`, how long a name can be. `organsPerName`
   * bounds the organs of each text that names organs (数据局 names every region's) to the first by code point;
   * a region's names come whole. `orgs` keeps only those organs' names (which of them a name names). `runs`:
   * Chinese texts too, each run of those texts once (with `texts.zh`).
   */
  findOrganNames?(
    texts: NameTexts,
    options?: { readonly organsPerName?: number; readonly orgs?: readonly string[]; readonly runs?: TextRuns },
  ): Promise<readonly StoredOrganName[]>;
  /**
   * findOrganNames with the store's revision (as revision() gives it) read in the same statement, one snapshot:
   * a caller holding what it derived at a revision learns from a question's first read whether that still holds,
   * without a round trip to ask revision() first. Asks the revision alone when no text is asked. With `organs`,
   * the organs those names lead to as well, in the same statement: findOrgs of the runs, of the organs the names
   * found name and of the regions they name (`NamedOrgans`).
   */
  findOrganNamesAt?(
    texts: NameTexts,
    options?: { readonly organsPerName?: number; readonly runs?: TextRuns; readonly organs?: boolean },
  ): Promise<{
    readonly revision: string;
    readonly names: readonly StoredOrganName[];
    readonly organs?: NamedOrgans;
  }>;
  /**
   * How many organs each text names, counted up to `upTo` (a name's first organs come from findOrganNames): a
   * question back says how many organs a short name (发改局) names without reading the 62,500 of a national store.
   */
  countOrganNames?(texts: NameTexts, upTo: number): Promise<readonly OrganNameCount[]>;
  longestNames?(): Promise<OrganNameLengths>;
  /**
   * The Chinese names as long as `name` that differ from it in exactly one character, with their organs (in
   * organ order): the store's candidates for a slip of the eye or the input method (沐阳县 for 沭阳县).
   */
  findCloseNames?(name: string): Promise<readonly StoredOrganName[]>;
  // Results over many reports, so the engine never fetches a year's reports to answer one question: one SQL
  // query each on Postgres, the same scans in memory on lowdb (store/figures).
  /** The best (or worst) reports of the scope by a figure. */
  rankFigures?(figure: Figure, scope: FigureScope, options: RankFiguresOptions): Promise<FigureRanking>;
  /** Reports whose figure is not 0 (`zero`: is 0), the `limit` largest listed. */
  countFigures?(figure: Figure, scope: FigureScope, options: CountOptions): Promise<FigureCount>;
  /** Where values stand in the scope (a report's place is 1 + above), for reports given by id and value. */
  placeFigures?(
    figure: Figure,
    scope: FigureScope,
    chosen: readonly { readonly id: string; readonly value: number }[],
  ): Promise<FigurePlaces>;
  /**
   * The figure's sum and count over the scope, by year too (a year-over-year change is two of them), with the
   * first `listed` reports and every report lacking it.
   */
  sumFigures?(figure: Figure, scope: FigureScope, options?: { readonly listed?: number }): Promise<FigureSum>;
  /**
   * Reports of the scope (by organ, then year) with a failed check, the first `limit` listed with their checks;
   * with `sections`, only the checks of those tables count and are listed (表三对得上吗).
   */
  listFailing?(scope: FigureScope, options: FailingOptions): Promise<FailingList>;
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

  // The daily digest's questions (store/digest-queries), answered from indexes so that a digest never reads
  // every report: SQL on Postgres, scans in memory on lowdb.
  /** How many organs and reports the store holds, and per year how many reports and how many fail a check. */
  countReports?(): Promise<ReportCounts>;
  /** Reports added, replaced, and newly failing a check since a time (the last digest), the first `limit` of each. */
  listChanges?(since: Date, options: { readonly limit: number }): Promise<ReportChanges>;
  /** A figure of `year` beside the same organ's figure of the year before: the pairs' totals and those that moved. */
  compareYears?(figure: Figure, year: number, options: CompareYearsOptions): Promise<YearComparison>;
  /** The checks whose rule starts with `rulePrefix` in the reports of `year`, the first `limit` listed. */
  listChecks?(year: number, rulePrefix: string, options: { readonly limit: number }): Promise<CheckList>;
}

/** The store's size: organs, reports, and per year (oldest first) its reports and those failing a check (error). */
export interface ReportCounts {
  readonly organs: number;
  readonly reports: number;
  readonly years: readonly { readonly year: number; readonly reports: number; readonly failing: number }[];
}

/** Some reports: how many, and the first of them in insertion order. */
export interface ReportSample {
  readonly count: number;
  readonly reports: readonly Report[];
}

/**
 * What changed since a time: reports first ingested after it, reports ingested before and replaced after it,
 * and reports that fail a check (error) and have failed it only since then (a replaced report that failed
 * before and still fails is not new). Failing is `hasFailedCheck`.
 */
export interface ReportChanges {
  readonly added: ReportSample;
  readonly replaced: ReportSample;
  readonly newlyFailing: ReportSample;
}

/**
 * Which pairs compareYears lists: a rise of at least `rise`, or a jump of at least `factor` times either way
 * with the larger value at least `minSize` (a change from or to 0 is a jump).
 */
export interface CompareYearsOptions {
  readonly rise?: number;
  readonly jump?: { readonly factor: number; readonly minSize: number };
}

/** One organ's figure in a year and the year before. */
export interface YearPair {
  readonly org: string;
  readonly current: number;
  readonly previous: number;
}

/**
 * The reports of a year that have the figure and whose organ's report of the year before has it too: how many,
 * their sums in each year (cents), and those that moved as asked, in insertion order of the year's reports.
 */
export interface YearComparison {
  readonly pairs: number;
  readonly previousSum: number;
  readonly currentSum: number;
  readonly rows: readonly YearPair[];
}

/** Checks of one kind: how many, and the first in insertion order of their reports with the report's organ and year. */
export interface CheckList {
  readonly count: number;
  readonly rows: readonly { readonly org: string; readonly year: number; readonly check: Report['checks'][number] }[];
}
