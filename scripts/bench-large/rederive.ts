// Measures deriving every organ's names and place texts again on a PostgreSQL store, as the first open after a
// change of the naming rules or the gazetteer does: `--force` records other rules first, then the store is opened
// and the derivation timed batch by batch (the longest batch is the longest a put waits meanwhile). Run it under
// `/usr/bin/time -v` for the peak resident memory. `--stop-after N` stops it after N batches, as a kill would;
// the next run (without --force) finishes it from its progress row.
//   /usr/bin/time -v node --import tsx scripts/bench-large/rederive.ts postgres://…/nianbao_large_1000000 --force
import { parseArgs } from 'node:util';
import pg from 'pg';
import { openStore } from '../../src/store/index.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    force: { type: 'string' },
    'stop-after': { type: 'string' },
    'batch-size': { type: 'string' },
  },
});
const url = positionals[0];
if (!url)
  throw new Error(
    'usage: rederive.ts DATABASE_URL [--force names|places|both|tiers] [--stop-after N] [--batch-size N]',
  );

const RULES_TABLES: Record<string, string[]> = {
  names: ['organ_names_rules'],
  places: ['organ_place_texts_rules'],
  both: ['organ_names_rules', 'organ_place_texts_rules'],
  tiers: ['report_tiers_rules'],
};

if (values.force) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  for (const table of RULES_TABLES[values.force] ?? []) await client.query(`UPDATE ${table} SET rules = 'older rules'`);
  await client.end();
}

const stopAfter = values['stop-after'] ? Number(values['stop-after']) : Number.POSITIVE_INFINITY;
const started = performance.now();
let last = started;
let done = 0;
const batches: Record<string, { count: number; longestMs: number; seconds: number }> = {};
const log = (message: string) =>
  process.stderr.write(`[rederive ${((performance.now() - started) / 1000).toFixed(1)}s] ${message}\n`);

const store = await openStore(url, {
  postgres: {
    derivation: {
      batchSize: values['batch-size'] ? Number(values['batch-size']) : undefined,
      afterBatch: (derivation, count) => {
        const now = performance.now();
        const entry = batches[derivation] ?? { count: 0, longestMs: 0, seconds: 0 };
        batches[derivation] = entry;
        entry.count = count;
        entry.longestMs = Math.max(entry.longestMs, Math.round(now - last));
        entry.seconds = Math.round((entry.seconds + (now - last) / 1000) * 10) / 10;
        last = now;
        const { rss, heapUsed } = process.memoryUsage();
        log(
          `${derivation} batch ${count}: rss ${(rss / 2 ** 20).toFixed(0)} MB, heap ${(heapUsed / 2 ** 20).toFixed(0)} MB`,
        );
        done += 1;
        if (done >= stopAfter) throw new Error(`stopped after ${done} batches (--stop-after)`);
      },
    },
  },
}).catch((error: Error) => {
  log(error.message);
  return undefined;
});
await store?.close();
const seconds = Math.round((performance.now() - started) / 100) / 10;
console.log(JSON.stringify({ finished: store !== undefined, seconds, batches }));
