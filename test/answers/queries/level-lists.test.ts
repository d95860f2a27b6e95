// A level said with no figure (issue 13, filters said in other words): 市政府一级的报告有哪些 / 深圳市的部门 /
// 区县政府的报告 list the organs of that level the store holds and their reports, never not understood; a place the
// organs are named after, written with its ending (深圳市), is their region, never "no report of 深圳市". A level
// alone in a conversation (区县政府呢) still narrows the last question, and 深圳市收到多少申请 still has no report.
import { describe, it } from 'vitest';
import { expectExactly } from '../exact-answer.js';
import { LONGGANG_DATA, LONGGANG_DRC, LONGHUA_DATA, NANSHAN } from '../sample-store.js';
import { runConversations, useSampleIndex } from './query-table.js';
import { useUnderstandingTable } from './understanding-table.js';

const table = useUnderstandingTable();
const RECEIVED = 'applications.newReceived.total';

describe('a level alone lists its organs’ reports', () => {
  table.run([
    ['市政府一级的报告有哪些', { level: 'city', aggregation: 'reports' }],
    // 列一下 / 列出 only ask for a list of what follows.
    ['列一下2021年所有的区政府报告', { level: 'district', years: [2021], aggregation: 'reports' }],
    ['帮我列出哪些单位有行政复议', { metric: 'reviewLitigation.review.total', aggregation: 'nonzero' }],
    ['有哪些市政府的报告', { level: 'city', aggregation: 'reports' }],
    ['区县政府的报告有哪些', { level: 'county', aggregation: 'reports' }],
    ['区县政府', { level: 'county', aggregation: 'reports' }],
    ['深圳市的部门', { regions: ['深圳'], level: 'department', aggregation: 'reports' }],
    ['深圳的部门', { regions: ['深圳'], level: 'department', aggregation: 'reports' }],
    ['深圳市的部门有哪些报告', { regions: ['深圳'], level: 'department', aggregation: 'reports' }],
    ['深圳市有哪些部门的年报', { regions: ['深圳'], level: 'department', aggregation: 'nonzero' }],
    ['龙岗区的部门', { regions: ['龙岗区'], level: 'department', aggregation: 'reports' }],
    // A word for every organ beside the reports, with no figure, lists them: no ranking of nothing.
    ['所有部门的年报', { level: 'department', aggregation: 'reports' }],
    ['各单位的报告', { aggregation: 'reports' }],
    ['南山区各部门的年度报告', { regions: ['南山区'], level: 'department', aggregation: 'reports' }],
    // The reports of a year, with nothing else named.
    ['2021年的年报', { years: [2021], aggregation: 'reports' }],
    ['２０２０年的报告', { years: [2020], aggregation: 'reports' }],
  ]);
});

describe('the reports named with no organ', () => {
  table.run([
    // A figure beside them still ranks it; a word no table holds is still not understood.
    ['所有单位的报告里行政复议', { metric: 'reviewLitigation.review.total', aggregation: 'top' }],
    ['2020年的报告封面', 'not_understood'],
    // A kind of organ narrows the list: 街道办 is the street offices' level (their reports, none here), never the
    // whole list; a kind the vocabulary lacks is asked back.
    ['有街道办的报告吗', { level: 'town', aggregation: 'reports' }],
    ['有办事处的报告吗', 'not_understood'],
  ]);
});

describe('in a conversation', () => {
  const index = useSampleIndex();
  runConversations(index, [
    [
      // 2020年的报告 after an organ's question is that organ's report of 2020; every organ's reports are the list.
      ['南山区2020年收到多少申请', { organs: [NANSHAN], years: [2020], metric: RECEIVED }],
      ['2020年的报告', { organs: [NANSHAN], years: [2020], metric: RECEIVED }],
      ['所有单位的报告', { aggregation: 'reports' }],
    ],
    [
      // Reports counted, or the store's, are the store's list whatever came before (an organ has one a year).
      ['南山区2020年收到多少申请', { organs: [NANSHAN], years: [2020], metric: RECEIVED }],
      ['库里有几份2022年的报告', { years: [2022], aggregation: 'reports' }],
    ],
    [
      ['南山区2020年收到多少申请', { organs: [NANSHAN], years: [2020], metric: RECEIVED }],
      ['2021年一共多少份报告', { years: [2021], aggregation: 'reports' }],
    ],
  ]);
});

