// Rankings and totals compare one year: the year asked, else (rankings) the latest year at least half of the organs
// compared hold, else the year most of them hold (said in the reply) — never one organ's 2020 beside another's 2025;
// a sum never adds two years of one organ unless the question asks for years summed (两年加起来, 近两年…合计). The
// Query carries only the years asked; the executor chooses the one year.
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../../src/answers/index.js';
import type { Report } from '../../../src/parser/index.js';
import { listOnlyStore, openSampleAnswerStore, variantOf } from '../sample-store.js';
import { LONGGANG, METRIC, NANSHAN, runQueries, useSampleIndex } from './query-table.js';

const index = useSampleIndex();

describe('the years a ranking or a total asks for', () => {
  runQueries(index, [
    ['哪个单位收到申请最多', { metric: METRIC.received, aggregation: 'max' }],
    ['2020年哪个单位收到申请最多', { years: [2020], metric: METRIC.received, aggregation: 'max' }],
    ['哪个区行政诉讼最多', { level: 'district', metric: METRIC.litigation, aggregation: 'max' }],
    ['申请最多的前两名', { metric: METRIC.received, aggregation: 'top', limit: 2 }],
    ['各单位收到申请数从低到高', { metric: METRIC.received, aggregation: 'bottom' }],
    ['哪个单位的自然人申请占比最高', { metric: METRIC.natural, aggregation: 'shareTop', limit: 1 }],
    // A which-question closing on 高 / 低 (比重更高, 占比低) ranks as 最高 / 最低 do.
    ['哪家的自然人申请比重更高', { metric: METRIC.natural, aggregation: 'shareTop', limit: 1 }],
    ['哪个单位自然人申请占比低', { metric: METRIC.natural, aggregation: 'shareBottom', limit: 1 }],
    ['哪个单位行政诉讼高', { metric: METRIC.litigation, aggregation: 'max' }],
    ['南山区申请数排第几', { organs: [NANSHAN], metric: METRIC.received, aggregation: 'position' }],
    ['龙岗区行政诉讼排第几', { organs: [LONGGANG], metric: METRIC.litigation, aggregation: 'position' }],
    ['全部单位合计收到多少申请', { metric: METRIC.received, aggregation: 'sum' }],
    ['所有单位一共多少行政诉讼', { metric: METRIC.litigation, aggregation: 'sum' }],
    ['近两年全部单位合计收到多少申请', { years: [2021, 2022], metric: METRIC.received, aggregation: 'sum' }],
    [
      '龙岗区近两年加起来收到多少申请',
      { organs: [LONGGANG], years: [2021, 2022], metric: METRIC.received, aggregation: 'sum' },
    ],
    ['2020年和2021年全部单位一共收到多少申请', { years: [2020, 2021], metric: METRIC.received, aggregation: 'sum' }],
    ['去年哪个单位申请最多', { years: [2021], metric: METRIC.received, aggregation: 'max' }],
    ['最新一年哪个单位申请最多', { years: [2022], metric: METRIC.received, aggregation: 'max' }],
    ['Which agency received the most applications?', { metric: METRIC.received, aggregation: 'max' }],
    // Each district government's latest report (2022, 2020): a ranking of one year would leave one out.
    ['区政府收到多少申请', { organs: [NANSHAN, LONGGANG], metric: METRIC.received }],
    ['2020年区政府收到多少申请', { level: 'district', years: [2020], metric: METRIC.received, aggregation: 'top' }],
    [
      '龙岗区所有部门收到的申请',
      { regions: ['龙岗区'], level: 'department', metric: METRIC.received, aggregation: 'top' },
    ],
    ['哪个部门行政复议最多', { level: 'department', metric: METRIC.review, aggregation: 'max' }],
    ['行政诉讼第二多的是哪个单位', { metric: METRIC.litigation, aggregation: 'top', limit: 2 }],
    // 倒数第二 is the second from the bottom; 倒数第一 the fewest.
    ['2020年新收申请倒数第二是哪个单位', { years: [2020], metric: METRIC.received, aggregation: 'bottom', limit: 2 }],
    ['2020年新收申请倒数第一是哪个单位', { years: [2020], metric: METRIC.received, aggregation: 'min' }],
    ['全部单位的行政复议加起来是多少', { metric: METRIC.review, aggregation: 'sum' }],
    ['各区政府一共收到多少申请', { level: 'district', metric: METRIC.received, aggregation: 'sum' }],
    ['龙岗区各单位的申请合计', { regions: ['龙岗区'], metric: METRIC.received, aggregation: 'sum' }],
    // 两年 names no years: 南山区 holds one, so which two is asked (counted-years.test.ts), never 2019 and 2020.
    ['南山区两年加起来收到多少申请', null],
  ]);
});

