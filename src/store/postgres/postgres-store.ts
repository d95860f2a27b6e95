import type { Report } from '../../parser/index.js';
import type { ConversationState, Figure, FigureScope, PutOutcome, Store, StoredReport } from '../types.js';
import { connectPool, withTransaction } from './connect.js';
import type { DerivationOptions } from './derive-in-batches.js';
import { isWideScope, keptColumn } from './figure-stats.js';
import { migrate } from './migrations.js';
import {
  fillOrganPlaces,
  refreshOrganNames,
  refreshOrganPlaceTexts,
  selectCloseNames,
  selectLongestNames,
  selectOrganNameCounts,
  selectOrganNames,
  selectOrganNamesAt,
} from './organ-names.js';
import { type ReportList, readRevision, refreshReportList } from './report-list.js';
import { refreshReportTiers, TierScopes } from './report-tiers.js';
import { selectChanges, selectChecks, selectReportCounts, selectYearComparison } from './select-digest.js';
import { selectCount, selectFailing, selectPlaces, selectRanking, selectSum } from './select-figures.js';
import { selectOrganCounts, selectOrgsAsked, selectOrgsOfYears, selectProvinceRegions } from './select-orgs-asked.js';
import { selectOrgs, selectReports } from './select-reports.js';
import { selectWideCount, selectWidePlaces, selectWideRanking, selectWideSum } from './select-wide-figures.js';
import { upsertReports } from './upsert-reports.js';

export interface PostgresStoreOptions {
  /** The clock behind ingestion times; tests pass their own. */
  readonly now?: () => Date;
  /** Connections this process may hold at once. */
  readonly maxConnections?: number;
  /** How organ names and place texts are derived again when their rules changed (tests: a small batch, a hook). */
  readonly derivation?: DerivationOptions;
}

/** Follow-ups older than this are forgotten when a store opens, so the table does not grow without end. */
const CONVERSATION_RETENTION = '30 days';

/** The claim is taken only if free or expired; the upsert locks the row, so racers see each other's claim. */
const CLAIM_SQL = `
  INSERT INTO meta (key, value) VALUES ($1, $2)
  ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value WHERE meta.value <= $3
  RETURNING key`;

/**
 * Opens a PostgreSQL store at `url`, first applying any pending schema migrations. Several processes may share
 * one database: each put is one transaction, and list() fetches only the rows changed since its last call.
 */
