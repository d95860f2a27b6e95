// Comparisons as people type them, as exact question → Query pairs and exact answers: a difference with the verb
// inside (多收了多少, 少收多少, 多办结了几件) between organs each with its own year, in Simplified and Traditional;
// a ranking of "several organs" (几个单位的…排名) ranks every organ compared, zeros included, never a list of the
// organs that have the figure.
import { beforeAll, describe, it } from 'vitest';
import { createEngine, type Engine } from '../../../src/answers/index.js';
import type { Report } from '../../../src/parser/index.js';
import { expectExactly } from '../exact-answer.js';
import {
  LONGGANG,
  LONGGANG_DRC,
  LONGHUA_DATA,
  listOnlyStore,
  NANSHAN,
  openSampleAnswerStore,
  variantOf,
} from '../sample-store.js';
import { METRIC, runQueries, useSampleIndex } from './query-table.js';

const index = useSampleIndex();
const LG22_NS20 = [
  { organ: LONGGANG, year: 2022 },
  { organ: NANSHAN, year: 2020 },
];
const NS20_LG22 = [
  { organ: NANSHAN, year: 2020 },
  { organ: LONGGANG, year: 2022 },
];
const pairsOf = (pairs: typeof LG22_NS20, metric: string) => ({
  organs: pairs.map((pair) => pair.organ),
  pairs,
  metric,
  aggregation: 'difference' as const,
});

describe('a difference with the verb inside: 多收了多少 / 少收多少', () => {
  runQueries(index, [
    ['龙岗区2022年比南山区2020年多收了多少申请', pairsOf(LG22_NS20, METRIC.received)],
    ['南山区2020年比龙岗区2022年少收多少', pairsOf(NS20_LG22, METRIC.received)],
    ['南山区2020年比龙岗区2022年少收了几件申请', pairsOf(NS20_LG22, METRIC.received)],
    ['龙岗区2022年比南山区2020年多收到了多少件', pairsOf(LG22_NS20, METRIC.received)],
    ['2022年龙岗区比2020年南山区多收了几件申请', pairsOf(LG22_NS20, METRIC.received)],
    ['龍崗區2022年比南山區2020年多收了多少申請', pairsOf(LG22_NS20, METRIC.received)],
    ['南山區2020年比龍崗區2022年少收多少', pairsOf(NS20_LG22, METRIC.received)],
    ['龙岗区2022年比南山区2020年多办结了多少', pairsOf(LG22_NS20, METRIC.handled)],
    ['龙岗区2022年的行政复议比南山区2020年多了几件', pairsOf(LG22_NS20, METRIC.review)],
    // 收 after 南山区2020年 may name its own figure (收到的申请) beside 龙岗区's 行政复议: not understood, never either.
    ['龙岗区2022年的行政复议比南山区2020年多收了几件', null],
    ['南山区2020年收到的申请比龙岗区2022年少收了多少', pairsOf(NS20_LG22, METRIC.received)],
    ['龙岗区2022年跟南山区2020年相比多收了多少', pairsOf(LG22_NS20, METRIC.received)],
    // One organ: its change over the years, as 比去年多多少 is.
    [
      '南山区2020年比上一年多收了多少申请',
      { organs: [NANSHAN], years: [2020], metric: METRIC.received, aggregation: 'change' },
    ],
    // Nothing compared: no difference, the figure.
    ['龙岗区2022年多收了多少申请', { organs: [LONGGANG], years: [2022], metric: METRIC.received }],
  ]);
});

const LG22 = { organs: [LONGGANG], years: [2022] };
const NS20 = { organs: [NANSHAN], years: [2020] };
const CARRIED_OVER = 'applications.carriedOver.total';
const CARRIED_FORWARD = 'applications.carriedForward.total';
const twoRows = (at: typeof LG22, metric: string, other: string) => ({
  ...at,
  metric,
  moreMetrics: [other],
  aggregation: 'difference' as const,
});

describe('a row compared with another row of the same report: 比办结总数少了多少', () => {
  runQueries(index, [
    ['龙岗区2022年新收比办结总数少了多少', twoRows(LG22, METRIC.received, METRIC.handled)],
    ['龙岗区2022年结转下年度比上年结转多了几件', twoRows(LG22, CARRIED_FORWARD, CARRIED_OVER)],
    ['龙岗区2022年收到申请比已办结的多几件', twoRows(LG22, METRIC.received, METRIC.handled)],
    ['龙岗区2022年收到的申请比办理结果总计多了多少', twoRows(LG22, METRIC.received, METRIC.handled)],
    ['南山区2020年行政诉讼比行政复议少了几件', twoRows(NS20, METRIC.litigation, METRIC.review)],
    ['南山区2020年办结的比收到的少了多少', twoRows(NS20, METRIC.handled, METRIC.received)],
    ['南山區2020年新收比辦結總數少了多少', twoRows(NS20, METRIC.received, METRIC.handled)],
    // Compared with a year, two figures each change over the years.
    [
      '南山区2020年行政复议和行政诉讼比2019年多了多少',
      {
        organs: [NANSHAN],
        years: [2020, 2019],
        metric: METRIC.review,
        moreMetrics: [METRIC.litigation],
        aggregation: 'change',
      },
    ],
  ]);
});

