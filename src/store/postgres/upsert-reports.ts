import type pg from 'pg';
import { tierOfOrgan } from '../../organ-names/index.js';
import type { PutOutcome, StoredReport } from '../types.js';
import { METRIC_VECTOR, metricVector } from './metric-vector.js';
import { writeOrganNames } from './organ-names.js';
import { writeReportTiers } from './report-tiers.js';
import { FAILING_SQL } from './select-digest.js';

// One statement per round, in a transaction that already holds the store revision row (so writers take turns
// and cannot deadlock). (put_number, put_position) keep the caller's order for list(). The WHERE
// keeps a report whose source is unchanged (and its ingestion time) as it is; a replaced one keeps its place.
// $3 holds every report's metric vector end to end, $4 entries each. A new report is flagged latest when it is
// the newest of its organ in the round ($6) and no stored report of the organ is newer: set then, most new reports
// need no second write by LATEST_SQL (an UPDATE of the whole row, its ~20 indexes and the counting triggers).
// LATEST_SQL still sets every flag right whatever this guessed (a replaced report keeps its flag until then).
// $7 is each report's tier by the region of its organ's newest report in the round (writeReportTiers then sets
// the rows of an organ whose tier that was not, or whose region moved, to their organ's tier).
const UPSERT_SQL = `
  INSERT INTO reports (id, put_number, put_position, org, region, year, level, template, sha256, ingested_at, revision,
                       metrics, report, added_at, failing_since, latest, tier)
  SELECT r->>'id', put.number, position, r->>'org', r->>'region', (r->>'year')::integer, r->>'level', r->>'template',
         r->'source'->>'sha256', ($2::timestamptz[])[position], $5, ($3::float8[])[(position - 1) * $4 + 1 : position * $4], r,
         ($2::timestamptz[])[position], CASE WHEN ${FAILING_SQL('r')} THEN ($2::timestamptz[])[position] END,
         ($6::boolean[])[position]
           AND (r->>'year')::integer >= coalesce((SELECT max(year) FROM reports AS own WHERE own.org = r->>'org'), 0),
         ($7::text[])[position]
  FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS input(r, position), (SELECT nextval('report_puts') AS number) AS put
  ON CONFLICT (id) DO UPDATE SET
    org = EXCLUDED.org, region = EXCLUDED.region, year = EXCLUDED.year, level = EXCLUDED.level,
    template = EXCLUDED.template, sha256 = EXCLUDED.sha256, ingested_at = EXCLUDED.ingested_at, revision = EXCLUDED.revision,
    metrics = EXCLUDED.metrics, report = EXCLUDED.report, tier = EXCLUDED.tier,
    -- A report failing before and after its replacement has failed since the first of them.
    failing_since = CASE WHEN EXCLUDED.failing_since IS NOT NULL THEN coalesce(reports.failing_since, EXCLUDED.failing_since) END
  WHERE reports.sha256 IS DISTINCT FROM EXCLUDED.sha256
  RETURNING id, (xmax = 0) AS inserted`;

/**
 * Upserts reports, each with its ingestion time, on a connection inside the caller's transaction, stamping
 * changed rows with `revision`; outcomes in input order. A report repeated within the batch is applied after its
 * earlier copy, as the lowdb store does.
 */
export async function upsertReports(
  client: pg.ClientBase,
  entries: readonly StoredReport[],
  revision: string,
): Promise<PutOutcome[]> {
  const outcomes: PutOutcome[] = new Array<PutOutcome>(entries.length).fill('unchanged');
  const tiersWritten = new Map<string, Set<string | null>>();
  for (const round of splitIntoRounds(entries)) {
    const tiers = tiersOfRound(round.map(({ entry }) => entry.report));
    for (const [at, { entry }] of round.entries()) {
      const written = tiersWritten.get(entry.report.org) ?? new Set();
      tiersWritten.set(entry.report.org, written.add(tiers[at] ?? null));
    }
    const { rows } = await client.query<{ id: string; inserted: boolean }>(UPSERT_SQL, [
      JSON.stringify(round.map(({ entry }) => entry.report)),
      round.map(({ entry }) => entry.ingestedAt),
      float8ArrayText(round.flatMap(({ entry }) => metricVector(entry.report))),
      METRIC_VECTOR.length,
      revision,
      newestOfOrgan(round.map(({ entry }) => entry.report)),
      tiers,
    ]);
    const written = new Map(rows.map((row) => [row.id, row.inserted]));
    for (const { entry, at } of round) {
      const inserted = written.get(entry.report.id);
      if (inserted !== undefined) outcomes[at] = inserted ? 'added' : 'replaced';
    }
  }
  // Each organ's latest report, for questions across organs without a year, and the organ list.
  const orgs = [...new Set(entries.map((entry) => entry.report.org))];
  await client.query(LATEST_SQL, [orgs]);
  const changed = await client.query<{ org: string; region: string | null; level: string; moved: boolean }>(
    ORGANS_SQL,
    [orgs],
  );
  // An organ's names follow from its name, region and level: rewritten only for a new organ, or one whose region or
  // level changed (not for a new year alone, which every yearly ingest brings to every organ it holds).
  await writeOrganNames(client, changed.rows);
  // Each report's tier is its organ's (by the latest report's region): set again on every row of an organ whose
  // region moved, or of which a report was written with another tier (an older year of another region).
  const organs = await client.query<{ org: string; region: string | null }>(
    'SELECT org, region FROM organs WHERE org = ANY($1::text[])',
    [orgs],
  );
  const moved = new Set(changed.rows.filter((row) => row.moved).map((row) => row.org));
  await writeReportTiers(
    client,
    organs.rows.filter((organ) => {
      const tier = tierOfOrgan(organ.org, organ.region);
      return moved.has(organ.org) || [...(tiersWritten.get(organ.org) ?? [])].some((written) => written !== tier);
    }),
  );
  return outcomes;
}

