// Organ names, places and place texts derived again on PostgreSQL when their rules changed: in batches of organs,
// each batch its own transaction, resumed by the next open when stopped, by one opener at a time.
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/parser/index.js';
import { openStore, type Store } from '../../src/store/index.js';
import { createTestSchema, runSql, type TestSchema } from './postgres-schema.js';
import { makeReport } from './sample-reports.js';

const schemas: TestSchema[] = [];
const newDatabaseUrl = async (): Promise<string> => {
  const schema = await createTestSchema();
  schemas.push(schema);
  return schema.url;
};
afterAll(async () => {
  await Promise.all(schemas.map((schema) => schema.drop()));
});

const CITIES = ['深圳市', '广州市', '南京市', '苏州市', '杭州市', '成都市', '武汉市', '西安市', '长沙市', '郑州市'];
const DISTRICTS = [
  '东湖',
  '西山',
  '南岗',
  '北塘',
  '中原',
  '新城',
  '河西',
  '江北',
  '高新',
  '临港',
  '青山',
  '金水',
  '白沙',
  '红旗',
  '平安',
];
const BODIES = ['人民政府', '发展和改革局', '教育局', '公安分局', '财政局', '人力资源和社会保障局', '自然资源局'];
const BODIES_MORE = ['生态环境局', '住房和建设局', '交通运输局', '水务局', '卫生健康局', '应急管理局', '统计局'];

/** 2,400 organs of ten cities' districts, governments and departments, one report each. */
function generatedReports(): Report[] {
  return CITIES.flatMap((city, c) =>
    DISTRICTS.flatMap((district, d) =>
      [...BODIES, ...BODIES_MORE, '政务服务数据管理局', '市场监督管理局'].map((body, b) => {
        const report = makeReport(`${city}${district}区${body}`, 2022, `g${c}-${d}-${b}`, `${district}区`);
        return body === '人民政府' ? report : { ...report, level: 'department' as const };
      }),
    ),
  );
}

/** Each derived table's rows, counted and hashed in one order, as the tests compare them. */
async function derivedTables(url: string): Promise<Record<string, string>> {
  const tables = {
    organ_names: "concat_ws('|', org, lang, name, length, coalesce(region_key, '-'))",
    organ_places: "concat_ws('|', org, coalesce(province, '-'), coalesce(region_key, '-'))",
    organ_place_texts: "concat_ws('|', place, org)",
  };
  const digests = await Promise.all(
    Object.entries(tables).map(async ([table, row]) => {
      const [found] = await runSql<{ rows: number; digest: string }>(
        url,
        `SELECT count(*)::integer AS rows, md5(string_agg(${row}, E'\\n' ORDER BY ${row} COLLATE "C")) AS digest
         FROM ${table}`,
      );
      return [table, `${found?.rows} ${found?.digest}`] as const;
    }),
  );
  return Object.fromEntries(digests);
}

/**
 * Rows as an older nianbao's rules would have left them: other rules recorded, some organs' names and place texts
 * missing, others extra (for organs held and one the organ list lacks), some places wrong.
 */
async function makeStale(url: string): Promise<void> {
  await runSql(url, "UPDATE organ_names_rules SET rules = 'older rules'");
  await runSql(url, "UPDATE organ_place_texts_rules SET rules = 'older rules'");
  await runSql(url, "DELETE FROM organ_names WHERE lang = 'en' AND org LIKE '广州市%'");
  await runSql(
    url,
    `INSERT INTO organ_names (org, lang, name, length, region_key)
     SELECT org, 'zh', '旧名' || org, 9, NULL FROM organs UNION ALL SELECT '已撤销局', 'zh', '撤销局', 3, NULL`,
  );
  await runSql(url, "UPDATE organ_places SET province = '错省' WHERE org LIKE '%教育局'");
  await runSql(url, "DELETE FROM organ_place_texts WHERE org LIKE '成都市%'");
  await runSql(
    url,
    "INSERT INTO organ_place_texts (place, org) SELECT '旧地', org FROM organs WHERE org LIKE '西安市%'",
  );
}

const rulesRows = (url: string) =>
  runSql(
    url,
    `SELECT (SELECT rules FROM organ_names_rules) AS names, (SELECT rules FROM organ_place_texts_rules) AS places`,
  );

const namesFound = async (store: Store, texts: string[]): Promise<string[]> =>
  [...new Set(((await store.findOrganNames?.({ zh: texts, en: [] })) ?? []).map((name) => name.org))].sort();

/** A store of the generated reports (the first `count`), as a fresh ingest leaves it. */
async function ingested(count?: number): Promise<string> {
  const url = await newDatabaseUrl();
  const store = await openStore(url);
  const reports = generatedReports().slice(0, count);
  // Puts of 1,200 organs: their names are written by two INSERTs each (ORGANS_PER_INSERT), a batch of 300 by one.
  for (let at = 0; at < reports.length; at += 1200) await store.put(reports.slice(at, at + 1200));
  await store.close();
  return url;
}

