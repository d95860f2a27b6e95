// The digest over a store with several years and organs: one year compared like with like, year-over-year per
// organ, the jumps flagged, what changed since the last digest, and unchanged days skipped. The same digest on
// lowdb and on PostgreSQL, asked of the store's queries: a digest that reads every report fails.
import { describe, expect, it } from 'vitest';
import {
  buildDigest,
  composeDigest,
  DIGEST_LAST_SENT_KEY,
  DIGEST_STATE_KEY,
  recordDigestSent,
} from '../../src/bot/index.js';
import type { Check, Report } from '../../src/parser/index.js';
import { ingestFiles, listReportFiles, openStore, SAMPLE_REPORTS_DIR, type Store } from '../../src/store/index.js';
import { createTestSchema } from '../store/postgres-schema.js';
import { makeTempDir, openExpectedStore, useTempStore } from './helpers.js';

/** Where a test's store lives: a lowdb file in the test's temp folder, or a schema of its own on the test server. */
interface Backend {
  readonly name: string;
  open(path: string): Promise<Store>;
}

const BACKENDS: readonly Backend[] = [
  { name: 'lowdb', open: (path) => openStore(path) },
  {
    name: 'PostgreSQL',
    open: async () => {
      const schema = await createTestSchema();
      const store = await openStore(schema.url);
      return { ...store, close: async () => Promise.all([store.close()]).then(() => schema.drop()) };
    },
  },
];

/** The store as the digest gets it: reading every report (list, or everything ingested) fails the test. */
function refusingFullReads(store: Store): Store {
  const refuse = (): never => {
    throw new Error('the digest read every report');
  };
  // What was ingested since a time is read once, against an older digest's report ids (see below).
  return {
    ...store,
    list: refuse,
    listIngestedSince: (since) => (since === null ? refuse() : store.listIngestedSince(since)),
  };
}

const MORNING = new Date('2026-03-02T01:00:00Z'); // Monday 09:00 in Asia/Shanghai

/** One organ-year: new applications, and optionally lawsuits (direct), the 纠正 of reviews, checks. */
interface Figures {
  readonly received: number;
  readonly litigation?: number;
  readonly corrected?: number;
  readonly checks?: readonly Check[];
  readonly sha?: string;
}

/** The organs of the synthetic store and their figures per year. 乙局 jumps 262 → 3312, 己局 falls 900 → 200. */
const ORGANS: Readonly<Record<string, Readonly<Record<number, Figures>>>> = {
  甲局: { 2021: { received: 100 }, 2022: { received: 120 }, 2023: { received: 130 } },
  乙局: { 2022: { received: 262, litigation: 1 }, 2023: { received: 3312, litigation: 5, corrected: 3 } },
  丙局: { 2023: { received: 40 } },
  丁局: { 2021: { received: 500 } },
  戊局: { 2022: { received: 80 }, 2023: { received: 70 } },
  己局: { 2022: { received: 900 }, 2023: { received: 200 } },
};
/** Every report's new applications added up across years: a digest must never print it. */
const SUM_ACROSS_YEARS = 100 + 120 + 130 + 262 + 3312 + 40 + 500 + 80 + 70 + 900 + 200;

const BALANCE_FAILS: Check = {
  rule: 'applications.balance',
  severity: 'error',
  column: 'total',
  message: '总计：新收 4 + 上年结转 0 ≠ 总计 4 + 结转下年度 1',
  expected: 4,
  actual: 5,
};

/** A report of `org` in `year` with the given figures, built on the 龙岗区 2022 report's shape. */
function reportOf(base: Report, org: string, year: number, figures: Figures): Report {
  const cells = (total: number) => ({ upheld: total, corrected: 0, other: 0, pending: 0, total });
  const review = base.reviewLitigation;
  return {
    ...base,
    org,
    year,
    id: `${org}/${year}`,
    region: null,
    source: { ...base.source, file: `reports/${org}-${year}.pdf`, sha256: figures.sha ?? `${org}-${year}` },
    checks: figures.checks ?? [],
    applications: base.applications && {
      ...base.applications,
      newReceived: { ...(base.applications.newReceived ?? cells(0)), total: figures.received } as never,
    },
    reviewLitigation: review && {
      review: { ...cells(2), corrected: figures.corrected ?? 0 },
      litigationDirect: cells(figures.litigation ?? 0),
      litigationAfterReview: cells(0),
    },
  };
}

