// Every organ's names (龙岗区发改局, Longgang …), derived on ingest by organ-names' rules and kept beside the organ
// list, so a bot looks up the names in a question instead of deriving every organ's names at start.
import type pg from 'pg';
import {
  deriveOrganAliases,
  ORGAN_ALIAS_RULES,
  placeOfOrgan,
  placeTextRules,
  placeTextsIn,
} from '../../organ-names/index.js';
import type {
  NamedOrgans,
  NameTexts,
  OrganNameCount,
  OrganNameLengths,
  OrgEntry,
  StoredOrganName,
  TextRuns,
} from '../types.js';
import {
  DERIVATION_BATCH,
  type Derivation,
  type DerivationOptions,
  deriveInBatches,
  type NamedOrgan,
  ORGANS_AFTER_SQL,
  orgRangeSql,
  orgRangeValues,
} from './derive-in-batches.js';

// The rows of organs written as derived now: the rows kept are read (by the organs' index), the ones that differ
// removed by their row ids, the missing ones added. Rows already as derived are not touched, so neither a put of
// an organ held nor a derivation under rules that change a few names leaves a dead row (and its index entries)
// per name behind, where deleting and inserting every name did (at 1,000,000 reports 15 million dead rows a
// derivation). The difference is made here, not by an anti-join in SQL: a join's plan rests on the statistics,
// and a table being filled has none (an INSERT … WHERE NOT EXISTS ran for minutes on a new store).

const INSERT_NAMES_SQL = `
  INSERT INTO organ_names (org, lang, name, length, region_key)
  SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::integer[], $5::text[])`;

/** Each organ's place, written where it differs. */
const PLACES_SQL = `
  INSERT INTO organ_places (org, province, region_key)
  SELECT * FROM unnest($1::text[], $2::text[], $3::text[])
  ON CONFLICT (org) DO UPDATE SET province = EXCLUDED.province, region_key = EXCLUDED.region_key
  WHERE (organ_places.province, organ_places.region_key) IS DISTINCT FROM (EXCLUDED.province, EXCLUDED.region_key)`;

/** Writes the given organs' names, places and place texts as derived now, inside the caller's transaction. */
export async function writeOrganNames(client: pg.ClientBase, organs: readonly NamedOrgan[]): Promise<void> {
  if (organs.length === 0) return;
  await syncOrganNames(client, organs);
  await writeOrganPlaces(client, organs);
  await addOrganPlaceTexts(client, organs);
}

/** Organs whose names one statement writes (about 50,000 names): the statement's parameters are built whole in memory. */
const ORGANS_PER_INSERT = 1000;

/** A range of organs in code-point order: after `after`, through `through` (to the end when null). */
interface OrgRange {
  readonly after: string;
  readonly through: string | null;
}

/**
 * Writes the names of `organs` as derived now, rewriting only the rows that differ: with `range`, `organs` are
 * every organ of that range, and the range's rows of any other organ (one the organ list no longer holds) are
 * removed too. Returns the rows written.
 */
async function syncOrganNames(client: pg.ClientBase, organs: readonly NamedOrgan[], range?: OrgRange): Promise<number> {
  let written = 0;
  for (let at = 0; at < organs.length || (range !== undefined && at === 0); at += ORGANS_PER_INSERT) {
    const chunk = organs.slice(at, at + ORGANS_PER_INSERT);
    const isLast = at + ORGANS_PER_INSERT >= organs.length;
    const chunkRange = range && {
      after: at === 0 ? range.after : (organs[at - 1] as NamedOrgan).org,
      through: isLast ? range.through : (chunk.at(-1) as NamedOrgan).org,
    };
    written += await syncNamesOnce(client, chunk, chunkRange);
  }
  return written;
}

type NameRow = readonly [org: string, lang: string, name: string, length: number, regionKey: string | null];
const keyOfName = (row: NameRow): string => JSON.stringify(row);

