// The Postgres backend against a real server (started by test/setup/postgres.ts), one schema per store.
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { StoreError } from '../../src/errors.js';
import type { Report } from '../../src/parser/index.js';
import { openStore, type Store, textRuns } from '../../src/store/index.js';
import { KEPT_FIGURES } from '../../src/store/postgres/figure-stats.js';
import { HOT_FIGURES } from '../../src/store/postgres/hot-figures.js';
import { metricPosition, metricVector } from '../../src/store/postgres/metric-vector.js';
import { selectCloseNames } from '../../src/store/postgres/organ-names.js';
import { selectOrgsAsked } from '../../src/store/postgres/select-orgs-asked.js';
import { createTestSchema, runSql, type TestSchema } from './postgres-schema.js';
import { loadSampleReports, makeReport } from './sample-reports.js';
import { describeStoreContract } from './store-contract.js';

const schemas: TestSchema[] = [];
const newDatabaseUrl = async (): Promise<string> => {
  const schema = await createTestSchema();
  schemas.push(schema);
  return schema.url;
};
afterAll(async () => {
  await Promise.all(schemas.map((schema) => schema.drop()));
});

describeStoreContract({ name: 'postgres', newLocation: newDatabaseUrl });

/** Two stores on one database, as two bot instances or ingest processes would have (separate connection pools). */
async function openTwo(): Promise<{ url: string; stores: [Store, Store]; close: () => Promise<void> }> {
  const url = await newDatabaseUrl();
  const stores: [Store, Store] = [await openStore(url), await openStore(url)];
  return { url, stores, close: async () => void (await Promise.all(stores.map((store) => store.close()))) };
}

