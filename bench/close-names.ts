// `node --import tsx bench/close-names.ts [--organs N] [--changed F] [--rounds R] [--url URL]`: the did-you-mean
// search over organ names (findCloseNames: 数据管理局) on PostgreSQL before and right after the naming rules'
// re-derivation. The organ list is filled with the large benchmark's synthetic organs (straight into `organs`:
// findCloseNames reads only the names derived from it) and every name derived by opening the store under other
// recorded rules; the store is then left as autovacuum leaves it (VACUUM ANALYZE) and measured ("healthy"). Then
// the names of a share F of the organs (0.1 by default) are made to differ from this nianbao's rules (one name
// each dropped and one added, the store vacuumed again), other rules recorded, and the store opened again, as the
// first open of a nianbao whose naming rules changed does: measured at once ("re-derived"). Each stage: the
// derivation's seconds, findCloseNames p50 / p99 ms of each name asked (R rounds after 5 unmeasured), the names'
// live and dead rows and the table's and its indexes' sizes (MB). Uses URL (a superuser URL; a database is
// created and dropped, kept with --keep) or a throwaway server (fsync on, shared_buffers 512 MB).
import { parseArgs } from 'node:util';
import pg from 'pg';
import { generateReports } from '../scripts/bench-large/synthesize-reports.js';
import { parseFile } from '../src/parser/index.js';
import { listReportFiles, openStore, SAMPLE_REPORTS_DIR } from '../src/store/index.js';
import { startThrowawayCluster } from '../test/setup/throwaway-cluster.js';
import { summarize } from './stats.js';

const { values } = parseArgs({
  options: {
    organs: { type: 'string', default: '60000' },
    changed: { type: 'string', default: '0.1' },
    rounds: { type: 'string', default: '50' },
    url: { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
});
const ORGANS = Number(values.organs);
const CHANGED = Number(values.changed);
const ROUNDS = Number(values.rounds);
/** Names the store lacks: one whose end many names share, and two one character from held names. */
const ASKED = ['数据管理局', '洋城市青松区发展和改革局', '波塘市桃梅区人民政付'];

const log = (message: string) =>
  process.stderr.write(`[close-names ${(performance.now() / 1000).toFixed(1)}s] ${message}\n`);

const cluster = values.url
  ? undefined
  : await startThrowawayCluster({ durable: true, settings: { shared_buffers: '512MB' } });
const serverUrl = values.url ?? cluster?.url ?? '';
const database = `nianbao_close_names_${Date.now().toString(36)}`;
const url = Object.assign(new URL(serverUrl), { pathname: `/${database}` }).toString();
const admin = new pg.Client({ connectionString: serverUrl });
await admin.connect();
await admin.query(`CREATE DATABASE ${database}`);

try {
  await (await openStore(url)).close();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await fillOrgans(client);
  const stages = [];
  const first = await derive(client);
  await client.query('VACUUM ANALYZE organ_names');
  stages.push({ stage: 'healthy (derived, then VACUUM ANALYZE)', ...first, ...(await measure(client)) });
  log(JSON.stringify(stages.at(-1)));
  await changeNames(client);
  const again = await derive(client);
  stages.push({
    stage: `re-derived (${CHANGED * 100}% of organs' names changed)`,
    ...again,
    ...(await measure(client)),
  });
  log(JSON.stringify(stages.at(-1)));
  console.log(JSON.stringify({ organs: ORGANS, rounds: ROUNDS, stages }, null, 2));
  await client.end();
} finally {
  if (values.keep) log(`kept ${url}`);
  else await admin.query(`DROP DATABASE IF EXISTS ${database}`);
  await admin.end();
  await cluster?.stop();
}

/** Records other naming rules and opens the store, which derives every organ's names again. */
async function derive(client: pg.Client): Promise<{ seconds: number }> {
  await client.query(`UPDATE organ_names_rules SET rules = 'older rules'`);
  const started = performance.now();
  await (await openStore(url)).close();
  return { seconds: Math.round((performance.now() - started) / 100) / 10 };
}

/** For a share CHANGED of the organs, one name dropped and one name added: names of other rules. */
async function changeNames(client: pg.Client): Promise<void> {
  const every = Math.round(1 / CHANGED);
  const changed = `SELECT org FROM (SELECT org, row_number() OVER (ORDER BY org) AS at FROM organs) AS numbered
    WHERE at % ${every} = 0`;
  await client.query(`DELETE FROM organ_names WHERE ctid IN (
    SELECT DISTINCT ON (org) ctid FROM organ_names WHERE org IN (${changed}) ORDER BY org, name)`);
  await client.query(`INSERT INTO organ_names (org, lang, name, length, region_key)
    SELECT org, 'zh', org || '旧名', char_length(org) + 2, NULL FROM (${changed}) AS old`);
  await client.query('VACUUM ANALYZE organ_names');
}

/** findCloseNames' latency of each name asked, and the names' rows and sizes now. */
async function measure(client: pg.Client) {
  const store = await openStore(url);
  const timings: Record<string, string> = {};
  for (const name of ASKED) {
    const samples: number[] = [];
    for (let round = -5; round < ROUNDS; round += 1) {
      const at = performance.now();
      await store.findCloseNames?.(name);
      if (round >= 0) samples.push(performance.now() - at);
    }
    const { p50, p99 } = summarize(samples);
    timings[name] = `${p50.toFixed(1)} / ${p99.toFixed(1)}`;
  }
  await store.close();
  const { rows } = await client.query<{ live: string; dead: string; table: string; indexes: string }>(
    `SELECT n_live_tup AS live, n_dead_tup AS dead, round(pg_table_size('organ_names') / 1048576.0) AS table,
       round(pg_indexes_size('organ_names') / 1048576.0) AS indexes
     FROM pg_stat_user_tables WHERE relname = 'organ_names'`,
  );
  const row = rows[0];
  return {
    liveRows: Number(row?.live),
    deadRows: Number(row?.dead),
    tableMB: Number(row?.table),
    indexMB: Number(row?.indexes),
    findCloseNamesMs: timings,
  };
}

/** The large benchmark's organs, ORGANS of them, written straight into the organ list. */
async function fillOrgans(client: pg.Client): Promise<void> {
  const samples = await Promise.all((await listReportFiles([SAMPLE_REPORTS_DIR])).map((file) => parseFile(file)));
  const organs = new Map<string, { region: string | null; level: string; years: number[] }>();
  for (const report of generateReports(samples, ORGANS * 4)) {
    const organ = organs.get(report.org) ?? { region: report.region, level: report.level, years: [] };
    organ.years.push(report.year);
    organs.set(report.org, organ);
  }
  const rows = [...organs].slice(0, ORGANS);
  await client.query(
    `INSERT INTO organs (org, region, level, years)
     SELECT org, region, level, ARRAY(SELECT jsonb_array_elements_text(years)::integer)
     FROM unnest($1::text[], $2::text[], $3::text[], $4::jsonb[]) AS given(org, region, level, years)`,
    [
      rows.map(([org]) => org),
      rows.map(([, organ]) => organ.region),
      rows.map(([, organ]) => organ.level),
      rows.map(([, organ]) => JSON.stringify(organ.years)),
    ],
  );
  log(`${rows.length} organs written`);
}
