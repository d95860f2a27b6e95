// The store contract: every backend must pass these, through the Store interface only.
import { spawn } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { StoreError } from '../../src/errors.js';
import type { Report } from '../../src/parser/index.js';
import {
  type Figure,
  type FigureRanking,
  type FigureRow,
  type FigureScope,
  type OrgListOptions,
  type OrgRequest,
  openStore,
  type Store,
  textRuns,
} from '../../src/store/index.js';
import { loadSampleReports, makeLargeReport, makeReport } from './sample-reports.js';

/** A backend under test: `newLocation()` gives an empty store's location (a file path or a database URL). */
export interface StoreBackend {
  readonly name: string;
  newLocation(): Promise<string>;
  /** Options for openStore (lowdb: a short stale-lock time, so a killed writer's lock is taken over quickly). */
  readonly options?: Parameters<typeof openStore>[1];
}

/** Registers the contract tests for one backend. */
export function describeStoreContract(backend: StoreBackend): void {
  describe(`${backend.name} store contract`, () => {
    const opened: Store[] = [];
    const open = async (location?: string): Promise<Store> => {
      const store = await openStore(location ?? (await backend.newLocation()), backend.options);
      opened.push(store);
      return store;
    };
    afterEach(async () => {
      await Promise.all(opened.splice(0).map((store) => store.close()));
    });

    it('upserts by id: added, unchanged for the same sha256, replaced for another file', async () => {
      const store = await open();
      expect(await store.put([makeReport('甲区人民政府', 2022, 'a'), makeReport('乙局', 2022, 'b')])).toEqual([
        'added',
        'added',
      ]);
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

    it('applies a report repeated within one batch after its earlier copy', async () => {
      const store = await open();
      const outcomes = await store.put([
        makeReport('甲局', 2022, 'a'),
        makeReport('甲局', 2022, 'a'),
        makeReport('甲局', 2022, 'b'),
      ]);
      expect(outcomes).toEqual(['added', 'unchanged', 'replaced']);
      expect((await store.list()).map((report) => report.source.sha256)).toEqual(['b']);
    });

    it('finds by organ, region and year', async () => {
      const store = await open();
      await store.put([
        makeReport('甲区人民政府', 2021, 'a'),
        makeReport('甲区人民政府', 2022, 'b'),
        makeReport('丁县人民政府', 2022, 'c', '丁县'),
      ]);
      expect((await store.find({ year: 2022 })).map((report) => report.id)).toEqual([
        '甲区人民政府/2022',
        '丁县人民政府/2022',
      ]);
      expect((await store.find({ org: '甲区人民政府' })).length).toBe(2);
      expect((await store.find({ region: '丁县', year: 2021 })).length).toBe(0);
    });

    it('keeps the same list array until a write changes it, so callers can cache indexes on it', async () => {
      const store = await open();
      await store.put([makeReport('甲区人民政府', 2022, 'a')]);
      const before = await store.list();
      await store.put([makeReport('甲区人民政府', 2022, 'a')]);
      expect(await store.list()).toBe(before);
      await store.put([makeReport('乙局', 2022, 'b')]);
      expect(await store.list()).not.toBe(before);
    });

    it('changes its revision when a put changes a report, and only then (callers cache listOrgs and find on it)', async () => {
      const store = await open();
      expect(store.revision).toBeTypeOf('function');
      const empty = await store.revision?.();
      await store.put([makeReport('甲区人民政府', 2022, 'a')]);
      const added = await store.revision?.();
      expect(added).not.toBe(empty);
      await store.put([makeReport('甲区人民政府', 2022, 'a')]);
      expect(await store.revision?.()).toBe(added);
      await store.put([makeReport('甲区人民政府', 2022, 'b')]);
      expect(await store.revision?.()).not.toBe(added);
      expect((await store.find({ org: '甲区人民政府' })).map((report) => report.source.sha256)).toEqual(['b']);
    });

    it('persists reports, ingestion times and meta across reopening', async () => {
      const location = await backend.newLocation();
      const first = await open(location);
      await first.put([makeReport('甲区人民政府', 2022, 'a')]);
      await first.setMeta('digest.lastSentAt', '2026-11-20T01:00:00.000Z');
      const second = await open(location);
      expect((await second.list()).map((report) => report.id)).toEqual(['甲区人民政府/2022']);
      expect(await second.getMeta('digest.lastSentAt')).toBe('2026-11-20T01:00:00.000Z');
      expect((await second.listIngestedSince(new Date('2000-01-01'))).map((entry) => entry.report.id)).toEqual([
        '甲区人民政府/2022',
      ]);
      expect(await second.listIngestedSince(new Date(Date.now() + 60_000))).toEqual([]);
    });

    it('stores the sample reports whole and gives them back equal', async () => {
      const store = await open();
      const samples = loadSampleReports();
      await store.put(samples);
      expect(await store.list()).toEqual(samples);
      expect(await store.get('深圳市龙岗区人民政府/2022')).toEqual(samples.find((report) => report.year === 2022));
    });

    it('lists organs by region and year, with the years each has', async () => {
      const store = await open();
      await store.put([...loadSampleReports(), makeReport('深圳市龙岗区人民政府', 2021, 'x')]);
      expect(await store.listOrgs?.({ region: '龙岗区' })).toEqual([
        { org: '深圳市龙岗区人民政府', region: '龙岗区', level: 'government', years: [2021, 2022] },
        { org: '深圳市龙岗区发展和改革局', region: '龙岗区', level: 'department', years: [2020] },
        { org: '深圳市龙岗区政务服务数据管理局', region: '龙岗区', level: 'department', years: [2021] },
      ]);
      expect((await store.listOrgs?.({ year: 2020 }))?.map((entry) => entry.org)).toEqual([
        '深圳市南山区人民政府',
        '深圳市龙华区政务服务数据管理局',
        '深圳市龙岗区发展和改革局',
      ]);
      expect((await store.listOrgs?.())?.length).toBe(5);
    });

    it('finds organs by name, by the start of their name, by a text inside it and a page at a time, and counts them', async () => {
      const store = await open();
      await store.put([
        ...loadSampleReports(),
        makeReport('深圳市龙岗区人民政府', 2021, 'x'),
        makeReport('100%_局', 2020, 'y'),
      ]);
      const orgs = (request: OrgRequest) => store.findOrgs?.(request).then((found) => found.map((entry) => entry.org));
      expect(await store.findOrgs?.({ names: ['深圳市龙岗区人民政府', '深圳市宝安区人民政府'] })).toEqual([
        { org: '深圳市龙岗区人民政府', region: '龙岗区', level: 'government', years: [2021, 2022] },
      ]);
      expect(await orgs({ prefixes: ['深圳市龙岗区'] })).toEqual([
        '深圳市龙岗区人民政府',
        '深圳市龙岗区发展和改革局',
        '深圳市龙岗区政务服务数据管理局',
      ]);
      // LIKE's wildcards in a text are the characters themselves.
      expect(await orgs({ containing: ['数据局', '%_'] })).toEqual(['100%_局']);
      expect(await orgs({ containing: ['%'] })).toEqual(['100%_局']);
      // Every two characters of 服务服 are in 政务服务数据管理局 (务服, 服务), the text is not.
      expect(await orgs({ containing: ['服务服'] })).toEqual([]);
      expect(await orgs({ containing: ['务服务'] })).toEqual([
        '深圳市龙华区政务服务数据管理局',
        '深圳市龙岗区政务服务数据管理局',
      ]);
      expect(await orgs({ containing: ['龙华'], names: ['深圳市南山区人民政府'] })).toEqual([
        '深圳市南山区人民政府',
        '深圳市龙华区政务服务数据管理局',
      ]);
      // Pages in code-point order: every organ once, as listOrgs() lists them.
      const first = (await orgs({ page: { after: null, limit: 4 } })) ?? [];
      const rest = await orgs({ page: { after: first.at(-1) ?? null, limit: 10 } });
      expect([...first, ...(rest ?? [])]).toEqual((await store.listOrgs?.())?.map((entry) => entry.org));
      expect(first).toHaveLength(4);
      expect(await store.countOrgans?.()).toEqual({
        organs: 6,
        years: [
          { year: 2022, reports: 1 },
          { year: 2021, reports: 2 },
          { year: 2020, reports: 4 },
        ],
      });
    });

    it("finds the organs named by a text's runs of characters as by those runs written out, up to the longest asked", async () => {
      const store = await open();
      await store.put([...loadSampleReports(), makeReport('𠀋城市龙岗区人民政府', 2022, 'x', '龙岗区')]);
      const orgs = (request: OrgRequest) => store.findOrgs?.(request).then((found) => found.map((entry) => entry.org));
      const texts = ['请问𠀋城市龙岗区人民政府和深圳市南山区人民政府2022年呢', '深圳市龙华区政务服务数据管理局   收到'];
      const named = [
        '深圳市南山区人民政府',
        '深圳市龙华区政务服务数据管理局',
        '𠀋城市龙岗区人民政府', // a character past the 16-bit range is one character of a run
      ];
      expect(await orgs({ runs: { texts, longest: 15 } })).toEqual(named);
      expect(await orgs({ names: textRuns({ texts, longest: 15 }) })).toEqual(named);
      // A name longer than the runs asked is not among them; a name asked beside the runs is.
      expect(await orgs({ runs: { texts, longest: 14 }, names: ['深圳市龙岗区人民政府'] })).toEqual([
        '深圳市南山区人民政府',
        '深圳市龙岗区人民政府',
        '𠀋城市龙岗区人民政府',
      ]);
      expect(await orgs({ runs: { texts: [''], longest: 15 } })).toEqual([]);
    });

    it('finds the organs whose names hold a place anywhere in them, with any other text in the same request', async () => {
      const store = await open();
      await store.put([
        ...loadSampleReports(),
        makeReport('中共深圳市委宣传部', 2022, 'a'),
        makeReport('广州市天河区人民政府', 2022, 'b', '天河区'),
        makeReport('广州市天河区发展和改革局', 2022, 'c', '天河区'),
        makeReport('广东省教育厅', 2022, 'd', ''),
        makeReport('前海管理局', 2022, 'e', ''),
      ]);
      const orgs = (request: OrgRequest) => store.findOrgs?.(request).then((found) => found.map((entry) => entry.org));
      expect(await orgs({ containing: ['广州'] })).toEqual(['广州市天河区人民政府', '广州市天河区发展和改革局']);
      expect(await orgs({ containing: ['深圳'] })).toEqual([
        '中共深圳市委宣传部',
        '深圳市南山区人民政府',
        '深圳市龙华区政务服务数据管理局',
        '深圳市龙岗区人民政府',
        '深圳市龙岗区发展和改革局',
        '深圳市龙岗区政务服务数据管理局',
      ]);
      expect(await orgs({ containing: ['广东省'] })).toEqual(['广东省教育厅']);
      expect(await orgs({ containing: ['广东', '天河区', '发展和改革', '前海'] })).toEqual([
        '前海管理局',
        '广东省教育厅',
        '广州市天河区人民政府',
        '广州市天河区发展和改革局',
        '深圳市龙岗区发展和改革局',
      ]);
      expect(await orgs({ containing: ['广西', '福田'] })).toEqual([]);
    });

    it('counts the organs of some years and their reports, listing the first by name', async () => {
      const store = await open();
      await store.put([
        ...loadSampleReports(),
        makeReport('深圳市龙岗区人民政府', 2021, 'x'),
        makeReport('100%_局', 2020, 'y'),
      ]);
      const listed = async (years: number[], limit: number) => {
        const listing = await store.listOrgsOfYears?.(years, { limit });
        return listing && { ...listing, orgs: listing.orgs.map((entry) => [entry.org, entry.years]) };
      };
      expect(await listed([], 2)).toEqual({
        orgs: [
          ['100%_局', [2020]],
          ['深圳市南山区人民政府', [2020]],
        ],
        organs: 6,
        reports: 7,
      });
      expect(await listed([2021], 10)).toEqual({
        orgs: [
          ['深圳市龙岗区人民政府', [2021, 2022]],
          ['深圳市龙岗区政务服务数据管理局', [2021]],
        ],
        organs: 2,
        reports: 2,
      });
      // Two years: an organ holding both is one organ of two reports.
      expect(await listed([2021, 2022], 1)).toEqual({
        orgs: [['深圳市龙岗区人民政府', [2021, 2022]]],
        organs: 2,
        reports: 3,
      });
      expect(await listed([2019], 5)).toEqual({ orgs: [], organs: 0, reports: 0 });
      // Those holding none of the years: every organ lacks 2019, none lacks "any year".
      const lacking = async (years: number[], limit: number) =>
        (await store.listOrgsOfYears?.(years, { limit, lacking: true }))?.orgs.map((entry) => entry.org);
      expect(await lacking([2020, 2022], 5)).toEqual(['深圳市龙岗区政务服务数据管理局']);
      expect(await store.listOrgsOfYears?.([2020], { limit: 1, lacking: true })).toEqual({
        orgs: [{ org: '深圳市龙岗区人民政府', region: '龙岗区', level: 'government', years: [2021, 2022] }],
        organs: 2,
        reports: 0,
      });
      expect((await store.listOrgsOfYears?.([2019], { limit: 10, lacking: true }))?.organs).toBe(6);
      expect(await lacking([], 5)).toEqual([]);
    });

    it("finds a province's region keys and the organs placed in no one province, by the place each name starts with", async () => {
      const store = await open();
      await store.put([
        ...loadSampleReports(),
        makeReport('淮安市洪泽区人民政府', 2024, 'h', '洪泽区'),
        makeReport('淮安市人民政府', 2024, 'c', '淮安市'),
        makeReport('沐阳县人民政府', 2024, 'm', '沐阳县'),
        makeReport('鑫犇县人民政府', 2024, 'x', '鑫犇县'),
        makeReport('100%_局', 2020, 'y'),
      ]);
      // 沐阳县 (the OCR's 沭阳县) is no place of the gazetteer, but one look-alike character from 沭阳县 alone: 江苏's.
      expect(await store.findProvinceRegions?.('江苏')).toEqual(['沐阳县', '淮安市', '淮安市洪泽区']);
      expect(await store.findProvinceRegions?.('广东省')).toEqual(['深圳市南山区', '深圳市龙华区', '深圳市龙岗区']);
      // 鑫犇县 is no place of the gazetteer nor one character from one: in no province, and among the unplaced.
      expect(await store.findProvinceRegions?.('江苏省沐')).toEqual([]);
      expect(await store.findProvinceRegions?.('河南')).toEqual([]);
      const unplaced = (limit: number) =>
        store.findOrgs?.({ unplaced: { limit } }).then((found) => found.map((entry) => entry.org));
      expect(await unplaced(10)).toEqual(['100%_局', '鑫犇县人民政府']);
      expect(await unplaced(1)).toEqual(['100%_局']);
      // Another organ of a region already held moves no key; a replaced report keeps its organ's place.
      await store.put([makeReport('淮安市洪泽区人民政府', 2024, 'h2', '洪泽区')]);
      expect(await store.findProvinceRegions?.('江苏')).toEqual(['沐阳县', '淮安市', '淮安市洪泽区']);
    });

    const figure = (...cells: string[]): Figure => ({ cells });
    const orgsOf = (rows: readonly FigureRow[]): [string, number][] => rows.map((row) => [row.report.org, row.value]);

    it.each([
      [
        'applications.newReceived.total',
        { years: [2020] },
        10,
        [
          ['深圳市南山区人民政府', 262],
          ['深圳市龙岗区发展和改革局', 4],
          ['深圳市龙华区政务服务数据管理局', 1],
        ],
      ],
      ['applications.newReceived.total', { years: [2020], level: 'department' }, 1, [['深圳市龙岗区发展和改革局', 4]]],
      ['applications.granted.natural', { years: [2020], region: '南山区' }, 10, [['深圳市南山区人民政府', 93]]],
      [
        'applications.newReceived.total',
        { years: [], latestOnly: true, orgs: ['深圳市龙岗区人民政府', '深圳市南山区人民政府', '无此机关'] },
        10,
        [
          ['深圳市龙岗区人民政府', 552],
          ['深圳市南山区人民政府', 262],
        ],
      ],
      ['reviewLitigation.review.total', { years: [2022] }, 10, [['深圳市龙岗区人民政府', 15]]],
      ['applications.denied.stateSecret.total', { years: [2022] }, 10, [['深圳市龙岗区人民政府', 1]]],
      ['activeDisclosure.licensing.lastYearItems', { years: [2021] }, 10, []], // template 2021 has no such field
    ] as const)('ranks %s over %o', async (metric, scope, limit, expected) => {
      const store = await open();
      await store.put(loadSampleReports());
      const ranking = await store.rankFigures?.(figure(metric), scope, { limit });
      expect(ranking && orgsOf(ranking.rows)).toEqual(expected);
    });

    it('ranks the smallest first, a sum of cells, a share of a whole, and counts what it compared', async () => {
      const store = await open();
      await store.put(loadSampleReports());
      const latest = { years: [], latestOnly: true } as const;
      const ascending = await store.rankFigures?.(
        figure('activeDisclosure.licensing.change'),
        { years: [2020] },
        {
          order: 'asc',
          limit: 10,
        },
      );
      expect(ascending && orgsOf(ascending.rows)).toEqual([
        ['深圳市南山区人民政府', -19],
        ['深圳市龙岗区发展和改革局', -3],
        ['深圳市龙华区政务服务数据管理局', 0],
      ]);
      const litigation = await store.rankFigures?.(
        figure('reviewLitigation.litigationDirect.total', 'reviewLitigation.litigationAfterReview.total'),
        latest,
        { limit: 2 },
      );
      expect(litigation && [orgsOf(litigation.rows), litigation.compared, litigation.tied]).toEqual([
        [
          ['深圳市龙岗区人民政府', 38],
          ['深圳市南山区人民政府', 4],
        ],
        5,
        1,
      ]);
      const mixed = await store.rankFigures?.(
        figure('applications.newReceived.natural', 'reviewLitigation.review.total'),
        latest,
        { limit: 1 },
      );
      expect(mixed && orgsOf(mixed.rows)).toEqual([['深圳市龙岗区人民政府', 504]]);
      // 自然人 of 新收申请: the 2021 data bureau received none, so it has no share.
      const shares = await store.rankFigures?.(
        { cells: ['applications.newReceived.natural'], per: ['applications.newReceived.total'] },
        latest,
        { limit: 3 },
      );
      expect(
        shares && [shares.rows.map((row) => [row.report.org, Math.round(row.value * 1000)]), shares.compared],
      ).toEqual([
        [
          ['深圳市龙岗区发展和改革局', 1000],
          ['深圳市龙华区政务服务数据管理局', 1000],
          ['深圳市南山区人民政府', 901],
        ],
        4,
      ]);
    });

    it('lists every report tied for first in scan order: by organ, or by the years asked then insertion', async () => {
      const store = await open();
      await store.put(loadSampleReports());
      const review = figure('reviewLitigation.review.total');
      const byOrgan = await store.rankFigures?.(
        review,
        { years: [], latestOnly: true, ties: 'organ' },
        {
          order: 'asc',
          limit: 2,
          ties: 'first',
        },
      );
      expect(byOrgan && [orgsOf(byOrgan.rows), byOrgan.tied, byOrgan.compared]).toEqual([
        [
          ['深圳市龙华区政务服务数据管理局', 0],
          ['深圳市龙岗区发展和改革局', 0],
        ],
        3,
        5,
      ]);
      const byYears = await store.rankFigures?.(
        review,
        { years: [2021, 2020] },
        { order: 'asc', limit: 5, ties: 'first' },
      );
      expect(byYears && orgsOf(byYears.rows).map(([org]) => org)).toEqual([
        '深圳市龙岗区政务服务数据管理局',
        '深圳市龙岗区发展和改革局',
        '深圳市龙华区政务服务数据管理局',
      ]);
      const none = await store.rankFigures?.(review, { years: [2030] }, { limit: 5, ties: 'first' });
      expect(none).toEqual({ rows: [], compared: 0, tied: 0 });
    });

    it('breaks ties in insertion order or by organ, and rejects an unknown metric naming the allowed form', async () => {
      const store = await open();
      await store.put(
        [makeReport('甲局', 2022, 'a'), makeReport('乙局', 2022, 'b')].map((report) => ({
          ...report,
          reviewLitigation: sampleReview(3),
        })),
      );
      const review = figure('reviewLitigation.review.total');
      const idsOf = (ranking: FigureRanking | undefined) => ranking?.rows.map((row) => row.report.id);
      expect(idsOf(await store.rankFigures?.(review, { years: [2022] }, { limit: 5 }))).toEqual([
        '甲局/2022',
        '乙局/2022',
      ]);
      expect(idsOf(await store.rankFigures?.(review, { years: [2022], ties: 'organ' }, { limit: 5 }))).toEqual([
        '乙局/2022',
        '甲局/2022',
      ]);
      await expect(
        store.rankFigures?.(figure('applications.newReceived.sum'), { years: [] }, { limit: 1 }),
      ).rejects.toThrow(StoreError);
      await expect(
        store.countFigures?.(figure('applications.total'), { years: [] }, { zero: false, limit: 1 }),
      ).rejects.toThrow(/applications\.newReceived\.total/);
    });

    it('lists the first of many equal values in tie order: a top N cut inside a tie, every one tied first, the zeros, over years, a level and the latest reports', async () => {
      const store = await open();
      const values: Record<number, readonly number[]> = {
        2021: [7, 5, 5, 5, 5, 5, 3, 0, 0, 0, 0, 0, 0, 0],
        2022: [5, 5, 0, 0, 9, 0, 5],
      };
      const written: Report[] = [];
      for (const year of [2021, 2022]) {
        // Stored in reverse organ order, so the store's order and the organs' differ.
        const reports = (values[year] ?? []).map((total, at) => ({
          ...makeReport(`机关${String(at).padStart(2, '0')}`, year, `${year}-${at}`),
          level: at % 2 === 0 ? ('government' as const) : ('department' as const),
          reviewLitigation: sampleReview(total),
        }));
        reports.reverse();
        await store.put(reports);
        written.push(...reports);
      }
      const review = figure('reviewLitigation.review.total');
      const reviewOf = (report: Report) => report.reviewLitigation?.review.total ?? 0;
      const latest = new Set(
        [...new Set(written.map((report) => report.org))].map(
          (org) => `${org}/${Math.max(...written.filter((report) => report.org === org).map((report) => report.year))}`,
        ),
      );
      // What every store must give: the scope's reports by value, then by the years asked and the store's order,
      // or by organ then year.
      const expected = (scope: FigureScope, keep: (report: Report) => boolean, desc: boolean, limit: number) =>
        written
          .map((report, at) => ({ report, at }))
          .filter(({ report }) => (scope.years.length > 0 ? scope.years.includes(report.year) : latest.has(report.id)))
          .filter(({ report }) => (scope.level === undefined || report.level === scope.level) && keep(report))
          .sort(
            (a, b) =>
              (desc ? reviewOf(b.report) - reviewOf(a.report) : reviewOf(a.report) - reviewOf(b.report)) ||
              (scope.ties === 'organ'
                ? (a.report.org < b.report.org ? -1 : a.report.org > b.report.org ? 1 : 0) ||
                  a.report.year - b.report.year
                : scope.years.indexOf(a.report.year) - scope.years.indexOf(b.report.year) || a.at - b.at),
          )
          .slice(0, limit)
          .map(({ report }) => report.id);
      const idsOf = (found: { rows: readonly FigureRow[] } | undefined) => found?.rows.map((row) => row.report.id);
      const every = () => true;
      const scopes: FigureScope[] = [
        { years: [2021] },
        { years: [2022, 2021] },
        { years: [2021], level: 'department', ties: 'organ' },
        { years: [], latestOnly: true, ties: 'organ' },
      ];
      for (const scope of scopes)
        for (const [order, limit] of [
          ['desc', 4],
          ['asc', 5],
          ['desc', 30],
        ] as const)
          expect(idsOf(await store.rankFigures?.(review, scope, { limit, order })), JSON.stringify(scope)).toEqual(
            expected(scope, every, order === 'desc', limit),
          );
      const tiedFirst = await store.rankFigures?.(review, { years: [2021] }, { limit: 3, ties: 'first' });
      expect([idsOf(tiedFirst), tiedFirst?.tied]).toEqual([expected({ years: [2021] }, every, true, 1), 1]);
      const tiedLast = await store.rankFigures?.(
        review,
        { years: [2021, 2022] },
        { limit: 3, order: 'asc', ties: 'first' },
      );
      const isZero = (report: Report) => reviewOf(report) === 0;
      expect([idsOf(tiedLast), tiedLast?.tied]).toEqual([expected({ years: [2021, 2022] }, isZero, true, 3), 10]);
      const zeros = await store.countFigures?.(review, { years: [2022, 2021] }, { zero: true, limit: 4 });
      expect([idsOf(zeros), zeros?.matched, zeros?.compared]).toEqual([
        expected({ years: [2022, 2021] }, isZero, true, 4),
        10,
        21,
      ]);
      const nonZero = await store.countFigures?.(
        review,
        { years: [], latestOnly: true, ties: 'organ' },
        { zero: false, limit: 4 },
      );
      expect([idsOf(nonZero), nonZero?.matched]).toEqual([
        expected({ years: [], latestOnly: true, ties: 'organ' }, (report) => !isZero(report), true, 4),
        4,
      ]);
      // 超过2件: only the figures above the number, listed and counted like the others, in every scope.
      const isAbove = (report: Report) => reviewOf(report) > 2;
      for (const scope of scopes) {
        const above = await store.countFigures?.(review, scope, { zero: false, limit: 4, above: 2 });
        expect([idsOf(above), above?.matched], JSON.stringify(scope)).toEqual([
          expected(scope, isAbove, true, 4),
          expected(scope, isAbove, true, written.length).length,
        ]);
      }
      const sum = await store.sumFigures?.(review, { years: [2022, 2021], ties: 'organ' }, { listed: 3 });
      expect([sum?.sum, sum?.count, idsOf(sum)]).toEqual([59, 21, ['机关00/2021', '机关00/2022', '机关01/2021']]);
      const places = await store.placeFigures?.(review, { years: [2021] }, [{ id: '机关03/2021', value: 5 }]);
      expect(places).toEqual({ compared: 14, above: [1], inScope: [true] });
    });

    it('ranks by a table 二 field the schema does not list, read from the report itself', async () => {
      const store = await open();
      const withArchives = (org: string, items: number) => ({
        ...makeReport(org, 2023, org),
        activeDisclosure: { archives: { items } },
      });
      await store.put([withArchives('甲局', 3), withArchives('乙局', 8), makeReport('丙局', 2023, 'c')]);
      const ranking = await store.rankFigures?.(
        figure('activeDisclosure.archives.items'),
        { years: [2023] },
        { limit: 5 },
      );
      expect(ranking && [orgsOf(ranking.rows), ranking.compared]).toEqual([
        [
          ['乙局', 8],
          ['甲局', 3],
        ],
        2,
      ]);
    });

    it('counts reports with a non-zero or a zero figure, the largest listed', async () => {
      const store = await open();
      await store.put(loadSampleReports());
      const review = figure('reviewLitigation.review.total');
      const latest = { years: [], latestOnly: true, ties: 'organ' } as const;
      const nonZero = await store.countFigures?.(review, latest, { zero: false, limit: 30 });
      expect(nonZero && [orgsOf(nonZero.rows), nonZero.matched, nonZero.compared]).toEqual([
        [
          ['深圳市龙岗区人民政府', 15],
          ['深圳市南山区人民政府', 5],
        ],
        2,
        5,
      ]);
      const aboveFive = await store.countFigures?.(review, latest, { zero: false, limit: 30, above: 5 });
      expect(aboveFive && [orgsOf(aboveFive.rows), aboveFive.matched, aboveFive.compared]).toEqual([
        [['深圳市龙岗区人民政府', 15]],
        1,
        5,
      ]);
      // A figure with no column of its own (read from each report's vector on PostgreSQL).
      const natural = figure('applications.newReceived.natural');
      const aboveHundred = await store.countFigures?.(natural, latest, { zero: false, limit: 30, above: 100 });
      expect(aboveHundred && [orgsOf(aboveHundred.rows), aboveHundred.matched]).toEqual([
        [
          ['深圳市龙岗区人民政府', 489],
          ['深圳市南山区人民政府', 236],
        ],
        2,
      ]);
      const zero = await store.countFigures?.(review, latest, { zero: true, limit: 2 });
      expect(zero && [orgsOf(zero.rows), zero.matched]).toEqual([
        [
          ['深圳市龙华区政务服务数据管理局', 0],
          ['深圳市龙岗区发展和改革局', 0],
        ],
        3,
      ]);
    });

    it("gives an organ's place: how many have more, and whether its report is among those compared", async () => {
      const store = await open();
      await store.put(loadSampleReports());
      const places = await store.placeFigures?.(
        figure('reviewLitigation.review.total'),
        { years: [], latestOnly: true },
        [
          { id: '深圳市南山区人民政府/2020', value: 5 },
          { id: '某局/2023', value: 0 },
        ],
      );
      expect(places).toEqual({ above: [1, 2], inScope: [true, false], compared: 5 });
    });

    it('sums and counts a figure over a filter, by year too, and follows each organ to its latest report', async () => {
      const store = await open();
      await store.put(loadSampleReports());
      const received = figure('applications.newReceived.total');
      expect(await store.sumFigures?.(received, { years: [] })).toEqual({
        sum: 819,
        count: 5,
        years: [
          { year: 2020, sum: 267, count: 3 },
          { year: 2021, sum: 0, count: 1 },
          { year: 2022, sum: 552, count: 1 },
        ],
        rows: [],
        lacking: [],
      });
      expect((await store.sumFigures?.(received, { years: [2020], level: 'government' }))?.sum).toBe(262);
      // A later report without the table becomes 龙岗区's latest; an earlier one changes nothing.
      await store.put([makeReport('深圳市龙岗区人民政府', 2021, 'x')]);
      expect((await store.sumFigures?.(received, { years: [], latestOnly: true }))?.count).toBe(5);
      await store.put([makeReport('深圳市龙岗区人民政府', 2023, 'y')]);
      expect(await store.sumFigures?.(received, { years: [], latestOnly: true })).toMatchObject({ sum: 267, count: 4 });
    });

    it('narrows every result to a tier of organs (区县, 区, 县, 市, 乡镇街道), by the tier of each organ', async () => {
      const store = await open();
      const [nanshan] = loadSampleReports().filter((report) => report.org === '深圳市南山区人民政府');
      const received = figure('applications.newReceived.total');
      // The 2020 report of 南山区 under other organs' names, each with its own figure.
      const renamed = (org: string, region: string, level: Report['level'], total: number, year = 2020): Report => {
        const report = nanshan as Report;
        const applications = report.applications as NonNullable<Report['applications']>;
        return {
          ...report,
          id: `${org}/${year}`,
          org,
          region,
          level,
          year,
          source: { ...report.source, sha256: `${org}${year}` },
          applications: {
            ...applications,
            newReceived: { ...applications.newReceived, total } as typeof applications.newReceived,
          },
          checks: total === 300 ? [{ rule: 'applications.balance', severity: 'error', message: '不平衡' }] : [],
        };
      };
      await store.put([
        ...loadSampleReports(), // 南山区 262 and 龙岗区 552 (区), 龙岗区发改局 4, 龙华区数据局 1, 龙岗区数据局 0 (区级部门)
        renamed('深圳市人民政府', '深圳市', 'government', 900),
        renamed('宿迁市沭阳县人民政府', '沭阳县', 'government', 300),
        renamed('苏州市昆山市人民政府', '昆山市', 'government', 70),
        renamed('深圳市龙岗区坪地街道办事处', '坪地街道', 'government', 50),
        renamed('深圳市教育局', '深圳市', 'department', 8),
      ]);
      const ranked = async (scope: FigureScope) =>
        orgsOf((await store.rankFigures?.(received, scope, { limit: 10 }))?.rows ?? []);
      const year2020 = { years: [2020], ties: 'organ' } as const;
      expect(await ranked({ ...year2020, level: 'government', tier: 'county' })).toEqual([
        ['宿迁市沭阳县人民政府', 300],
        ['深圳市南山区人民政府', 262],
        ['苏州市昆山市人民政府', 70],
      ]);
      expect(await ranked({ ...year2020, level: 'government', tier: 'district' })).toEqual([
        ['深圳市南山区人民政府', 262],
      ]);
      expect(await ranked({ ...year2020, level: 'government', tier: 'countyProper' })).toEqual([
        ['宿迁市沭阳县人民政府', 300],
      ]);
      expect(await ranked({ ...year2020, tier: 'city' })).toEqual([
        ['深圳市人民政府', 900],
        ['深圳市教育局', 8],
      ]);
      expect(await ranked({ ...year2020, level: 'department', tier: 'county' })).toEqual([
        ['深圳市龙岗区发展和改革局', 4],
        ['深圳市龙华区政务服务数据管理局', 1],
      ]);
      expect(await ranked({ years: [], latestOnly: true, level: 'government', tier: 'district' })).toEqual([
        ['深圳市龙岗区人民政府', 552],
        ['深圳市南山区人民政府', 262],
      ]);
      expect(await ranked({ years: [2020], tier: 'town' })).toEqual([['深圳市龙岗区坪地街道办事处', 50]]);
      const county = { ...year2020, level: 'government', tier: 'county' } as const;
      expect(await store.sumFigures?.(received, county, { listed: 1 })).toEqual({
        sum: 632,
        count: 3,
        years: [{ year: 2020, sum: 632, count: 3 }],
        rows: [{ report: expect.objectContaining({ org: '宿迁市沭阳县人民政府' }), value: 300 }],
        lacking: [],
      });
      const counted = await store.countFigures?.(received, county, { zero: false, limit: 1, above: 100 });
      expect(counted && [orgsOf(counted.rows), counted.matched, counted.compared]).toEqual([
        [['宿迁市沭阳县人民政府', 300]],
        2,
        3,
      ]);
      expect(
        await store.placeFigures?.(received, county, [
          { id: '深圳市南山区人民政府/2020', value: 262 },
          { id: '深圳市人民政府/2020', value: 900 },
        ]),
      ).toEqual({ above: [1, 0], inScope: [true, false], compared: 3 });
      const failing = await store.listFailing?.(county, { limit: 30 });
      expect(failing && [failing.rows.map((row) => row.org), failing.failing, failing.checked]).toEqual([
        ['宿迁市沭阳县人民政府'],
        1,
        3,
      ]);
      // A figure read from the metric vector, not a column of its own, is narrowed the same.
      const granted = await store.rankFigures?.(figure('applications.granted.natural'), county, { limit: 10 });
      expect(granted?.rows.map((row) => row.report.org)).toEqual([
        '宿迁市沭阳县人民政府',
        '深圳市南山区人民政府',
        '苏州市昆山市人民政府',
      ]);
      // The organs of a kind and tier, counted and the first listed without the organ list.
      const listed = async (years: number[], options: Omit<OrgListOptions, 'limit'>) => {
        const listing = await store.listOrgsOfYears?.(years, { limit: 2, ...options });
        return listing && [listing.orgs.map((entry) => entry.org), listing.organs, listing.reports];
      };
      expect(await listed([2020], { level: 'government', tier: 'county' })).toEqual([
        ['宿迁市沭阳县人民政府', '深圳市南山区人民政府'],
        3,
        3,
      ]);
      expect(await listed([], { level: 'government', tier: 'district' })).toEqual([
        ['深圳市南山区人民政府', '深圳市龙岗区人民政府'],
        2,
        2,
      ]);
      expect(await listed([2020, 2022], { tier: 'district' })).toEqual([
        ['深圳市南山区人民政府', '深圳市龙华区政务服务数据管理局'],
        4,
        4,
      ]);
      expect(await listed([2022], { lacking: true, level: 'department' })).toEqual([
        ['深圳市教育局', '深圳市龙华区政务服务数据管理局'],
        4,
        0,
      ]);
      expect(await listed([], { level: 'department', tier: 'town' })).toEqual([[], 0, 0]);
      // A next year of an organ is of its tier, and a report replaced keeps it.
      await store.put([renamed('宿迁市沭阳县人民政府', '沭阳县', 'government', 310, 2021)]);
      await store.put([renamed('深圳市南山区人民政府', '南山区', 'government', 263)]);
      expect(await ranked({ years: [2020, 2021], level: 'government', tier: 'countyProper', ties: 'organ' })).toEqual([
        ['宿迁市沭阳县人民政府', 310],
        ['宿迁市沭阳县人民政府', 300],
      ]);
      expect((await store.sumFigures?.(received, county))?.sum).toBe(633);
      // 最多 within the tier: every report tied first there, counted, not the store's best (深圳市 900).
      await store.put([renamed('宿迁市泗阳县人民政府', '泗阳县', 'government', 300)]);
      const first = await store.rankFigures?.(received, county, { limit: 30, ties: 'first' });
      expect(first && [orgsOf(first.rows), first.tied, first.compared]).toEqual([
        [
          ['宿迁市沭阳县人民政府', 300],
          ['宿迁市泗阳县人民政府', 300],
        ],
        2,
        4,
      ]);
      const last = await store.rankFigures?.(received, county, { limit: 30, order: 'asc', ties: 'first' });
      expect(last && [orgsOf(last.rows), last.tied]).toEqual([[['苏州市昆山市人民政府', 70]], 1]);
      // The tier is the organ's, by its latest report's region: an older report of another region takes it, and
      // a region moved by a newer report moves every report of the organ.
      await store.put([renamed('深圳市龙岗区坪地街道办事处', '坪地街道', 'government', 51, 2021)]);
      await store.put([renamed('深圳市龙岗区坪地街道办事处', '龙岗区', 'government', 49, 2019)]);
      await store.put([renamed('深圳市龙岗区平湖街道办事处', '平湖街道', 'government', 40, 2019)]);
      await store.put([renamed('深圳市龙岗区平湖街道办事处', '龙岗区', 'government', 41, 2021)]);
      expect(await ranked({ years: [2019, 2021], tier: 'town', ties: 'organ' })).toEqual([
        ['深圳市龙岗区坪地街道办事处', 51],
        ['深圳市龙岗区坪地街道办事处', 49],
      ]);
      expect(await ranked({ years: [2019, 2021], tier: 'district', ties: 'organ' })).toEqual([
        ['深圳市龙岗区平湖街道办事处', 41],
        ['深圳市龙岗区平湖街道办事处', 40],
        ['深圳市龙岗区政务服务数据管理局', 0],
      ]);
    });

    it("lists a sum's first reports in the scope's order, and every report of the scope lacking the figure", async () => {
      const store = await open();
      await store.put([
        ...loadSampleReports(),
        makeReport('深圳市龙岗区人民政府', 2021, 'x'),
        makeReport('深圳市福田区人民政府', 2020, 'y', '福田区'),
      ]);
      const received = figure('applications.newReceived.total');
      const sum = await store.sumFigures?.(received, { years: [2020, 2021], ties: 'organ' }, { listed: 2 });
      expect(sum && [sum.sum, sum.count, orgsOf(sum.rows), sum.lacking]).toEqual([
        267,
        4,
        [
          ['深圳市南山区人民政府', 262],
          ['深圳市龙华区政务服务数据管理局', 1],
        ],
        [
          { org: '深圳市福田区人民政府', year: 2020, template: '2021' },
          { org: '深圳市龙岗区人民政府', year: 2021, template: '2021' },
        ],
      ]);
      // In insertion order by default; listing more than there are lists them all.
      const byStore = await store.sumFigures?.(received, { years: [2020], region: '南山区' }, { listed: 5 });
      expect(byStore && [orgsOf(byStore.rows), byStore.lacking]).toEqual([[['深圳市南山区人民政府', 262]], []]);
    });

    it('counts and lists the reports with failed checks, by organ then year, within a scope', async () => {
      const store = await open();
      const check = { rule: 'applications.balance', severity: 'error', message: '不平衡' } as const;
      const failing = (org: string, year: number): Report => ({
        ...makeReport(org, year, `${org}${year}`),
        checks: [check],
      });
      const fetched = failing('丙局', 2021);
      await store.put([
        failing('乙局', 2021),
        makeReport('甲局', 2021, 'a'),
        failing('甲局', 2022),
        failing('甲局', 2020),
        // Fetched from the web: listed with its page, for the reply's source footer.
        { ...fetched, level: 'department', source: { ...fetched.source, url: 'https://bing.gov.cn/1.html' } },
      ]);
      const all = await store.listFailing?.({ years: [] }, { limit: 2 });
      expect(all).toEqual({
        rows: [
          { org: '丙局', year: 2021, file: '丙局-2021.txt', url: 'https://bing.gov.cn/1.html', checks: [check] },
          { org: '乙局', year: 2021, file: '乙局-2021.txt', checks: [check] },
        ],
        failing: 4,
        checked: 5,
      });
      const narrowed = await store.listFailing?.({ years: [2021, 2022], level: 'government' }, { limit: 30 });
      expect(narrowed && [narrowed.rows.map((row) => [row.org, row.year]), narrowed.failing, narrowed.checked]).toEqual(
        [
          [
            ['乙局', 2021],
            ['甲局', 2022],
          ],
          2,
          3,
        ],
      );
      expect(await store.listFailing?.({ years: [2019], orgs: ['甲局'] }, { limit: 30 })).toEqual({
        rows: [],
        failing: 0,
        checked: 0,
      });
    });

    it('counts and lists only the checks of the tables asked', async () => {
      const store = await open();
      const balance = { rule: 'applications.balance', severity: 'error', message: '表三不平' } as const;
      const review = { rule: 'reviewLitigation.total', severity: 'error', message: '表四不平' } as const;
      // A rule of any table counts for the table it names.
      const missing = { rule: 'table.missing', severity: 'error', table: '四', message: '表四缺失' } as const;
      const withChecks = (org: string, checks: Report['checks']): Report => ({
        ...makeReport(org, 2021, org),
        checks,
      });
      await store.put([
        withChecks('甲局', [balance, review]),
        withChecks('乙局', [review]),
        withChecks('丙局', [missing]),
        withChecks('丁局', []),
      ]);
      const ofTable = async (sections: readonly ('applications' | 'reviewLitigation' | 'activeDisclosure')[]) => {
        const found = await store.listFailing?.({ years: [2021] }, { limit: 2, sections });
        return (
          found && [
            found.rows.map((row) => [row.org, row.checks.map((check) => check.message)]),
            found.failing,
            found.checked,
          ]
        );
      };
      expect(await ofTable(['applications'])).toEqual([[['甲局', ['表三不平']]], 1, 4]);
      expect(await ofTable(['reviewLitigation'])).toEqual([
        [
          ['丙局', ['表四缺失']],
          ['乙局', ['表四不平']],
        ],
        3,
        4,
      ]);
      expect(await ofTable(['activeDisclosure'])).toEqual([[], 0, 4]);
      // Of named organs too.
      const named = await store.listFailing?.(
        { years: [2021], orgs: ['甲局', '乙局'] },
        { limit: 5, sections: ['applications'] },
      );
      expect(named && [named.failing, named.checked]).toEqual([1, 2]);
    });

    it('gives a claim to one taker until it expires', async () => {
      const store = await open();
      const now = new Date('2026-11-20T01:00:00.000Z');
      const until = new Date('2026-11-20T02:00:00.000Z');
      expect(await store.tryClaim?.('digest', until, now)).toBe(true);
      expect(await store.tryClaim?.('digest', until, new Date('2026-11-20T01:59:59.999Z'))).toBe(false);
      expect(await store.tryClaim?.('other', until, now)).toBe(true);
      expect(await store.tryClaim?.('digest', new Date('2026-11-20T03:00:00.000Z'), until)).toBe(true);
      expect(await store.getMeta('claim:digest')).toBe('2026-11-20T03:00:00.000Z');
    });

    it('tells what changed since a time: added, replaced, newly failing, counted and the first listed', async () => {
      const store = await open();
      const failing = (report: Report): Report => ({
        ...report,
        checks: [{ rule: 'applications.balance', severity: 'error', message: '总计不平' }],
      });
      const at = (minute: number) => `2026-03-01T00:0${minute}:00.000Z`;
      const stored = (report: Report, minute: number) => ({ report, ingestedAt: at(minute) });
      await store.putStored?.([
        stored(failing(makeReport('甲局', 2022, 'a')), 1),
        stored(makeReport('乙局', 2022, 'b'), 1),
        stored(failing(makeReport('丙局', 2021, 'c')), 1),
      ]);
      await store.putStored?.([
        stored(failing(makeReport('甲局', 2022, 'a2')), 3), // failed before its replacement too: not news
        stored(failing(makeReport('乙局', 2022, 'b2')), 3),
        stored(makeReport('丁局', 2022, 'd'), 3),
        stored(failing(makeReport('丙局', 2021, 'c')), 3), // the same file: unchanged
      ]);
      const ids = (sample: { reports: readonly Report[] } | undefined) => sample?.reports.map((report) => report.id);
      const changes = await store.listChanges?.(new Date(at(2)), { limit: 10 });
      expect([ids(changes?.added), ids(changes?.replaced), ids(changes?.newlyFailing)]).toEqual([
        ['丁局/2022'],
        ['甲局/2022', '乙局/2022'],
        ['乙局/2022'],
      ]);
      const first = await store.listChanges?.(new Date(at(2)), { limit: 1 });
      expect([first?.replaced.count, ids(first?.replaced)]).toEqual([2, ['甲局/2022']]);
      const all = await store.listChanges?.(new Date(0), { limit: 0 });
      expect([all?.added.count, all?.replaced.count, all?.newlyFailing.count, ids(all?.added)]).toEqual([4, 0, 3, []]);
      expect(await store.countReports?.()).toEqual({
        organs: 4,
        reports: 4,
        years: [
          { year: 2021, reports: 1, failing: 1 },
          { year: 2022, reports: 3, failing: 2 },
        ],
      });
    });

    it('compares a figure of a year with the year before, per organ, and lists checks of one kind', async () => {
      const store = await open();
      const received = (org: string, year: number, value: number): Report => {
        const report = makeReport(org, year, `${org}${year}`);
        return {
          ...report,
          applications: {
            newReceived: { ...report.applications?.newReceived, total: value },
          } as Report['applications'],
          checks: value === 7 ? [{ rule: 'narrative.mismatch', severity: 'warning', message: '正文称 30 件' }] : [],
        };
      };
      await store.put([
        received('甲局', 2022, 100),
        received('甲局', 2023, 400),
        received('乙局', 2022, 60),
        received('乙局', 2023, 61),
        received('丙局', 2023, 7),
        received('丁局', 2022, 0),
        received('丁局', 2023, 50),
      ]);
      const figure = { cells: ['applications.newReceived.total'] };
      const jumps = await store.compareYears?.(figure, 2023, { jump: { factor: 3, minSize: 50 } });
      expect(jumps).toEqual({
        pairs: 3,
        previousSum: 160,
        currentSum: 511,
        rows: [
          { org: '甲局', current: 400, previous: 100 },
          { org: '丁局', current: 50, previous: 0 },
        ],
      });
      expect((await store.compareYears?.(figure, 2023, { rise: 2 }))?.rows.map((row) => row.org)).toEqual([
        '甲局',
        '丁局',
      ]);
      expect((await store.compareYears?.(figure, 2023, {}))?.rows).toEqual([]);
      expect(await store.listChecks?.(2023, 'narrative.', { limit: 5 })).toEqual({
        count: 1,
        rows: [
          {
            org: '丙局',
            year: 2023,
            check: { rule: 'narrative.mismatch', severity: 'warning', message: '正文称 30 件' },
          },
        ],
      });
      expect(await store.listChecks?.(2022, 'narrative.', { limit: 5 })).toEqual({ count: 0, rows: [] });
    });

    it('remembers conversation state by conversation id', async () => {
      const store = await open();
      await store.setConversation?.('room-1', { org: '深圳市南山区人民政府', year: 2020 });
      await store.setConversation?.('room-1', {
        org: '深圳市南山区人民政府',
        year: 2021,
        metric: 'applications.newReceived.total',
      });
      expect(await store.getConversation?.('room-1')).toEqual({
        org: '深圳市南山区人民政府',
        year: 2021,
        metric: 'applications.newReceived.total',
      });
      expect(await store.getConversation?.('room-2')).toBeUndefined();
    });

    it('ends two concurrent puts of the same organ-year with one report', async () => {
      const store = await open();
      await Promise.all([store.put([makeReport('甲局', 2022, 'a')]), store.put([makeReport('甲局', 2022, 'b')])]);
      const reports = await store.list();
      expect(reports.length).toBe(1);
      expect(['a', 'b']).toContain(reports[0]?.source.sha256);
    });

    it('shares one store between two instances: each write keeps what the other added, and each sees it', async () => {
      const location = await backend.newLocation();
      const [a, b] = [await open(location), await open(location)];
      await a.put([makeReport('甲局', 2022, 'a')]);
      // b opened before a wrote: its own state (the digest time) must not drop a's report
      await b.setMeta('digest.lastSentAt', '2026-11-20T01:00:00.000Z');
      await b.put([makeReport('乙局', 2022, 'b')]);
      await a.setMeta('watch.seen', '1');
      for (const store of [a, b, await open(location)]) {
        expect((await store.list()).map((report) => report.id)).toEqual(['甲局/2022', '乙局/2022']);
        expect(await store.getMeta('digest.lastSentAt')).toBe('2026-11-20T01:00:00.000Z');
        expect(await store.getMeta('watch.seen')).toBe('1');
        expect((await store.find({ org: '乙局' })).length).toBe(1);
      }
    });

    it("follows another instance's writes in its revision: new on a changed report, the same on meta alone", async () => {
      const location = await backend.newLocation();
      const [writer, reader] = [await open(location), await open(location)];
      await writer.put([makeReport('甲局', 2022, 'a')]);
      const first = await reader.revision?.();
      const listed = await reader.list();
      await writer.setMeta('digest.lastSentAt', '2026-11-20T01:00:00.000Z');
      expect(await reader.revision?.()).toBe(first);
      expect(await reader.list()).toBe(listed);
      await writer.put([makeReport('乙局', 2022, 'b')]);
      expect(await reader.revision?.()).not.toBe(first);
      expect((await reader.listOrgs?.())?.map((entry) => entry.org)).toEqual(['乙局', '甲局']);
    });

    it('gives a claim raced for by two instances to exactly one', async () => {
      const location = await backend.newLocation();
      const [a, b] = [await open(location), await open(location)];
      const until = new Date(Date.now() + 60_000);
      for (let round = 0; round < 5; round++) {
        const taken = await Promise.all([a.tryClaim?.(`slot-${round}`, until), b.tryClaim?.(`slot-${round}`, until)]);
        expect(taken.filter(Boolean)).toHaveLength(1);
      }
    });

    it('keeps every committed report when the writing process is killed mid-batch', async () => {
      const location = await backend.newLocation();
      const batchSize = 150;
      const committed = await runAndKill(location, batchSize, 3);
      const store = await open(location);
      const reports = await store.list();
      // Whole batches only: the one in flight is either all there or not at all.
      expect([committed * batchSize, (committed + 1) * batchSize]).toContain(reports.length);
      expect(reports).toEqual(Array.from({ length: reports.length }, (_, at) => makeLargeReport(at)));
      expect(await store.put([makeReport('甲局', 2022, 'a')])).toEqual(['added']);
    });
  });
}

function sampleReview(total: number): NonNullable<ReturnType<typeof makeReport>['reviewLitigation']> {
  const group = { upheld: total, corrected: 0, other: 0, pending: 0, total };
  return { review: group, litigationDirect: group, litigationAfterReview: group };
}

/**
 * Runs put-until-killed.ts on the store and SIGKILLs it halfway through writing batch `killDuring` (timed by the
 * batches before it); returns how many batches it had reported committed.
 */
async function runAndKill(location: string, batchSize: number, killDuring: number): Promise<number> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'test/store/put-until-killed.ts', location, String(batchSize)],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const started: number[] = [];
  const took: number[] = [];
  let pending = '';
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      const lines = (pending + chunk.toString()).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        const [event, batch] = line.split(' ');
        if (event === 'writing') started[Number(batch)] = Date.now();
        if (event === 'committed') took.push(Date.now() - (started[Number(batch)] ?? 0));
        if (line === `writing ${killDuring}`) {
          const average = took.slice(1).reduce((sum, ms) => sum + ms, 0) / Math.max(1, took.length - 1);
          setTimeout(() => child.kill('SIGKILL'), average / 2);
        }
      }
    });
    child.on('exit', (code, signal) =>
      signal === 'SIGKILL' ? resolve() : reject(new Error(`child exited with ${code}`)),
    );
  });
  expect(took.length).toBeGreaterThanOrEqual(killDuring);
  return took.length;
}