async function syncNamesOnce(client: pg.ClientBase, organs: readonly NamedOrgan[], range?: OrgRange) {
  const wanted: NameRow[] = organs.flatMap((organ) =>
    deriveOrganAliases(organ.org, organ.region, organ.level === 'government').map(
      (alias) => [organ.org, alias.lang, alias.text, alias.length, alias.regionKey] as const,
    ),
  );
  const columns = 'ctid::text AS at, org, lang, name, length, region_key AS "regionKey"';
  type Kept = { at: string; org: string; lang: string; name: string; length: number; regionKey: string | null };
  const { rows } = range
    ? await client.query<Kept>(
        `SELECT ${columns} FROM organ_names WHERE ${orgRangeSql(range.through)}`,
        orgRangeValues(range.after, range.through),
      )
    : await client.query<Kept>(`SELECT ${columns} FROM organ_names WHERE org = ANY($1::text[])`, [
        organs.map((organ) => organ.org),
      ]);
  const wantedKeys = new Set(wanted.map(keyOfName));
  const keptKeys = new Set<string>();
  const stale: string[] = [];
  for (const row of rows) {
    const key = keyOfName([row.org, row.lang, row.name, row.length, row.regionKey]);
    if (wantedKeys.has(key) && !keptKeys.has(key)) keptKeys.add(key);
    else stale.push(row.at);
  }
  const added = wanted.filter((row) => !keptKeys.has(keyOfName(row)));
  if (stale.length > 0) await client.query('DELETE FROM organ_names WHERE ctid = ANY($1::tid[])', [stale]);
  if (added.length > 0)
    await client.query(
      INSERT_NAMES_SQL,
      [0, 1, 2, 3, 4].map((at) => added.map((row) => row[at])),
    );
  return stale.length + added.length;
}

/** The place texts each organ's name holds ($1 places, $2 organs). */
const placeTextRows = (organs: readonly { readonly org: string }[]): [string[], string[]] => {
  const rows = organs.flatMap((organ) => placeTextsIn(organ.org).map((place) => [place, organ.org] as const));
  return [rows.map((row) => row[0]), rows.map((row) => row[1])];
};

/**
 * Adds the place texts each organ's name holds (they follow from the name alone, so rows already kept stay).
 * Returns the rows added.
 */
async function addOrganPlaceTexts(client: pg.ClientBase, organs: readonly { readonly org: string }[]): Promise<number> {
  const [places, orgs] = placeTextRows(organs);
  if (places.length === 0) return 0;
  const { rowCount } = await client.query(
    `INSERT INTO organ_place_texts (place, org) SELECT * FROM unnest($1::text[], $2::text[])
     ON CONFLICT DO NOTHING`,
    [places, orgs],
  );
  return rowCount ?? 0;
}

/** Writes each organ's place where it differs. Returns the rows written. */
async function writeOrganPlaces(client: pg.ClientBase, organs: readonly NamedOrgan[]): Promise<number> {
  if (organs.length === 0) return 0;
  const places = organs.map((organ) => placeOfOrgan(organ.org, organ.region));
  const { rowCount } = await client.query(PLACES_SQL, [
    organs.map((organ) => organ.org),
    places.map((place) => place.province),
    places.map((place) => place.regionKey),
  ]);
  return rowCount ?? 0;
}

/** Every organ's names and place, by organ-names' rules (migrations 6 and 14). */
const ORGAN_NAMES: Derivation = {
  name: 'organ_names',
  rulesTable: 'organ_names_rules',
  rules: ORGAN_ALIAS_RULES,
  tables: ['organ_names', 'organ_places'],
  async replace(client, organs, after, through) {
    // The range's places of organs the organ list no longer holds (a range holds about a batch's organs).
    const values = orgRangeValues(after, through);
    const gone = await client.query(
      `DELETE FROM organ_places WHERE ${orgRangeSql(through)} AND org <> ALL($${values.length + 1}::text[])`,
      [...values, organs.map((organ) => organ.org)],
    );
    return (
      (gone.rowCount ?? 0) +
      (await syncOrganNames(client, organs, { after, through })) +
      (await writeOrganPlaces(client, organs))
    );
  },
};

/** The place texts every organ's name holds, by the gazetteer's texts (migration 16). */
const PLACE_TEXTS: Derivation = {
  name: 'organ_place_texts',
  rulesTable: 'organ_place_texts_rules',
  get rules() {
    return placeTextRules();
  },
  tables: ['organ_place_texts'],
  async replace(client, organs, after, through) {
    // The range's rows no longer held (another gazetteer's texts, an organ gone) removed, then the missing added.
    const [places, orgs] = placeTextRows(organs);
    const wanted = new Set(places.map((place, at) => `${place}|${orgs[at]}`));
    const { rows } = await client.query<{ at: string; place: string; org: string }>(
      `SELECT ctid::text AS at, place, org FROM organ_place_texts WHERE ${orgRangeSql(through)}`,
      orgRangeValues(after, through),
    );
    const stale = rows.filter((row) => !wanted.has(`${row.place}|${row.org}`)).map((row) => row.at);
    if (stale.length > 0) await client.query('DELETE FROM organ_place_texts WHERE ctid = ANY($1::tid[])', [stale]);
    return stale.length + (await addOrganPlaceTexts(client, organs));
  },
};

