// Places as people name them (issue 13): a province or city with its 省 / 市 (广东省, 深圳市), a place named alone
// (深圳的报告, 江苏有什么), and the same places in pinyin (Jiangsu, Shenzhen City) are the places the store's organs
// lie in — their reports are listed, never 没有“广东省”的报告 nor "I have no report for Jiangsu".
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/answers/index.js';
import { expectExactly } from '../exact-answer.js';
import { LONGGANG, listOnlyStore, NANSHAN, openSampleAnswerStore, variantOf } from '../sample-store.js';
import { HONGZE, HUAIAN, SHUYANG, useUnderstandingTable } from './understanding-table.js';

const table = useUnderstandingTable();
const RECEIVED = 'applications.newReceived.total';
const LITIGATION = 'reviewLitigation.litigation.total';
const REVIEW = 'reviewLitigation.review.total';

describe('a province or city written with 省 / 市', () => {
  table.run([
    ['广东省的报告', { regions: ['广东'], aggregation: 'reports' }],
    ['江苏省2024年的年报', { regions: ['江苏'], years: [2024], aggregation: 'reports' }],
    ['深圳市2020年有哪些年报', { regions: ['深圳'], years: [2020], aggregation: 'reports' }],
    ['江苏省哪个区县收到申请最多', { regions: ['江苏'], level: 'county', metric: RECEIVED, aggregation: 'max' }],
    // A city's own government is an organ: 深圳市 with a figure and no ranking asks for it (the store lacks it).
    ['深圳市2022年收到多少申请', { organs: ['深圳市'], regions: ['深圳'], years: [2022], metric: RECEIVED }],
    // A place's government written after the place the store holds organs in, but not that government: one organ
    // the store lacks (没有…的报告), never the place's organs nor 没有理解.
    ['广东省人民政府2023年行政复议多少', { organs: ['广东省人民政府'], years: [2023], metric: REVIEW }],
    ['江苏省政府收了多少申请', { organs: ['江苏省政府'], metric: RECEIVED }],
    // …and after a place no organ lies in: the government is the name, 省政府 no unread word.
    ['浙江省政府2021年收到几件申请', { organs: ['浙江省政府'], years: [2021], metric: RECEIVED }],
    // The report itself asked for, of an organ the store lacks.
    ['罗湖区的年报', { organs: ['罗湖区'], aggregation: 'value' }],
    ['浙江省人民政府的报告', { organs: ['浙江省人民政府'], aggregation: 'value' }],
  ]);

  it('广东省政府 with a figure is no data, naming the government asked', async () => {
    await expectExactly(table.engine, '广东省政府2021年新收了几件申请', {
      status: 'no_data',
      facts: [],
      says: ['没有“广东省政府”的报告'],
      saysMissing: true,
    });
  });
});

describe('a place named alone', () => {
  table.run([
    ['深圳这边的报告', { regions: ['深圳'], aggregation: 'reports' }],
    ['江苏的单位', { regions: ['江苏'], aggregation: 'reports' }],
    ['广东有什么', { regions: ['广东'], aggregation: 'reports' }],
    ['深圳2020年的', { regions: ['深圳'], years: [2020], aggregation: 'reports' }],
    // A region named after its government lists its organs when they are asked for, else it is that government.
    ['淮安的单位', { regions: ['淮安'], aggregation: 'reports' }],
    ['龙岗区的机关', { regions: ['龙岗区'], aggregation: 'reports' }],
    ['淮安的报告', { organs: [HUAIAN] }],
    // With a figure, the region's organs are every organ of it (as 各单位), never the government alone.
    ['淮安的单位2024年新收申请合计', { regions: ['淮安'], years: [2024], metric: RECEIVED, aggregation: 'sum' }],
    ['淮安的单位2024年新收申请', { regions: ['淮安'], years: [2024], metric: RECEIVED, aggregation: 'top' }],
  ]);

  it('淮安的单位 lists 淮安市 and its district 洪泽区, not 沐阳县 of 宿迁', async () => {
    await expectExactly(table.engine, '淮安的单位', {
      status: 'answered',
      facts: [],
      says: [`${HUAIAN}：2024年`, `${HONGZE}：2024年`],
      saysNot: [SHUYANG, NANSHAN],
    });
  });
});

