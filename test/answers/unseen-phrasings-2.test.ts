// A second round of questions phrased the ways journalists and disclosure officers ask in a chat group, none of
// them in questions.json or the other answer tests. Every expected value was read from the parsed sample reports
// (`npx nianbao parse data/reports/X.txt --json`); shares are rounded to one decimal as the engine states them.
// `values`: each must be among the facts; a single value must be the first fact. no_data, clarify and
// not_understood state no number at all.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Answer, createEngine, type Engine } from '../../src/answers/index.js';
import type { Store } from '../../src/store/index.js';
import {
  expectAnswer as expectRow,
  LONGGANG,
  LONGGANG_DATA,
  LONGGANG_DRC,
  LONGHUA_DATA,
  listOnlyStore,
  NANSHAN,
  openSampleAnswerStore,
  type Row,
  variantOf,
} from './sample-store.js';

let store: Store;
let engine: Engine;
beforeAll(async () => {
  store = await openSampleAnswerStore();
  engine = createEngine({ store });
});
afterAll(async () => store.close());

/** The shared row check, on this file's engine. */
function expectAnswer(row: Row, conversationId?: string): Promise<Answer> {
  return expectRow(engine, row, conversationId);
}

const run = (rows: readonly Row[]): void => {
  it.each<Row>(rows)('%s', async (...row) => {
    await expectAnswer(row);
  });
};

describe('公开率: granted in full or in part, as a share of all handled', () => {
  run([
    ['龙岗区2022年公开率多少？', 'answered', [102, 535, 19.1], [LONGGANG]],
    ['南山区2020年信息公开率', 'answered', [149, 235, 63.4], [NANSHAN]],
    ['龙岗发改局2020年的公开率是多少', 'answered', [3, 4, 75], [LONGGANG_DRC]],
    ['南山区2020年的公开比例', 'answered', [149, 235, 63.4], [NANSHAN]],
    ["What was Longgang's disclosure rate in 2022?", 'answered', [102, 535, 19.1], [LONGGANG]],
    ['龙岗区2022年全部或部分公开的有多少', 'answered', [102], [LONGGANG]],
    ['2020年各单位公开率排名', 'answered', [75, 63.4], [LONGGANG_DRC, NANSHAN]],
  ]);

  it('最低 names the organ with the lowest 公开率 alone', async () => {
    const answer = await expectAnswer(['哪个单位的公开率最低', 'answered', [102, 535, 19.1], [LONGGANG]]);
    expect(answer.facts.map((fact) => fact.value)).toEqual([102, 535, 19.1]);
  });
});

describe('table 二 as a whole', () => {
  run([
    ['南山区2020年主动公开情况', 'answered', [8, 8759, 1767, 159, 2502, 1708154000], [NANSHAN]],
    ['龙岗区2022年主动公开了什么', 'answered', [46, 11, 136, 16103, 34389, 7749, 22293.4], [LONGGANG]],
    ['龙华数据局2020年主动公开政府信息情况', 'answered', [9, 456880], [LONGHUA_DATA]],
    ['龙岗区2022年表二', 'answered', [46, 11, 136, 16103, 34389, 7749, 22293.4], [LONGGANG]],
    ['龙岗区2022年表三数据', 'answered', [552, 10, 535, 27], [LONGGANG]],
    ['南山区2020年表四', 'answered', [5, 4], [NANSHAN]],
    ['Nanshan 2020 table 4', 'answered', [5, 4], [NANSHAN]],
  ]);

  it('a row named beside 主动公开 is that row alone', async () => {
    const answer = await expectAnswer(['龙岗区2022年主动公开的规范性文件', 'answered', [46, 11, 136], [LONGGANG]]);
    expect(answer.facts.map((fact) => fact.value)).toEqual([46, 11, 136]);
  });
});

