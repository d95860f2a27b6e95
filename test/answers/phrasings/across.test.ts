// Questions phrased the ways people ask in a chat group (rankings, lists and changes across reports), none of them in questions.json or the other
// answer tests. Every expected value was read from the parsed sample reports (`npx nianbao parse data/reports/X.txt
// --json`); shares are rounded to one decimal as the engine states them. `values`: each must be among the facts; a
// single value must be the first fact. no_data, clarify and not_understood state no number at all.
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../../src/answers/index.js';
import {
  LONGGANG,
  LONGGANG_DATA,
  LONGGANG_DRC,
  LONGHUA_DATA,
  listOnlyStore,
  NANSHAN,
  useSampleEngine,
  variantOf,
} from '../sample-store.js';

const sample = useSampleEngine();
const { expectAnswer, run } = sample;

describe('rankings, lists, comparisons, shares, changes', () => {
  run([
    ['2020年哪个单位收到申请最多', 'answered', [262], [NANSHAN]],
    ['2020年收到申请最少的是哪个单位', 'answered', [1], [LONGHUA_DATA]],
    ['2020年收到申请前两名', 'answered', [262, 4], [NANSHAN, LONGGANG_DRC]],
    ['2020年申请数排名', 'answered', [262, 4, 1], [NANSHAN]],
    ['2020年政府集中采购金额最多的是哪个单位', 'answered', [1708154000], [NANSHAN]],
    ['哪个单位的行政处罚最多', 'answered', [1767], [NANSHAN]],
    ['2022年哪个单位的行政处罚最多', 'answered', [34389], [LONGGANG]],
    ['哪个区行政诉讼最多', 'answered', [38], [LONGGANG]],
    ['哪些单位行政诉讼不为零', 'answered', [38, 4], [LONGGANG, NANSHAN]],
    ['哪些单位有行政复议', 'answered', [15, 5], [LONGGANG, NANSHAN]],
    ['哪些单位有政府集中采购', 'answered', [2502, 9, 3], [NANSHAN, LONGHUA_DATA, LONGGANG_DRC]],
    ['比较龙岗区和南山区的申请数', 'answered', [552, 262], [LONGGANG, NANSHAN]],
    ['龙岗区和南山区分别收到多少申请', 'answered', [552, 262], [LONGGANG, NANSHAN]],
    ['龙岗区2022年自然人占比', 'answered', [489, 552, 88.6], [LONGGANG]],
    ['南山区2020年自然人申请占百分之几', 'answered', [236, 262, 90.1], [NANSHAN]],
    ['南山区2020年商业企业占比', 'answered', [22, 262, 8.4], [NANSHAN]],
    ['龙岗区2022年不予公开占多少比例', 'answered', [30, 535, 5.6], [LONGGANG]],
    ['龙岗区2022年复议纠错率', 'answered', [2, 15, 13.3], [LONGGANG]],
    ['龙岗区2022年申请比2021年增加了多少', 'no_data', [], [LONGGANG]],
    ['南山区2020年受理的申请中予以公开的比例', 'answered', [100, 262, 38.2], [NANSHAN]],
    ['南山区2020年予以公开占收到申请的比例', 'answered', [100, 262, 38.2], [NANSHAN]],
    ['龙岗区2022年行政诉讼中直接起诉占比', 'answered', [32, 38, 84.2], [LONGGANG]],
    ['龙岗区2022年予以公开和部分公开的比例', 'answered', [66, 535, 12.3, 36, 6.7], [LONGGANG]],
    ['龙岗区所有部门收到的申请', 'answered', [0], [LONGGANG_DATA, '按最新的 2021 年度比较']],
    ['龙岗区所有部门2020年收到的申请', 'answered', [4], [LONGGANG_DRC]],
    ['龙岗区和南山区的行政诉讼对比', 'answered', [38, 4], [LONGGANG, NANSHAN]],
    ['Longgang vs Nanshan lawsuits', 'answered', [38, 4], [LONGGANG, NANSHAN]],
    ['Compare Longgang and Nanshan applications', 'answered', [552, 262], [LONGGANG, NANSHAN]],
    ['龙岗区2022年收到的申请比南山区2020年多多少', 'answered', [552, 262], [LONGGANG, NANSHAN]],
    ['南山区2020年收到的依申请公开数量是否比龙岗区2022年多', 'answered', [262, 552], [LONGGANG, NANSHAN]],
    ['List the organs with administrative reconsideration', 'answered', [15, 5], [LONGGANG, NANSHAN]],
    ['2020年申请数排第几', 'answered', [262, 4, 1], [NANSHAN, LONGGANG_DRC, LONGHUA_DATA]],
    // No year, the governments' latest reports of different years: each one's latest, not a ranking leaving 南山区 out.
    ['区政府收到多少申请', 'answered', [262, 552], [NANSHAN, LONGGANG]],
    ['2020年区政府收到多少申请', 'answered', [262], [NANSHAN]],
    ['2020年收到申请最少的两个单位', 'answered', [1, 4], [LONGHUA_DATA, LONGGANG_DRC]],
    ['2020年行政诉讼第二多的是哪个单位', 'answered', [4, 0], [NANSHAN, LONGGANG_DRC]],
    ['the bottom 2 agencies by applications in 2020', 'answered', [1, 4], [LONGHUA_DATA, LONGGANG_DRC]],
    ['Which organs received no applications?', 'answered', [0], [LONGGANG_DATA]],
    ['Which agencies had no lawsuits in 2020?', 'answered', [0, 0], [LONGGANG_DRC, LONGHUA_DATA]],
    ['哪些单位行政复议为零', 'answered', [0, 0, 0], [LONGGANG_DATA, LONGGANG_DRC, LONGHUA_DATA]],
  ]);

  it.each<readonly [string, number, string, string]>([
    ['南山区2020年申请数排第几', 262, NANSHAN, '在 3 份报告中从多到少排第 1 位'],
    ['2020年南山区的申请数在所有单位中排第几', 262, NANSHAN, '在 3 份报告中从多到少排第 1 位'],
    ['龙岗发改局2020年收到申请排名第几', 4, LONGGANG_DRC, '在 3 份报告中从多到少排第 2 位'],
    ['龙岗区行政诉讼排第几', 38, LONGGANG, '在 1 份报告中从多到少排第 1 位'],
    ['Where does Nanshan rank by applications in 2020?', 262, NANSHAN, 'ranked 1 of 3 reports'],
  ])('places a named organ in the ranking: %s', async (question, value, organ, place) => {
    const answer = await expectAnswer([question, 'answered', [value], [organ]]);
    expect(answer.answer).toContain(place);
  });

  run([]);

  run([
    ['2020年谁收到的申请最多', 'answered', [262], [NANSHAN]],
    ['哪个单位行政诉讼最多？', 'answered', [4], [NANSHAN]],
    ['2020年行政复议最少的单位是哪个', 'answered', [0, 0], [LONGHUA_DATA, LONGGANG_DRC]],
    ['2020年申请数量排前两名的单位', 'answered', [262, 4], [NANSHAN, LONGGANG_DRC]],
    ['哪些单位有复议', 'answered', [15, 5], [LONGGANG, NANSHAN]],
    ['哪些单位没有收到任何申请', 'answered', [0], [LONGGANG_DATA]],
    ['哪些单位行政诉讼为零', 'answered', [0, 0, 0], [LONGGANG_DATA, LONGGANG_DRC, LONGHUA_DATA]],
    ['比较一下龙岗区和南山区的申请数', 'answered', [552, 262], [LONGGANG, NANSHAN]],
    ['龙岗区跟南山区哪个收到的申请多', 'answered', [552, 262], [LONGGANG, NANSHAN]],
    ['南山区2020年自然人占比', 'answered', [236, 262, 90.1], [NANSHAN]],
    ['龙岗区2022年企业申请占比多少', 'answered', [51, 552, 9.2], [LONGGANG]],
    ['龙岗区2022年被拒绝的比例是多少', 'answered', [30, 535, 5.6], [LONGGANG]],
    // A sub-row's share with no whole named: of 无法提供 (285) or of every request handled (535)? Asked.
    ['龙岗区2022年信息不存在占比', 'clarify', [], [LONGGANG]],
    ['龙岗区2022年信息不存在的占无法提供的比例', 'answered', [283, 285, 99.3], [LONGGANG]],
    ['Which agency got the fewest requests in 2020?', 'answered', [1], [LONGHUA_DATA]],
    ["What share of Longgang's 2022 requests came from businesses?", 'answered', [51, 552, 9.2], [LONGGANG]],
  ]);

  it('前N after 最少 counts from the fewest', async () => {
    const answer = await expectAnswer([
      '2020年哪个单位的申请最少？前两名',
      'answered',
      [1, 4],
      [LONGHUA_DATA, LONGGANG_DRC],
    ]);
    expect(answer.facts.map((fact) => fact.value)).toEqual([1, 4]);
    const three = await expectAnswer(['2020年申请最少的前三个单位', 'answered', [1, 4, 262], [NANSHAN]]);
    expect(three.facts.map((fact) => fact.value)).toEqual([1, 4, 262]);
  });

  it("排多少 asks the named organ's place", async () => {
    await expectAnswer(['龙岗区2022年收到的申请在所有单位里排多少', 'answered', [552], [LONGGANG, '排第 1 位']]);
  });

  it('a ranking of a year no one in scope filed is no_data, not a list of nobody', async () => {
    const answer = await expectAnswer(['去年哪个区申请最多', 'no_data', [], ['2021年没有可比较的报告']]);
    expect(answer.answer).not.toContain('不为 0');
    await expectAnswer(['2019年申请最多的前三名', 'no_data', [], ['2019年']]);
  });

  it('a ranking warns of a failed check on a listed report', async () => {
    const fewest = await expectAnswer(['2020年申请量最低的是哪个单位', 'answered', [1], [LONGHUA_DATA]]);
    expect(fewest.answer).toContain(
      `注意：${LONGHUA_DATA} 2020年的报告数字不一致，表三总计列不平：新收 1 + 上年结转 0 = 1`,
    );
    const top = await expectAnswer(['2022年申请最多的前两名', 'answered', [552], [LONGGANG]]);
    expect(top.answer).not.toContain('不一致');
  });
});