describe('postgres store', () => {
  it('applies the versioned migrations once, and refuses a schema newer than it knows', async () => {
    const url = await newDatabaseUrl();
    await (await openStore(url)).close();
    await (await openStore(url)).close();
    expect(await runSql(url, 'SELECT version, name FROM schema_migrations ORDER BY version')).toEqual([
      { version: 1, name: 'reports, meta and the store revision' },
      { version: 2, name: 'conversation memory' },
      { version: 3, name: 'report JSON compressed with lz4' },
      { version: 4, name: 'latest report of each organ, columns and indexes for the figures asked most' },
      { version: 5, name: 'organ list kept on ingest' },
      { version: 6, name: 'organ names kept on ingest' },
      { version: 7, name: 'failed checks counted in a column' },
      { version: 8, name: 'organ names read in organ order' },
      { version: 9, name: 'what the digest tells: first ingestion, failing since, reports failing an error check' },
      { version: 10, name: 'counts of the figures asked most kept on write, reports by organ per year' },
      { version: 11, name: 'reports counted by value of the figures asked most' },
      { version: 12, name: 'the organ list in code-point order' },
      { version: 13, name: 'organ names by their start and their end' },
      { version: 14, name: 'organ places kept on ingest' },
      { version: 15, name: 'reports and failing reports counted on write' },
      { version: 16, name: 'the places each organ name holds, kept on ingest' },
      { version: 17, name: 'derivations of organ tables resumed where they stopped' },
      { version: 18, name: 'organ names by their two-character pieces' },
      { version: 19, name: 'organ names by their length, start and end' },
      { version: 20, name: "each report kept with its organ's tier" },
    ]);
    expect(
      await runSql(
        url,
        "SELECT attcompression FROM pg_attribute WHERE attrelid = 'reports'::regclass AND attname = 'report'",
      ),
    ).toEqual([{ attcompression: 'l' }]);
    await runSql(url, "INSERT INTO schema_migrations (version, name) VALUES (99, 'from the future')");
    await expect(openStore(url)).rejects.toThrow(/schema is at version 99, newer than this nianbao knows \(20\)/);
  });

  it('ends two writers of the same organ-years with one whole report each, without deadlock', async () => {
    const { url, stores, close } = await openTwo();
    const ids = Array.from({ length: 200 }, (_, at) => at);
    const batches = (sha: string, order: number[]) =>
      Array.from({ length: 10 }, (_, batch) =>
        order.slice(batch * 20, batch * 20 + 20).map((at) => makeReport(`机关${at}`, 2022, `${sha}${at}`)),
      );
    const write = async (store: Store, sha: string, order: number[]) => {
      for (const batch of batches(sha, order)) await store.put(batch);
    };
    await Promise.all([write(stores[0], 'a', ids), write(stores[1], 'b', [...ids].reverse())]);
    const rows = await runSql<{ id: string; sha256: string; inner: string }>(
      url,
      "SELECT id, sha256, report->'source'->>'sha256' AS inner FROM reports",
    );
    expect(rows.length).toBe(200);
    expect(rows.filter((row) => row.sha256 !== row.inner)).toEqual([]);
    expect(rows.every((row) => /^[ab]\d+$/.test(row.sha256))).toBe(true);
    await close();
  });

  it('derives the latest flags, the organ list and the organ names of reports stored before migrations 4 to 9', async () => {
    const url = await newDatabaseUrl();
    const store = await openStore(url);
    const failing = {
      ...makeReport('深圳市龙岗区人民政府', 2021, 'x'),
      checks: [{ rule: 'applications.balance' as const, severity: 'error' as const, message: '总计不平' }],
    };
    await store.put([...loadSampleReports(), failing]);
    const organs = await store.listOrgs?.();
    await store.close();
    const namesSql = 'SELECT org, lang, name, length, region_key FROM organ_names ORDER BY org, lang, name, region_key';
    const names = await runSql(url, namesSql);
    const placesSql = 'SELECT org, province, region_key FROM organ_places ORDER BY org';
    const places = await runSql(url, placesSql);
    const placeTextsSql = 'SELECT place, org FROM organ_place_texts ORDER BY place, org';
    const placeTexts = await runSql(url, placeTextsSql);
    expect(placeTexts).toContainEqual({ place: '南山区', org: '深圳市南山区人民政府' });
    expect(places).toContainEqual({ org: '深圳市南山区人民政府', province: '广东省', region_key: '深圳市南山区' });
    expect(names).toContainEqual({
      org: '深圳市龙岗区发展和改革局',
      lang: 'zh',
      name: '龙岗发改局',
      length: 5,
      region_key: null,
    });
    expect(names).toContainEqual({
      org: '深圳市龙岗区人民政府',
      lang: 'zh',
      name: '龙岗区',
      length: 3,
      region_key: '深圳市龙岗区',
    });
    // As a database of version 3 would hold them: no flags, no organ list, migrations 4 to 20 not yet applied.
    await runSql(url, 'UPDATE reports SET latest = false');
    await runSql(url, 'DROP TABLE figure_stats, figure_values');
    await runSql(url, 'DROP FUNCTION count_added_figures, count_removed_figures, count_changed_figures CASCADE');
    await runSql(url, 'DROP TABLE check_stats, organ_place_texts, organ_place_texts_rules');
    await runSql(url, 'DROP FUNCTION count_added_checks, count_removed_checks, count_changed_checks CASCADE');
    await runSql(url, 'DROP INDEX reports_year_org');
    await runSql(url, 'DROP TABLE organs');
    await runSql(url, 'DROP FUNCTION organ_bigrams');
    await runSql(url, 'DROP TABLE organ_names, organ_names_rules, organ_places, derivation_progress');
    await runSql(url, 'DROP TABLE report_tiers_rules');
    await runSql(
      url,
      `ALTER TABLE reports DROP COLUMN latest, DROP COLUMN tier, DROP COLUMN check_count, DROP COLUMN failing, DROP COLUMN added_at,
       DROP COLUMN failing_since, ${HOT_FIGURES.map((hot) => `DROP COLUMN ${hot.column}`).join(', ')}`,
    );
    await runSql(url, 'DELETE FROM schema_migrations WHERE version >= 4');
    const migrated = await openStore(url);
    expect(await migrated.listOrgs?.()).toEqual(organs);
    // Every report stored before counts as added, and a failing one as failing, since its ingestion.
    const changes = await migrated.listChanges?.(new Date(0), { limit: 0 });
    const counts = await migrated.countReports?.();
    expect(counts?.years.find((entry) => entry.year === 2021)?.failing).toBe(1);
    expect([changes?.added.count, changes?.replaced.count, changes?.newlyFailing.count]).toEqual([6, 0, 1]);
    expect(await runSql(url, namesSql)).toEqual(names);
    expect(await runSql(url, placesSql)).toEqual(places);
    expect(await runSql(url, placeTextsSql)).toEqual(placeTexts);
    expect(await runSql(url, 'SELECT DISTINCT tier FROM reports ORDER BY tier')).toEqual([{ tier: 'district' }]);
    // Names derived by other rules (an older nianbao) are derived again on open, and the revision moves on.
    const revision = await migrated.revision?.();
    await runSql(url, "UPDATE organ_names_rules SET rules = 'older rules'");
    await runSql(url, "DELETE FROM organ_names WHERE lang = 'en'");
    const reopened = await openStore(url);
    expect(await runSql(url, namesSql)).toEqual(names);
    expect(await reopened.revision?.()).not.toBe(revision);
    await reopened.close();
    expect(await runSql(url, 'SELECT id FROM reports WHERE latest ORDER BY id COLLATE "C"')).toHaveLength(5);
    expect(
      (
        await migrated.rankFigures?.(
          { cells: ['applications.newReceived.total'] },
          { years: [], latestOnly: true },
          { limit: 1 },
        )
      )?.rows.map((row) => row.report.id),
    ).toEqual(['深圳市龙岗区人民政府/2022']);
    await migrated.close();
  });

  it("keeps each organ's names as its name, region and level give them through new years, a moved region and a changed level", async () => {
    const url = await newDatabaseUrl();
    const store = await openStore(url);
    const asDepartment = (report: Report): Report => ({ ...report, level: 'department' });
    await store.put([makeReport('深圳市龙岗区人民政府', 2021, 'a', '龙岗区')]);
    // A new year alone, then an older year printing another region (the latest report's region stays).
    await store.put([makeReport('深圳市龙岗区人民政府', 2022, 'b', '龙岗区')]);
    await store.put([makeReport('深圳市龙岗区人民政府', 2020, 'c', '南山区')]);
    // The latest report moves the organ to another region, then changes its level.
    await store.put([asDepartment(makeReport('深圳市龙岗区发展和改革局', 2021, 'd', '龙岗区'))]);
    await store.put([asDepartment(makeReport('深圳市龙岗区发展和改革局', 2022, 'e', '南山区'))]);
    await store.put([makeReport('深圳市南山区人民政府', 2022, 'f', '南山区')]);
    await store.put([asDepartment(makeReport('深圳市南山区人民政府', 2023, 'g', '南山区'))]);
    await store.close();
    const namesSql = 'SELECT org, lang, name, length, region_key FROM organ_names ORDER BY org, lang, name, region_key';
    const kept = await runSql(url, namesSql);
    // Every organ's names derived anew from the organ list, as a change of the naming rules makes a store do.
    await runSql(url, "UPDATE organ_names_rules SET rules = 'older rules'");
    await (await openStore(url)).close();
    expect(kept).toEqual(await runSql(url, namesSql));
    expect(new Set(kept.map((row) => row.org)).size).toBe(3);
  });

  it("flags each organ's newest report as its latest through every order of puts (flagged as it is inserted, or after)", async () => {
    const { url, stores, close } = await openTwo();
    const flagged = () => runSql(url, 'SELECT id FROM reports WHERE latest ORDER BY id COLLATE "C"');
    const newest = () =>
      runSql(
        url,
        `SELECT id FROM (SELECT DISTINCT ON (org) id FROM reports ORDER BY org, year DESC) AS own
         ORDER BY id COLLATE "C"`,
      );
    // Two years of one organ in one batch, one of another: each organ's newest is flagged as it is inserted.
    await stores[0].put([
      makeReport('甲局', 2021, 'a1'),
      makeReport('甲局', 2023, 'a3'),
      makeReport('乙局', 2022, 'b2'),
    ]);
    expect(await flagged()).toEqual([{ id: '乙局/2022' }, { id: '甲局/2023' }]);
    // An older year after a newer one changes nothing; a newer one in a later batch takes the flag.
    await stores[1].put([
      makeReport('甲局', 2022, 'a2'),
      makeReport('乙局', 2024, 'b4'),
      makeReport('丙局', 2020, 'c0'),
    ]);
    expect(await flagged()).toEqual(await newest());
    expect(await flagged()).toEqual([{ id: '丙局/2020' }, { id: '乙局/2024' }, { id: '甲局/2023' }]);
    // Replaced (the latest and an older one), repeated within a batch, and a newer year with its repeat.
    await stores[0].put([
      makeReport('甲局', 2023, 'a3-new'),
      makeReport('甲局', 2021, 'a1-new'),
      makeReport('丙局', 2025, 'c5'),
      makeReport('丙局', 2025, 'c5-again'),
      makeReport('乙局', 2024, 'b4'),
    ]);
    expect(await flagged()).toEqual(await newest());
    expect(await flagged()).toEqual([{ id: '丙局/2025' }, { id: '乙局/2024' }, { id: '甲局/2023' }]);
    await close();
  });

  it("keeps each figure's counts and sum by year, level and latest flag as the rows give them, through adds, replacements and newer years", async () => {
    const { url, stores, close } = await openTwo();
    const [sample] = loadSampleReports().filter((report) => report.applications?.newReceived !== undefined);
    if (!sample?.applications?.newReceived) throw new Error('no sample report with applications received');
    const received = sample.applications.newReceived;
    const withReceived = (org: string, year: number, total: number | null, level: Report['level']): Report => ({
      ...sample,
      id: `${org}/${year}`,
      org,
      year,
      level,
      source: { ...sample.source, sha256: `${org}-${year}-${total}` },
      applications: { ...sample.applications, newReceived: { ...received, total: total as number } },
    });
    const rowsSql = KEPT_FIGURES.map(
      ({ column }) => `SELECT '${column}' AS figure, year, level, latest, count(*)::integer AS reports,
        count(${column})::integer AS counted, (count(*) FILTER (WHERE ${column} = 0))::integer AS zeros,
        coalesce(sum(floor(${column} * 100 + 0.5)::bigint), 0)::integer AS cents
        FROM reports GROUP BY year, level, latest`,
    ).join(' UNION ALL ');
    const expectKeptAsCounted = async () =>
      expect(
        await runSql(
          url,
          `SELECT figure, year, level, latest, reports::integer, counted::integer, zeros::integer, cents::integer
           FROM figure_stats WHERE (reports, counted, zeros, cents) <> (0, 0, 0, 0) ORDER BY 1, 2, 3, 4`,
        ),
      ).toEqual(await runSql(url, `SELECT * FROM (${rowsSql}) AS rows ORDER BY 1, 2, 3, 4`));
    const valuesSql = KEPT_FIGURES.map(
      ({ column }) => `SELECT '${column}' AS figure, year, level, latest, ${column} AS value,
        count(*)::integer AS reports FROM reports WHERE ${column} IS NOT NULL GROUP BY year, level, latest, ${column}`,
    ).join(' UNION ALL ');
    const expectValuesAsCounted = async () =>
      expect(
        await runSql(
          url,
          `SELECT figure, year, level, latest, value, reports::integer FROM figure_values WHERE reports <> 0
           ORDER BY 1, 2, 3, 4, 5`,
        ),
      ).toEqual(await runSql(url, `SELECT * FROM (${valuesSql}) AS rows ORDER BY 1, 2, 3, 4, 5`));
    // Two writers at once, a figure 0, one with cents, one not stated.
    await Promise.all([
      stores[0].put([withReceived('甲局', 2021, 7, 'department'), withReceived('乙局', 2021, 0, 'department')]),
      stores[1].put([
        withReceived('丙区人民政府', 2021, 12.5, 'government'),
        withReceived('丁局', 2021, null, 'department'),
      ]),
    ]);
    await expectKeptAsCounted();
    await expectValuesAsCounted();
    // Replaced with other values, one unchanged, a newer year that becomes the latest, a repeat within a batch.
    await stores[0].put([
      withReceived('甲局', 2021, 9, 'department'),
      withReceived('乙局', 2021, 0, 'department'),
      withReceived('甲局', 2022, 3, 'department'),
      withReceived('丙区人民政府', 2021, null, 'government'),
      withReceived('丙区人民政府', 2021, 4, 'government'),
    ]);
    await expectKeptAsCounted();
    await expectValuesAsCounted();
    expect(
      await stores[1].sumFigures?.({ cells: ['applications.newReceived.total'] }, { years: [2021] }),
    ).toMatchObject({
      sum: 13,
      count: 3,
      years: [{ year: 2021, sum: 13, count: 3 }],
      lacking: [{ org: '丁局', year: 2021 }],
    });
    await runSql(url, "DELETE FROM reports WHERE org = '乙局'");
    await expectKeptAsCounted();
    await expectValuesAsCounted();
    await close();
  });

  it('keeps the reports and failing reports of each year, level and latest flag as the rows give them, and counts every organ from them', async () => {
    const { url, stores, close } = await openTwo();
    const check = { rule: 'applications.balance' as const, severity: 'error' as const, message: '总计不平' };
    const report = (org: string, year: number, sha: string, failing: boolean, level: Report['level']): Report => ({
      ...makeReport(org, year, sha),
      level,
      checks: failing ? [check] : [],
    });
    const expectKeptAsCounted = async () =>
      expect(
        await runSql(
          url,
          `SELECT year, level, latest, reports::integer, failing::integer FROM check_stats
           WHERE (reports, failing) <> (0, 0) ORDER BY 1, 2, 3`,
        ),
      ).toEqual(
        await runSql(
          url,
          `SELECT year, level, latest, count(*)::integer AS reports,
                  (count(*) FILTER (WHERE check_count > 0))::integer AS failing
           FROM reports GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
        ),
      );
    // Two writers at once.
    await Promise.all([
      stores[0].put([report('甲局', 2021, 'a', true, 'department'), report('乙局', 2021, 'a', false, 'department')]),
      stores[1].put([
        report('丙区人民政府', 2021, 'a', true, 'government'),
        report('丁局', 2022, 'a', true, 'department'),
      ]),
    ]);
    await expectKeptAsCounted();
    // Replaced (failing → passing and back), a newer year that becomes the latest, a repeat within a batch.
    await stores[0].put([
      report('甲局', 2021, 'b', false, 'department'),
      report('乙局', 2021, 'b', true, 'department'),
      report('甲局', 2022, 'a', true, 'department'),
      report('丙区人民政府', 2021, 'b', false, 'government'),
      report('丙区人民政府', 2021, 'c', true, 'government'),
    ]);
    await expectKeptAsCounted();
    const counts = async (scope: Parameters<NonNullable<Store['listFailing']>>[0]) => {
      const found = await stores[1].listFailing?.(scope, { limit: 1 });
      return [found?.checked, found?.failing, found?.rows.map((row) => `${row.org}/${row.year}`)];
    };
    expect(await counts({ years: [] })).toEqual([5, 4, ['丁局/2022']]);
    expect(await counts({ years: [2021], level: 'department' })).toEqual([2, 1, ['乙局/2021']]);
    expect(await counts({ years: [], latestOnly: true })).toEqual([4, 4, ['丁局/2022']]);
    // Counted from the kept rows, not from the reports.
    await runSql(url, 'UPDATE check_stats SET failing = failing + 100 WHERE year = 2022 AND latest');
    expect((await counts({ years: [2022] }))[1]).toBe(102);
    await runSql(url, 'UPDATE check_stats SET failing = failing - 100 WHERE year = 2022 AND latest');
    // A scope none of whose reports fail lists none without reading the failing index.
    await runSql(url, 'UPDATE check_stats SET failing = 0 WHERE year = 2022');
    expect(await counts({ years: [2022] })).toEqual([2, 0, []]);
    await runSql(url, 'UPDATE check_stats SET failing = 2 WHERE year = 2022 AND latest');
    await runSql(url, "DELETE FROM reports WHERE org = '乙局'");
    await expectKeptAsCounted();
    await close();
  });

  it('keeps the places each organ name holds: added on ingest, derived again under other rules, read by findOrgs', async () => {
    const { url, stores, close } = await openTwo();
    const textsSql = 'SELECT place, org FROM organ_place_texts ORDER BY place, org';
    await stores[0].put(loadSampleReports());
    await stores[1].put([
      makeReport('中共深圳市委宣传部', 2022, 'a'),
      makeReport('前海管理局', 2022, 'b', ''),
      makeReport('广西壮族自治区发展和改革委员会', 2022, 'c', ''),
    ]);
    // A new year of an organ (its organ list entry changes) and a replaced report add nothing twice.
    await stores[0].put([makeReport('中共深圳市委宣传部', 2023, 'a'), makeReport('中共深圳市委宣传部', 2022, 'c')]);
    const texts = await runSql<{ place: string; org: string }>(url, textsSql);
    expect(texts.filter((row) => row.org === '深圳市龙岗区发展和改革局').map((row) => row.place)).toEqual([
      '深圳',
      '深圳市',
      '龙岗',
      '龙岗区',
    ]);
    expect(texts.filter((row) => row.org === '中共深圳市委宣传部').map((row) => row.place)).toEqual(['深圳', '深圳市']);
    expect(texts.filter((row) => row.org === '前海管理局')).toEqual([]);
    // A place's stem without its division suffix and the peoples before 自治.
    expect(texts.filter((row) => row.org.startsWith('广西')).map((row) => row.place)).toEqual([
      '广西',
      '广西壮族自治区',
    ]);
    // A place is looked up in the kept rows (an organ whose row is gone is not found by it), another text in the names.
    await runSql(url, "DELETE FROM organ_place_texts WHERE org = '中共深圳市委宣传部'");
    const orgs = async (containing: string[]) =>
      (await stores[1].findOrgs?.({ containing }))?.map((entry) => entry.org);
    expect(await orgs(['深圳市'])).not.toContain('中共深圳市委宣传部');
    expect(await orgs(['市委宣传'])).toEqual(['中共深圳市委宣传部']);
    // Rows derived by other rules (an older nianbao, another gazetteer) are derived again on open.
    await runSql(url, "UPDATE organ_place_texts_rules SET rules = 'older rules'");
    await (await openStore(url)).close();
    expect(await runSql(url, textsSql)).toEqual(texts);
    expect(await orgs(['深圳市'])).toContain('中共深圳市委宣传部');
    await close();
  });

  it('finds the organs whose names hold a text that is no place by the index of their two-character pieces', async () => {
    const url = await newDatabaseUrl();
    const store = await openStore(url);
    await store.put([
      ...loadSampleReports(),
      makeReport('深圳市前海管理局', 2022, 'q'),
      makeReport('100%_局', 2022, 'w'),
    ]);
    // Many more organs, written under the store as the organ list holds them: the planner's choice, and every
    // text's pieces, as at scale (the two characters repeated, apart, reversed, and more than once in a name).
    const generated = Array.from({ length: 3000 }, (_, at) => {
      const district = ['前海', '海前', '前山海', '南山', '海南', '宝安'][at % 6] ?? '';
      return `${['深圳市', '广州市', '三亚市'][at % 3]}${district}${['管理局', '人民政府', '前海前海办', '教育局'][at % 4]}${at}`;
    });
    await runSql(
      url,
      `INSERT INTO organs (org, region, level, years) SELECT org, NULL, 'department', '{2022}' FROM unnest($1::text[]) AS org`,
      [generated],
    );
    await runSql(url, 'ANALYZE organs');
    const all = (await store.listOrgs?.())?.map((entry) => entry.org) ?? [];
    const texts = [
      '前海',
      '海前',
      '前海管理',
      '海南宝',
      '前海前海',
      '海前海',
      '%_',
      '_局',
      '局',
      '%',
      '前',
      '洋浦',
      '0',
    ];
    for (const text of texts)
      expect(
        (await store.findOrgs?.({ containing: [text] }))?.map((entry) => entry.org),
        text,
      ).toEqual(all.filter((org) => org.includes(text)));
    expect(all.filter((org) => org.includes('前海')).length).toBeGreaterThan(900);
    // Each query's plan, read with sequential scans priced out: a text of two characters or more is found by the
    // pieces' index, so only one-character texts (no piece) scan the organ list.
    const costly = new URL(url);
    costly.searchParams.set('options', `${costly.searchParams.get('options')} -c enable_seqscan=off`);
    const pool = new pg.Pool({ connectionString: costly.toString() });
    const plans: string[] = [];
    const explaining = {
      query: async (sql: string, values: unknown[]) => {
        const { rows } = await pool.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${sql}`, values);
        plans.push(rows.map((row) => row['QUERY PLAN']).join('\n'));
        return pool.query(sql, values);
      },
    } as unknown as pg.Pool;
    await selectOrgsAsked(explaining, { containing: ['前海', '海南宝', '%_'] });
    expect(plans).toHaveLength(3);
    for (const plan of plans) expect(plan).toMatch(/Bitmap Index Scan on organs_bigrams/u);
    for (const plan of plans) expect(plan).not.toMatch(/Seq Scan/u);
    plans.length = 0;
    await selectOrgsAsked(explaining, { containing: ['前'] });
    expect(plans).toHaveLength(1);
    expect(plans[0]).toMatch(/Seq Scan on organs/u);
    await pool.end();
    await store.close();
  });

  it("finds the names among a text's runs of characters as among those runs written out, beside other texts", async () => {
    const store = await openStore(await newDatabaseUrl());
    await store.put([...loadSampleReports(), makeReport('𠀋城市龙岗区人民政府', 2022, 'x', '龙岗区')]);
    const texts = ['龙岗区发改局和𠀋城龙岗区政府2022年收到多少', '南山区政府   呢'];
    const runs = { texts, longest: (await store.longestNames?.())?.zh ?? 0 };
    const find = store.findOrganNames?.bind(store) as NonNullable<Store['findOrganNames']>;
    for (const options of [{}, { organsPerName: 1 }, { orgs: ['深圳市龙岗区人民政府'] }]) {
      const written = await find({ zh: [...textRuns(runs), '福田'], en: ['longgang'] }, options);
      expect(await find({ zh: ['福田'], en: ['longgang'] }, { ...options, runs })).toEqual(written);
      expect(written.map((row) => row.text)).toContain('龙岗区政府');
    }
    const all = await find({ zh: textRuns(runs), en: [] });
    expect(all.map((row) => `${row.org}|${row.text}`)).toEqual(
      expect.arrayContaining(['深圳市南山区人民政府|南山区政府', '𠀋城市龙岗区人民政府|𠀋城龙岗区政府']),
    );
    // Runs no longer than asked: a name of three characters is no run of two.
    expect(await find({ zh: [], en: [] }, { runs: { texts, longest: 2 } })).toEqual(
      await find({ zh: textRuns({ texts, longest: 2 }), en: [] }),
    );
    expect((await find({ zh: [], en: [] }, { runs: { texts, longest: 2 } })).map((row) => row.text)).not.toContain(
      '南山区',
    );
    await store.close();
  });

  it("reads the revision beside a question's names in one statement: the same names, the revision another handle's put moved", async () => {
    const url = await newDatabaseUrl();
    const store = await openStore(url);
    const other = await openStore(url);
    await store.put(loadSampleReports());
    const texts = ['龙岗区发改局和南山区政府2022年收到多少'];
    const runs = { texts, longest: (await store.longestNames?.())?.zh ?? 0 };
    const find = store.findOrganNames?.bind(store) as NonNullable<Store['findOrganNames']>;
    const findAt = store.findOrganNamesAt?.bind(store) as NonNullable<Store['findOrganNamesAt']>;
    for (const options of [{ runs }, { runs, organsPerName: 1 }, {}]) {
      const asked = { zh: ['福田'], en: ['longgang'] };
      const found = await findAt(asked, options);
      expect(found.names).toEqual(await find(asked, options));
      expect(found.revision).toBe(await store.revision?.());
    }
    expect((await findAt({ zh: ['福田'], en: [] }, { runs })).names.length).toBeGreaterThan(3);
    // With the organs: those findOrgs gives for the runs and the organs named, and for each region named.
    const findOrgs = store.findOrgs?.bind(store) as NonNullable<Store['findOrgs']>;
    for (const options of [{ runs }, { runs, organsPerName: 1 }, {}] as { runs?: typeof runs }[]) {
      const asked = { zh: ['福田', '南山'], en: ['longgang'] };
      const found = await findAt(asked, { ...options, organs: true });
      expect(found.names).toEqual(await find(asked, options));
      const named = found.names.filter((row) => row.regionKey === null).map((row) => row.org);
      const runOrgs = options.runs ? textRuns(options.runs) : [];
      expect(found.organs?.named).toEqual(await findOrgs({ names: [...runOrgs, ...named] }));
      const keys = [...new Set(found.names.flatMap((row) => (row.regionKey === null ? [] : [row.regionKey])))];
      expect(keys.length).toBeGreaterThan(0);
      expect(found.organs?.under.map((each) => each.prefix).sort()).toEqual(keys.sort());
      for (const { prefix, orgs } of found.organs?.under ?? [])
        expect(orgs, prefix).toEqual(await findOrgs({ prefixes: [prefix] }));
    }
    expect((await findAt({ zh: [], en: [] }, { organs: true })).organs).toEqual({ named: [], under: [] });
    // Nothing found, nothing asked: the revision all the same.
    const before = await store.revision?.();
    expect(await findAt({ zh: ['没有这个单位'], en: [] })).toEqual({ revision: before, names: [] });
    expect(await findAt({ zh: [], en: [] })).toEqual({ revision: before, names: [] });
    const report = makeReport('𠀋城市龙岗区人民政府', 2022, 'x', '龙岗区');
    await other.put([report]);
    const after = await findAt({ zh: ['𠀋城龙岗区政府'], en: [] });
    expect(after.revision).toBe(await other.revision?.());
    expect(after.revision).not.toBe(before);
    expect(after.names.map((row) => row.org)).toEqual(['𠀋城市龙岗区人民政府']);
    await Promise.all([store.close(), other.close()]);
  });

  it('finds the names one character from a name at every place of it, whichever side of the character is shared more', async () => {
    const url = await newDatabaseUrl();
    const store = await openStore(url);
    // Many names end as 区人民政府 does, few start as 广州市天 does; one district of few names, one of many.
    const districts = ['天河', '天湖', '天山', '白云', '海珠', '越秀', '荔湾', '黄埔', '番禺', '花都'];
    await store.put([
      ...loadSampleReports(),
      ...districts.flatMap((district, at) => [
        makeReport(`广州市${district}区人民政府`, 2022, `g${at}`, `${district}区`),
        makeReport(`佛山市${district}区人民政府`, 2022, `f${at}`, `${district}区`),
      ]),
      makeReport('广州市天河区人民政所', 2022, 'x', '天河区'),
      makeReport('沭阳县人民政府', 2022, 'y', '沭阳县'),
    ]);
    const names = await runSql<{ org: string; name: string; length: number; region_key: string | null }>(
      url,
      "SELECT org, name, length, region_key FROM organ_names WHERE lang = 'zh'",
    );
    const oneApart = (asked: string) =>
      names
        .filter((row) => {
          const [a, b] = [[...asked], [...row.name]];
          return a.length === b.length && a.filter((char, at) => char !== b[at]).length === 1;
        })
        .map((row) => `${row.org}|${row.name}`)
        .sort();
    for (const asked of [
      '广州市天河区人民政府',
      '广州市天江区人民政府',
      '广州市天河区人民政',
      '佛山市白云区',
      '沐阳县',
      '广',
    ])
      expect((await store.findCloseNames?.(asked))?.map((found) => `${found.org}|${found.text}`).sort(), asked).toEqual(
        oneApart(asked),
      );
    expect(oneApart('广州市天江区人民政府').length).toBeGreaterThan(2);
    // Names of other lengths sharing an end or a start by the thousand (every 政务服务数据管理局's names end in
    // 据管理局): the ranges read are those of the length asked, so none of them is read and dropped.
    const shared = Array.from({ length: 3000 }, (_, at) => [
      `区${at}政务服务数据管理局`,
      `数据管理${at}`,
      `${at}据管理局`,
    ]).flat();
    await runSql(
      url,
      `INSERT INTO organ_names (org, lang, name, length, region_key)
       SELECT '某单位', 'zh', name, char_length(name), NULL FROM unnest($1::text[]) AS name`,
      [shared],
    );
    await runSql(url, 'ANALYZE organ_names');
    names.push(...shared.map((name) => ({ org: '某单位', name, length: [...name].length, region_key: null })));
    for (const asked of ['数据管理局', '9据管理局', '数据管理7', '区7政务服务数据管理局'])
      expect((await store.findCloseNames?.(asked))?.map((found) => `${found.org}|${found.text}`).sort(), asked).toEqual(
        oneApart(asked),
      );
    expect(oneApart('9据管理局').length).toBe(9);
    // Each query's plan with sequential scans priced out: every range read is one of the length asked.
    const costly = new URL(url);
    costly.searchParams.set('options', `${costly.searchParams.get('options')} -c enable_seqscan=off`);
    const pool = new pg.Pool({ connectionString: costly.toString() });
    const plans: string[] = [];
    const explaining = {
      query: async (sql: string, values: unknown[]) => {
        const { rows } = await pool.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${sql}`, values);
        plans.push(rows.map((row) => row['QUERY PLAN']).join('\n'));
        return pool.query(sql, values);
      },
    } as unknown as pg.Pool;
    await selectCloseNames(explaining, '数据管理局');
    expect(plans).toHaveLength(2);
    const planned = plans.join('\n');
    expect(planned).not.toMatch(/Seq Scan/u);
    const scans = planned.match(/(Index|Index Only|Bitmap Index) Scan .*/gu) ?? [];
    expect(scans.length).toBeGreaterThanOrEqual(5);
    for (const scan of scans) expect(scan).toMatch(/ (on|using) organ_names_length_(start|end) /u);
    await pool.end();
    await store.close();
  });

  it('gives every number of the sample reports a place in the metric vector, so no ranking falls back to JSON', () => {
    for (const report of loadSampleReports()) {
      const tables = {
        activeDisclosure: report.activeDisclosure,
        applications: report.applications,
        reviewLitigation: report.reviewLitigation,
      };
      const paths = Object.entries(tables).flatMap(([section, rows]) =>
        Object.entries(rows ?? {}).flatMap(([row, cells]) =>
          Object.keys(cells ?? {}).map((column) => [section, row, column] as const),
        ),
      );
      expect(paths.filter((path) => metricPosition(path) === undefined)).toEqual([]);
      expect(metricVector(report).filter((value) => value !== null).length).toBe(paths.length);
    }
  });

  it("brings one instance's list up to date with another's writes, in place and in order", async () => {
    const { stores, close } = await openTwo();
    await stores[0].put([makeReport('甲局', 2022, 'a'), makeReport('乙局', 2022, 'b')]);
    const before = await stores[0].list();
    expect(await stores[0].list()).toBe(before);
    await stores[1].put([makeReport('乙局', 2022, 'b')]);
    expect(await stores[0].list()).toBe(before); // an unchanged put leaves the revision alone
    await stores[1].put([makeReport('丙局', 2022, 'c'), makeReport('甲局', 2022, 'a2')]);
    const after = await stores[0].list();
    expect(after.map((report) => [report.id, report.source.sha256])).toEqual([
      ['甲局/2022', 'a2'],
      ['乙局/2022', 'b'],
      ['丙局/2022', 'c'],
    ]);
    expect(after[1]).toBe(before[1]); // rows that did not change are not fetched again
    expect(before.map((report) => report.source.sha256)).toEqual(['a', 'b']);
    await close();
  });

  it('gives a claim raced by two instances to exactly one caller', async () => {
    const { stores, close } = await openTwo();
    const until = new Date(Date.now() + 3_600_000);
    const attempts = Array.from({ length: 20 }, (_, at) => stores[at % 2]?.tryClaim?.('digest:2026-11-20', until));
    expect((await Promise.all(attempts)).filter(Boolean).length).toBe(1);
    await close();
  });

  it('shares conversation memory between instances', async () => {
    const { stores, close } = await openTwo();
    await stores[0].setConversation?.('slack:C1', { org: '深圳市南山区人民政府', year: 2020 });
    expect(await stores[1].getConversation?.('slack:C1')).toEqual({ org: '深圳市南山区人民政府', year: 2020 });
    await close();
  });

  it('forgets conversations untouched for 30 days when a store opens', async () => {
    const { url, stores, close } = await openTwo();
    await stores[0].setConversation?.('old', { year: 2020 });
    await stores[0].setConversation?.('recent', { year: 2021 });
    await runSql(url, "UPDATE conversations SET updated_at = now() - interval '31 days' WHERE id = 'old'");
    await runSql(url, "UPDATE conversations SET updated_at = now() - interval '29 days' WHERE id = 'recent'");
    const reopened = await openStore(url);
    expect([await reopened.getConversation?.('old'), await reopened.getConversation?.('recent')]).toEqual([
      undefined,
      { year: 2021 },
    ]);
    await Promise.all([close(), reopened.close()]);
  });

  it('says which server it cannot reach, without the password', async () => {
    const error = await openStore('postgres://nianbao:secret@127.0.0.1:1/nianbao').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as Error).message).toMatch(
      /^postgres:\/\/nianbao:\*\*\*@127\.0\.0\.1:1\/nianbao: cannot connect to PostgreSQL/,
    );
    expect((error as Error).message).not.toContain('secret');
  });
});