describe('a place without a figure, and organs named all at once', () => {
  run([
    ['南山区2020年排名第几', 'answered', [262], [NANSHAN, '第 1 位']],
    ['龙岗区2022年排第几', 'answered', [552], [LONGGANG]],
    ['所有数据局收到多少申请', 'answered', [1, 0], [LONGHUA_DATA, LONGGANG_DATA]],
    ['两个数据局分别收到多少申请', 'answered', [1, 0], [LONGHUA_DATA, LONGGANG_DATA]],
    ['各数据局的行政复议', 'answered', [0, 0], [LONGHUA_DATA, LONGGANG_DATA]],
    ['数据局收到多少申请', 'clarify', [], [LONGHUA_DATA, LONGGANG_DATA]],
  ]);
});

describe('places the store does not hold, with or without 市/区', () => {
  run([
    ['宝安2022年收到多少申请', 'no_data', [], ['宝安']],
    ['宝安区政府2022年收到多少申请', 'no_data', [], ['宝安']],
    ['福田今年收到多少申请', 'no_data', [], ['福田']],
    ['广州2022年公开率', 'no_data', [], ['广州']],
    ['光明2021年行政复议多少', 'no_data', [], ['光明']],
    ['盐田区2021年行政复议', 'no_data', [], ['盐田区']],
    ['深圳市教育局2022年收到多少申请', 'no_data', [], ['深圳市教育局']],
    ['龙岗区2015年收到多少申请', 'no_data', [], [LONGGANG]],
    ['龙岗区2030年行政诉讼', 'no_data', [], [LONGGANG]],
    ['南山区二〇二二年申请量有多少', 'no_data', [], [NANSHAN]],
  ]);

  it("a place that names the store's organs (深圳) is no unknown organ", async () => {
    await expectAnswer(['深圳龙岗区2022年收到多少申请', 'answered', [552], [LONGGANG]]);
    const ranking = await expectAnswer(['深圳各区2022年收到申请排名', 'answered', [552], [LONGGANG]]);
    expect(ranking.answer).not.toContain('没有“深圳');
  });
});

describe('years in words, and years that name a row', () => {
  run([
    ['龙岗区两千零二十二年行政复议多少', 'answered', [15], [LONGGANG]],
    ['南山区二零二零年行政诉讼多少', 'answered', [4], [NANSHAN]],
    ['南山区两千零二十年行政复议', 'answered', [5], [NANSHAN]],
    ['龙岗区两千年收到多少申请', 'no_data', [], [LONGGANG, '2000年']],
    ['龙岗区两千零一十九年收到多少申请', 'no_data', [], [LONGGANG, '2019年']],
    ['南山区2020年有多少申请结转到下一年', 'answered', [33], [NANSHAN]],
    ['南山区2020年结转到2021年的申请', 'answered', [33], [NANSHAN]],
    ['龙岗区2022年有多少件转入下年度办理', 'answered', [27], [LONGGANG]],
    ['龙岗区2022年有多少申请是从2021年结转过来的', 'answered', [10], [LONGGANG]],
    ['How many Longgang applications were carried over from 2021?', 'answered', [10], [LONGGANG]],
  ]);

  it("两千零二十年 is 2020, not the organ's latest year", async () => {
    const answer = await expectAnswer(['龙岗区两千零二十年行政复议多少', 'no_data', [], [LONGGANG]]);
    expect(answer.answer).toContain('2020年');
  });

  it('结转到2021年 does not ask for a 2021 report', async () => {
    const answer = await engine.answer('南山区2020年结转到2021年的申请');
    expect(answer.answer).not.toContain('2021年的报告');
  });
});