describe('several figures in one question', () => {
  it('分别是 after two figures gives each of them, not the parts of each', async () => {
    const answer = await expectAnswer(['龙岗区2022年新收申请和上年结转分别是多少', 'answered', [552, 10], [LONGGANG]]);
    expect(answer.facts.map((fact) => fact.value)).toEqual([552, 10]);
  });
});

describe('how many places a ranking lists, and in which order', () => {
  it.each<readonly [string, readonly number[]]>([
    ['2020年收到申请最多的三个单位', [262, 4, 1]],
    // No year: one year, the latest most organs hold (2020), never each organ's latest side by side.
    ['收到申请最多的三个单位', [262, 4, 1]],
    ['2020年申请数从少到多排', [1, 4, 262]],
    ['2020年各单位收到申请数从低到高', [1, 4, 262]],
    ['top two agencies by lawsuits in 2020', [4, 0]],
  ])('%s', async (question, values) => {
    const answer = await sample.engine.answer(question);
    expect(
      answer.facts.map((fact) => fact.value),
      answer.answer,
    ).toEqual(values);
  });
});

describe('organs ranked by a share', () => {
  it.each<readonly [string, readonly number[], string]>([
    // 最高/最低: the first place alone, every report sharing it.
    ['2020年哪个单位的自然人申请占比最高', [100, 100], '从高到低（共比较 3 份报告）'],
    [
      '哪个单位的自然人申请占比最高',
      [100, 100],
      '从高到低（共比较 3 份报告）：（未指定年份，按多数单位已有报告的最新年度 2020 年比较',
    ],
    ['2020年哪个单位予以公开比例最低', [42.6], '从低到高（共比较 2 份报告）'],
    ['2020年自然人占比排名', [100, 100, 90.1], '从高到低（共比较 3 份报告）'],
    ['2020年自然人占比前两名', [100, 100], '从高到低'],
    [
      'Which agency had the highest share of requests from natural persons in 2020?',
      [100, 100],
      'highest first (3 reports compared)',
    ],
  ])('%s', async (question, shares, head) => {
    const answer = await sample.engine.answer(question);
    expect(answer.status, answer.answer).toBe('answered');
    expect(
      answer.facts.filter((fact) => fact.metric.endsWith(':share')).map((fact) => fact.value),
      answer.answer,
    ).toEqual(shares);
    expect(answer.answer).toContain(head);
  });
});