/**
 * Derives every organ's names (and places) again when they were derived by other rules (a database from before
 * migration 6, or a nianbao whose naming rules changed), in batches (derive-in-batches): at 1,000,000 reports
 * about 15 million names. Returns whether this opener derived them.
 */
export async function refreshOrganNames(pool: pg.Pool, options?: DerivationOptions): Promise<boolean> {
  return deriveInBatches(pool, ORGAN_NAMES, options);
}

/**
 * Derives every organ's place texts again when they were derived by other rules or not yet (a database from
 * before migration 16, another gazetteer), in batches as the names are. Returns whether this opener derived them.
 */
export async function refreshOrganPlaceTexts(pool: pg.Pool, options?: DerivationOptions): Promise<boolean> {
  return deriveInBatches(pool, PLACE_TEXTS, options);
}

/**
 * Derives every organ's place when none is kept while organs are (a database from before migration 14): a few
 * seconds at 300,000 organs, where deriving their names again takes minutes. One transaction (a fill cut short
 * would leave places the check above takes for all), read a batch of organs at a time.
 */
export async function fillOrganPlaces(client: pg.ClientBase): Promise<void> {
  const { rows: empty } = await client.query<{ empty: boolean }>(
    'SELECT NOT EXISTS (SELECT 1 FROM organ_places) AND EXISTS (SELECT 1 FROM organs) AS empty',
  );
  if (!empty[0]?.empty) return;
  for (let after = ''; ; ) {
    const { rows } = await client.query<NamedOrgan>(ORGANS_AFTER_SQL, [after, DERIVATION_BATCH]);
    await writeOrganPlaces(client, rows);
    const last = rows.at(-1);
    if (rows.length < DERIVATION_BATCH || last === undefined) return;
    after = last.org;
  }
}

/**
 * Every run of the texts (parameter `texts`) up to `longest` characters, once each, as textRuns makes them: a
 * subquery for ARRAY(…), so that each run is looked up by an index (a join on it, the planner guessing a thousand
 * rows a series, read the whole organ list: 80 ms at 1,000,000 reports).
 */
export const runsSql = (texts: string, longest: string): string => `
  SELECT DISTINCT substr(source.text, start, length)
  FROM unnest(${texts}::text[]) AS source(text)
  CROSS JOIN LATERAL generate_series(1, char_length(source.text)) AS start
  CROSS JOIN LATERAL generate_series(1, least(${longest}::integer, char_length(source.text) - start + 1)) AS length`;

/**
 * The names among the texts asked, by organ (code point) then language and text; of a text naming organs, the
 * first `organsPerName` organs only (all when undefined), read in order from the (lang, name, org) index; with
 * `orgs`, only those organs' names.
 */
export async function selectOrganNames(
  client: pg.Pool,
  texts: NameTexts,
  organsPerName?: number,
  orgs?: readonly string[],
  runs?: TextRuns,
): Promise<StoredOrganName[]> {
  const query = namesQuery(texts, organsPerName, orgs, runs);
  if (!query) return [];
  const { rows } = await client.query<StoredOrganName>(`${query.sql} ORDER BY found.org, wanted.lang, wanted.name`, [
    ...query.values,
  ]);
  return rows;
}

/**
 * selectOrganNames with the store revision read in the same statement (one snapshot): the revision row joined
 * to the names found, so it comes with no name found too. With `withOrgans`, the organs those names lead to in the
 * same statement (NamedOrgans): the organs named by a run or by a name found, and each region key's organs by a
 * range of names in code-point order (organs_org_c), as selectOrgsAsked reads them.
 */
