// Charts through the engine's door: the question's chart wish, the chart kind the facts make, the drawn numbers
// against the answer's facts, and the PNG decoded.
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Answer, createEngine, type Engine, type Fact } from '../../src/answers/index.js';
import {
  CHART_SCALE,
  chartOfFacts,
  MAX_CATEGORIES,
  type PlannedChart,
  planChart,
  renderChart,
} from '../../src/charts/index.js';
import type { Report } from '../../src/parser/index.js';
import { LONGGANG, listOnlyStore, openSampleAnswerStore, variantOf } from '../answers/sample-store.js';
import { FACT_552 } from '../bot/helpers.js';

/** 龙岗区's applications 2019–2023: the sample 2022 report (552) and four years around it. */
const LONGGANG_YEARS: Readonly<Record<number, number>> = { 2019: 120, 2020: 262, 2021: 3312, 2023: 800 };
/** The bar colour of the first series (chart-option.ts PALETTE[0]). */
const BAR = [0x3b, 0x6f, 0xd4] as const;

let engine: Engine;

beforeAll(async () => {
  const sample = await openSampleAnswerStore();
  const reports = await sample.list();
  const longgang = reports.find((report) => report.org === LONGGANG) as Report;
  const years = Object.entries(LONGGANG_YEARS).map(([year, total]) =>
    variantOf(longgang, { year: Number(year), newReceivedTotal: total }),
  );
  engine = createEngine({ store: listOnlyStore([...reports, ...years]) });
});

/** The planned chart of an answer; fails the test when there is none. */
function chartOf(answer: Answer): PlannedChart {
  const plan = planChart(answer);
  if (plan.kind === 'none') throw new Error(`no chart (${plan.reason}) for: ${answer.answer}`);
  return plan.chart;
}

/** Every drawn value is a fact of the answer, for its category: the number guard of the reply, for pictures. */
function expectOnlyFacts(chart: PlannedChart, answer: Answer): void {
  const drawn = chart.spec.series.flatMap((series) => series.values.filter((value) => value !== null));
  expect(drawn).toHaveLength(chart.facts.length);
  for (const fact of chart.facts) expect(answer.facts).toContainEqual(fact);
  expect(drawn.sort()).toEqual(chart.facts.map((fact) => fact.value).sort());
}

/** Decodes the PNG and counts the pixels of the bar colour in a band of rows (fractions of the height). */
function barPixels(png: Buffer, fromRow = 0, toRow = 1): { width: number; height: number; count: number } {
  const image = PNG.sync.read(png);
  let count = 0;
  for (let y = Math.floor(image.height * fromRow); y < Math.floor(image.height * toRow); y++) {
    for (let x = 0; x < image.width; x++) {
      const at = (y * image.width + x) * 4;
      if (BAR.every((channel, i) => Math.abs((image.data[at + i] as number) - channel) < 8)) count++;
    }
  }
  return { width: image.width, height: image.height, count };
}

describe('chart words are a wish on the Answer, not part of the question', () => {
  it.each([
    ['各单位收到申请排名，画个图', '各单位收到申请排名'],
    ['龙岗区历年收到申请趋势图', '龙岗区历年收到申请'],
    ['用柱状图展示龙岗区2022年办理结果', '龙岗区2022年办理结果'],
    ['龍崗區2022年辦理結果圖表', '龍崗區2022年辦理結果'],
    ['chart of applications received by each organ', 'applications received by each organ'],
  ])('%s → the answer to %s, with chart: requested', async (withChart, without) => {
    const [asked, plain] = [await engine.answer(withChart), await engine.answer(without)];
    expect(asked.status).toBe('answered');
    expect(asked.chart).toBe('requested');
    expect(plain.chart).toBeUndefined();
    expect(asked.answer).toBe(plain.answer);
    expect(asked.facts).toEqual(plain.facts);
  });

  it('画个图 alone draws the previous answer of the conversation', async () => {
    const first = await engine.answer('龙岗区2022年办理结果', { conversationId: 'c1' });
    const again = await engine.answer('画个图', { conversationId: 'c1' });
    expect(again.chart).toBe('requested');
    expect(again.facts).toEqual(first.facts);
    expect(chartOf(again).spec.kind).toBe('breakdown');
  });

  it('图书馆 is an organ word, not a chart word', async () => {
    expect((await engine.answer('龙岗区2022年收到多少申请')).chart).toBeUndefined();
    expect((await engine.answer('龙岗区图书馆2022年收到多少申请')).chart).toBeUndefined();
  });
});

