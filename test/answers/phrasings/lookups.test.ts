// Questions phrased the ways people ask in a chat group (lookups of one organ and year), none of them in questions.json or the other
// answer tests. Every expected value was read from the parsed sample reports (`npx nianbao parse data/reports/X.txt
// --json`); shares are rounded to one decimal as the engine states them. `values`: each must be among the facts; a
// single value must be the first fact. no_data, clarify and not_understood state no number at all.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/answers/index.js';
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

describe('colloquial Chinese and word order', () => {
  run([
    ['2022年龙岗区收到多少申请', 'answered', [552], [LONGGANG]],
    ['龙岗2022收到多少申请', 'answered', [552], [LONGGANG]],
    ['龙岗2022年一共收到多少件申请', 'answered', [552], [LONGGANG]],
    ['22年龙岗收到几个申请', 'answered', [552], [LONGGANG]],
    ['龙岗区的2022年申请总数是多少', 'answered', [552], [LONGGANG]],
    ['龙岗区2022年依申请公开的数量', 'answered', [552], [LONGGANG]],
    ['2022年度龙岗区新收申请合计', 'answered', [552], [LONGGANG]],
    ['龙岗区二〇二二年度总共收到多少政府信息公开申请', 'answered', [552], [LONGGANG]],
    ['龙岗区2022年有没有行政诉讼', 'answered', [38], [LONGGANG]],
    ['龙岗区2022年行政诉讼是多少', 'answered', [38], [LONGGANG]],
    ['龙岗区2022年办理了多少申请', 'answered', [535], [LONGGANG]],
    ['龙岗区2022年答复了多少', 'answered', [535], [LONGGANG]],
    ['龙岗区2022年拒绝了多少申请', 'answered', [30], [LONGGANG]],
    ['龙岗区2022年不公开的有多少', 'answered', [30], [LONGGANG]],
    ['龙岗区2022年全部公开的有几件', 'answered', [66], [LONGGANG]],
    ['龙岗区2022年被起诉多少次', 'answered', [38], [LONGGANG]],
    ['龙岗区2022年当被告多少次', 'answered', [38], [LONGGANG]],
    ['龙岗区2022年被复议多少次', 'answered', [15], [LONGGANG]],
    ['南山区2020年申请情况怎么样', 'answered', [262, 236, 26, 22, 4], [NANSHAN]],
    ['龙岗区2022年行诉多少', 'answered', [38], [LONGGANG]],
    ['龙岗区2022年不予公开的理由有哪些', 'answered', [30, 1, 7, 8, 10, 3], [LONGGANG]],
    ['Longgang 2022年收到多少申请', 'answered', [552], [LONGGANG]],
    ['南山区政府前年收到的申请', 'answered', [262], [NANSHAN]],
    ['龙岗区2022年有多少申请被公开', 'answered', [66], [LONGGANG]],
    ['请问一下，龙岗区2022年一共收到了多少件政府信息公开申请呀？', 'answered', [552], [LONGGANG]],
    ['麻烦查一下南山区2020年的行政复议数量，谢谢！', 'answered', [5], [NANSHAN]],
    ['老师好，想问下龙岗区2022年行政诉讼有多少', 'answered', [38], [LONGGANG]],
    ['各位，南山区2020年不予公开是多少来着', 'answered', [4], [NANSHAN]],
    ['龙岗区2022年报告摘要', 'answered', [552, 535, 15, 38], [LONGGANG]],
    ['南山2020行政诉讼几宗', 'answered', [4], [NANSHAN]],
    ['龙岗22年行政复议', 'answered', [15], [LONGGANG]],
    ['龙岗区【2022年】收到申请数', 'answered', [552], [LONGGANG]],
    ['根据年报，龙岗区2022年一共受理了多少政府信息公开申请', 'answered', [552], [LONGGANG]],
    ['龙岗区2022年的年报里面，行政复议有多少件？', 'answered', [15], [LONGGANG]],
    ['介绍一下南山区2020年的年报', 'answered', [262, 235, 5, 4], [NANSHAN]],
  ]);
});

