import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StoreError } from '../../src/errors.js';
import type { Report } from '../../src/parser/index.js';
import { openStore } from '../../src/store/index.js';

async function tempStorePath(): Promise<string> {
  return join(await mkdtemp(join(tmpdir(), 'nianbao-store-')), 'store.json');
}

/** A report as the parser would make it; only the fields the store looks at matter here. */
function makeReport(org: string, year: number, sha256: string, region = '龙岗区'): Report {
  return {
    id: `${org}/${year}`,
    org,
    region,
    level: 'government',
    year,
    template: '2021',
    publishedOn: null,
    source: { file: `${org}-${year}.txt`, sha256, format: 'text' },
    activeDisclosure: null,
    applications: null,
    reviewLitigation: null,
    checks: [],
    printed: { activeDisclosure: null, applications: null, reviewLitigation: null },
  };
}

describe('lowdb store', () => {
  it('upserts by id: added, unchanged for the same sha256, replaced for another file', async () => {
    const store = await openStore(await tempStorePath());
    expect(await store.put([makeReport('甲区人民政府', 2022, 'a'), makeReport('乙局', 2022, 'b')])).toEqual(['added', 'added']);
    expect(await store.put([makeReport('甲区人民政府', 2022, 'a')])).toEqual(['unchanged']);
    expect(await store.put([makeReport('甲区人民政府', 2022, 'c')])).toEqual(['replaced']);
    const reports = await store.list();
    expect(reports.map((report) => [report.id, report.source.sha256])).toEqual([
      ['甲区人民政府/2022', 'c'],
      ['乙局/2022', 'b'],
    ]);
    expect((await store.get('乙局/2022'))?.source.sha256).toBe('b');
    expect(await store.get('丙局/2022')).toBeUndefined();
  });

  it('finds by organ, region and year', async () => {
    const store = await openStore(await tempStorePath());
    await store.put([makeReport('甲区人民政府', 2021, 'a'), makeReport('甲区人民政府', 2022, 'b'), makeReport('丁县人民政府', 2022, 'c', '丁县')]);
    expect((await store.find({ year: 2022 })).map((report) => report.id)).toEqual(['甲区人民政府/2022', '丁县人民政府/2022']);
    expect((await store.find({ org: '甲区人民政府' })).length).toBe(2);
    expect((await store.find({ region: '丁县', year: 2021 })).length).toBe(0);
  });

  it('keeps the same list array until a write changes it, so callers can cache indexes on it', async () => {
    const store = await openStore(await tempStorePath());
    await store.put([makeReport('甲区人民政府', 2022, 'a')]);
    const before = await store.list();
    await store.put([makeReport('甲区人民政府', 2022, 'a')]);
    expect(await store.list()).toBe(before);
    await store.put([makeReport('乙局', 2022, 'b')]);
    expect(await store.list()).not.toBe(before);
  });

  it('persists reports, ingestion times and meta across reopening', async () => {
    const path = await tempStorePath();
    const first = await openStore(path);
    await first.put([makeReport('甲区人民政府', 2022, 'a')]);
    await first.setMeta('digest.lastSentAt', '2026-11-20T01:00:00.000Z');
    const second = await openStore(path);
    expect((await second.list()).map((report) => report.id)).toEqual(['甲区人民政府/2022']);
    expect(await second.getMeta('digest.lastSentAt')).toBe('2026-11-20T01:00:00.000Z');
    expect((await second.listIngestedSince(new Date('2000-01-01'))).map((entry) => entry.report.id)).toEqual(['甲区人民政府/2022']);
    expect(await second.listIngestedSince(new Date(Date.now() + 60_000))).toEqual([]);
    expect(JSON.parse(await readFile(path, 'utf8')).version).toBe(1);
  });

  it('refuses a file that is not a store, saying so', async () => {
    const path = await tempStorePath();
    await writeFile(path, '{"hello": 1}');
    await expect(openStore(path)).rejects.toThrow(StoreError);
    await writeFile(path, '{not json');
    await expect(openStore(path)).rejects.toThrow(/not valid JSON/);
  });
});