describe('organs without a figure', () => {
  it('哪些单位没有行政诉讼 lists the organs whose figure is 0, and never those with one', async () => {
    const answer = await expectAnswer([
      '哪些单位没有行政诉讼',
      'answered',
      [0, 0, 0],
      [LONGGANG_DATA, LONGGANG_DRC, LONGHUA_DATA],
    ]);
    expect(answer.answer).not.toContain(LONGGANG);
    expect(answer.answer).not.toContain(NANSHAN);
  });

  it('says so when every organ has the figure', async () => {
    const answer = await expectAnswer(['2020年哪些单位没收到申请', 'answered', [], []]);
    expect(answer.answer).toContain('都不为 0');
  });

  it("a region list sharing one body never answers for a region's government", async () => {
    const answer = await sample.engine.answer('龙岗区和龙华区的数据局分别收到多少申请');
    expect(answer.answer).not.toContain(LONGGANG);
  });

  it("有没有 about one organ is still that organ's figure", async () => {
    await expectAnswer(['龙岗区2022年有没有行政诉讼', 'answered', [38], [LONGGANG]]);
  });
});

describe('several years in one word', () => {
  it("近三年 reads the organ's last three years; 历年 its years from first to last, saying which between it lacks", async () => {
    const [report] = (await sample.store.list()).filter((entry) => entry.org === NANSHAN);
    if (!report) throw new Error('the sample store has no Nanshan report');
    const years = [2020, 2021, 2022].map((year, at) => variantOf(report, { year, newReceivedTotal: 100 + at }));
    const multiYear = createEngine({
      store: listOnlyStore([
        ...years,
        variantOf(report, { org: LONGGANG, region: '龙岗区', year: 2020, newReceivedTotal: 5 }),
        variantOf(report, { org: LONGGANG, region: '龙岗区', year: 2022, newReceivedTotal: 7 }),
        variantOf(report, { org: '深圳市龙华区人民政府', region: '龙华区', year: 2021, newReceivedTotal: 3 }),
      ]),
    });
    const recent = await multiYear.answer('近三年南山区收到多少申请');
    expect(recent.facts.map((fact) => [fact.year, fact.value])).toEqual([
      [2020, 100],
      [2021, 101],
      [2022, 102],
    ]);
    const every = await multiYear.answer('龙岗区历年收到的申请');
    expect(
      every.facts.map((fact) => fact.value),
      every.answer,
    ).toEqual([5, 7]);
    expect(every.answer).toContain('没有深圳市龙岗区人民政府 2021年的报告');
    // One report: its year alone, never a line for each year of the store it did not report in.
    const once = await multiYear.answer('龙华区历年收到的申请');
    expect(once.facts.map((fact) => fact.value)).toEqual([3]);
    expect(once.answer).not.toContain('没有');
  });
});

