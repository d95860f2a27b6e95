// Issue 13, counting questions: 几个单位 / 多少个部门 / 几份报告 / how many agencies count the organs or reports of the
// store (narrowed by the question's region, level and year) and say which — never the default figure of each
// organ. With a figure named, the organs whose figure is not 0 (几个单位有行政诉讼) or is 0.
import { describe, it } from 'vitest';
import { expectExactly } from '../exact-answer.js';
import { LONGGANG, LONGGANG_DATA, LONGGANG_DRC, LONGHUA_DATA, NANSHAN } from '../sample-store.js';
import { HONGZE, HUAIAN, SHUYANG, useUnderstandingTable } from './understanding-table.js';

const table = useUnderstandingTable();
const RECEIVED = 'applications.newReceived.total';
const LITIGATION = 'reviewLitigation.litigation.total';
const REVIEW = 'reviewLitigation.review.total';

describe('question → count of organs or reports', () => {
  table.run([
    ['龙岗区有几个单位的报告', { regions: ['龙岗区'], aggregation: 'reports', countsOrgans: true }],
    ['有多少个部门的年报', { level: 'department', aggregation: 'reports', countsOrgans: true }],
    ['库里有几份报告', { aggregation: 'reports' }],
    ['龙岗区有多少家单位', { regions: ['龙岗区'], aggregation: 'reports', countsOrgans: true }],
    ['2022年有几个区交了年报', { level: 'district', years: [2022], aggregation: 'reports', countsOrgans: true }],
    ['有几个单位', { aggregation: 'reports', countsOrgans: true }],
    ['一共有多少份年报', { aggregation: 'reports' }],
    ['2020年有几份报告', { years: [2020], aggregation: 'reports' }],
    ['龙岗区一共有多少单位', { regions: ['龙岗区'], aggregation: 'reports', countsOrgans: true }],
    ['深圳有几个区', { regions: ['深圳'], level: 'district', aggregation: 'reports', countsOrgans: true }],
    ['有几个县', { level: 'countyProper', aggregation: 'reports', countsOrgans: true }],
    ['有几个区县政府', { level: 'county', aggregation: 'reports', countsOrgans: true }],
    ['龙岗区有几个部门', { regions: ['龙岗区'], level: 'department', aggregation: 'reports', countsOrgans: true }],
    ['2020年有几个部门交了报告', { level: 'department', years: [2020], aggregation: 'reports', countsOrgans: true }],
    ['淮安市有几个单位', { regions: ['淮安市'], aggregation: 'reports', countsOrgans: true }],
    ['你这里有多少家单位的数据', { aggregation: 'reports', countsOrgans: true }],
    ['有几个市政府', { level: 'city', aggregation: 'reports', countsOrgans: true }],
    ['2024年有几个单位', { years: [2024], aggregation: 'reports', countsOrgans: true }],
    ['2024年有多少个单位交了年报', { years: [2024], aggregation: 'reports', countsOrgans: true }],
    ['有几个乡镇', { level: 'town', aggregation: 'reports', countsOrgans: true }],
    ['How many agencies are there?', { aggregation: 'reports', countsOrgans: true }],
    ['How many reports do you have?', { aggregation: 'reports' }],
    ['How many departments are there?', { level: 'department', aggregation: 'reports', countsOrgans: true }],
    // A figure beside the count: the organs that have it (or have none of it).
    ['有几个单位有行政诉讼', { metric: LITIGATION, aggregation: 'nonzero' }],
    ['多少个单位收到了申请', { metric: RECEIVED, aggregation: 'nonzero' }],
    ['有几个单位没有行政诉讼', { metric: LITIGATION, aggregation: 'zero' }],
    ['多少部门有行政复议', { level: 'department', metric: REVIEW, aggregation: 'nonzero' }],
    ['几个区有行政诉讼', { level: 'district', metric: LITIGATION, aggregation: 'nonzero' }],
    ['龙岗区有几个单位收到了申请', { regions: ['龙岗区'], metric: RECEIVED, aggregation: 'nonzero' }],
    // Which years of reports an organ has, asked either way round: its reports, never its default figures.
    ['洪泽区的年报有几年的', { regions: ['洪泽区'], aggregation: 'reports' }],
    ['南山区有哪些年的年报', { regions: ['南山区'], aggregation: 'reports' }],
    ['龙华区的报告是哪几年', { regions: ['龙华区'], aggregation: 'reports' }],
    ['龙岗区2022年年报里收到多少申请', { organs: [LONGGANG], years: [2022], metric: RECEIVED }],
    // 报告 beside a figure stands for the organs compared: the figure and its ranking word are kept.
    ['哪些报告的行政复议最多', { metric: REVIEW, aggregation: 'max' }],
    ['哪份报告行政诉讼最少', { metric: LITIGATION, aggregation: 'min' }],
    ['which reports have lawsuits', { metric: LITIGATION }],
    // A check word keeps the checks; 多少政府信息公开申请 is a figure, not a count of governments.
    ['有几份报告数据不一致', { aggregation: 'checks' }],
    ['龙岗区2022年收到多少政府信息公开申请', { organs: [LONGGANG], years: [2022], metric: RECEIVED }],
    // A count the question states is a filter still: three organs of 龙岗区, added.
    ['龙岗区三个单位一共收到多少申请', { regions: ['龙岗区'], metric: RECEIVED, aggregation: 'sum' }],
  ]);
});

