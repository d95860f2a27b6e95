// Each report's tier on PostgreSQL (migration 20): written on ingest, derived in batches by the store that opens a
// database whose tiers were derived by other rules (or never), and answered from the organ list until then.
import { afterAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/parser/index.js';
import { type FigureScope, openStore, type Store } from '../../src/store/index.js';
import { createTestSchema, runSql, type TestSchema } from './postgres-schema.js';
import { makeReport } from './sample-reports.js';

const schemas: TestSchema[] = [];
afterAll(async () => {
  await Promise.all(schemas.map((schema) => schema.drop()));
});

const DISTRICTS = ['东湖', '西山', '南岗', '北塘', '中原', '新城', '河西', '江北', '高新', '临港'];
const BODIES = ['人民政府', '发展和改革局', '教育局', '财政局'];

/** Governments and departments of districts, counties, cities and a street, one report of 2022 each. */
function generatedReports(): Report[] {
  const organ = (org: string, region: string, isGovernment: boolean, at: number): Report => {
    const report = makeReport(org, 2022, `t${at}`, region);
    return isGovernment ? report : { ...report, level: 'department' };
  };
  return [
    ...DISTRICTS.flatMap((name, d) => [
      ...BODIES.map((body, b) => organ(`深圳市${name}区${body}`, `${name}区`, b === 0, d * 10 + b)),
      ...BODIES.map((body, b) => organ(`宿迁市${name}县${body}`, `${name}县`, b === 0, d * 10 + b + 5)),
    ]),
    organ('深圳市人民政府', '深圳市', true, 901),
    organ('深圳市教育局', '深圳市', false, 902),
    organ('苏州市昆山市人民政府', '昆山市', true, 903),
    organ('深圳市东湖区坪地街道办事处', '坪地街道', true, 904),
  ];
}

const SCOPES: readonly FigureScope[] = [
  { years: [2022], level: 'government', tier: 'county' },
  { years: [2022], level: 'government', tier: 'district' },
  { years: [2022], level: 'department', tier: 'countyProper' },
  { years: [2022], tier: 'city' },
  { years: [], latestOnly: true, tier: 'town' },
];

/** How many reports each scope holds, and the first few by organ: read through the store's failing checks. */
async function scopesOf(store: Store): Promise<unknown[]> {
  const received = { cells: ['applications.newReceived.total'] };
  return Promise.all(
    SCOPES.map(async (scope) => {
      const checked = (await store.listFailing?.(scope, { limit: 0 }))?.checked;
      const lacking = (await store.sumFigures?.(received, { ...scope, ties: 'organ' }))?.lacking ?? [];
      return [checked, lacking.slice(0, 3).map((lack) => lack.org)];
    }),
  );
}

const tierRows = (url: string) =>
  runSql<{ org: string; tier: string | null }>(url, 'SELECT org, tier FROM reports ORDER BY org COLLATE "C"');

describe('report tiers on PostgreSQL', () => {
  it('writes each report with its organ’s tier, and derives them again for a store whose tiers are stale', async () => {
    const schema = await createTestSchema();
    schemas.push(schema);
    const store = await openStore(schema.url);
    await store.put(generatedReports());
    const fresh = await tierRows(schema.url);
    expect(fresh.filter((row) => row.tier === 'countyProper')).toHaveLength(40);
    expect(fresh.find((row) => row.org === '苏州市昆山市人民政府')?.tier).toBe('county');
    const answers = await scopesOf(store);
    expect(answers).toEqual([
      [21, ['宿迁市东湖县人民政府', '宿迁市中原县人民政府', '宿迁市临港县人民政府']],
      [10, ['深圳市东湖区人民政府', '深圳市中原区人民政府', '深圳市临港区人民政府']],
      [30, ['宿迁市东湖县发展和改革局', '宿迁市东湖县教育局', '宿迁市东湖县财政局']],
      [2, ['深圳市人民政府', '深圳市教育局']],
      [1, ['深圳市东湖区坪地街道办事处']],
    ]);
    await store.close();

    // As a database from before migration 20 is left: no tier written, none derived.
    await runSql(schema.url, 'UPDATE reports SET tier = NULL');
    await runSql(schema.url, "UPDATE report_tiers_rules SET rules = 'older rules'");
    let during: unknown[] | undefined;
    const batches: number[] = [];
    const reopened = await openStore(schema.url, {
      postgres: {
        derivation: {
          batchSize: 30,
          afterBatch: async (derivation, batch) => {
            if (derivation !== 'report_tiers') return;
            batches.push(batch);
            // Another instance meanwhile answers a tier from the organ list: the same answers, none partial.
            if (batch === 1) {
              const other = await openStore(schema.url);
              during = await scopesOf(other);
              await other.close();
            }
          },
        },
      },
    });
    expect(during).toEqual(answers);
    expect(batches).toEqual([1, 2, 3]); // 84 organs, 30 a batch
    expect(await tierRows(schema.url)).toEqual(fresh);
    expect(await scopesOf(reopened)).toEqual(answers);
    await reopened.close();
  }, 60_000);
});
