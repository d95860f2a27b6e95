// The organs one question reads, asked of the organ list kept on ingest (one row per organ, keyed by name), so a
// bot never reads the whole list to understand a question: names and name prefixes by the primary key's index,
// the names holding a text by the place texts' or the two-character pieces' index.
import type pg from 'pg';
import { isPlaceText, TIERS_OF_FILTER } from '../../organ-names/index.js';
import type { OrganCounts, OrgEntry, OrgListing, OrgListOptions, OrgRequest } from '../types.js';
import { KEPT_FIGURES } from './figure-stats.js';
import { runsSql } from './organ-names.js';

const COLUMNS = 'org, region, level, years';

/** After every name that begins with a prefix in code-point order (the largest code point). */
const LAST_CHARACTER = String.fromCodePoint(0x10ffff);

/** Escapes LIKE's wildcards, so a name is matched as written. */
const likeText = (text: string): string => text.replace(/[\\%_]/gu, (char) => `\\${char}`);

/** Whether a text has a two-character piece (two characters or more), so the pieces' index can find it. */
const hasPieces = (text: string): boolean => [...text].length >= 2;

export async function selectOrgsAsked(pool: pg.Pool, request: OrgRequest): Promise<OrgEntry[]> {
  const queries: Promise<pg.QueryResult<OrgEntry>>[] = [];
  const { names = [], runs, prefixes = [], containing = [], page, unplaced } = request;
  const runTexts = runs?.texts.filter((text) => text.length > 0) ?? [];
  if (names.length > 0 && runTexts.length === 0)
    queries.push(pool.query<OrgEntry>(`SELECT ${COLUMNS} FROM organs WHERE org = ANY($1::text[])`, [names]));
  // A question's runs, made here: a few strings sent where a thousand were.
  if (runTexts.length > 0)
    queries.push(
      pool.query<OrgEntry>(
        `SELECT ${COLUMNS} FROM organs WHERE org = ANY($1::text[] || ARRAY(${runsSql('$2', '$3')}))`,
        [names, runTexts, runs?.longest ?? 0],
      ),
    );
  // A range of names in code-point order (organs_org_c), so the index answers whatever the database's collation;
  // every prefix in one query (a range each), where a query each cost a round trip each.
  if (prefixes.length > 0)
    queries.push(
      pool.query<OrgEntry>(
        `SELECT found.* FROM unnest($1::text[]) AS asked(prefix) CROSS JOIN LATERAL (
           SELECT ${COLUMNS} FROM organs
           WHERE org COLLATE "C" >= asked.prefix AND org COLLATE "C" < asked.prefix || $2
             AND starts_with(org, asked.prefix)) AS found`,
        [prefixes, LAST_CHARACTER],
      ),
    );
  // A place (广州, 天河区) by the kept place texts' index; any other text (前海) by the index of the names'
  // two-character pieces (migration 18), each text apart so its pieces are constants the planner sees; a text of
  // one character has no piece and matches every name (a scan).
  const places = containing.filter(isPlaceText);
  const others = containing.filter((text) => !isPlaceText(text));
  if (places.length > 0)
    queries.push(
      pool.query<OrgEntry>(
        `SELECT ${COLUMNS} FROM organs WHERE org IN (SELECT org FROM organ_place_texts WHERE place = ANY($1::text[]))`,
        [places],
      ),
    );
  for (const text of others.filter(hasPieces))
    queries.push(
      pool.query<OrgEntry>(
        `SELECT ${COLUMNS} FROM organs WHERE organ_bigrams(org) @> organ_bigrams($1) AND org LIKE $2`,
        [text, `%${likeText(text)}%`],
      ),
    );
  const short = others.filter((text) => !hasPieces(text));
  if (short.length > 0)
    queries.push(
      pool.query<OrgEntry>(`SELECT ${COLUMNS} FROM organs WHERE org LIKE ANY($1::text[])`, [
        short.map((text) => `%${likeText(text)}%`),
      ]),
    );
  if (page)
    queries.push(
      pool.query<OrgEntry>(
        `SELECT ${COLUMNS} FROM organs WHERE $1::text IS NULL OR org COLLATE "C" > $1
         ORDER BY org COLLATE "C" LIMIT $2`,
        [page.after, page.limit],
      ),
    );
  if (unplaced)
    queries.push(
      pool.query<OrgEntry>(
        `SELECT ${COLUMNS} FROM organs WHERE org IN (
           SELECT org FROM organ_places WHERE province IS NULL ORDER BY org LIMIT $1)`,
        [unplaced.limit],
      ),
    );
  const found = new Map<string, OrgEntry>();
  for (const { rows } of await Promise.all(queries)) for (const row of rows) found.set(row.org, row);
  return [...found.values()].sort((a, b) => (a.org < b.org ? -1 : a.org > b.org ? 1 : 0));
}