describe('organs counted where one holds two years (洪泽区 2023 and 2024)', () => {
  const withTwoYears = useUnderstandingTable(['hongze-district-2023-layout.txt']);

  it('有几个区政府 / 有多少家区政府 state the organs’ count, 3, never the 4 reports as the answer', async () => {
    for (const question of ['有几个区政府', '有多少家区政府'])
      await expectExactly(withTwoYears.engine, question, {
        status: 'answered',
        facts: [],
        says: ['区政府：我有 3 个区政府的报告：', HONGZE, '2023年、2024年', LONGGANG, NANSHAN],
        saysNot: ['4 份'],
      });
  });

  it('江苏的报告有几份 states the reports’ count, 4, never the 3 organs', async () => {
    await expectExactly(withTwoYears.engine, '江苏的报告有几份', {
      status: 'answered',
      facts: [],
      says: ['江苏的单位：我有 4 份报告：', HUAIAN, HONGZE, SHUYANG],
      saysNot: ['3 个'],
    });
  });

  it('How many agencies: the organs’ count in English', async () => {
    await expectExactly(withTwoYears.engine, 'How many agencies do you have reports from?', {
      status: 'answered',
      facts: [],
      says: ['I have reports from 8 organs:'],
      saysNot: ['9 reports'],
    });
  });
});

describe('answers count and list, with no figure of any report', () => {
  it('龙岗区有几个单位的报告: the organs of the region, counted and listed', async () => {
    await expectExactly(table.engine, '龙岗区有几个单位的报告', {
      status: 'answered',
      facts: [],
      says: ['龙岗区的单位：我有 3 个单位的 3 份报告', LONGGANG, LONGGANG_DRC, LONGGANG_DATA],
      saysNot: [NANSHAN, '552'],
    });
  });

  it('龙岗区有多少家单位 counts, never states 龙岗区 government’s figures', async () => {
    await expectExactly(table.engine, '龙岗区有多少家单位', {
      status: 'answered',
      facts: [],
      says: ['我有 3 个单位的 3 份报告'],
      saysNot: ['收到政府信息公开申请', '552'],
    });
  });

  it('有多少个部门的年报: departments only', async () => {
    await expectExactly(table.engine, '有多少个部门的年报', {
      status: 'answered',
      facts: [],
      says: ['部门：我有 3 个部门的 3 份报告', LONGGANG_DRC, LONGGANG_DATA, LONGHUA_DATA],
      saysNot: [LONGGANG, NANSHAN, HUAIAN],
    });
  });

  it('2022年有几个区交了年报: district governments with a 2022 report', async () => {
    await expectExactly(table.engine, '2022年有几个区交了年报', {
      status: 'answered',
      facts: [],
      says: ['2022年 区政府：我有 1 个区政府的 1 份报告', LONGGANG],
      saysNot: [NANSHAN, HONGZE],
    });
  });

  it('库里有几份报告 / 有几个单位: every report held', async () => {
    for (const question of ['库里有几份报告', '有几个单位'])
      await expectExactly(table.engine, question, {
        status: 'answered',
        facts: [],
        says: ['我有 8 个单位的 8 份报告', SHUYANG, HUAIAN, HONGZE],
      });
  });

  it('a year nobody filed is counted as none', async () => {
    await expectExactly(table.engine, '2023年有几份报告', {
      status: 'no_data',
      facts: [],
      says: ['没有2023年的报告。'],
      saysMissing: true,
    });
  });

  it('几个区有行政诉讼: the district governments whose figure is not 0, each with its year', async () => {
    await expectExactly(table.engine, '几个区有行政诉讼', {
      status: 'answered',
      facts: [
        [LONGGANG, 2022, LITIGATION, 38],
        [HONGZE, 2024, LITIGATION, 4],
        [NANSHAN, 2020, LITIGATION, 4],
      ],
      says: ['共 3 份报告'],
      saysNot: [HUAIAN, SHUYANG],
    });
  });

  it('How many departments are there? counts in English', async () => {
    await expectExactly(table.engine, 'How many departments are there?', {
      status: 'answered',
      facts: [],
      says: ['The departments: I have 3 reports from 3 organs'],
      saysNot: [LONGGANG],
    });
  });
});

describe('a count followed up', () => {
  it('another region takes the place of the region counted; a year narrows it', async () => {
    const conversationId = 'counts-follow-up';
    await expectExactly(
      table.engine,
      '龙岗区有几个单位',
      { status: 'answered', facts: [], says: ['龙岗区的单位：我有 3 个单位的 3 份报告'] },
      conversationId,
    );
    await expectExactly(
      table.engine,
      '南山区呢',
      { status: 'answered', facts: [], says: ['南山区的单位：我有 1 个单位的 1 份报告', NANSHAN], saysNot: [LONGGANG] },
      conversationId,
    );
    await expectExactly(
      table.engine,
      '2020年呢',
      {
        status: 'answered',
        facts: [],
        says: ['（沿用上一问：南山区）', '2020年 南山区的单位：我有 1 个单位的 1 份报告'],
      },
      conversationId,
    );
  });

  it('a level counted keeps its level for another year', async () => {
    await expectExactly(
      table.engine,
      '有几个部门',
      { status: 'answered', facts: [], says: ['我有 3 个部门'] },
      'counts-level',
    );
    await expectExactly(
      table.engine,
      '2020年呢',
      {
        status: 'answered',
        facts: [],
        says: ['2020年 部门：我有 2 个部门的 2 份报告', LONGGANG_DRC, LONGHUA_DATA],
        saysNot: [LONGGANG_DATA],
      },
      'counts-level',
    );
  });
});