/** A store holding the ORGANS reports (and extra ones), made from the expected sample reports. */
async function openYearsStore(
  backend: Backend,
  path: string,
  extra: (base: Report) => Report[] = () => [],
): Promise<Store> {
  const samples = await openExpectedStore(`${path}.samples.json`);
  const base = (await samples.list()).find((report) => report.year === 2022) as Report;
  await samples.close();
  const store = await backend.open(path);
  const reports = Object.entries(ORGANS).flatMap(([org, years]) =>
    Object.entries(years).map(([year, figures]) => reportOf(base, org, Number(year), figures)),
  );
  await store.put([...reports, ...extra(base)]);
  return refusingFullReads(store);
}

/** The bundled sample reports ingested into a fresh store. */
async function openSamplesStore(backend: Backend, path: string): Promise<Store> {
  const store = await backend.open(path);
  await ingestFiles(store, await listReportFiles([SAMPLE_REPORTS_DIR]));
  return refusingFullReads(store);
}

/** Marks a digest as sent now, then waits so that later puts are ingested after it. */
async function sendNow(store: Store): Promise<void> {
  const digest = await buildDigest(store, MORNING);
  await recordDigestSent(store, new Date(), digest.state);
  await new Promise((resolve) => setTimeout(resolve, 5));
}

const sectionsOf = (text: string): string[] => text.split('\n\n');