export async function selectOrganNamesAt(
  client: pg.Pool,
  texts: NameTexts,
  organsPerName?: number,
  runs?: TextRuns,
  withOrgans = false,
): Promise<{ revision: string; names: StoredOrganName[]; organs?: NamedOrgans }> {
  // The runs made once (a CTE), for the names and for the organs.
  const query = namesQuery(texts, organsPerName, undefined, runs, withOrgans ? '(SELECT list FROM runs)' : undefined);
  if (!query) {
    const { rows } = await client.query<{ revision: string }>('SELECT revision FROM store_revision');
    return { revision: rows[0]?.revision ?? '0', names: [], ...(withOrgans && { organs: { named: [], under: [] } }) };
  }
  if (!withOrgans) {
    const { rows } = await client.query<{ revision: string } & Nullable<StoredOrganName>>(
      `SELECT store_revision.revision, asked.* FROM store_revision LEFT JOIN LATERAL (${query.sql}) AS asked ON true
       ORDER BY asked.org, asked.lang, asked.text`,
      [...query.values],
    );
    return { revision: rows[0]?.revision ?? '0', names: namesOf(rows) };
  }
  const runsMade = query.values.length > 4 ? `ARRAY(${runsSql('$5', '$6')})` : 'ARRAY[]::text[]';
  const last = `$${query.values.length + 1}`;
  // Each row one of three parts: 0 the revision and a name found, 1 an organ named, 2 a region's organ. The region
  // keys are an array unnested (the planner takes it for a few rows): as a set from `asked` they were priced as
  // hundreds of ranges, over the cost at which PostgreSQL compiles a statement (JIT, 190 ms on the 1M store).

  const { rows } = await client.query<
    { revision: string | null; part: number; prefix: string | null } & Nullable<StoredOrganName> & Nullable<OrgEntry>
  >(
    `WITH runs AS MATERIALIZED (SELECT ${runsMade} AS list), asked AS MATERIALIZED (${query.sql})
     SELECT * FROM (
       SELECT store_revision.revision, 0 AS part, asked.org, asked.lang, asked.text, asked.length, asked."regionKey",
         NULL AS prefix, NULL AS region, NULL AS level, NULL::integer[] AS years
       FROM store_revision LEFT JOIN asked ON true
       UNION ALL
       SELECT NULL, 1, org, NULL, NULL, NULL, NULL, NULL, region, level, years FROM organs
       WHERE org = ANY((SELECT list FROM runs) || ARRAY(SELECT org FROM asked WHERE "regionKey" IS NULL))
       UNION ALL
       SELECT NULL, 2, under.org, NULL, NULL, NULL, NULL, keys.prefix, under.region, under.level, under.years
       FROM unnest(ARRAY(SELECT DISTINCT "regionKey" FROM asked WHERE "regionKey" IS NOT NULL)) AS keys(prefix)
       LEFT JOIN LATERAL (
         SELECT org, region, level, years FROM organs
         WHERE org COLLATE "C" >= keys.prefix AND org COLLATE "C" < keys.prefix || ${last}
           AND starts_with(org, keys.prefix)) AS under ON true
     ) AS found
     ORDER BY part, org, lang, text`,
    [...query.values, LAST_CHARACTER],
  );
  const entryOf = (row: (typeof rows)[number]): OrgEntry => ({
    org: row.org as string,
    region: row.region ?? null,
    level: row.level as OrgEntry['level'],
    years: row.years ?? [],
  });
  const under = new Map<string, OrgEntry[]>();
  // A region key with no organ comes as a row of no organ.
  for (const row of rows)
    if (row.part === 2 && row.prefix !== null)
      under.set(row.prefix, [...(under.get(row.prefix) ?? []), ...(row.org === null ? [] : [entryOf(row)])]);
  return {
    revision: rows.find((row) => row.part === 0)?.revision ?? '0',
    names: namesOf(rows.filter((row) => row.part === 0)),
    // In code-point order, as findOrgs gives them.
    organs: {
      named: rows
        .filter((row) => row.part === 1)
        .map(entryOf)
        .sort(byOrg),
      under: [...under].map(([prefix, orgs]) => ({ prefix, orgs: orgs.sort(byOrg) })),
    },
  };
}

type Nullable<T> = { [K in keyof T]: T[K] | null };

const byOrg = (a: OrgEntry, b: OrgEntry): number => (a.org < b.org ? -1 : a.org > b.org ? 1 : 0);