export async function openPostgresStore(url: string, options: PostgresStoreOptions = {}): Promise<Store> {
  const now = options.now ?? (() => new Date());
  const pool = await connectPool(url, options.maxConnections);
  try {
    await withTransaction(pool, (client) => migrate(client));
    // Each derived again in batches by one opener when its rules changed; the others answer from the rows as
    // they are meanwhile.
    await refreshOrganNames(pool, options.derivation);
    await withTransaction(pool, (client) => fillOrganPlaces(client));
    await refreshOrganPlaceTexts(pool, options.derivation);
    await refreshReportTiers(pool, options.derivation);
    await pool.query(`DELETE FROM conversations WHERE updated_at < now() - interval '${CONVERSATION_RETENTION}'`);
  } catch (error) {
    await pool.end();
    throw error;
  }
  let cached: ReportList | undefined;
  const tiers = new TierScopes(pool);
  const upsert = async (entries: readonly StoredReport[]): Promise<PutOutcome[]> => {
    if (entries.length === 0) return [];
    return withTransaction(
      pool,
      async (client) => {
        // Taken first and held to commit: writers take turns, commit in revision order, and cannot deadlock.
        const { rows } = await client.query<{ revision: string }>(
          'UPDATE store_revision SET revision = revision + 1 RETURNING revision',
        );
        return upsertReports(client, entries, rows[0]?.revision ?? '0');
      },
      // Nothing changed: roll back, so the revision stays and every instance's list() stays the same array.
      { keep: (outcomes) => outcomes.some((outcome) => outcome !== 'unchanged') },
    );
  };

  return {
    async put(reports) {
      const ingestedAt = now().toISOString();
      return upsert(reports.map((report) => ({ report, ingestedAt })));
    },
    async putStored(entries) {
      return upsert(entries);
    },
    async get(id) {
      const { rows } = await pool.query<{ report: Report }>('SELECT report FROM reports WHERE id = $1', [id]);
      return rows[0]?.report;
    },
    async find(filter) {
      return selectReports(pool, filter);
    },
    async list() {
      if (cached?.revision === (await readRevision(pool))) return cached.reports;
      const previous = cached;
      cached = await withTransaction(pool, (client) => refreshReportList(client, previous), {
        begin: 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY',
      });
      return cached.reports;
    },
    async listIngestedSince(since) {
      const { rows } = await pool.query<{ report: Report; ingested_at: Date }>(
        'SELECT report, ingested_at FROM reports WHERE ingested_at > $1 ORDER BY put_number, put_position',
        [since ?? new Date(0)],
      );
      return rows.map((row): StoredReport => ({ report: row.report, ingestedAt: row.ingested_at.toISOString() }));
    },
    async getMeta(key) {
      const { rows } = await pool.query<{ value: string }>('SELECT value FROM meta WHERE key = $1', [key]);
      return rows[0]?.value;
    },
    async setMeta(key, value) {
      await pool.query(
        'INSERT INTO meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value',
        [key, value],
      );
    },
    async listMeta() {
      const { rows } = await pool.query<{ key: string; value: string }>('SELECT key, value FROM meta ORDER BY key');
      return Object.fromEntries(rows.map((row) => [row.key, row.value]));
    },
    async revision() {
      return readRevision(pool);
    },
    async listOrgs(filter = {}) {
      return selectOrgs(pool, filter);
    },
    async findOrgs(request) {
      return selectOrgsAsked(pool, request);
    },
    async countOrgans() {
      return selectOrganCounts(pool);
    },
    async listOrgsOfYears(years, listOptions) {
      return selectOrgsOfYears(pool, years, listOptions);
    },
    async findProvinceRegions(name) {
      return selectProvinceRegions(pool, name);
    },
    async findOrganNames(texts, namesOptions = {}) {
      return selectOrganNames(pool, texts, namesOptions.organsPerName, namesOptions.orgs, namesOptions.runs);
    },
    async findOrganNamesAt(texts, namesOptions = {}) {
      return selectOrganNamesAt(pool, texts, namesOptions.organsPerName, namesOptions.runs, namesOptions.organs);
    },
    async countOrganNames(texts, upTo) {
      return selectOrganNameCounts(pool, texts, upTo);
    },
    async findCloseNames(name) {
      return selectCloseNames(pool, name);
    },
    async longestNames() {
      return selectLongestNames(pool);
    },
    // Over every organ by a figure whose counts are kept: from figure_stats and the figure's indexes; else the
    // scope's rows (an organ's, a region's: a few) or the metric vector.
    async rankFigures(figure, asked, rankOptions) {
      const scope = await tiers.scopeOf(asked);
      const column = wideColumn(figure, scope);
      return column
        ? selectWideRanking(pool, column, scope, rankOptions)
        : selectRanking(pool, figure, scope, rankOptions);
    },
    async countFigures(figure, asked, countOptions) {
      const scope = await tiers.scopeOf(asked);
      const column = wideColumn(figure, scope);
      return column
        ? selectWideCount(pool, column, scope, countOptions)
        : selectCount(pool, figure, scope, countOptions);
    },
    async placeFigures(figure, asked, chosen) {
      const scope = await tiers.scopeOf(asked);
      const column = wideColumn(figure, scope);
      return column ? selectWidePlaces(pool, column, scope, chosen) : selectPlaces(pool, figure, scope, chosen);
    },
    async sumFigures(figure, asked, sumOptions) {
      const scope = await tiers.scopeOf(asked);
      const column = wideColumn(figure, scope);
      return column
        ? selectWideSum(pool, column, figure, scope, sumOptions)
        : selectSum(pool, figure, scope, sumOptions);
    },
    async listFailing(asked, failingOptions) {
      return selectFailing(pool, await tiers.scopeOf(asked), failingOptions);
    },
    async countReports() {
      return selectReportCounts(pool);
    },
    async listChanges(since, changeOptions) {
      return selectChanges(pool, since, changeOptions);
    },
    async compareYears(figure, year, compareOptions) {
      return selectYearComparison(pool, figure, year, compareOptions);
    },
    async listChecks(year, rulePrefix, checkOptions) {
      return selectChecks(pool, year, rulePrefix, checkOptions);
    },
    async tryClaim(key, until, at = now()) {
      const { rowCount } = await pool.query(CLAIM_SQL, [`claim:${key}`, until.toISOString(), at.toISOString()]);
      return rowCount === 1;
    },
    async getConversation(conversationId) {
      const { rows } = await pool.query<{ state: ConversationState }>('SELECT state FROM conversations WHERE id = $1', [
        conversationId,
      ]);
      return rows[0]?.state;
    },
    async setConversation(conversationId, state) {
      await pool.query(
        `INSERT INTO conversations (id, state, updated_at) VALUES ($1, $2, now())
         ON CONFLICT (id) DO UPDATE SET state = EXCLUDED.state, updated_at = EXCLUDED.updated_at`,
        [conversationId, JSON.stringify(state)],
      );
    },
    async close() {
      cached = undefined;
      await pool.end();
    },
  };
}

/** The column whose kept counts and indexes answer the figure over the scope, if any. */
function wideColumn(figure: Figure, scope: FigureScope): string | undefined {
  return isWideScope(scope) ? keptColumn(figure.cells, figure.per) : undefined;
}
