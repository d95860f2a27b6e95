// Each report's tier — its organ's, organ-names' tierOfOrgan of the organ's name and latest region — kept on ingest
// and derived again in batches of organs when the rules change (a database from before migration 20, new naming
// rules), so a level over every organ (区县政府, 市属部门) is a column of the reports, not a walk of the organ list.
import type pg from 'pg';
import { isInTier, ORGAN_TIER_RULES, type TierFilter, tierOfOrgan } from '../../organ-names/index.js';
import type { FigureScope } from '../types.js';
import { type Derivation, type DerivationOptions, deriveInBatches } from './derive-in-batches.js';

/**
 * Sets the given organs' tiers on their reports, writing only the rows whose tier differs (most of a put's rows
 * were written with it), each organ's rows read through the (org, year) index.
 */
const SET_TIERS_SQL = `
  UPDATE reports SET tier = wanted.tier
  FROM (SELECT own.id, asked.tier FROM unnest($1::text[], $2::text[]) AS asked(org, tier)
        CROSS JOIN LATERAL (
          SELECT id FROM reports WHERE reports.org = asked.org AND reports.tier IS DISTINCT FROM asked.tier) AS own
       ) AS wanted
  WHERE reports.id = wanted.id`;

/**
 * Writes each organ's tier (by its latest report's region) on its reports, inside the caller's transaction.
 * Returns the reports written.
 */
export async function writeReportTiers(
  client: pg.ClientBase,
  organs: readonly { readonly org: string; readonly region: string | null }[],
): Promise<number> {
  if (organs.length === 0) return 0;
  const { rowCount } = await client.query(SET_TIERS_SQL, [
    organs.map((organ) => organ.org),
    organs.map((organ) => tierOfOrgan(organ.org, organ.region)),
  ]);
  return rowCount ?? 0;
}

/** The reports' tiers, by organ-names' tier rules (migration 20). */
const REPORT_TIERS: Derivation = {
  name: 'report_tiers',
  rulesTable: 'report_tiers_rules',
  rules: ORGAN_TIER_RULES,
  tables: ['reports'],
  async replace(client, organs) {
    return writeReportTiers(client, organs);
  },
  // Its statistics at once, so the planner knows the tiers' share of a year before autovacuum has seen them.
  async finish(client) {
    await client.query('ANALYZE reports (year, tier)');
  },
};

/**
 * Derives every report's tier again when the tiers were derived by other rules or not yet, in batches of organs
 * (derive-in-batches). Returns whether this opener derived them.
 */
export async function refreshReportTiers(pool: pg.Pool, options?: DerivationOptions): Promise<boolean> {
  return deriveInBatches(pool, REPORT_TIERS, options);
}

/**
 * A scope as the store can answer it now: its tier read from the reports' column once the tiers are derived by
 * this nianbao's rules; before (another opener is deriving them), the organs of the tier from the organ list, so
 * no answer counts a report whose tier is not yet written.
 */
export class TierScopes {
  private isKept = false;

  constructor(private readonly pool: pg.Pool) {}

  async scopeOf(scope: FigureScope): Promise<FigureScope> {
    const { tier, ...rest } = scope;
    if (tier === undefined) return scope;
    this.isKept ||= await this.areKept();
    if (this.isKept) return scope;
    const inTier = await this.orgsOfTier(tier);
    return { ...rest, orgs: scope.orgs ? scope.orgs.filter((org) => inTier.has(org)) : [...inTier] };
  }

  private async areKept(): Promise<boolean> {
    const { rows } = await this.pool.query<{ rules: string }>('SELECT rules FROM report_tiers_rules');
    return rows[0]?.rules === ORGAN_TIER_RULES;
  }

  private async orgsOfTier(tier: TierFilter): Promise<Set<string>> {
    const { rows } = await this.pool.query<{ org: string; region: string | null }>('SELECT org, region FROM organs');
    return new Set(rows.filter((row) => isInTier(tierOfOrgan(row.org, row.region), tier)).map((row) => row.org));
  }
}
