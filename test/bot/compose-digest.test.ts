import { describe, expect, it } from 'vitest';
import { composeDigest, DIGEST_LAST_SENT_KEY } from '../../src/bot/index.js';
import type { Report } from '../../src/parser/index.js';
import { openSampleStore } from '../../src/store/index.js';
import { makeTempDir, openExpectedStore, useTempStore } from './helpers.js';

const MORNING = new Date('2026-03-02T01:00:00Z'); // 09:00 in Asia/Shanghai

describe('composeDigest over the five sample reports (as expected)', () => {
  const fixture = useTempStore(openExpectedStore);

  it('first digest: every report, the top three by requests, review and litigation, totals, failing checks', async () => {
    expect(await composeDigest(fixture.store, MORNING)).toBe(
      [
        '【政府信息公开年报日报】2026年3月2日',
        '',
        '库中共有 5 份报告：',
        '· 深圳市龙岗区政务服务数据管理局 2021年',
        '· 深圳市龙岗区发展和改革局 2020年',
        '· 深圳市龙岗区人民政府 2022年',
        '· 深圳市龙华区政务服务数据管理局 2020年',
        '· 深圳市南山区人民政府 2020年',
        '',
        '收到政府信息公开申请最多：',
        '1. 深圳市龙岗区人民政府 2022年 552 件',
        '2. 深圳市南山区人民政府 2020年 262 件',
        '3. 深圳市龙岗区发展和改革局 2020年 4 件',
        '',
        '有行政复议或行政诉讼的单位（2 个）：',
        '· 深圳市龙岗区人民政府 2022年：行政复议 15 件，行政诉讼 38 件',
        '· 深圳市南山区人民政府 2020年：行政复议 5 件，行政诉讼 4 件',
        '',
        '合计（5 份报告）：收到申请 819 件，行政复议 20 件，行政诉讼 42 件。',
        '',
        '数据不一致的报告（2 份）：',
        '· 深圳市龙岗区发展和改革局 2020年：applications.balance 不成立',
        '· 深圳市龙华区政务服务数据管理局 2020年：applications.balance 不成立（另有 1 处）',
      ].join('\n'),
    );
  });

  it('after a digest went out: nothing new → says so and summarises the whole store', async () => {
    await fixture.store.setMeta(DIGEST_LAST_SENT_KEY, new Date(Date.now() + 60_000).toISOString());
    const digest = await composeDigest(fixture.store, MORNING);
    expect(digest).toMatch(
      /^【政府信息公开年报日报】2026年3月2日\n\n自上次日报（\d{4}年\d+月\d+日 \d\d:\d\d）以来没有新增报告；以下是库中全部 5 份报告的概况。\n/,
    );
    expect(digest).toContain('合计（5 份报告）：收到申请 819 件，行政复议 20 件，行政诉讼 42 件。');
  });

  it('after a digest went out: headline figures cover only what arrived since', async () => {
    await fixture.store.setMeta(DIGEST_LAST_SENT_KEY, '2026-03-01T01:00:00.000Z');
    const [nanshan] = await fixture.store.find({ org: '深圳市南山区人民政府' });
    // Stored before the last digest in real time, so move the digest time back to before the put.
    await fixture.store.setMeta(DIGEST_LAST_SENT_KEY, new Date(Date.now() - 1).toISOString());
    await new Promise((resolve) => setTimeout(resolve, 5));
    await fixture.store.put([
      {
        ...(nanshan as Report),
        id: '深圳市南山区人民政府/2021',
        year: 2021,
        source: { ...(nanshan as Report).source, sha256: 'new' },
      },
    ]);
    const digest = await composeDigest(fixture.store, MORNING, { timeZone: 'UTC' });
    expect(digest.split('\n\n').slice(1)).toEqual([
      expect.stringMatching(
        /^自上次日报（\d{4}年\d+月\d+日 \d\d:\d\d）以来新增 1 份报告：\n· 深圳市南山区人民政府 2021年$/,
      ),
      '收到政府信息公开申请最多：\n1. 深圳市南山区人民政府 2021年 262 件',
      '有行政复议或行政诉讼的单位（1 个）：\n· 深圳市南山区人民政府 2021年：行政复议 5 件，行政诉讼 4 件',
      '合计（1 份报告）：收到申请 262 件，行政复议 5 件，行政诉讼 4 件。',
      '所有报告都通过了勾稽关系检查。',
    ]);
  });

  it('an empty store says so', async () => {
    const empty = await makeTempDir();
    const { openStore } = await import('../../src/store/index.js');
    const nothing = await openStore(`${empty.path}/store.json`);
    expect(await composeDigest(nothing, MORNING)).toBe('【政府信息公开年报日报】2026年3月2日\n库中还没有报告。');
    await empty.remove();
  });
});

describe('composeDigest over the sample store built from data/reports', () => {
  const fixture = useTempStore(openSampleStore);

  it('has the same reports, leaders, cases, totals and failing reports as the expected JSON', async () => {
    const sections = (await composeDigest(fixture.store, MORNING)).split('\n\n');
    expect(sections.slice(1, 5)).toEqual([
      [
        '库中共有 5 份报告：',
        '· 深圳市龙岗区政务服务数据管理局 2021年',
        '· 深圳市龙岗区发展和改革局 2020年',
        '· 深圳市龙岗区人民政府 2022年',
        '· 深圳市龙华区政务服务数据管理局 2020年',
        '· 深圳市南山区人民政府 2020年',
      ].join('\n'),
      '收到政府信息公开申请最多：\n1. 深圳市龙岗区人民政府 2022年 552 件\n2. 深圳市南山区人民政府 2020年 262 件\n3. 深圳市龙岗区发展和改革局 2020年 4 件',
      '有行政复议或行政诉讼的单位（2 个）：\n· 深圳市龙岗区人民政府 2022年：行政复议 15 件，行政诉讼 38 件\n· 深圳市南山区人民政府 2020年：行政复议 5 件，行政诉讼 4 件',
      '合计（5 份报告）：收到申请 819 件，行政复议 20 件，行政诉讼 42 件。',
    ]);
    const failing = sections[5]?.split('\n') ?? [];
    expect(failing[0]).toBe('数据不一致的报告（2 份）：');
    expect(failing.slice(1).map((line) => line.split('：')[0])).toEqual([
      '· 深圳市龙岗区发展和改革局 2020年',
      '· 深圳市龙华区政务服务数据管理局 2020年',
    ]);
  });
});