/** The names of rows a name found may be missing from (a revision row alone: org null). */
const namesOf = (rows: readonly Nullable<StoredOrganName>[]): StoredOrganName[] =>
  rows.flatMap((row) =>
    row.org === null
      ? []
      : [
          {
            org: row.org,
            lang: row.lang,
            text: row.text,
            length: row.length,
            regionKey: row.regionKey,
          } as StoredOrganName,
        ],
  );

/**
 * The statement of selectOrganNames, unordered (org, lang, text, length, regionKey; its order is `found.org,
 * wanted.lang, wanted.name`), or null when nothing is asked.
 */
function namesQuery(
  texts: NameTexts,
  organsPerName: number | undefined,
  orgs: readonly string[] | undefined,
  runs: TextRuns | undefined,
  runsArray = `ARRAY(${runsSql('$5', '$6')})`,
): { sql: string; values: readonly unknown[] } | null {
  const langs = [...texts.zh.map(() => 'zh'), ...texts.en.map(() => 'en')];
  const runTexts = runs?.texts.filter((text) => text.length > 0) ?? [];
  if (langs.length === 0 && runTexts.length === 0) return null;
  return {
    sql: `SELECT found.org, wanted.lang, wanted.name AS text, found.length, found.region_key AS "regionKey"
     FROM ${
       runTexts.length === 0
         ? 'unnest($1::text[], $2::text[])'
         : `(SELECT * FROM unnest($1::text[], $2::text[])
             UNION SELECT 'zh', run FROM unnest(${runsArray}) AS run)`
     } AS wanted(lang, name)
     CROSS JOIN LATERAL (
       (SELECT org, length, region_key FROM organ_names named
        WHERE named.lang = wanted.lang AND named.name = wanted.name AND named.region_key IS NOT NULL
          AND ($4::text[] IS NULL OR named.org = ANY($4)))
       UNION ALL
       (SELECT org, length, region_key FROM organ_names named
        WHERE named.lang = wanted.lang AND named.name = wanted.name AND named.region_key IS NULL
          AND ($4::text[] IS NULL OR named.org = ANY($4))
        ORDER BY org LIMIT $3)
     ) AS found`,
    values: [
      langs,
      [...texts.zh, ...texts.en],
      organsPerName ?? null,
      orgs ?? null,
      ...(runTexts.length === 0 ? [] : [runTexts, runs?.longest ?? 0]),
    ],
  };
}

/**
 * How many organs each text asked names (names of organs, not of regions), counted up to `upTo` from the
 * (lang, name, org) index: a text 62,500 organs share reads `upTo` index entries, not its 62,500.
 */
export async function selectOrganNameCounts(
  client: pg.Pool,
  texts: NameTexts,
  upTo: number,
): Promise<OrganNameCount[]> {
  const langs = [...texts.zh.map(() => 'zh'), ...texts.en.map(() => 'en')];
  if (langs.length === 0) return [];
  const { rows } = await client.query<OrganNameCount>(
    `SELECT wanted.lang, wanted.name AS text, counted.organs
     FROM unnest($1::text[], $2::text[]) AS wanted(lang, name)
     CROSS JOIN LATERAL (
       SELECT count(*)::integer AS organs FROM (
         SELECT 1 FROM organ_names named
         WHERE named.lang = wanted.lang AND named.name = wanted.name AND named.region_key IS NULL
         LIMIT $3) AS up_to
     ) AS counted`,
    [langs, [...texts.zh, ...texts.en], upTo],
  );
  return rows;
}

/** After every name that begins with a text in code-point order (the largest code point). */
const LAST_CHARACTER = String.fromCodePoint(0x10ffff);

/** Escapes LIKE's wildcards, so a text is matched as written. */
const likeText = (text: string): string => text.replace(/[\\%_]/gu, (char) => `\\${char}`);

/** Index entries a side's range is counted up to: past it, the side is only known to be large. */
const SIDE_COUNTED = 200;

/** One side of a character's place: the names sharing the text before it, or the text after it (reversed). */
interface CloseSide {
  readonly at: number;
  readonly column: string;
  readonly fixed: string;
  readonly pattern: string;
}

/**
 * The Chinese names as long as `name` differing from it in one character: for each place of the character, the
 * names of its length sharing the text before it or the text after it, read as a range of names (migration 19:
 * names by length in code-point order, and reversed for the text after), then matched whole. Of the two, the range
 * holding fewer names is read (each counted first up to SIDE_COUNTED entries): 广州市天河区人民政府's 区人民政府
 * ends tens of thousands of names nationally, 广州市天 starts a few.
 */