describe('organ names derived again in batches', () => {
  const reports = generatedReports();
  let url: string;
  let fresh: Record<string, string>;
  let current: Record<string, unknown>[];

  beforeAll(async () => {
    url = await ingested();
    fresh = await derivedTables(url);
    current = await rulesRows(url);
  }, 60_000);

  it('gives exactly the tables a fresh ingest gives, a batch at a time, and moves the revision on', async () => {
    const revision = await runSql<{ revision: string }>(url, 'SELECT revision FROM store_revision');
    await makeStale(url);
    expect(await derivedTables(url)).not.toEqual(fresh);
    const batches: string[] = [];
    const reopened = await openStore(url, {
      postgres: { derivation: { batchSize: 300, afterBatch: (derivation) => void batches.push(derivation) } },
    });
    expect(await derivedTables(url)).toEqual(fresh);
    expect(await rulesRows(url)).toEqual(current);
    expect(await runSql(url, 'SELECT * FROM derivation_progress')).toEqual([]);
    // 2,400 organs: 8 full batches and the last one, which finds no organ left, for each derivation.
    expect(batches.filter((name) => name === 'organ_names')).toHaveLength(9);
    expect(batches.filter((name) => name === 'organ_place_texts')).toHaveLength(9);
    expect(Number(await reopened.revision?.())).toBe(Number(revision[0]?.revision) + 18);
    expect(await namesFound(reopened, ['撤销局', `旧名${reports[0]?.org}`])).toEqual([]);
    await reopened.close();
    // Rules as recorded: nothing is derived.
    const again: string[] = [];
    await (
      await openStore(url, { postgres: { derivation: { afterBatch: (derivation) => void again.push(derivation) } } })
    ).close();
    expect(again).toEqual([]);
  }, 60_000);

  it('rewrites only the rows that differ, and leaves the tables it wrote vacuumed and analyzed', async () => {
    const url = await ingested();
    // Where each row lies (a row rewritten lies elsewhere): the rows makeStale leaves as they are must stay put.
    const untouched = (table: string, where: string) =>
      runSql<{ at: string }>(url, `SELECT ctid::text || ' ' || org AS at FROM ${table} WHERE ${where} ORDER BY 1`);
    const [names, places, texts] = [
      "org LIKE '深圳市%' AND name NOT LIKE '旧名%'",
      "org NOT LIKE '%教育局'",
      "org NOT LIKE '成都市%' AND place <> '旧地'",
    ];
    await makeStale(url);
    const before = [
      await untouched('organ_names', names),
      await untouched('organ_places', places),
      await untouched('organ_place_texts', texts),
    ];
    expect(before.map((rows) => rows.length > 0)).toEqual([true, true, true]);
    const vacuumed = () =>
      runSql<{ relname: string; vacuumed: boolean; analyzed: boolean }>(
        url,
        `SELECT relname, last_vacuum IS NOT NULL AS vacuumed, last_analyze IS NOT NULL AS analyzed
         FROM pg_stat_user_tables WHERE relid = ANY(ARRAY[to_regclass('organ_names'), to_regclass('organ_places'),
           to_regclass('organ_place_texts')]::oid[]) ORDER BY relname`,
      );
    expect((await vacuumed()).some((table) => table.vacuumed)).toBe(false);
    await (await openStore(url, { postgres: { derivation: { batchSize: 300 } } })).close();
    expect(await derivedTables(url)).toEqual(fresh);
    expect([
      await untouched('organ_names', names),
      await untouched('organ_places', places),
      await untouched('organ_place_texts', texts),
    ]).toEqual(before);
    expect(await vacuumed()).toEqual(
      ['organ_names', 'organ_place_texts', 'organ_places'].map((relname) => ({
        relname,
        vacuumed: true,
        analyzed: true,
      })),
    );
  }, 60_000);

  it('builds the indexes again when a derivation rewrote most of the rows', async () => {
    const url = await ingested(600);
    const freshHere = await derivedTables(url);
    const indexes = () =>
      runSql<{ name: string; oid: string }>(
        url,
        `SELECT indexrelid::regclass::text AS name, indexrelid::text AS oid FROM pg_index
         WHERE indrelid = to_regclass('organ_names') ORDER BY 1`,
      );
    // Every name gone under the rules recorded (the planner having counted them): all rewritten.
    await runSql(url, 'ANALYZE organ_names');
    await runSql(url, 'DELETE FROM organ_names');
    await runSql(url, "UPDATE organ_names_rules SET rules = 'older rules'");
    const before = await indexes();
    await (await openStore(url)).close();
    expect(await derivedTables(url)).toEqual(freshHere);
    const after = await indexes();
    expect(after.map((index) => index.name)).toEqual(before.map((index) => index.name));
    for (const [at, index] of after.entries()) expect(index.oid).not.toBe(before[at]?.oid);
  }, 60_000);

  it('answers while another opener derives, and finishes a stopped derivation on the next open', async () => {
    const url = await ingested();
    await makeStale(url);
    const sorted = reports.map((report) => report.org).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    let during: { names: string[]; rules: unknown[]; progress: unknown[] } | undefined;
    const stopped = openStore(url, {
      postgres: {
        derivation: {
          batchSize: 300,
          afterBatch: async (derivation, batch) => {
            if (derivation !== 'organ_names') return;
            if (batch === 2) {
              // Another instance opens meanwhile: it does not wait for the derivation, and answers from the rows
              // as they are — the organs of the batches done by their new names, the others' old names kept. It
              // derives the place texts itself, which no one else was deriving.
              const other = await openStore(url);
              during = {
                names: await namesFound(other, [`旧名${sorted[0]}`, `旧名${sorted[599]}`, `旧名${sorted[600]}`]),
                rules: await rulesRows(url),
                progress: await runSql(url, 'SELECT derivation, last_org FROM derivation_progress'),
              };
              await other.close();
            }
            if (batch === 3) throw new Error('stopped after three batches');
          },
        },
      },
    });
    await expect(stopped).rejects.toThrow('stopped after three batches');
    expect(during).toEqual({
      names: [sorted[600]],
      rules: [{ names: 'older rules', places: current[0]?.places }],
      progress: [{ derivation: 'organ_names', last_org: sorted[599] }],
    });
    // Three batches committed: the rules row stays the old one until the last.
    expect(await rulesRows(url)).toEqual([{ names: 'older rules', places: current[0]?.places }]);
    expect(await runSql(url, 'SELECT derivation, last_org FROM derivation_progress')).toEqual([
      { derivation: 'organ_names', last_org: sorted[899] },
    ]);
    const batches: string[] = [];
    const resumed = await openStore(url, {
      postgres: { derivation: { batchSize: 300, afterBatch: (derivation) => void batches.push(derivation) } },
    });
    // The names resumed after the third batch's last organ (6 batches of 9); the place texts were derived.
    expect(batches).toEqual(Array(6).fill('organ_names'));
    expect(await derivedTables(url)).toEqual(fresh);
    expect(await rulesRows(url)).toEqual(current);
    expect(await runSql(url, 'SELECT * FROM derivation_progress')).toEqual([]);
    await resumed.close();
  }, 60_000);

  it('finishes a derivation whose process was killed in a batch, once the server has ended its session', async () => {
    const url = await ingested(1200);
    const freshHere = await derivedTables(url);
    await makeStale(url);
    const sorted = generatedReports()
      .slice(0, 1200)
      .map((report) => report.org)
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/store/derive-until-killed.ts', url, '2'], {
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.on('exit', (_code, signal) => resolve(signal)),
    );
    const seen = (line: string) =>
      new Promise<void>((resolve) => {
        let pending = '';
        child.stdout.on('data', (chunk: Buffer) => {
          pending += chunk.toString();
          if (pending.split('\n').includes(line)) resolve();
        });
      });
    await seen('derived organ_names 2');
    // The child holds the lock between two batches: an instance opening now answers from the rows as they are.
    const other = await openStore(url);
    expect(await namesFound(other, [`旧名${sorted[0]}`, `旧名${sorted[199]}`, `旧名${sorted[200]}`])).toEqual([
      sorted[200],
    ]);
    await other.close();
    // Killed as soon as its fourth batch is committed: in the fifth's transaction, or just before it.
    const fourth = seen('derived organ_names 4');
    child.stdin.write('go\n');
    await fourth;
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    const [progress] = await runSql<{ last_org: string }>(url, 'SELECT last_org FROM derivation_progress');
    const done = sorted.indexOf(progress?.last_org ?? '') + 1;
    expect(done % 100).toBe(0);
    expect(done).toBeGreaterThanOrEqual(400);
    expect((await rulesRows(url))[0]?.names).toBe('older rules');
    // The server releases the killed session's lock once it has ended the session (rolling back its batch).
    const lockedSql = `SELECT count(*)::integer AS held FROM pg_locks
      WHERE locktype = 'advisory' AND objsubid = 2 AND classid::bigint = hashtext('organ_names')::bigint & 4294967295
        AND objid::bigint = hashtext(current_schema())::bigint & 4294967295`;
    for (let tries = 0; (await runSql<{ held: number }>(url, lockedSql))[0]?.held !== 0 && tries < 100; tries++)
      await new Promise((resolve) => setTimeout(resolve, 50));
    const batches: string[] = [];
    const resumed = await openStore(url, {
      postgres: { derivation: { batchSize: 100, afterBatch: (derivation) => void batches.push(derivation) } },
    });
    // 12 full batches and the last, empty one: the ones after the progress row's organ.
    expect(batches).toEqual(Array(13 - done / 100).fill('organ_names'));
    expect(await derivedTables(url)).toEqual(freshHere);
    expect(await runSql(url, 'SELECT * FROM derivation_progress')).toEqual([]);
    await resumed.close();
  }, 60_000);
});