describe('applicants and outcomes in other words', () => {
  run([
    ['2022年龙岗区受理的申请中企业占几个', 'answered', [51], [LONGGANG]],
    ['龙岗区2022年公司申请了多少', 'answered', [51], [LONGGANG]],
    ['龙岗区22年个人申请多少', 'answered', [489], [LONGGANG]],
    ['龙岗区2022年律师事务所申请多少', 'answered', [8], [LONGGANG]],
    ['龙岗区2022年大学或研究所申请多少', 'answered', [0], [LONGGANG]],
    ['龙岗区2022年公益组织申请几件', 'answered', [0], [LONGGANG]],
    ['南山区2020年其他类型申请人', 'answered', [4], [NANSHAN]],
    ['南山区2020年申请人都有哪些', 'answered', [262, 236, 26, 22, 4], [NANSHAN]],
    ['龙岗区2022年逾期不补正的多少', 'answered', [2], [LONGGANG]],
    ['龙岗区2022年信访举报投诉类多少', 'answered', [0], [LONGGANG]],
    ['南山区2020年重复申请多少', 'answered', [4], [NANSHAN]],
    ['南山区2020年补正后仍不明确的', 'answered', [0], [NANSHAN]],
    ['龙岗区2022年需要另行制作的', 'answered', [2], [LONGGANG]],
    ['南山区2020年其他处理多少', 'answered', [25], [NANSHAN]],
    ['龙岗区2022年其他处理中其他情形', 'answered', [116], [LONGGANG]],
    ['龙岗区2022年因第三方合法权益不予公开的', 'answered', [7], [LONGGANG]],
    ['南山区2020年要求提供公开出版物', 'answered', [0], [NANSHAN]],
    ['龙岗区2022年办结多少件', 'answered', [535], [LONGGANG]],
    ['龙岗区2022年办理结果合计', 'answered', [535, 66, 36, 30, 285, 0, 118], [LONGGANG]],
    ['龙岗区2022年收到和办结的申请', 'answered', [552, 535], [LONGGANG]],
  ]);
});

describe('reviews and lawsuits in other words', () => {
  run([
    ['龙岗区2022年复议维持了多少', 'answered', [7], [LONGGANG]],
    ['龙岗区2022年复议被纠正几件', 'answered', [2], [LONGGANG]],
    ['龙岗区2022年复议还没审结的有几件', 'answered', [5], [LONGGANG]],
    ['龙岗区2022年直接向法院起诉的', 'answered', [32], [LONGGANG]],
    ['龙岗区2022年经复议后起诉多少件', 'answered', [6], [LONGGANG]],
    ['龙岗区2022年官司输了几件', 'answered', [0], [LONGGANG]],
    ['南山区2020年行政诉讼赢了几件', 'answered', [3], [NANSHAN]],
    ['南山区2020年行诉结果怎么样', 'answered', [4, 3, 0, 1], [NANSHAN]],
    ['南山区2020年复议结果', 'answered', [5, 5, 0], [NANSHAN]],
    ['南山区2020年行政复议和行政诉讼分别多少', 'answered', [5, 4], [NANSHAN]],
  ]);
});

describe('table 二 fields in other words', () => {
  run([
    ['龙岗区2022年许可决定一共几件', 'answered', [16103], [LONGGANG]],
    ['龙岗区2022年作出多少行政处罚', 'answered', [34389], [LONGGANG]],
    ['龙岗区2022年行政强制多少件', 'answered', [7749], [LONGGANG]],
    ['龙岗区2022年收了多少费', 'answered', [22293.4], [LONGGANG]],
    ['龙岗区2022年规范性文件现行有效多少件', 'answered', [136], [LONGGANG]],
    ['龙岗区2022年废止了几个规范性文件', 'answered', [11], [LONGGANG]],
    ['南山区2020年政府采购金额', 'answered', [1708154000], [NANSHAN]],
    ['南山区2020年集中采购项目多少个', 'answered', [2502], [NANSHAN]],
    ['南山区2020年规章新制作多少', 'answered', [0], [NANSHAN]],
    ['南山区2020年行政处罚决定数', 'answered', [1767], [NANSHAN]],
    ['南山区2020年行政许可多少件', 'answered', [8759], [NANSHAN]],
    ['龙岗发改局2020年政府采购花了多少钱', 'answered', [5246500], [LONGGANG_DRC]],
    ['南山区2020年其他对外管理服务事项处理决定', 'answered', [199956], [NANSHAN]],
    ['南山区2020年规范性文件新公开多少', 'answered', [8], [NANSHAN]],
  ]);

  it("项目数比上年 without last year's report: the change the 2019 template prints, never for decisions", async () => {
    await expectAnswer(['南山区2020年行政许可项目数比上年减少了多少', 'answered', [-19], [NANSHAN, '本年增/减']]);
    await expectAnswer(['南山区2020年行政处罚比上年增加了多少', 'no_data', [], [NANSHAN, '2019年']]);
  });
});