/** Three organs over 2020–2022, one of them without 2022: the latest year is 2022, held by two of them. */
const TOTALS: Readonly<Record<string, Readonly<Record<number, number>>>> = {
  甲市甲区人民政府: { 2020: 900, 2021: 50, 2022: 10 },
  甲市乙区人民政府: { 2020: 5, 2021: 60, 2022: 20 },
  甲市丙区人民政府: { 2020: 7, 2021: 70 },
};

describe('answers compare one year', () => {
  let engine: Engine;
  beforeAll(async () => {
    const store = await openSampleAnswerStore();
    const [base] = (await store.list()).filter((report) => report.org === NANSHAN);
    await store.close();
    const reports = Object.entries(TOTALS).flatMap(([org, years]) =>
      Object.entries(years).map(([year, total]) =>
        variantOf(base as Report, { org, region: null, year: Number(year), newReceivedTotal: total }),
      ),
    );
    engine = createEngine({ store: listOnlyStore(reports) });
  });
  const stated = async (question: string): Promise<(readonly [string, number, number])[]> => {
    const answer = await engine.answer(question);
    return answer.facts.map((fact) => [fact.org, fact.year, fact.value] as const);
  };

  it('a ranking without a year ranks the latest year, says so, and never lists an older report', async () => {
    const answer = await engine.answer('各单位收到申请排名');
    expect(answer.facts.map((fact) => [fact.org, fact.year, fact.value])).toEqual([
      ['甲市乙区人民政府', 2022, 20],
      ['甲市甲区人民政府', 2022, 10],
    ]);
    expect(answer.answer).toContain(
      '（未指定年份，按最新的 2022 年度比较；未比较没有 2022 年报告的 1 个单位：甲市丙区人民政府（2020年、2021年））',
    );
    // 丙区 is named only as left out, never ranked.
    expect(answer.answer).not.toMatch(/\d\. 甲市丙区/u);
  });

  it("the most and the fewest of the latest year, not of each organ's latest report", async () => {
    expect(await stated('哪个单位收到申请最多')).toEqual([['甲市乙区人民政府', 2022, 20]]);
    expect(await stated('哪个单位收到申请最少')).toEqual([['甲市甲区人民政府', 2022, 10]]);
    expect(await stated('2020年哪个单位收到申请最多')).toEqual([['甲市甲区人民政府', 2020, 900]]);
  });

  it('a named organ is placed among the reports of its own latest year', async () => {
    const answer = await engine.answer('甲市甲区人民政府收到申请排第几');
    expect(answer.facts.map((fact) => [fact.org, fact.year, fact.value])).toEqual([['甲市甲区人民政府', 2022, 10]]);
    expect(answer.answer).toContain('在 2 份报告中从多到少排第 2 位');
  });

  it('a total over every organ adds one year: the latest all of them hold', async () => {
    const answer = await engine.answer('全部单位合计收到多少申请');
    expect(answer.facts[0]?.value, answer.answer).toBe(180);
    expect(new Set(answer.facts.map((fact) => fact.year))).toEqual(new Set([2021]));
    expect(answer.answer).toContain('未指定年份，按各单位都有的最新年度 2021 年');
  });

  it('adds years only when asked: 近两年 and 两年加起来 sum each year asked', async () => {
    expect((await engine.answer('2020年和2021年全部单位一共收到多少申请')).facts[0]?.value).toBe(1092);
    const answer = await engine.answer('甲市甲区人民政府2021年和2022年两年加起来收到多少申请');
    expect(answer.facts.map((fact) => [fact.org, fact.year, fact.value])).toEqual([
      ['甲市甲区人民政府', 2021, 60],
      ['甲市甲区人民政府', 2021, 50],
      ['甲市甲区人民政府', 2022, 10],
    ]);
  });

  it('two named organs compare their latest common year', async () => {
    const answer = await engine.answer('甲市甲区人民政府比甲市丙区人民政府多多少申请');
    expect(answer.facts.map((fact) => [fact.org, fact.year, fact.value])).toEqual([
      ['甲市甲区人民政府', 2021, -20],
      ['甲市甲区人民政府', 2021, 50],
      ['甲市丙区人民政府', 2021, 70],
    ]);
    expect(answer.answer).toContain('未指定年份，按这些单位共有的最新年度 2021 年');
  });
});