describe('organ forms', () => {
  run([
    ['深圳市龙岗区人民政府2022年新收申请总数是多少', 'answered', [552], [LONGGANG]],
    ['龙岗区人民政府22年收到几个申请', 'answered', [552], [LONGGANG]],
    ['龙岗区政府2022年收到申请数量', 'answered', [552], [LONGGANG]],
    ['龙岗2022年申请量', 'answered', [552], [LONGGANG]],
    ['龙岗区发改局2020年申请人构成', 'answered', [4, 4, 0], [LONGGANG_DRC]],
    ['龙岗发改2020年收到多少申请', 'answered', [4], [LONGGANG_DRC]],
    ['龙岗发改委2020年收到多少申请', 'answered', [4], [LONGGANG_DRC]],
    ['龙华数据局2020年政府集中采购金额', 'answered', [456880], [LONGHUA_DATA]],
    ['龙华区政务服务数据管理局2020年采购了几个项目', 'answered', [9], [LONGHUA_DATA]],
    ['龙华区政数局2020年政府集中采购项目数', 'answered', [9], [LONGHUA_DATA]],
    ['龙岗数据局2021年规范性文件制发多少', 'answered', [1], [LONGGANG_DATA]],
    ['南山2020年申请数', 'answered', [262], [NANSHAN]],
    ['龙岗区政务服务和数据管理局2021年收到多少申请', 'answered', [0], [LONGGANG_DATA]],
    ['龙岗区发展改革局2020年收到多少申请', 'answered', [4], [LONGGANG_DRC]],
    ['龙岗区2020年发改局收到多少申请', 'answered', [4], [LONGGANG_DRC]],
    ['龙岗区数据局和发改局分别收到多少申请', 'answered', [0, 4], [LONGGANG_DATA, LONGGANG_DRC]],
    ['龙岗区和龙华区的数据局分别收到多少申请', 'answered', [0, 1], [LONGGANG_DATA, LONGHUA_DATA]],
    ['龙岗、龙华数据局收到多少申请', 'answered', [0, 1], [LONGGANG_DATA, LONGHUA_DATA]],
    ['南山区和龙岗区发改局分别收到多少申请', 'answered', [262, 4], [NANSHAN, LONGGANG_DRC]],
    ['Longgang Development and Reform Commission applications', 'answered', [4], [LONGGANG_DRC]],
  ]);
});

describe('punctuation, spaces, particles, emoji and @mentions', () => {
  run([
    ['@年报助手 龙岗区2022年收到多少申请', 'answered', [552], [LONGGANG]],
    ['@年报助手\u2005南山区2020年行政诉讼多少？', 'answered', [4], [NANSHAN]],
    ['@年报助手，龙岗区2022年收到多少申请', 'answered', [552], [LONGGANG]],
    ['@年报助手: 南山区2020年行政诉讼', 'answered', [4], [NANSHAN]],
    ['龙岗区2022年收到多少申请 @年报助手', 'answered', [552], [LONGGANG]],
    ['龙岗区2022年收到多少申请？😀', 'answered', [552], [LONGGANG]],
    ['龙岗区2022年收到多少申请啊', 'answered', [552], [LONGGANG]],
    ['南山区2020年行政复议多少呢', 'answered', [5], [NANSHAN]],
    ['南山区2020年有行政诉讼吗', 'answered', [4], [NANSHAN]],
    ['龙岗区 2022 年 收到 多少 申请', 'answered', [552], [LONGGANG]],
    ['龙岗区2022年收到多少申请？？', 'answered', [552], [LONGGANG]],
    ['龙岗区2022年收到多少申请!!!', 'answered', [552], [LONGGANG]],
    ['  南山区２０２０年部分公开多少件  ', 'answered', [49], [NANSHAN]],
    ['龙岗区2022年收到多少申请[微笑]', 'answered', [552], [LONGGANG]],
    ['龙岗区[捂脸]', 'answered', [552, 535, 15, 38], [LONGGANG]],
    ['nanshan2020 applications', 'answered', [262], [NANSHAN]],
    ['HOW MANY LAWSUITS DID NANSHAN HAVE IN 2020', 'answered', [4], [NANSHAN]],
    ['Longgang,2022,applications', 'answered', [552], [LONGGANG]],
    ['龍崗區2022年收到多少申請？謝謝', 'answered', [552], [LONGGANG]],
    ['哪些單位沒有行政訴訟', 'answered', [0, 0, 0], [LONGGANG_DATA, LONGGANG_DRC, LONGHUA_DATA]],
    ['龍崗區2022年的人口有多少', 'not_understood', [], []],
  ]);
});