describe('changes between two years of one organ', () => {
  let twoYears: Engine;
  beforeAll(async () => {
    const reports = await sample.store.list();
    const nanshan = reports.find((report) => report.org === NANSHAN);
    const longgang = reports.find((report) => report.org === LONGGANG);
    if (!nanshan || !longgang) throw new Error('the sample store lacks Nanshan or Longgang');
    twoYears = createEngine({
      store: listOnlyStore([
        nanshan,
        variantOf(nanshan, { year: 2021, newReceivedTotal: 300 }),
        longgang,
        variantOf(longgang, { year: 2021, newReceivedTotal: 500 }),
      ]),
    });
  });

  it.each<readonly [string, readonly number[]]>([
    ['南山区2021年收到申请比2020年增加了多少', [262, 300, 38, 14.5]],
    ['南山区申请数同比变化', [262, 300, 38, 14.5]],
    ['南山区2020年到2021年申请的变化', [262, 300, 38, 14.5]],
    ['南山区申请比上年多了多少', [262, 300, 38, 14.5]],
    ['南山区2021年收到申请同比增长率', [262, 300, 38, 14.5]],
    // 环比 of a yearly report: against the year before, as 同比.
    ['南山区收到申请环比增长多少', [262, 300, 38, 14.5]],
    ['南山区2021年申请环比变化', [262, 300, 38, 14.5]],
    ['龙岗区2022年比2021年收到申请增加多少', [500, 552, 52, 10.4]],
    ["How did Nanshan's applications change from 2020 to 2021?", [262, 300, 38, 14.5]],
    ['Nanshan applications 2021 vs 2020', [262, 300, 38, 14.5]],
  ])('%s', async (question, values) => {
    const answer = await twoYears.answer(question);
    expect(answer.status, answer.answer).toBe('answered');
    expect(
      answer.facts.map((fact) => fact.value),
      answer.answer,
    ).toEqual(values);
  });

  it('two years compared without a figure: the change of the summary figures', async () => {
    const answer = await twoYears.answer('南山区2021年和2020年对比');
    expect(
      answer.facts.slice(0, 4).map((fact) => fact.value),
      answer.answer,
    ).toEqual([262, 300, 38, 14.5]);
    expect(answer.facts.map((fact) => fact.metric)).toContain('reviewLitigation.litigation.total');
  });

  it('says which year is missing, once', async () => {
    const answer = await twoYears.answer('龙岗区收到申请和行政诉讼比2020年变化');
    expect(answer.status, answer.answer).toBe('no_data');
    expect(answer.answer.split('\n').filter((line) => line.includes('2020年的报告'))).toHaveLength(1);
  });
});