/** A store of organs and their reports' totals by year, each a copy of 南山区's 2020 report. */
async function engineOf(totals: Readonly<Record<string, Readonly<Record<number, number>>>>): Promise<Engine> {
  const store = await openSampleAnswerStore();
  const [base] = (await store.list()).filter((report) => report.org === NANSHAN);
  await store.close();
  const reports = Object.entries(totals).flatMap(([org, years]) =>
    Object.entries(years).map(([year, total]) =>
      variantOf(base as Report, { org, region: null, year: Number(year), newReceivedTotal: total }),
    ),
  );
  return createEngine({ store: listOnlyStore(reports) });
}

describe('the one year a ranking without a year compares', () => {
  it('a year only a few organs have filed yet is not compared: the latest year most organs hold is', async () => {
    const engine = await engineOf({
      甲市甲区人民政府: { 2022: 10, 2023: 900 },
      甲市乙区人民政府: { 2022: 20 },
      甲市丙区人民政府: { 2022: 30 },
      甲市丁区人民政府: { 2022: 5 },
    });
    const answer = await engine.answer('哪个单位收到申请最多');
    expect(answer.facts.map((fact) => [fact.org, fact.year, fact.value])).toEqual([['甲市丙区人民政府', 2022, 30]]);
    // Every organ has a 2022 report: none is left out.
    expect(answer.answer).toContain('（未指定年份，按多数单位已有报告的最新年度 2022 年比较）');
    const ranking = await engine.answer('各单位收到申请排名');
    expect(ranking.facts.map((fact) => fact.value)).toEqual([30, 20, 10, 5]);
  });

  it('of a level over the whole store, the organs left out are named newest first, as of any scope', async () => {
    const engine = await engineOf({
      甲市甲区人民政府: { 2022: 10 },
      甲市乙区人民政府: { 2021: 20 },
      甲市丙区人民政府: { 2020: 30 },
      甲市丁区人民政府: { 2022: 5 },
      甲市戊区人民政府: { 2022: 7 },
    });
    const answer = await engine.answer('哪个区政府收到申请最多');
    expect(answer.facts.map((fact) => [fact.org, fact.year, fact.value])).toEqual([['甲市甲区人民政府', 2022, 10]]);
    expect(answer.answer).toContain(
      '未比较没有 2022 年报告的 2 个单位：甲市乙区人民政府（2021年）、甲市丙区人民政府（2020年）',
    );
  });

  it('no year held by half of the organs: the year with the most reports, said so', async () => {
    const engine = await engineOf({
      甲市甲区人民政府: { 2020: 10 },
      甲市乙区人民政府: { 2020: 20 },
      甲市丙区人民政府: { 2021: 300 },
      甲市丁区人民政府: { 2022: 400 },
      甲市戊区人民政府: { 2023: 500 },
    });
    const answer = await engine.answer('哪个单位收到申请最多');
    expect(answer.facts.map((fact) => [fact.org, fact.year, fact.value])).toEqual([['甲市乙区人民政府', 2020, 20]]);
    // The organs left out are named with their years.
    expect(answer.answer).toContain('（未指定年份，按报告最多的 2020 年度比较；未比较没有 2020 年报告的 3 个单位：');
    for (const named of ['甲市戊区人民政府（2023年）', '甲市丁区人民政府（2022年）', '甲市丙区人民政府（2021年）'])
      expect(answer.answer).toContain(named);
    expect(answer.answer).not.toContain('500');
  });

  it('the latest year when half of the organs or more hold it', async () => {
    const engine = await engineOf({
      甲市甲区人民政府: { 2021: 1, 2022: 10 },
      甲市乙区人民政府: { 2021: 2, 2022: 20 },
      甲市丙区人民政府: { 2021: 3 },
      甲市丁区人民政府: { 2021: 4 },
    });
    const answer = await engine.answer('哪个单位收到申请最少');
    expect(answer.facts.map((fact) => [fact.org, fact.year, fact.value])).toEqual([['甲市甲区人民政府', 2022, 10]]);
    expect(answer.answer).toContain('按最新的 2022 年度比较');
  });
});
