// Class 5 of issue 13: filters are applied or asked about, never dropped. Levels of government (市 / 区县 /
// 乡镇街道), the departments of a region, a place the store's organs are named after (深圳), a count of organs
// (龙岗区三个单位): each narrows the organs compared, or — a count the store does not match — asks which.
import { describe, expect, it } from 'vitest';
import { expectExactly } from '../exact-answer.js';
import { LONGGANG, LONGGANG_DATA, LONGGANG_DRC, NANSHAN } from '../sample-store.js';
import { HONGZE, HUAIAN, SHUYANG, useUnderstandingTable } from './understanding-table.js';

const table = useUnderstandingTable();
const RECEIVED = 'applications.newReceived.total';
const LITIGATION = 'reviewLitigation.litigation.total';
const REVIEW = 'reviewLitigation.review.total';

describe('levels of government', () => {
  table.run([
    ['哪个区县政府收到的申请最多', { level: 'county', metric: RECEIVED, aggregation: 'max' }],
    ['2024年哪个区县收到申请最多', { level: 'county', years: [2024], metric: RECEIVED, aggregation: 'max' }],
    ['哪个县区政府行政诉讼最多', { level: 'county', metric: LITIGATION, aggregation: 'max' }],
    ['各区县收到申请排名', { level: 'county', metric: RECEIVED, aggregation: 'top' }],
    ['区县政府里行政复议最少的是哪个', { level: 'county', metric: REVIEW, aggregation: 'min' }],
    ['哪个区收到的申请最多', { level: 'district', metric: RECEIVED, aggregation: 'max' }],
    ['哪个县行政诉讼最多', { level: 'countyProper', metric: LITIGATION, aggregation: 'max' }],
    ['哪个市收到的申请最多', { level: 'city', metric: RECEIVED, aggregation: 'max' }],
    ['市政府中行政复议最多的', { level: 'city', metric: REVIEW, aggregation: 'max' }],
    ['哪些乡镇街道有行政复议', { level: 'town', metric: REVIEW, aggregation: 'nonzero' }],
    ['乡镇街道收到申请最多的是哪个', { level: 'town', metric: RECEIVED, aggregation: 'max' }],
    ['哪个部门收到的申请最多', { level: 'department', metric: RECEIVED, aggregation: 'max' }],
    ['哪个政府收到的申请最多', { level: 'government', metric: RECEIVED, aggregation: 'max' }],
    ['区政府2020年收到多少申请', { level: 'district', years: [2020], metric: RECEIVED, aggregation: 'top' }],
  ]);
});

describe('the departments of a region', () => {
  table.run([
    ['龙岗区各部门收到多少申请', { regions: ['龙岗区'], level: 'department', metric: RECEIVED, aggregation: 'top' }],
    ['龙岗区哪个部门收到申请最多', { regions: ['龙岗区'], level: 'department', metric: RECEIVED, aggregation: 'max' }],
    [
      '龙岗区的部门里哪个行政诉讼最多',
      { regions: ['龙岗区'], level: 'department', metric: LITIGATION, aggregation: 'max' },
    ],
    ['龙岗区下属部门行政复议多少', { regions: ['龙岗区'], level: 'department', metric: REVIEW, aggregation: 'top' }],
    ['淮安市各区县收到多少申请', { regions: ['淮安市'], level: 'county', metric: RECEIVED, aggregation: 'top' }],
    ['淮安市哪个区县收到申请最多', { regions: ['淮安市'], level: 'county', metric: RECEIVED, aggregation: 'max' }],
  ]);
});

describe('a place the organs are named after', () => {
  table.run([
    [
      '深圳各区2022年收到申请排名',
      { regions: ['深圳'], level: 'district', years: [2022], metric: RECEIVED, aggregation: 'top' },
    ],
    ['深圳哪个区行政诉讼最多', { regions: ['深圳'], level: 'district', metric: LITIGATION, aggregation: 'max' }],
    ['深圳哪个单位收到申请最多', { regions: ['深圳'], metric: RECEIVED, aggregation: 'max' }],
  ]);
});

describe('a count of organs', () => {
  table.run([
    ['龙岗区三个单位收到多少申请', { regions: ['龙岗区'], metric: RECEIVED, aggregation: 'top' }],
    ['龙岗区两个部门收到多少申请', { regions: ['龙岗区'], level: 'department', metric: RECEIVED, aggregation: 'top' }],
    ['四个区县哪个收到申请最多', { level: 'county', metric: RECEIVED, aggregation: 'max' }],
    ['龙岗区两个单位收到多少申请', { chooseOrgans: [LONGGANG, LONGGANG_DRC, LONGGANG_DATA] }],
    ['龙岗区三个部门行政诉讼多少', { chooseOrgans: [LONGGANG_DRC, LONGGANG_DATA] }],
    ['五个区县哪个收到申请最多', { chooseOrgans: [SHUYANG, HONGZE, NANSHAN, LONGGANG] }],
    // The body with its 政府, as the counted bodies read it (三个区政府 was not understood, 政府 unread).
    ['三个区政府收到多少申请', { level: 'district', metric: RECEIVED, aggregation: 'top' }],
    ['四个区县政府哪个收到申请最多', { level: 'county', metric: RECEIVED, aggregation: 'max' }],
    ['两个区政府收到多少申请', { chooseOrgans: [HONGZE, NANSHAN, LONGGANG] }],
  ]);
});

