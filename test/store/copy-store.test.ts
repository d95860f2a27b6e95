// `nianbao migrate`: a lowdb store copied into Postgres (and back) keeps reports, ingestion times and meta.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { copyStore, openStore, type Store } from '../../src/store/index.js';
import { createTestSchema, type TestSchema } from './postgres-schema.js';
import { loadSampleReports } from './sample-reports.js';

const schemas: TestSchema[] = [];
afterAll(async () => {
  await Promise.all(schemas.map((schema) => schema.drop()));
});

async function openPair(): Promise<[Store, Store]> {
  const schema = await createTestSchema();
  schemas.push(schema);
  return [
    await openStore(join(await mkdtemp(join(tmpdir(), 'nianbao-copy-')), 'store.json')),
    await openStore(schema.url),
  ];
}

it('copies a lowdb store into Postgres with ingestion times and meta, and a second copy changes nothing', async () => {
  const [lowdb, postgres] = await openPair();
  const samples = loadSampleReports();
  await lowdb.put(samples.slice(0, 2));
  await new Promise((resolve) => setTimeout(resolve, 5)); // two ingestion times, so the copy must keep each
  await lowdb.put(samples.slice(2));
  await lowdb.setMeta('digest.lastSentAt', '2026-11-20T01:00:00.000Z');
  expect(await copyStore(lowdb, postgres, 2)).toEqual({
    reports: { added: 5, replaced: 0, unchanged: 0 },
    metaKeys: 1,
  });
  expect(await postgres.list()).toEqual(samples);
  expect(await postgres.listIngestedSince(null)).toEqual(await lowdb.listIngestedSince(null));
  expect(new Set((await postgres.listIngestedSince(null)).map((entry) => entry.ingestedAt)).size).toBe(2);
  expect(await postgres.getMeta('digest.lastSentAt')).toBe('2026-11-20T01:00:00.000Z');
  expect(await copyStore(lowdb, postgres)).toEqual({ reports: { added: 0, replaced: 0, unchanged: 5 }, metaKeys: 1 });
  await Promise.all([lowdb.close(), postgres.close()]);
});

it('copies Postgres back into a lowdb file', async () => {
  const [lowdb, postgres] = await openPair();
  await postgres.put(loadSampleReports());
  await postgres.setMeta('digest.lastSentAt', '2026-11-21T01:00:00.000Z');
  expect((await copyStore(postgres, lowdb)).reports.added).toBe(5);
  expect(await lowdb.listIngestedSince(null)).toEqual(await postgres.listIngestedSince(null));
  expect(await lowdb.listMeta?.()).toEqual({ 'digest.lastSentAt': '2026-11-21T01:00:00.000Z' });
  await Promise.all([lowdb.close(), postgres.close()]);
});