describe('rankings, lists, comparisons and shares', () => {
  run([
    ['2020年谁收到的申请最多', 'answered', [262], [NANSHAN]],
    ['哪个单位行政诉讼最多？', 'answered', [38], [LONGGANG]],
    ['行政复议最少的单位是哪个', 'answered', [0, 0, 0], [LONGHUA_DATA, LONGGANG_DRC, LONGGANG_DATA]],
    ['申请数量排前两名的单位', 'answered', [552, 262], [LONGGANG, NANSHAN]],
    ['哪些单位有复议', 'answered', [15, 5], [LONGGANG, NANSHAN]],
    ['哪些单位没有收到任何申请', 'answered', [0], [LONGGANG_DATA]],
    ['哪些单位行政诉讼为零', 'answered', [0, 0, 0], [LONGGANG_DATA, LONGGANG_DRC, LONGHUA_DATA]],
    ['比较一下龙岗区和南山区的申请数', 'answered', [552, 262], [LONGGANG, NANSHAN]],
    ['龙岗区跟南山区哪个收到的申请多', 'answered', [552, 262], [LONGGANG, NANSHAN]],
    ['南山区2020年自然人占比', 'answered', [236, 262, 90.1], [NANSHAN]],
    ['龙岗区2022年企业申请占比多少', 'answered', [51, 552, 9.2], [LONGGANG]],
    ['龙岗区2022年被拒绝的比例是多少', 'answered', [30, 535, 5.6], [LONGGANG]],
    ['龙岗区2022年信息不存在占比', 'answered', [283, 535, 52.9], [LONGGANG]],
    ['Which agency got the fewest requests?', 'answered', [0], [LONGGANG_DATA]],
    ["What share of Longgang's 2022 requests came from businesses?", 'answered', [51, 552, 9.2], [LONGGANG]],
  ]);

  it('前N after 最少 counts from the fewest', async () => {
    const answer = await expectAnswer([
      '哪个单位的申请最少？前两名',
      'answered',
      [0, 1],
      [LONGGANG_DATA, LONGHUA_DATA],
    ]);
    expect(answer.facts.map((fact) => fact.value)).toEqual([0, 1]);
    const three = await expectAnswer(['申请最少的前三个单位', 'answered', [0, 1, 4], [LONGGANG_DRC]]);
    expect(three.facts.map((fact) => fact.value)).toEqual([0, 1, 4]);
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
    expect(fewest.answer).toContain(`注意：${LONGHUA_DATA} 2020年的报告未通过勾稽检查 applications.balance`);
    const top = await expectAnswer(['申请最多的前两名', 'answered', [552, 262], [LONGGANG, NANSHAN]]);
    expect(top.answer).not.toContain('勾稽');
  });
});

describe('Traditional characters, English, punctuation and chat noise', () => {
  run([
    ['龍岗區2022年收到多少申請', 'answered', [552], [LONGGANG]],
    ['南山區2020年行政訴訟', 'answered', [4], [NANSHAN]],
    ['How many requests did Nanshan receive in 2020?', 'answered', [262], [NANSHAN]],
    ['How many lawsuits did Longgang face in 2022?', 'answered', [38], [LONGGANG]],
    ['Longgang 2022 reconsideration cases', 'answered', [15], [LONGGANG]],
    ['@年报助手 南山区2020年申请数', 'answered', [262], [NANSHAN]],
    ['@bot 龙岗区2022年复议多少？？', 'answered', [15], [LONGGANG]],
    ['龙岗区2022年行政诉讼多少啊😅', 'answered', [38], [LONGGANG]],
    ['南山区 2020 年 收到 申请 多少', 'answered', [262], [NANSHAN]],
    ['【求助】龙岗区2022年复议案件数', 'answered', [15], [LONGGANG]],
    ['南山区2020年申请多少嘛', 'answered', [262], [NANSHAN]],
    ['龙岗区2022年的申请情况怎么样呀', 'answered', [552, 489, 51, 8, 4], [LONGGANG]],
    ['How many administrative penalties did Longgang issue in 2022?', 'answered', [34389], [LONGGANG]],
    ["What is Nanshan's disclosure rate?", 'answered', [149, 235, 63.4], [NANSHAN]],
    ['Nanshan 2020 proactive disclosure', 'answered', [8, 8759, 2502], [NANSHAN]],
    ['龍華數據局2020年收到幾件申請', 'answered', [1], [LONGHUA_DATA]],
  ]);
});