describe('replies', () => {
  it('a ranking of district and county governments never ranks a city', async () => {
    const reply = await table.engine.answer('哪个区县政府收到的申请最多');
    expect(reply.status).toBe('answered');
    expect(reply.facts.map((fact) => fact.org)).not.toContain(HUAIAN);
    expect(reply.answer).not.toContain(HUAIAN);
  });

  it('a ranking of cities ranks the city', async () => {
    const reply = await table.engine.answer('哪个市收到的申请最多');
    expect(reply.facts.map((fact) => fact.org)).toEqual([HUAIAN]);
  });

  it('the departments of a region are listed, not the region government', async () => {
    const reply = await table.engine.answer('龙岗区各部门收到多少申请');
    expect(reply.status).toBe('answered');
    // One year is compared (the latest the departments hold): the departments of that year, never the government.
    const orgs = reply.facts.map((fact) => fact.org);
    expect(orgs.length).toBeGreaterThan(0);
    for (const org of orgs) expect([LONGGANG_DRC, LONGGANG_DATA]).toContain(org);
    expect(reply.answer).not.toContain(`${LONGGANG}（`);
  });

  it('a count the store does not match asks which organs, stating no number', async () => {
    const reply = await table.engine.answer('龙岗区三个部门行政诉讼多少');
    expect(reply).toMatchObject({ status: 'clarify', facts: [] });
    expect(reply.answer).toContain(LONGGANG_DRC);
  });
});

describe('a level said with 一级, a place’s area, a province, which of a level written after it', () => {
  table.run([
    ['2024年区县一级政府收到的申请合计', { level: 'county', years: [2024], metric: RECEIVED, aggregation: 'sum' }],
    ['2024年市一级政府收到申请总共多少', { level: 'city', years: [2024], metric: RECEIVED, aggregation: 'sum' }],
    ['区一级政府2020年行政复议多少', { level: 'district', years: [2020], metric: REVIEW, aggregation: 'top' }],
    // 范围内 / 辖区内: every organ of the place, never the place's own government alone.
    ['淮安市范围内2024年的报告都有哪些', { regions: ['淮安市'], years: [2024], aggregation: 'reports' }],
    ['淮安市范围内2024年收到多少申请', { regions: ['淮安市'], years: [2024], metric: RECEIVED, aggregation: 'top' }],
    ['深圳市范围内的报告有哪些', { regions: ['深圳'], aggregation: 'reports' }],
    // A province holds the organs of its places (淮安市 lies in 江苏省) though no organ's name says it.
    [
      '江苏这边区县2024年行政处罚',
      {
        regions: ['江苏'],
        level: 'county',
        years: [2024],
        metric: 'activeDisclosure.punishment.decisions',
        aggregation: 'top',
      },
    ],
    ['江苏有哪些报告', { regions: ['江苏'], aggregation: 'reports' }],
    ['广东省哪个区行政诉讼最多', { regions: ['广东'], level: 'district', metric: LITIGATION, aggregation: 'max' }],
    ['深圳的区政府哪些有行政复议', { regions: ['深圳'], level: 'district', metric: REVIEW, aggregation: 'nonzero' }],
    ['区县政府哪些有行政诉讼', { level: 'county', metric: LITIGATION, aggregation: 'nonzero' }],
    // A name the gazetteer holds but no organ of the store lies in: no report of it, never every organ.
    ['浙江的区县收到多少申请', { organs: ['浙江'], level: 'county', metric: RECEIVED }],
    // 龙岗区政府 is an organ: 政府哪些 after it is no level.
    ['龙岗区政府2022年行政复议多少', { organs: [LONGGANG], years: [2022], metric: REVIEW }],
  ]);

  it('江苏的区县 in 2024 lists the district of 淮安市, no organ of 广东', async () => {
    await expectExactly(table.engine, '江苏这边区县2024年行政处罚', {
      status: 'answered',
      facts: [[HONGZE, 2024, 'activeDisclosure.punishment.decisions', 2776]],
    });
  });

  it('江苏的报告 lists 沐阳县, whose misprinted place (沭阳县) lies in 江苏, and 广东的 none of it', async () => {
    // The OCR's 沐阳县 is no place of the gazetteer; 沭阳县, one look-alike character from it, is the only place it
    // can be, so the organ is counted in 江苏 — never 没有“江苏”的报告, never in 广东.
    const jiangsu = {
      status: 'answered',
      facts: [],
      says: [`${SHUYANG}：2025年`, `${HUAIAN}：2024年`, `${HONGZE}：2024年`],
      saysNot: [NANSHAN, '无法列出'],
    } as const;
    await expectExactly(table.engine, '江苏的报告有几份', jiangsu);
    await expectExactly(table.engine, '江苏省的报告', jiangsu);
    await expectExactly(table.engine, '广东有哪些报告', {
      status: 'answered',
      facts: [],
      says: [`${NANSHAN}：2020年`, `${LONGGANG}：2022年`],
      saysNot: [SHUYANG, HUAIAN, '无法列出'],
    });
  });

  it('深圳的区政府哪些有行政复议 lists both district governments, each in its own latest year', async () => {
    await expectExactly(table.engine, '深圳的区政府哪些有行政复议', {
      status: 'answered',
      facts: [
        [LONGGANG, 2022, REVIEW, 15],
        [NANSHAN, 2020, REVIEW, 5],
      ],
    });
  });

  it('淮安市范围内 lists the reports of 淮安市 and 洪泽区', async () => {
    const reply = await table.engine.answer('淮安市范围内2024年的报告都有哪些');
    expect(reply.status).toBe('answered');
    expect(reply.answer).toContain(`${HUAIAN}：2024年`);
    expect(reply.answer).toContain(`${HONGZE}：2024年`);
    expect(reply.answer).not.toContain(NANSHAN);
  });
});