/** Each report's tier by the region of its organ's newest report among these (organ-names' tierOfOrgan). */
function tiersOfRound(reports: readonly StoredReport['report'][]): (string | null)[] {
  const newest = new Map<string, StoredReport['report']>();
  for (const report of reports) {
    const held = newest.get(report.org);
    if (!held || report.year > held.year) newest.set(report.org, report);
  }
  return reports.map((report) => tierOfOrgan(report.org, newest.get(report.org)?.region ?? report.region));
}

// Both read each given organ's rows through the (org, year) index, one organ at a time (LATERAL), so a put costs
// what its organs hold whatever the store's size; a join could be planned as a scan of every report.

/**
 * The given organs' entries in the organ list: region and level of the latest report, every year. Returns the new
 * organs and those whose region or level changed (`moved`: held before).
 */
const ORGANS_SQL = `
  WITH before AS (SELECT org, region, level FROM organs WHERE org = ANY($1::text[])),
  written AS (
  INSERT INTO organs (org, region, level, years)
  SELECT wanted.org, own.region, own.level, own.years
  FROM unnest($1::text[]) AS wanted(org)
  CROSS JOIN LATERAL (
    SELECT (array_agg(region ORDER BY year DESC))[1] AS region, (array_agg(level ORDER BY year DESC))[1] AS level,
           array_agg(year ORDER BY year) AS years
    FROM reports WHERE reports.org = wanted.org
  ) AS own
  ON CONFLICT (org) DO UPDATE SET region = EXCLUDED.region, level = EXCLUDED.level, years = EXCLUDED.years
  WHERE (organs.region, organs.level, organs.years) IS DISTINCT FROM (EXCLUDED.region, EXCLUDED.level, EXCLUDED.years)
  RETURNING org, region, level)
  SELECT written.org, written.region, written.level, before.org IS NOT NULL AS moved
  FROM written LEFT JOIN before ON before.org = written.org
  WHERE before.org IS NULL OR (before.region, before.level) IS DISTINCT FROM (written.region, written.level)`;

/** Marks each given organ's report of its latest year, and only that one, as its latest (flipping those wrong). */
const LATEST_SQL = `
  UPDATE reports SET latest = NOT latest
  WHERE id = ANY(ARRAY(
    SELECT unnest(own.ids) FROM unnest($1::text[]) AS wanted(org)
    CROSS JOIN LATERAL (SELECT max(year) AS year FROM reports WHERE reports.org = wanted.org) AS top
    CROSS JOIN LATERAL (
      SELECT array_agg(id) FILTER (WHERE latest IS DISTINCT FROM (year = top.year)) AS ids
      FROM reports WHERE reports.org = wanted.org
    ) AS own))`;

/** One INSERT … ON CONFLICT may touch a row once: the n-th copy of each id goes into round n. */
function splitIntoRounds(entries: readonly StoredReport[]): { entry: StoredReport; at: number }[][] {
  const rounds: { entry: StoredReport; at: number }[][] = [];
  const seen = new Map<string, number>();
  for (const [at, entry] of entries.entries()) {
    const round = seen.get(entry.report.id) ?? 0;
    seen.set(entry.report.id, round + 1);
    rounds[round] ??= [];
    rounds[round].push({ entry, at });
  }
  return rounds;
}

/** For each report, whether no other report of its organ in `reports` has a later year. */
function newestOfOrgan(reports: readonly StoredReport['report'][]): boolean[] {
  const newest = new Map<string, number>();
  for (const report of reports) newest.set(report.org, Math.max(newest.get(report.org) ?? report.year, report.year));
  return reports.map((report) => report.year === newest.get(report.org));
}

/**
 * A float8[] parameter as PostgreSQL's array text, each number as JavaScript prints it (the text node-postgres
 * builds, less the quoting and escaping of each of a report's ~200 entries, a tenth of the ingest process's CPU).
 */
function float8ArrayText(values: readonly (number | null)[]): string {
  return `{${values.map((value) => (value === null ? 'NULL' : String(value))).join(',')}}`;
}