describe.each(BACKENDS)('on $name', (backend) => {
  describe('the digest compares one year, like with like', () => {
    const fixture = useTempStore((path) => openYearsStore(backend, path));

    it('names the year most organs filed, ranks that year only, and gives each organ its change', async () => {
      const text = await composeDigest(fixture.store, MORNING);
      const [title, scope, , leaders] = sectionsOf(text);
      expect(title).toBe('【政府信息公开年报日报】2026年3月2日 · 2023年度');
      expect(scope).toBe(
        '库中 6 个单位的 11 份报告。以下数字均为 2023 年度（5 个单位已报送），同比为与同一单位 2022 年度报告相比。',
      );
      expect(leaders).toBe(
        [
          '2023 年度收到政府信息公开申请最多：',
          '1. 乙局 3312 件（2022年 262 件，+1164%）',
          '2. 己局 200 件（2022年 900 件，-78%）',
          '3. 甲局 130 件（2022年 120 件，+8%）',
          '4. 戊局 70 件（2022年 80 件，-13%）',
          '5. 丙局 40 件',
          '合计：2023 年度 5 份报告共收到申请 3752 件；其中 4 个单位两年都有报告：2022年 1362 件 → 2023年 3712 件（+173%）。',
        ].join('\n'),
      );
    });

    it('never adds up reports of different years', async () => {
      const text = await composeDigest(fixture.store, MORNING);
      expect(text).not.toContain(String(SUM_ACROSS_YEARS));
      expect(text).not.toContain('丁局'); // filed 2021 only: nothing to compare it with in 2023
      expect(text).not.toMatch(/合计（\d+ 份报告）/);
    });

    it('flags the jump and the fall (≥ 3× or ≤ ⅓, at least 50), and the lawsuits and 纠正 that rose', async () => {
      const anomalies = sectionsOf(await composeDigest(fixture.store, MORNING)).find((part) =>
        part.startsWith('值得注意'),
      );
      expect(anomalies).toBe(
        [
          '值得注意：',
          '收到申请比上年变化最大（≥3 倍或 ≤1/3，且至少 50 件）：',
          '· 乙局：2022年 262 件 → 2023年 3312 件（+1164%）',
          '· 己局：2022年 900 件 → 2023年 200 件（-78%）',
          '行政诉讼或结果纠正比上年增加：',
          '· 乙局：行政诉讼 2022年 1 件 → 2023年 5 件（+400%）；行政复议结果纠正 2022年 0 件 → 2023年 3 件',
        ].join('\n'),
      );
    });

    it('charts the top organs of that year and each year’s total with its report count', async () => {
      const { charts } = await buildDigest(fixture.store, MORNING);
      expect(charts.map((chart) => chart.kind)).toEqual(['ranking', 'trend']);
      const [top, trend] = charts;
      expect(top?.title).toBe('2023年度 收到政府信息公开申请最多的 5 个单位');
      expect(top?.categories).toEqual(['乙局', '己局', '甲局', '戊局', '丙局']);
      expect(top?.series[0]?.values).toEqual([3312, 200, 130, 70, 40]);
      expect(trend?.categories).toEqual(['2021年（2 份）', '2022年（4 份）', '2023年（5 份）']);
      expect(trend?.series[0]?.values).toEqual([600, 1362, 3752]);
    });
  });

  describe('what changed since the last digest', () => {
    const fixture = useTempStore((path) =>
      openYearsStore(backend, path, (base) => [reportOf(base, '庚局', 2023, { received: 7, checks: [BALANCE_FAILS] })]),
    );

    it('the first digest says what the store holds in one line', async () => {
      const [, , changes] = sectionsOf(await composeDigest(fixture.store, MORNING));
      expect(changes).toBe(
        '首次日报：库中共有 12 份报告（2021–2023年），其中 1 份数据不一致。以后每期列出新增、更新和新发现问题的报告。',
      );
    });

    it('new reports with their figures and source, replaced reports, and checks newly failing, in words', async () => {
      await sendNow(fixture.store);
      const base = (await fixture.store.get('甲局/2023')) as Report;
      const added = reportOf(base, '辛局', 2023, { received: 66, litigation: 2 });
      await fixture.store.put([
        { ...added, source: { ...added.source, url: 'https://xin.gov.cn/ndbg/2023.html' } },
        reportOf(base, '甲局', 2023, { received: 131, sha: 'new file', checks: [BALANCE_FAILS] }),
      ]);
      const digest = await buildDigest(fixture.store, MORNING, { timeZone: 'UTC' });
      expect(digest.kind).toBe('daily');
      const changes = sectionsOf(digest.text)[2]?.split('\n') ?? [];
      expect(changes[0]).toMatch(/^自上次日报（\d{4}年\d+月\d+日 \d\d:\d\d）以来：$/);
      expect(changes.slice(1)).toEqual([
        '新增报告 1 份：',
        '· 辛局 2023年：收到申请 66 件，行政复议 2 件，行政诉讼 2 件',
        '更新报告 1 份（新文件替换了同一单位同一年度的旧文件）：',
        '· 甲局 2023年',
        '新发现数据不一致的报告 1 份：',
        '· 甲局 2023年：表三平衡关系（新收＋上年结转＝办理结果总计＋结转下年度）不成立：总计：新收 4 + 上年结转 0 ≠ 总计 4 + 结转下年度 1',
      ]);
      // 庚局 failed at the last digest already: not news (the list above has no line of it).
      // The reports named, each once, by title and page at the end; never a file of the server.
      expect(sectionsOf(digest.text).at(-1)).toBe(
        '来源：\n- 《辛局2023年政府信息公开工作年度报告》 https://xin.gov.cn/ndbg/2023.html\n- 《甲局2023年政府信息公开工作年度报告》',
      );
      expect(digest.text).not.toContain('reports/');
    });

    it('more than ten: ten lines, then the count and the command that lists them all', async () => {
      await sendNow(fixture.store);
      const base = (await fixture.store.get('甲局/2021')) as Report;
      await fixture.store.put(
        Array.from({ length: 13 }, (_, at) =>
          reportOf(base, `新局${at + 1}`, 2023, { received: at, checks: [BALANCE_FAILS] }),
        ),
      );
      const text = await composeDigest(fixture.store, MORNING);
      const changes = sectionsOf(text)[2]?.split('\n') ?? [];
      const failing = changes.slice(changes.indexOf('新发现数据不一致的报告 13 份：') + 1);
      expect(failing).toHaveLength(11);
      expect(failing.at(-1)).toBe('……另有 3 项，用 nianbao check 查看全部');
      // The footer names the first ten of the 13 reports the store listed, and counts the rest.
      const footer = sectionsOf(text).at(-1)?.split('\n') ?? [];
      expect([footer.length, footer[1], footer.at(-1)]).toEqual([
        12,
        '- 《新局12023年政府信息公开工作年度报告》',
        '……另有 3 份报告',
      ]);
    });

    it('a store whose last digest kept every report id is compared with those ids once', async () => {
      await fixture.store.setMeta(
        DIGEST_STATE_KEY,
        JSON.stringify({ reports: ['甲局/2021', '甲局/2023'], failing: ['甲局/2023'] }),
      );
      await fixture.store.setMeta(DIGEST_LAST_SENT_KEY, new Date().toISOString());
      await new Promise((resolve) => setTimeout(resolve, 5));
      const base = (await fixture.store.get('甲局/2023')) as Report;
      await fixture.store.put([
        reportOf(base, '甲局', 2023, { received: 131, sha: 'v2', checks: [BALANCE_FAILS] }),
        reportOf(base, '乙局', 2023, { received: 3312, sha: 'v2', checks: [BALANCE_FAILS] }),
      ]);
      const digest = await buildDigest(fixture.store, MORNING, { timeZone: 'UTC' });
      expect(sectionsOf(digest.text)[2]?.split('\n').slice(1)).toEqual([
        '新增报告 1 份：',
        '· 乙局 2023年：收到申请 3312 件，行政复议 2 件，行政诉讼 0 件',
        '更新报告 1 份（新文件替换了同一单位同一年度的旧文件）：',
        '· 甲局 2023年',
        '新发现数据不一致的报告 1 份：',
        '· 乙局 2023年：表三平衡关系（新收＋上年结转＝办理结果总计＋结转下年度）不成立：总计：新收 4 + 上年结转 0 ≠ 总计 4 + 结转下年度 1',
      ]);
      // The digest going out now remembers no ids: the next one asks the store what changed.
      await recordDigestSent(fixture.store, new Date(), digest.state);
      expect(JSON.parse((await fixture.store.getMeta(DIGEST_STATE_KEY)) ?? '')).toEqual({ version: 2 });
    });

    it('a report contradicting its own narrative is listed with what it says', async () => {
      await sendNow(fixture.store);
      const base = (await fixture.store.get('甲局/2021')) as Report;
      const narrative = {
        rule: 'narrative.mismatch',
        severity: 'warning',
        message: '正文称全年收到申请 30 件，表三为 7 件',
      } as unknown as Check;
      await fixture.store.put([reportOf(base, '庚局', 2023, { received: 7, sha: 'v2', checks: [narrative] })]);
      const text = await composeDigest(fixture.store, MORNING);
      expect(text).toContain('数字与报告正文说法不一致：\n· 庚局 2023年：正文称全年收到申请 30 件，表三为 7 件');
    });
  });

  describe('a day with nothing new', () => {
    const fixture = useTempStore((path) => openYearsStore(backend, path));

    it('is skipped by default, sent with DIGEST_SKIP_UNCHANGED off, and short on the weekly day', async () => {
      await sendNow(fixture.store);
      const skipped = await buildDigest(fixture.store, MORNING);
      expect(skipped.kind).toBe('unchanged');
      expect(sectionsOf(skipped.text)[2]).toMatch(/以来没有新增或更新的报告，也没有新发现的数据问题。$/);
      expect((await buildDigest(fixture.store, MORNING, { skipUnchanged: false })).kind).toBe('daily');
      expect((await buildDigest(fixture.store, MORNING, { weeklyDay: 2 })).kind).toBe('unchanged');
      const weekly = await buildDigest(fixture.store, MORNING, { weeklyDay: 1 });
      expect(weekly).toMatchObject({ kind: 'weekly', charts: [] });
      expect(weekly.text).toBe(
        '【政府信息公开年报周报】2026年3月2日\n本周没有新增或更新的报告。库中 6 个单位的 11 份报告，2023 年度已有 5 个单位报送。有新报告时恢复日报。',
      );
    });
  });

  describe('small stores', () => {
    it('an empty store says so', async () => {
      const empty = await makeTempDir();
      const nothing = refusingFullReads(await backend.open(`${empty.path}/store.json`));
      expect(await composeDigest(nothing, MORNING)).toBe('【政府信息公开年报日报】2026年3月2日\n库中还没有报告。');
      await nothing.close();
      await empty.remove();
    });

    const fixture = useTempStore((path) => openSamplesStore(backend, path));

    it('the five sample reports (2020–2022): 2020 is the year most organs filed', async () => {
      const sections = sectionsOf(await composeDigest(fixture.store, MORNING));
      expect(sections[0]).toBe('【政府信息公开年报日报】2026年3月2日 · 2020年度');
      expect(sections.slice(3)).toEqual([
        [
          '2020 年度收到政府信息公开申请最多：',
          '1. 深圳市南山区人民政府 262 件',
          '2. 深圳市龙岗区发展和改革局 4 件',
          '3. 深圳市龙华区政务服务数据管理局 1 件',
          '合计：2020 年度 3 份报告共收到申请 267 件。',
        ].join('\n'),
        '2020 年度行政复议、行政诉讼最多：\n· 深圳市南山区人民政府：行政复议 5 件，行政诉讼 4 件',
        '2020 年度有 2 份报告数据不一致（未通过勾稽关系检查），用 nianbao check 查看全部。',
      ]);
    });
  });
});
