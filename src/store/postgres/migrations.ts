import type pg from 'pg';
import { StoreError } from '../../errors.js';
import { checkStatsSql } from './check-stats.js';
import { figureStatsSql, figureValuesSql, KEPT_FIGURES, tieredFigureStatsSql } from './figure-stats.js';
import { HOT_FIGURES_V4, hotFigureSql } from './hot-figures.js';
import { FAILING_SQL } from './select-digest.js';

/** One schema change. Versions only grow; a released migration is never edited, a new one is added. */
interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

/** Every schema change, in order. `migrate` applies the ones a database has not seen yet. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'reports, meta and the store revision',
    sql: `
      CREATE TABLE reports (
        id text PRIMARY KEY,
        -- Insertion order, which list() keeps like the lowdb store: which put added the report, and where in it.
        put_number bigint NOT NULL,
        put_position integer NOT NULL,
        org text NOT NULL,
        region text,
        year integer NOT NULL,
        level text NOT NULL,
        template text NOT NULL,
        sha256 text NOT NULL,
        ingested_at timestamptz NOT NULL,
        revision bigint NOT NULL, -- the store revision that last changed the row: list() reloads only newer rows
        metrics float8[] NOT NULL, -- the tables' numbers in METRIC_VECTOR order, read by rankings
        report jsonb NOT NULL
      );
      -- Never compressed or moved out of line: a ranking reads one array element from each row of a year.
      ALTER TABLE reports ALTER COLUMN metrics SET STORAGE PLAIN;
      CREATE INDEX reports_org_year ON reports (org, year);
      CREATE INDEX reports_year_level ON reports (year, level);
      CREATE INDEX reports_region_year ON reports (region, year);
      CREATE INDEX reports_ingested_at ON reports (ingested_at);
      CREATE INDEX reports_revision ON reports (revision);
      CREATE UNIQUE INDEX reports_insertion_order ON reports (put_number, put_position);
      CREATE SEQUENCE report_puts;
      CREATE TABLE meta (key text PRIMARY KEY, value text NOT NULL);
      CREATE TABLE store_revision (
        singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
        revision bigint NOT NULL
      );
      INSERT INTO store_revision (revision) VALUES (0);
    `,
  },
  {
    version: 2,
    name: 'conversation memory',
    sql: `
      CREATE TABLE conversations (
        id text PRIMARY KEY,
        state jsonb NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX conversations_updated_at ON conversations (updated_at);
    `,
  },
  {
    version: 3,
    name: 'report JSON compressed with lz4',
    // pglz spent a third of the server's time per report on ingest; lz4 compresses and reads back faster.
    // Rows written before keep pglz (both are read transparently); a server built without lz4 keeps pglz.
    sql: `
      DO $$ BEGIN
        ALTER TABLE reports ALTER COLUMN report SET COMPRESSION lz4;
      EXCEPTION WHEN feature_not_supported THEN NULL;
      END $$;
    `,
  },
  {
    version: 4,
    name: 'latest report of each organ, columns and indexes for the figures asked most',
    sql: `
      ALTER TABLE reports ADD COLUMN latest boolean NOT NULL DEFAULT false;
      UPDATE reports SET latest = true
        WHERE id IN (SELECT DISTINCT ON (org) id FROM reports ORDER BY org, year DESC);
      CREATE INDEX reports_latest ON reports (org) WHERE latest;
      ${HOT_FIGURES_V4.map(hotFigureSql).join('\n')}
      ANALYZE reports;
    `,
  },
  {
    version: 5,
    name: 'organ list kept on ingest',
    // The vocabulary (organs, regions, years) read as one row per organ instead of grouping every report.
    sql: `
      CREATE TABLE organs (org text PRIMARY KEY, region text, level text NOT NULL, years integer[] NOT NULL);
      INSERT INTO organs (org, region, level, years)
        SELECT org, (array_agg(region ORDER BY year DESC))[1], (array_agg(level ORDER BY year DESC))[1],
               array_agg(year ORDER BY year)
        FROM reports GROUP BY org;
    `,
  },
  {
    version: 6,
    name: 'organ names kept on ingest',
    // Every name of every organ, so a bot looks up a question's names instead of deriving them all at start.
    // Filled by the store when it opens (refreshOrganNames), since the rules are nianbao's code, not SQL.
    sql: `
      CREATE TABLE organ_names (
        org text COLLATE "C" NOT NULL,
        lang text NOT NULL,
        name text NOT NULL,
        length integer NOT NULL,
        region_key text
      );
      CREATE INDEX organ_names_name ON organ_names (lang, name);
      CREATE INDEX organ_names_org ON organ_names (org);
      CREATE INDEX organ_names_length ON organ_names (lang, length);
      -- Which naming rules the names were derived by; none yet, so the first open derives them.
      CREATE TABLE organ_names_rules (
        singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
        rules text NOT NULL
      );
    `,
  },
  {
    version: 7,
    name: 'failed checks counted in a column',
    // 哪些报告不一致 counts and lists the failing reports of a year from an index, never reading every report's JSON.
    sql: `
      ALTER TABLE reports ADD COLUMN check_count integer GENERATED ALWAYS AS (
        CASE WHEN jsonb_typeof(report -> 'checks') = 'array' THEN jsonb_array_length(report -> 'checks') ELSE 0 END
      ) STORED;
      CREATE INDEX reports_failing ON reports (org COLLATE "C", year) WHERE check_count > 0;
    `,
  },
  {
    version: 8,
    name: 'organ names read in organ order',
    // A body's name (数据局) names thousands of organs nationally: a question reads the first few in organ order
    // from this index, not every one.
    sql: `
      CREATE INDEX organ_names_organ ON organ_names (lang, name, org) WHERE region_key IS NULL;
      CREATE INDEX organ_names_region ON organ_names (lang, name) WHERE region_key IS NOT NULL;
      DROP INDEX organ_names_name;
    `,
  },
  {
    version: 9,
    name: 'what the digest tells: first ingestion, failing since, reports failing an error check',
    // The digest asks what was added, replaced or began failing since the last one, and how many reports of a
    // year fail, from indexes instead of every report. Rows from before count as added and failing since their
    // ingestion.
    sql: `
      ALTER TABLE reports ADD COLUMN failing boolean GENERATED ALWAYS AS (${FAILING_SQL('report')}) STORED;
      ALTER TABLE reports ADD COLUMN added_at timestamptz;
      ALTER TABLE reports ADD COLUMN failing_since timestamptz;
      UPDATE reports SET added_at = ingested_at, failing_since = CASE WHEN failing THEN ingested_at END;
      ALTER TABLE reports ALTER COLUMN added_at SET NOT NULL;
      CREATE INDEX reports_added_at ON reports (added_at);
      CREATE INDEX reports_failing_since ON reports (failing_since) WHERE failing_since IS NOT NULL;
      CREATE INDEX reports_year_failing ON reports (year) WHERE failing;
    `,
  },
  {
    version: 10,
    name: 'counts of the figures asked most kept on write, reports by organ per year',
    // A question over every organ of a year counts and sums from figure_stats instead of scanning the year's
    // index (150,000 entries nationally). The figures' indexes carry the tie order after the value, so the first
    // reports of one value (every one tied first, the zeros, the last place of a top 10) are read in order, not
    // all read and sorted; a year's first organs by name have an index too.
    sql: `
      ${figureStatsSql(KEPT_FIGURES)}
      ${KEPT_FIGURES.map(
        ({ column }) => `
        DROP INDEX reports_year_${column};
        CREATE INDEX reports_year_${column} ON reports (year, ${column}, put_number, put_position);
        DROP INDEX reports_latest_${column};
        CREATE INDEX reports_latest_${column} ON reports (${column}, org COLLATE "C", year) WHERE latest;`,
      ).join('')}
      CREATE INDEX reports_year_org ON reports (year, org COLLATE "C");
      CREATE INDEX reports_latest_org ON reports (org COLLATE "C") WHERE latest;
      ANALYZE reports;
    `,
  },
  {
    version: 11,
    name: 'reports counted by value of the figures asked most',
    sql: figureValuesSql(KEPT_FIGURES),
  },
  {
    version: 12,
    name: 'the organ list in code-point order',
    // A bot reads the organs a question names, a region's organs (a range of names) and the list's first organs
    // by name, never the whole list: in code-point order, as the engine sorts, whatever the database's collation.
    sql: 'CREATE INDEX organs_org_c ON organs (org COLLATE "C");',
  },
  {
    version: 13,
    name: 'organ names by their start and their end',
    // A name one character from a store's (沐阳县 for 沭阳县) is looked for among the names sharing its start or
    // its end, as ranges of the names and of the names reversed, without reading every name.
    sql: `
      CREATE INDEX organ_names_start ON organ_names (lang, name COLLATE "C");
      CREATE INDEX organ_names_end ON organ_names (lang, reverse(name) COLLATE "C");
    `,
  },
  {
    version: 14,
    name: 'organ places kept on ingest',
    // Each organ's region key and province (organ-names' placeOfOrgan), so a question naming a province (江苏) or a
    // place no organ's name holds reads the province's region keys, not the organ list. Filled by the store when
    // it opens (fillOrganPlaces), since the rule is nianbao's code, not SQL.
    sql: `
      CREATE TABLE organ_places (
        org text COLLATE "C" PRIMARY KEY,
        province text COLLATE "C",
        region_key text COLLATE "C"
      );
      CREATE INDEX organ_places_province ON organ_places (province, region_key)
        WHERE province IS NOT NULL AND region_key IS NOT NULL;
      CREATE INDEX organ_places_unplaced ON organ_places (org) WHERE province IS NULL;
    `,
  },
  {
    version: 15,
    name: 'reports and failing reports counted on write',
    // 有几份报告的数据不一致 over every organ counts from check_stats, not from the reports' indexes.
    sql: checkStatsSql(),
  },
  {
    version: 16,
    name: 'the places each organ name holds, kept on ingest',
    // The organs whose names hold a place (广州, 广东省, 天河区) by the place's index, not by matching every name
    // (LIKE '%广州%' cannot use an index). Filled by the store when it opens (refreshOrganPlaceTexts), since the
    // place texts are the gazetteer's and nianbao's code, not SQL.
    sql: `
      CREATE TABLE organ_place_texts (
        place text COLLATE "C" NOT NULL,
        org text COLLATE "C" NOT NULL,
        PRIMARY KEY (place, org)
      );
      -- Which place texts the rows were derived by; none yet, so the first open derives them.
      CREATE TABLE organ_place_texts_rules (
        singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
        rules text NOT NULL
      );
    `,
  },
  {
    version: 17,
    name: 'derivations of organ tables resumed where they stopped',
    // Organ names and place texts are derived again in batches of organs when their rules change, each batch one
    // transaction: the rules and the last organ done, so a derivation that was stopped goes on at the next open.
    // A batch replaces its organs' place texts by a range of organs.
    sql: `
      CREATE TABLE derivation_progress (
        derivation text PRIMARY KEY,
        rules text NOT NULL,
        last_org text COLLATE "C" NOT NULL
      );
      CREATE INDEX organ_place_texts_org ON organ_place_texts (org);
    `,
  },
  {
    version: 18,
    name: 'organ names by their two-character pieces',
    // The organs whose names hold a text that is no place (前海) by an index, not by matching every name: a GIN
    // index of each name's two-character pieces, which a text's own pieces are looked up in (then matched whole).
    // pg_trgm cannot serve it: its trigrams need three characters, and in a database of the C locale it finds no
    // word characters in Chinese at all (show_trgm('前海管理局') is empty). Plain SQL, so no extension is needed.
    sql: `
      CREATE FUNCTION organ_bigrams(name text) RETURNS text[]
        LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
        AS 'SELECT ARRAY(SELECT DISTINCT substr(name, at, 2) FROM generate_series(1, char_length(name) - 1) AS at)';
      CREATE INDEX organs_bigrams ON organs USING gin (organ_bigrams(org));
    `,
  },
  {
    version: 19,
    name: 'organ names by their length, start and end',
    // A close name has the length of the name asked: migration 13's ranges, keyed by the length first, read only
    // the names of that length. Without it a text whose start or end thousands of names share (数据管理局: every
    // 政务服务数据管理局's names end in 据管理局) read them all and dropped them by length (2.7 s at 1,000,000).
    sql: `
      CREATE INDEX organ_names_length_start ON organ_names (lang, length, name COLLATE "C");
      CREATE INDEX organ_names_length_end ON organ_names (lang, length, reverse(name) COLLATE "C");
      DROP INDEX organ_names_start;
      DROP INDEX organ_names_end;
    `,
  },
  {
    version: 20,
    name: "each report kept with its organ's tier",
    // 2020年哪个区县政府… / 市属部门合计 over every organ by a column, not by reading the organ list to find the tier's
    // organs: each report's tier (its organ's, organ-names' tierOfOrgan), counted in figure_stats and figure_values
    // too. Filled by the store when it opens (refreshReportTiers), since the rule is nianbao's code, not SQL; until
    // then a tier is answered from the organ list.
    sql: `
      ALTER TABLE reports ADD COLUMN tier text;
      CREATE INDEX reports_year_tier ON reports (year, tier);
      CREATE TABLE report_tiers_rules (
        singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
        rules text NOT NULL
      );
      ${tieredFigureStatsSql(KEPT_FIGURES)}
    `,
  },
];

/** Serialises migrations of concurrent starters (several bot instances) on one database. */
const MIGRATION_LOCK = 'SELECT pg_advisory_xact_lock(hashtext($1))';

/**
 * Brings the schema up to the newest version in one transaction, so a failed migration leaves the old schema.
 * Returns the versions applied now.
 */
export async function migrate(client: pg.ClientBase, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  await client.query(MIGRATION_LOCK, ['nianbao.schema_migrations']);
  await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
  const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_migrations');
  const applied = new Set(rows.map((row) => row.version));
  const newest = Math.max(0, ...migrations.map((migration) => migration.version));
  const unknown = [...applied].filter((version) => version > newest);
  if (unknown.length > 0) {
    throw new StoreError(
      `the database schema is at version ${Math.max(...unknown)}, newer than this nianbao knows (${newest}); upgrade nianbao before using this database.`,
    );
  }
  const pending = migrations.filter((migration) => !applied.has(migration.version));
  for (const migration of pending) {
    await client.query(migration.sql);
    await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
      migration.version,
      migration.name,
    ]);
  }
  return pending.map((migration) => migration.version);
}