export async function selectCloseNames(client: pg.Pool, name: string): Promise<StoredOrganName[]> {
  const chars = [...name];
  const places = chars.map((_, at) => {
    const before = chars.slice(0, at).join('');
    const after = chars.slice(at + 1).join('');
    const pattern = `${likeText(before)}_${likeText(after)}`;
    const start: CloseSide = { at, column: 'name COLLATE "C"', fixed: before, pattern };
    const end: CloseSide = { at, column: 'reverse(name) COLLATE "C"', fixed: [...after].reverse().join(''), pattern };
    return { start, end };
  });
  if (places.length === 0) return [];
  const sides = await chooseSides(client, chars.length, places);
  const values: unknown[] = [chars.length, name];
  const parts = sides.map((side) => {
    values.push(side.fixed, side.fixed + LAST_CHARACTER, side.pattern);
    const [from, to, like] = [values.length - 2, values.length - 1, values.length];
    return `SELECT org, lang, name, length, region_key FROM organ_names
       WHERE lang = 'zh' AND ${side.column} >= $${from} AND ${side.column} < $${to} AND length = $1 AND name LIKE $${like}`;
  });
  const { rows } = await client.query<StoredOrganName>(
    `SELECT DISTINCT org, lang, name AS text, length, region_key AS "regionKey"
     FROM (${parts.join(' UNION ALL ')}) AS close WHERE name <> $2
     ORDER BY org, text`,
    values,
  );
  return rows;
}

/**
 * Of each place's two sides, the one whose range holds fewer names of `length` (a side with no text fixes nothing:
 * the other); when both hold more than SIDE_COUNTED, the longer text's. Counted in one query, each range up to
 * SIDE_COUNTED.
 */
async function chooseSides(
  client: pg.Pool,
  length: number,
  places: readonly { readonly start: CloseSide; readonly end: CloseSide }[],
): Promise<CloseSide[]> {
  const counted = places.flatMap(({ start, end }) => [start, end].filter((side) => side.fixed !== ''));
  const values: unknown[] = [SIDE_COUNTED, length];
  const parts = counted.map((side) => {
    values.push(side.fixed, side.fixed + LAST_CHARACTER);
    // Read in the side's order, so the side's own index serves it whatever the statistics: unordered, the planner
    // took a side's range for a large share of the names of the length (LIMIT would stop early) and walked all of
    // them by the other side's index, filtering (0.7–0.9 s at 1,000,000 reports, 70–200 ms at 60,000 organs).
    return `SELECT count(*)::integer AS names FROM (SELECT 1 FROM organ_names
       WHERE lang = 'zh' AND length = $2 AND ${side.column} >= $${values.length - 1} AND ${side.column} < $${values.length}
       ORDER BY ${side.column} LIMIT $1) AS side`;
  });
  const { rows } =
    parts.length === 0
      ? { rows: [] }
      : await client.query<{ n: number; names: number }>(
          parts.map((part, at) => `SELECT ${at} AS n, names FROM (${part}) AS counted${at}`).join(' UNION ALL '),
          values,
        );
  const byPart = new Map(rows.map((row) => [Number(row.n), row.names]));
  const names = new Map(counted.map((side, at) => [side, byPart.get(at) ?? 0]));
  return places.map(({ start, end }) => {
    if (start.fixed === '') return end;
    if (end.fixed === '') return start;
    const [atStart, atEnd] = [names.get(start) ?? 0, names.get(end) ?? 0];
    if (atStart !== atEnd) return atStart < atEnd ? start : end;
    return [...start.fixed].length >= [...end.fixed].length ? start : end;
  });
}

/** The longest name in each language, in tokens (0 when there is none). */
export async function selectLongestNames(client: pg.Pool): Promise<OrganNameLengths> {
  const { rows } = await client.query<{ zh: number | null; en: number | null }>(
    `SELECT (SELECT max(length) FROM organ_names WHERE lang = 'zh') AS zh,
            (SELECT max(length) FROM organ_names WHERE lang = 'en') AS en`,
  );
  return { zh: rows[0]?.zh ?? 0, en: rows[0]?.en ?? 0 };
}