describe('did it go up or down: the change over the year before the year asked', () => {
  const change = (at: { organs: string[]; years: number[] }, metric: string) => ({
    ...at,
    metric,
    aggregation: 'change' as const,
  });
  runQueries(index, [
    ['龙岗区2022年行政诉讼比上一年增加还是减少了', change(LG22, METRIC.litigation)],
    ['龙岗区2022年收到申请比去年多了还是少了', change(LG22, METRIC.received)],
    ['龙岗区2022年申请是涨了还是降了', change(LG22, METRIC.received)],
    ['南山区2020年行政复议是增加了还是减少了', change(NS20, METRIC.review)],
    ['南山区2020年收到的申请比2019年多了还是少了', change({ organs: [NANSHAN], years: [2020, 2019] }, METRIC.received)],
    ['南山区2020年申请数是上升还是下降', change(NS20, METRIC.received)],
    ['南山区2020年行政诉讼比上年是减少还是增加', change(NS20, METRIC.litigation)],
    ['龍崗區2022年行政訴訟比上一年增加還是減少了', change(LG22, METRIC.litigation)],
    ['南山区2020年行政处罚比上一年增加还是减少了', change(NS20, 'activeDisclosure.punishment.decisions')],
  ]);
});

describe('a ranking of several organs ranks them all', () => {
  runQueries(index, [
    ['几个单位的行政诉讼排名', { metric: METRIC.litigation, aggregation: 'top' }],
    ['2020年几个单位的行政诉讼排名', { years: [2020], metric: METRIC.litigation, aggregation: 'top' }],
    ['几个区的收到申请排名', { level: 'district', metric: METRIC.received, aggregation: 'top' }],
    [
      '2020年几个部门收到申请从少到多排序',
      { years: [2020], level: 'department', metric: METRIC.received, aggregation: 'bottom' },
    ],
    // Without a ranking word it still counts the organs that have the figure.
    ['几个单位有行政诉讼', { metric: METRIC.litigation, aggregation: 'nonzero' }],
  ]);
});

describe('the answers', () => {
  let engine: Engine;
  beforeAll(async () => {
    const store = await openSampleAnswerStore();
    const reports = await store.list();
    await store.close();
    const of = (org: string) => reports.find((report) => report.org === org) as Report;
    engine = createEngine({
      store: listOnlyStore([
        ...reports,
        variantOf(of(LONGGANG), { year: 2021, newReceivedTotal: 500 }),
        variantOf(of(NANSHAN), { year: 2021, newReceivedTotal: 300 }),
      ]),
    });
  });
  const RECEIVED = METRIC.received;
  it('多收了多少 between two organs, each with its own year: the difference and both operands', async () => {
    await expectExactly(engine, '龙岗区2021年比南山区2020年多收了多少申请', {
      status: 'answered',
      facts: [
        [LONGGANG, 2021, `${RECEIVED}:difference`, 238],
        [LONGGANG, 2021, RECEIVED, 500],
        [NANSHAN, 2020, RECEIVED, 262],
      ],
      says: [`${LONGGANG} 2021年 比 ${NANSHAN} 2020年 多 238 件`],
    });
  });
  it('少收多少 says the shortfall in words', async () => {
    await expectExactly(engine, '南山区2021年比龙岗区2022年少收多少', {
      status: 'answered',
      facts: [
        [NANSHAN, 2021, `${RECEIVED}:difference`, -252],
        [NANSHAN, 2021, RECEIVED, 300],
        [LONGGANG, 2022, RECEIVED, 552],
      ],
      says: [`${NANSHAN} 2021年 比 ${LONGGANG} 2022年 少 252 件`],
    });
  });
  it('in Traditional, answered in Traditional', async () => {
    await expectExactly(engine, '龍崗區2022年比南山區2021年多收了多少申請', {
      status: 'answered',
      facts: [
        [LONGGANG, 2022, `${RECEIVED}:difference`, 252],
        [LONGGANG, 2022, RECEIVED, 552],
        [NANSHAN, 2021, RECEIVED, 300],
      ],
      says: ['多 252 件', '收到政府信息公開申請'],
    });
  });
  it('新收比办结总数少了多少: the two rows of one report, the shortfall in words', async () => {
    await expectExactly(engine, '龙岗区2022年办结总数比新收少了多少', {
      status: 'answered',
      facts: [
        [LONGGANG, 2022, `${METRIC.handled}:difference`, -17],
        [LONGGANG, 2022, METRIC.handled, 535],
        [LONGGANG, 2022, RECEIVED, 552],
      ],
      says: ['少 17 件'],
    });
  });
  it('增加还是减少: both years, the change and its percent', async () => {
    await expectExactly(engine, '龙岗区2022年收到的申请比上一年增加还是减少了', {
      status: 'answered',
      facts: [
        [LONGGANG, 2021, RECEIVED, 500],
        [LONGGANG, 2022, RECEIVED, 552],
        [LONGGANG, 2022, `${RECEIVED}:change`, 52],
        [LONGGANG, 2022, `${RECEIVED}:changePercent`, 10.4],
      ],
      says: ['2021年 500 件', '2022年 552 件', '+52 件'],
    });
  });
  it('几个单位的行政诉讼排名 ranks every organ of the year, zeros included, and says how many', async () => {
    const LITIGATION = METRIC.litigation;
    await expectExactly(engine, '2020年几个单位的行政诉讼排名', {
      status: 'answered',
      facts: [
        [NANSHAN, 2020, LITIGATION, 4],
        [LONGGANG_DRC, 2020, LITIGATION, 0],
        [LONGHUA_DATA, 2020, LITIGATION, 0],
      ],
      says: ['共比较 3 份报告', '1. ', '3. '],
    });
  });
});