describe('what a level list must not take over', () => {
  table.run([
    // The city's own government is no report the store holds: asked by its name, it is no region.
    ['深圳市收到多少申请', { organs: ['深圳市'], regions: ['深圳'], metric: RECEIVED }],
    // A figure of the level lists the organs: 深圳市 is their region there too; their latest reports are of
    // different years (2020, 2021), so each one's latest figure, never a total of two years.
    ['深圳市的部门一共收到多少申请', { organs: [LONGHUA_DATA, LONGGANG_DRC, LONGGANG_DATA], metric: RECEIVED }],
    [
      '深圳市的部门2020年收到多少申请',
      { regions: ['深圳'], level: 'department', years: [2020], metric: RECEIVED, aggregation: 'top' },
    ],
    ['深圳市哪个部门收到申请最多', { regions: ['深圳'], level: 'department', metric: RECEIVED, aggregation: 'max' }],
    // A place with its 市 before 区政府 is the level's region, not an unknown 深圳市区 (浦东新区政府 is one).
    [
      '深圳市区政府2022年收到多少申请',
      { regions: ['深圳'], level: 'district', years: [2022], metric: RECEIVED, aggregation: 'top' },
    ],
    // The departments of a district (not its government), of different latest years: each one's latest figure.
    ['龙岗区的部门收了多少申请', { organs: [LONGGANG_DRC, LONGGANG_DATA], metric: RECEIVED }],
    // Traps: a year asked, or a ranking word, keep the ranking of one year.
    [
      '龙岗区的部门2021年收了多少申请',
      { regions: ['龙岗区'], level: 'department', years: [2021], metric: RECEIVED, aggregation: 'top' },
    ],
    ['龙岗区哪个部门收到申请最多', { regions: ['龙岗区'], level: 'department', metric: RECEIVED, aggregation: 'max' }],
    // One organ in the level: its ranking of one, as before.
    ['县政府收到多少申请', { level: 'countyProper', metric: RECEIVED, aggregation: 'top' }],
    // A level beside words no table holds asks for a figure, not the level's reports: never a list read as the answer.
    ['南山区2020年区政府门户发布了多少条信息', 'not_understood'],
    ['区县政府的网站访问量', 'not_understood'],
  ]);
});

describe('the replies', () => {
  it('龙岗区的部门收了多少申请 states each department’s latest figure with its year', async () => {
    await expectExactly(table.engine, '龙岗区的部门收了多少申请', {
      status: 'answered',
      facts: [
        [LONGGANG_DRC, 2020, RECEIVED, 4],
        [LONGGANG_DATA, 2021, RECEIVED, 0],
      ],
      says: ['使用该单位最新的 2020 年报告', '使用该单位最新的 2021 年报告'],
    });
  });
  it('a ranking of one year names the organs it leaves out, with their years', async () => {
    await expectExactly(table.engine, '哪个单位行政复议最多', {
      status: 'answered',
      facts: [[NANSHAN, 2020, 'reviewLitigation.review.total', 5]],
      says: [
        '（未指定年份，按报告最多的 2020 年度比较；未比较没有 2020 年报告的 5 个单位：沐阳县人民政府（2025年）、淮安市人民政府（2024年）、淮安市洪泽区人民政府（2024年）、深圳市龙岗区人民政府（2022年）、深圳市龙岗区政务服务数据管理局（2021年））',
      ],
    });
  });
  it('市政府一级的报告有哪些 names the city government and its year', async () => {
    await expectExactly(table.engine, '市政府一级的报告有哪些', {
      status: 'answered',
      facts: [],
      says: ['我有 1 个市政府的 1 份报告', '淮安市人民政府：2024年'],
    });
  });
  it('深圳市的部门 lists the three departments of Shenzhen, no missing report', async () => {
    await expectExactly(table.engine, '深圳市有哪些部门的年报', {
      status: 'answered',
      facts: [],
      says: [
        '我有 3 个部门的 3 份报告',
        '深圳市龙华区政务服务数据管理局：2020年',
        '深圳市龙岗区发展和改革局：2020年',
        '深圳市龙岗区政务服务数据管理局：2021年',
      ],
    });
  });
  it('区县政府呢 after a ranking narrows the ranking, no list of reports', async () => {
    await expectExactly(
      table.engine,
      '2020年哪个单位收到申请最多',
      {
        status: 'answered',
        facts: [[NANSHAN, 2020, RECEIVED, 262]],
      },
      'levels',
    );
    await expectExactly(
      table.engine,
      '区县政府呢',
      {
        status: 'answered',
        facts: [[NANSHAN, 2020, RECEIVED, 262]],
        saysNot: ['份报告：'],
      },
      'levels',
    );
  });
});