describe('which answers get a chart, and what it shows', () => {
  it('a ranking of 4 organs in one year: a chart unasked, bars in the answer order, the facts exactly', async () => {
    const answer = await engine.answer('2020年各单位收到申请排名');
    const chart = chartOf(answer);
    expect(chart.spec.kind).toBe('ranking');
    expect(chart.spec.series).toEqual([
      { name: '收到政府信息公开申请', values: answer.facts.map((fact) => fact.value) },
    ]);
    expect(chart.spec.categories).toEqual(answer.facts.map((fact) => fact.org));
    expect(chart.spec.subtitle).toBe('共 4 个单位');
    expect(chart.spec.unit).toBe('件');
    expect(chart.spec.source).toBe('来源：各报告表三“本年新收政府信息公开申请数量”总计（4 份报告）');
    expectOnlyFacts(chart, answer);
  });

  it('five years of one organ: a trend, oldest first, the year span in the title', async () => {
    const answer = await engine.answer('龙岗区2019到2023年收到多少申请');
    const chart = chartOf(answer);
    expect(chart.spec.kind).toBe('trend');
    expect(chart.spec.title).toBe('深圳市龙岗区人民政府 收到政府信息公开申请（2019–2023年）');
    expect(chart.spec.categories).toEqual(['2019年', '2020年', '2021年', '2022年', '2023年']);
    expect(chart.spec.series[0]?.values).toEqual([120, 262, 3312, 552, 800]);
    expectOnlyFacts(chart, answer);
  });

  it('a breakdown unasked gets none; asked, its parts by their own names', async () => {
    expect(planChart(await engine.answer('龙岗区2022年申请人类型'))).toEqual({ kind: 'none', reason: 'not-wanted' });
    const answer = await engine.answer('龙岗区2022年申请人类型，画图');
    const chart = chartOf(answer);
    expect(chart.spec.kind).toBe('breakdown');
    expect(chart.spec.title).toBe('深圳市龙岗区人民政府 2022年 收到政府信息公开申请');
    expect(chart.spec.categories.slice(0, 3)).toEqual(['总计', '自然人', '法人或其他组织']);
    expect(chart.spec.source).toBe('来源：《深圳市龙岗区人民政府2022年政府信息公开工作年度报告》 表三');
    expectOnlyFacts(chart, answer);
  });

  it('one number, asked or not, is no chart', async () => {
    const answer = await engine.answer('龙岗区2022年收到多少申请？画个图');
    expect(planChart(answer)).toEqual({ kind: 'none', reason: 'one-number' });
    expect(planChart(await engine.answer('天气怎么样'))).toEqual({ kind: 'none', reason: 'no-numbers' });
  });

  it('an English question gets English words around the Chinese names', async () => {
    const chart = chartOf(await engine.answer('rank organs by applications received in 2020, as a chart'));
    expect(chart.spec.lang).toBe('en');
    expect(chart.spec.unit).toBe('');
    expect(chart.spec.subtitle).toMatch(/^4 organs/);
    expect(chart.spec.source).toMatch(/^Source: each report's table 三/);
  });

  it('several figures of several organs: a comparison, a colour per figure', () => {
    const fact = (org: string, metric: string, label: string, value: number): Fact => ({
      ...FACT_552,
      org,
      metric,
      label,
      value,
      source: { ...FACT_552.source, file: `${org}.txt` },
    });
    const facts = [
      fact('甲局', 'reviewLitigation.review.total', '行政复议', 3),
      fact('甲局', 'reviewLitigation.litigation.total', '行政诉讼', 1),
      fact('乙局', 'reviewLitigation.review.total', '行政复议', 0),
      fact('乙局', 'reviewLitigation.litigation.total', '行政诉讼', 7),
    ];
    const chart = chartOfFacts(facts, 'zh');
    expect(chart?.spec).toMatchObject({
      kind: 'comparison',
      title: '2022年 行政复议、行政诉讼',
      categories: ['甲局', '乙局'],
      series: [
        { name: '行政复议', values: [3, 0] },
        { name: '行政诉讼', values: [1, 7] },
      ],
    });
  });

  it(`a ranking of 40 organs draws the first ${MAX_CATEGORIES} and says so`, () => {
    const facts = Array.from({ length: 40 }, (_, at) => ({ ...FACT_552, org: `单位${at + 1}`, value: 100 - at }));
    const chart = chartOfFacts(facts, 'zh');
    expect(chart?.spec.categories).toHaveLength(MAX_CATEGORIES);
    expect(chart?.facts).toEqual(facts.slice(0, MAX_CATEGORIES));
    expect(chart?.spec.subtitle).toBe(`共 40 个单位；图中为前 ${MAX_CATEGORIES} 项（共 40 项）`);
  });
});

describe('the PNG', () => {
  it('a ranking: 800×450 at 2×, bars drawn, the largest on top', async () => {
    const chart = chartOf(await engine.answer('2020年各单位收到申请排名'));
    const image = await renderChart(chart.spec);
    expect(image.png.subarray(1, 4).toString()).toBe('PNG');
    const all = barPixels(image.png);
    expect([all.width, all.height]).toEqual([800 * CHART_SCALE, 450 * CHART_SCALE]);
    expect([image.width, image.height]).toEqual([all.width, all.height]);
    // 262 件 twice on top, then 4 and 1: far more bar in the upper half of the plot than in the lower.
    const upper = barPixels(image.png, 0.15, 0.5).count;
    const lower = barPixels(image.png, 0.5, 0.9).count;
    expect(upper).toBeGreaterThan(20_000);
    expect(lower).toBeLessThan(upper / 5);
  });

  it('a trend: a bar per year, the 2021 jump the tallest', async () => {
    const chart = chartOf(await engine.answer('龙岗区2019到2023年收到多少申请'));
    const image = await renderChart(chart.spec);
    const decoded = PNG.sync.read(image.png);
    expect([decoded.width, decoded.height]).toEqual([1600, 900]);
    // Columns of bar colour, left to right: five runs, the third (2021: 3312) reaching highest.
    const tops: number[] = [];
    let run: number[] = [];
    for (let x = 0; x < decoded.width; x++) {
      let top = -1;
      for (let y = 0; y < decoded.height && top < 0; y++) {
        const at = (y * decoded.width + x) * 4;
        if (BAR.every((channel, i) => Math.abs((decoded.data[at + i] as number) - channel) < 8)) top = y;
      }
      if (top >= 0) run.push(top);
      else if (run.length > 0) {
        tops.push(Math.min(...run));
        run = [];
      }
    }
    expect(tops).toHaveLength(5);
    expect(Math.min(...tops)).toBe(tops[2]);
  });

  it("frees each chart's pixels: the resident memory of ten charts stays near the first's", async () => {
    // Each render holds 1600×900 pixels (5.8 MB) in resvg's native memory until V8 collects its objects: without a
    // collection after each chart, eight more charts added about 48 MB; with one, a few.
    const chart = chartOf(await engine.answer('2020年各单位收到申请排名'));
    for (let at = 0; at < 2; at += 1) await renderChart(chart.spec);
    const before = process.memoryUsage().rss;
    for (let at = 0; at < 8; at += 1) await renderChart(chart.spec);
    expect((process.memoryUsage().rss - before) / 1e6).toBeLessThan(24);
  });
});