/** The organs' count and each year's, from the organ list and the counts kept per figure (no report read). */
export async function selectOrganCounts(pool: pg.Pool): Promise<OrganCounts> {
  const [organs, years] = await Promise.all([
    pool.query<{ count: string }>('SELECT count(*) AS count FROM organs'),
    // Every report has a row of each kept figure in figure_stats: a year's count without reading its reports.
    pool.query<{ year: number; count: string }>(
      `SELECT year, sum(reports) AS count FROM figure_stats WHERE figure = $1
       GROUP BY year HAVING sum(reports) > 0 ORDER BY year DESC`,
      [KEPT_FIGURES[0]?.column],
    ),
  ]);
  return {
    organs: Number(organs.rows[0]?.count ?? 0),
    years: years.rows.map((row) => ({ year: row.year, reports: Number(row.count) })),
  };
}

/**
 * The organs of some years: the first `limit` by name from the first `limit` of each year's (year, org) index
 * (with no year asked, the organ list's first), the reports counted from figure_stats, the organs from the organ
 * list only when the years are several (one report per organ and year: a year's organs are its reports; every
 * organ's latest report: the store's organs). The organs lacking them: the first by name from the organ list's
 * index, counted as all organs less those holding them.
 */
export async function selectOrgsOfYears(
  pool: pg.Pool,
  years: readonly number[],
  options: OrgListOptions,
): Promise<OrgListing> {
  if (options.level !== undefined || options.tier !== undefined) return selectOrgsOfYearsAtLevel(pool, years, options);
  const { limit, lacking = false } = options;
  const first = lacking
    ? pool.query<OrgEntry>(
        `SELECT ${COLUMNS} FROM organs WHERE cardinality($1::integer[]) > 0 AND NOT (years && $1)
         ORDER BY org COLLATE "C" LIMIT $2`,
        [years, limit],
      )
    : years.length === 0
      ? pool.query<OrgEntry>(`SELECT ${COLUMNS} FROM organs ORDER BY org COLLATE "C" LIMIT $1`, [limit])
      : pool.query<OrgEntry>(
          `SELECT ${COLUMNS} FROM organs WHERE org IN (
             SELECT first.org FROM unnest($1::integer[]) AS asked(year) CROSS JOIN LATERAL (
               SELECT org FROM reports WHERE reports.year = asked.year ORDER BY org COLLATE "C" LIMIT $2) AS first)
           ORDER BY org COLLATE "C" LIMIT $2`,
          [years, limit],
        );
  const reports = pool.query<{ count: string }>(
    `SELECT coalesce(sum(reports), 0) AS count FROM figure_stats
     WHERE figure = $1 AND (cardinality($2::integer[]) = 0 OR year = ANY($2))`,
    [KEPT_FIGURES[0]?.column, years],
  );
  // Every organ has one latest report: the organs counted from figure_stats, not from a scan of the organ list.
  const countAll = () =>
    pool.query<{ count: string }>(
      'SELECT coalesce(sum(reports), 0) AS count FROM figure_stats WHERE figure = $1 AND latest',
      [KEPT_FIGURES[0]?.column],
    );
  const holding =
    years.length === 1
      ? null
      : years.length === 0
        ? countAll()
        : pool.query<{ count: string }>('SELECT count(*) AS count FROM organs WHERE years && $1', [years]);
  const all = lacking ? countAll() : null;
  const [listed, counted, held, total] = await Promise.all([first, reports, holding, all]);
  const reportCount = Number(counted.rows[0]?.count ?? 0);
  const holdingCount = held ? Number(held.rows[0]?.count ?? 0) : reportCount;
  return {
    orgs: listed.rows,
    organs: total ? Number(total.rows[0]?.count ?? 0) - holdingCount : holdingCount,
    reports: total ? 0 : reportCount,
  };
}

/**
 * The organs of some years of a kind and tier (区县政府, 部门), by the reports' columns and never the organ list: the
 * first by name from each year's (year, org) index (reports_latest_org with no year) and the organ list's index
 * for those lacking the years, the reports counted from figure_stats, the organs as the latest reports of the
 * level (every organ has one), a year's as its reports, several years' as their distinct organs.
 */