describe('organs and years not in the store: no_data, never a number', () => {
  run([
    ['福田区2022年收到多少申请', 'no_data', [], []],
    ['龙岗区教育局2022年收到多少申请', 'no_data', [], [LONGGANG_DRC]],
    ['龙岗区住建局2022年收到多少申请', 'no_data', [], []],
    ['北京市海淀区人民政府2022年收到多少申请', 'no_data', [], []],
    ['龙岗区委2022年收到多少申请', 'no_data', [], []],
    ['龙岗区人民政府办公室2022年收到多少申请', 'no_data', [], []],
    ['龙岗区龙城街道办事处2022年收到多少申请', 'no_data', [], []],
    ['龙华区政府2020年收到多少申请', 'no_data', [], [LONGHUA_DATA]],
    ['龙岗区2022年教育局行政诉讼多少', 'no_data', [], []],
    ['南山区2020年住建局收到申请', 'no_data', [], []],
    ['深圳市人民政府2022年收到多少申请', 'no_data', [], []],
    ['How many lawsuits did Futian District have in 2021?', 'no_data', [], []],
    ['How many applications did Longgang receive in 2030?', 'no_data', [], [LONGGANG]],
    ['龙岗发改局2022年收到多少申请', 'no_data', [], [LONGGANG_DRC]],
    ['龙岗区2022年因为政府信息公开被行政复议多少次', 'answered', [15], [LONGGANG]],
    ['广州市2022年行政诉讼多少', 'no_data', [], []],
    ['龙岗区2019年收到多少申请', 'no_data', [], [LONGGANG]],
    ['龙岗区2025年收到多少申请', 'no_data', [], [LONGGANG]],
    ['南山区2021年行政诉讼多少', 'no_data', [], [NANSHAN]],
    ['How many applications did Futian receive in 2022?', 'no_data', [], []],
    ['How many applications did Longgang receive in 2019?', 'no_data', [], [LONGGANG]],
  ]);

  it.each([
    ['北京市海淀区人民政府2022年收到多少申请', '北京市海淀区人民政府'],
    ['北京市海淀区2022年收到多少申请', '北京市海淀区'],
    ['龙岗区龙城街道办事处2022年收到多少申请', '龙岗区龙城街道办事处'],
    ['龙岗区人民政府办公室2022年收到多少申请', '龙岗区人民政府办公室'],
    // A body the store holds in other regions, after an unknown place: that place's organ, not a choice of others.
    ['宝安区数据局2021年收到多少申请', '宝安区数据局'],
    // 区政府 after a place no phrase reads ends its name (it was read as the level, the place as a figure word).
    ['浦东新区政府2022年收到多少申请', '浦东新区政府'],
    ['浦东区政府2022年行政诉讼多少', '浦东区政府'],
    // A city written bare before the district is part of the name (never 京海淀区 with 北 unread).
    ['北京海淀区2023年行政诉讼多少', '北京海淀区'],
    ['上海浦东新区2022年收到多少申请', '上海浦东新区'],
    // A place whose name ends in a level word (盐城市: 城市) is that place, not the level of cities.
    ['盐城市2024年收到多少申请', '盐城市'],
    // At the question's end too.
    ['2022年收到多少申请的是福田区', '福田区'],
    // A street or town with a name of its own after a known region (街道 alone is the level).
    ['龙岗区龙城街道2022年收到多少申请', '龙岗区龙城街道'],
    ['深圳市龙岗区横岗镇2022年行政复议', '深圳市龙岗区横岗镇'],
  ])('names the whole unknown organ, not a piece of it: %s', async (question, name) => {
    const answer = await expectAnswer([question, 'no_data', [], []]);
    expect(answer.answer).toContain(`“${name}”`);
  });
  it('never offers another region’s organs as the unknown place’s own (宝安区数据局: 龙华 is not in 宝安)', async () => {
    const answer = await expectAnswer(['宝安区数据局2021年收到多少申请', 'no_data', [], []]);
    expect(answer.answer).not.toContain('该地区');
  });
});

describe('the data itself', () => {
  run([
    ['有哪些单位的数据', 'answered', [], [LONGGANG, NANSHAN, LONGGANG_DRC, LONGGANG_DATA, LONGHUA_DATA]],
    ['现有哪些年份的报告', 'answered', [], [LONGGANG, NANSHAN]],
    ['龙华数据局的报告有什么问题', 'answered', [], [LONGHUA_DATA]],
    ['哪些报告数据对不上', 'answered', [], [LONGGANG_DRC, LONGHUA_DATA]],
    ['龙华数据局2020年数据是否一致', 'answered', [], [LONGHUA_DATA]],
  ]);
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
    // A city of the gazetteer named without 市 is a place too: never a list of every district instead.
    ['淮安下面的区县有哪些年报', 'no_data', [], ['没有“淮安”的报告']],
    ['泰州2022年收到多少申请', 'no_data', [], ['没有“泰州”的报告']],
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
    const answer = await sample.engine.answer('南山区2020年结转到2021年的申请');
    expect(answer.answer).not.toContain('2021年的报告');
  });
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

describe('several years counted back from the organ named', () => {
  it("近两年 are the organ's last two years, not the store's", async () => {
    const [report] = (await sample.store.list()).filter((entry) => entry.org === NANSHAN);
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