describe('the reports themselves', () => {
  it('lists the reports of a region, or says there is none', async () => {
    const longgang = await expectAnswer([
      '龙岗区的年报有几份',
      'answered',
      [],
      [LONGGANG, LONGGANG_DRC, LONGGANG_DATA],
    ]);
    expect(longgang.answer).not.toContain(NANSHAN);
    await expectAnswer(['你们有南山区的年报吗', 'answered', [], [NANSHAN, '2020年']]);
    await expectAnswer(['有宝安区的报告吗', 'no_data', [], ['宝安区']]);
  });
});

describe('out of scope: not_understood, never a number', () => {
  run([
    ['龙岗区今年的天气怎么样', 'not_understood', [], []],
    ['南山区2020年常住人口多少', 'not_understood', [], []],
    ['给我讲个笑话吧', 'not_understood', [], []],
    ['龙岗区2022年GDP是多少', 'not_understood', [], []],
  ]);
});

describe('several years counted back from the organ named', () => {
  it("近两年 are the organ's last two years, not the store's", async () => {
    const [report] = (await store.list()).filter((entry) => entry.org === NANSHAN);
    if (!report) throw new Error('the sample store has no Nanshan report');
    const nanshan = [2019, 2020].map((year, at) => variantOf(report, { year, newReceivedTotal: 200 + at }));
    const later = variantOf(report, { org: LONGGANG, region: '龙岗区', year: 2023, newReceivedTotal: 9 });
    const twoYears = createEngine({ store: listOnlyStore([...nanshan, later]) });
    const answer = await twoYears.answer('南山区近两年收到多少申请');
    expect(answer.facts.map((fact) => [fact.year, fact.value])).toEqual([
      [2019, 200],
      [2020, 201],
    ]);
  });
});

describe('follow-ups in one conversation', () => {
  it('moves from a rate to another organ and back to a figure', async () => {
    const id = 'unseen-2-a';
    await expectAnswer(['南山区2020年公开率', 'answered', [149, 235, 63.4], [NANSHAN]], id);
    await expectAnswer(['那龙岗区发改局的呢', 'answered', [3, 4, 75], [LONGGANG_DRC]], id);
    await expectAnswer(['它的复议数量呢', 'answered', [0], [LONGGANG_DRC]], id);
  });

  it('turns a 公开率 ranking the other way', async () => {
    const id = 'unseen-2-b';
    await expectAnswer(['哪个单位公开率最高', 'answered', [3, 4, 75], [LONGGANG_DRC]], id);
    const lowest = await expectAnswer(['最低的呢', 'answered', [102, 535, 19.1], [LONGGANG]], id);
    expect(lowest.facts.map((fact) => fact.value)).toEqual([102, 535, 19.1]);
  });

  it('keeps all the data bureaus for the next figure', async () => {
    const id = 'unseen-2-c';
    await expectAnswer(['所有数据局收到多少申请', 'answered', [1, 0], [LONGHUA_DATA, LONGGANG_DATA]], id);
    await expectAnswer(['行政复议呢', 'answered', [0, 0], [LONGHUA_DATA, LONGGANG_DATA]], id);
  });
});