describe('places in pinyin', () => {
  table.run([
    ['Guangdong', { regions: ['广东'], aggregation: 'reports' }],
    ['Reports from Jiangsu Province', { regions: ['江苏'], aggregation: 'reports' }],
    ['Shenzhen City agencies', { regions: ['深圳'], aggregation: 'reports' }],
    ['Jiangsu Province reports in 2024', { regions: ['江苏'], years: [2024], aggregation: 'reports' }],
    ['Which agency in Shenzhen had the most lawsuits?', { regions: ['深圳'], metric: LITIGATION, aggregation: 'max' }],
    // A place no organ of the store lies in stays an unknown name.
    ['How many reports from Zhejiang?', { organs: ['Zhejiang'], aggregation: 'reports' }],
    // …also when it opens the question, where a capital is no sign of a name.
    ['Chongqing requests received in 2023', { organs: ['Chongqing'], years: [2023], metric: RECEIVED }],
    ['Hangzhou lawsuits', { organs: ['Hangzhou'], metric: LITIGATION }],
  ]);
});

describe('the divisions under a place (下辖 / 所辖)', () => {
  table.run([
    [
      '淮安市下辖的区2024年收到多少申请',
      { regions: ['淮安市'], level: 'district', years: [2024], metric: RECEIVED, aggregation: 'top' },
    ],
    ['淮安所辖县区的行政诉讼', { regions: ['淮安'], level: 'county', metric: LITIGATION, aggregation: 'top' }],
    [
      '深圳辖下的区2020年收到多少申请',
      { regions: ['深圳'], level: 'district', years: [2020], metric: RECEIVED, aggregation: 'top' },
    ],
  ]);

  it('淮安市下辖的区 is 洪泽区, never 淮安市人民政府 itself', async () => {
    await expectExactly(table.engine, '淮安市下辖的区2024年收到多少申请', {
      status: 'answered',
      facts: [[HONGZE, 2024, RECEIVED, 95]],
      saysNot: [`${HUAIAN}（`],
    });
  });
});

describe('reports counted (两份2024年报告)', () => {
  const DENIED = 'applications.denied.total';
  table.run([
    ['淮安两份2024年年报的不予公开加起来', { regions: ['淮安'], years: [2024], metric: DENIED, aggregation: 'sum' }],
    // Reports counted in no one year may be one organ's years: no scope of organs.
    ['洪泽区两份报告的行政处罚加起来', 'not_understood'],
    // A count the place's organs of that year do not match is asked about.
    ['淮安三份2024年报告的不予公开合计', { chooseOrgans: [HUAIAN, HONGZE] }],
  ]);

  it('淮安两份2024年年报的不予公开加起来 adds 淮安市 and 洪泽区 of 2024', async () => {
    const answer = await table.engine.answer('淮安两份2024年年报的不予公开加起来');
    expect(answer.status, answer.answer).toBe('answered');
    expect(answer.facts.map((fact) => [fact.org, fact.year, fact.value])).toEqual([
      [HUAIAN, 2024, 181],
      [HUAIAN, 2024, 178],
      [HONGZE, 2024, 3],
    ]);
  });
});

describe('the reports of a place', () => {
  it('广东省的报告 lists the five organs of 深圳, none of 江苏', async () => {
    await expectExactly(table.engine, '广东省的年报', {
      status: 'answered',
      facts: [],
      says: ['我有 5 个单位的 5 份报告', `${NANSHAN}：2020年`, `${LONGGANG}：2022年`],
      saysNot: [HUAIAN, SHUYANG],
    });
  });

  it('江苏有什么 lists 淮安市, 洪泽区 and 沐阳县', async () => {
    await expectExactly(table.engine, '江苏有什么', {
      status: 'answered',
      facts: [],
      says: [`${SHUYANG}：2025年`, `${HUAIAN}：2024年`, `${HONGZE}：2024年`],
      saysNot: [NANSHAN],
    });
  });

  it('Jiangsu and Shenzhen in English list their organs, never "I have no report"', async () => {
    const jiangsu = await expectExactly(table.engine, 'How many reports do you have from Jiangsu?', {
      status: 'answered',
      facts: [],
      says: [`${SHUYANG}: 2025`, `${HUAIAN}: 2024`],
      saysNot: [NANSHAN, 'no report'],
    });
    expect(jiangsu.lang).toBe('en');
    await expectExactly(table.engine, 'Which Shenzhen agency received the most requests in 2020?', {
      status: 'answered',
      facts: [[NANSHAN, 2020, RECEIVED, 262]],
      saysNot: ['no report'],
    });
  });

  it('a province while the store holds an organ of no known place lists nothing that may leave it out', async () => {
    // 鑫犇县 is no place of the gazetteer, nor one look-alike character from one: it may lie in any province.
    const samples = await openSampleAnswerStore();
    const reports = await samples.list();
    await samples.close();
    const nanshan = reports.find((report) => report.org === NANSHAN);
    if (!nanshan) throw new Error('the sample store holds 南山区');
    const stray = variantOf(nanshan, { org: '鑫犇县人民政府', region: '鑫犇县' });
    const engine = createEngine({ store: listOnlyStore([...reports, stray]) });
    await expectExactly(engine, '广东省的报告', {
      status: 'no_data',
      facts: [],
      says: ['无法列出“广东”的全部报告', '- 鑫犇县人民政府'],
      saysNot: ['没有“广东'],
    });
  });
});