async function selectOrgsOfYearsAtLevel(
  pool: pg.Pool,
  years: readonly number[],
  options: OrgListOptions,
): Promise<OrgListing> {
  const { limit, lacking = false } = options;
  const values: unknown[] = [years, limit, KEPT_FIGURES[0]?.column];
  const conditions: string[] = [];
  if (options.level !== undefined) {
    values.push(options.level);
    conditions.push(`level = $${values.length}::text`);
  }
  if (options.tier !== undefined) {
    values.push(TIERS_OF_FILTER[options.tier]);
    conditions.push(`tier = ANY($${values.length}::text[])`);
  }
  const at = conditions.join(' AND ');
  const query = (sql: string) => pool.query<{ count: string } & OrgEntry>(sql, values);
  // Each query is given every parameter: an unused one is still typed by its cast.
  const typed = 'cardinality($1::integer[]) >= 0 AND $2::bigint >= 0 AND $3::text IS NOT NULL';
  if (lacking) return selectLackingAtLevel(query, years, typed, at);
  const first =
    years.length === 0
      ? query(`SELECT ${COLUMNS} FROM organs WHERE ${typed} AND org IN (
           SELECT org FROM reports WHERE latest AND ${at} ORDER BY org COLLATE "C" LIMIT $2)
         ORDER BY org COLLATE "C"`)
      : query(`SELECT ${COLUMNS} FROM organs WHERE ${typed} AND org IN (
           SELECT first.org FROM unnest($1::integer[]) AS asked(year) CROSS JOIN LATERAL (
             SELECT org FROM reports WHERE reports.year = asked.year AND ${at} ORDER BY org COLLATE "C" LIMIT $2) AS first)
         ORDER BY org COLLATE "C" LIMIT $2`);
  const kept = (rows: string) =>
    query(`SELECT coalesce(sum(reports), 0) AS count FROM figure_stats
      WHERE ${typed} AND figure = $3 AND ${rows} AND ${at}`);
  const reports = kept('(cardinality($1) = 0 OR year = ANY($1))');
  const all = years.length === 0 ? kept('latest') : null;
  const holding = years.length > 1 ? countHolding(query, typed, at) : null;
  const [listed, counted, held, total] = await Promise.all([first, reports, holding, all]);
  const reportCount = Number(counted.rows[0]?.count ?? 0);
  return {
    orgs: listed.rows.map(entryOf),
    organs: years.length === 0 ? Number(total?.rows[0]?.count ?? 0) : (held ?? reportCount),
    reports: reportCount,
  };
}

type CountQuery = (sql: string) => Promise<pg.QueryResult<{ count: string } & OrgEntry>>;

const entryOf = ({ org, region, level, years }: OrgEntry): OrgEntry => ({ org, region, level, years });

/** How many organs of the level hold a report of one of the years (several): their distinct organs. */
async function countHolding(query: CountQuery, typed: string, at: string): Promise<number> {
  const { rows } = await query(
    `SELECT count(DISTINCT org) AS count FROM reports WHERE ${typed} AND year = ANY($1) AND ${at}`,
  );
  return Number(rows[0]?.count ?? 0);
}

/**
 * The organs of the level lacking the years: counted first (the level's organs less those holding them), and
 * listed only when there are some — the organ list's index walked for those of the level, where a level lacking
 * none would read every organ lacking them.
 */
async function selectLackingAtLevel(
  query: CountQuery,
  years: readonly number[],
  typed: string,
  at: string,
): Promise<OrgListing> {
  if (years.length === 0) return { orgs: [], organs: 0, reports: 0 };
  const kept = (rows: string) =>
    query(`SELECT coalesce(sum(reports), 0) AS count FROM figure_stats
      WHERE ${typed} AND figure = $3 AND ${rows} AND ${at}`).then((found) => Number(found.rows[0]?.count ?? 0));
  const [all, held] = await Promise.all([
    kept('latest'),
    years.length > 1 ? countHolding(query, typed, at) : kept('year = ANY($1)'),
  ]);
  const organs = all - held;
  if (organs <= 0) return { orgs: [], organs: 0, reports: 0 };
  const listed = await query(`SELECT ${COLUMNS} FROM organs WHERE ${typed} AND NOT (years && $1)
    AND EXISTS (SELECT 1 FROM reports WHERE reports.org = organs.org AND latest AND ${at})
    ORDER BY org COLLATE "C" LIMIT $2`);
  return { orgs: listed.rows.map(entryOf), organs, reports: 0 };
}

/**
 * The region keys of the organs lying in a province whose name begins with `name`: a range of the kept places'
 * (province, region key) index, each key once.
 */
export async function selectProvinceRegions(pool: pg.Pool, name: string): Promise<string[]> {
  const { rows } = await pool.query<{ region_key: string }>(
    `SELECT DISTINCT region_key FROM organ_places
     WHERE province >= $1 AND province < $2 AND starts_with(province, $1) AND region_key IS NOT NULL
     ORDER BY region_key`,
    [name, name + LAST_CHARACTER],
  );
  return rows.map((row) => row.region_key);
}