// A place inside a province or city the store lacks, written without its ending (上海浦东, 北京海淀): one unknown name,
// no data — never a word left unread beside 上海. 街道 alone is the level of street offices; a street office's own name
// before it (龙城街道) is an organ.
describe('places the store lacks and street offices', () => {
  table.run([
    ['上海浦東2022年複議多少', { organs: ['上海浦东'], years: [2022], metric: REVIEW }],
    ['北京海淀2022年收到多少申请', { organs: ['北京海淀'], years: [2022], metric: RECEIVED }],
    ['街道的报告有没有', { level: 'town', aggregation: 'reports' }],
    ['龙岗区龙城街道2022年收到多少申请', { organs: ['龙岗区龙城街道'], years: [2022], metric: RECEIVED }],
  ]);

  // In English, a place opening the question before a place inside it (Beijing Haidian), and a kind written in
  // lower case (Futian district), are one name the store lacks: no data, never not understood.
  it.each([
    ['Beijing Chaoyang 2022 administrative licences', 'Beijing Chaoyang'],
    ['Beijing Chaoyang district 2022 lawsuits?', 'Beijing Chaoyang District'],
    ['How many reviews did Luohu district in Shenzhen have in 2020?', 'Luohu District'],
  ])('%s is no data for %s', async (question, name) => {
    await expectExactly(table.engine, question, {
      status: 'no_data',
      facts: [],
      says: [`I have no report for "${name}"`],
      saysMissing: true,
    });
  });
  // A question word opening the sentence is no part of the name before a lower-case kind.
  it("Does Longgang district's … is 龙岗区's report", async () => {
    await expectExactly(table.engine, "Does Longgang district's 2022 table 3 balance?", {
      status: 'answered',
      facts: [],
      says: [`The 2022 report of ${LONGGANG} passes every consistency check of table 3.`],
    });
  });
  // 全省 / 全市 after a place: the place as a whole, read as the place's name is (its own report, or none).
  it('浙江省2021年全省的行政复议 is no data for 浙江省', async () => {
    await expectExactly(table.engine, '浙江省2021年全省的行政复议一共多少', {
      status: 'no_data',
      facts: [],
      says: ['没有“浙江省”的报告'],
      saysMissing: true,
    });
  });
  it('淮安2024年全市的行政强制 is 淮安市人民政府’s own figure', async () => {
    await expectExactly(table.engine, '淮安2024年全市的行政强制', {
      status: 'answered',
      facts: [[HUAIAN, 2024, 'activeDisclosure.enforcement.decisions', 88283]],
    });
  });

  it('上海浦東 is no data, in Traditional', async () => {
    await expectExactly(table.engine, '上海浦東2022年複議多少', {
      status: 'no_data',
      facts: [],
      says: ['沒有“上海浦東”的報告'],
      saysMissing: true,
    });
  });
});

// A held place written with an ending no gazetteer place has (洪泽县, 洪泽区's name before 2016): asked about,
// never answered as 洪泽 beside a word left unread nor as another place.
describe('a held place with another ending', () => {
  it('洪泽县 asks whether 洪泽区 is meant, stating no figure', async () => {
    await expectExactly(table.engine, '洪泽县2024年规范性文件制发', {
      status: 'clarify',
      facts: [],
      says: ['您是想问 洪泽区 吗？'],
    });
  });
  it('a real place with the other ending stays another place: 淮安区 is no slip of 淮安市', async () => {
    await expectExactly(table.engine, '淮安区2024年复议', {
      status: 'no_data',
      facts: [],
      says: ['没有“淮安区”的报告'],
      saysMissing: true,
    });
  });
});
