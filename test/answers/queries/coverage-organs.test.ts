// Coverage, organ names: 淮安市本级 is the city's own report (its government, the one organ the region alone names);
// a name one character from a place the store holds (沭阳县 for the OCR'd 沐阳县) is asked about, never answered and
// never a bare "no report"; bodies one character apart (教育局 / 体育局) are two organs, so the list of the region.
import { beforeAll, describe, expect, it } from 'vitest';
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
import { HONGZE, HUAIAN, SHUYANG, useUnderstandingTable } from './understanding-table.js';

const table = useUnderstandingTable();
const RECEIVED = 'applications.newReceived.total';
const REVIEWS = 'reviewLitigation.review.total';

describe('本级 is the organ itself', () => {
  table.run([
    ['淮安市本级收到多少申请', { organs: [HUAIAN], metric: RECEIVED }],
    ['淮安市本级2024年行政复议', { organs: [HUAIAN], years: [2024], metric: 'reviewLitigation.review.total' }],
    ['淮安本级2024年收了几件申请', { organs: [HUAIAN], years: [2024], metric: RECEIVED }],
    ['淮安市政府2024年收到多少申请', { organs: [HUAIAN], years: [2024], metric: RECEIVED }],
    // The 政府 of 政府信息公开 after a government's name and its year names no other organ (龙岗区人民政府政府).
    ['龙岗区人民政府2022年度政府信息公开申请受理了多少', { organs: [LONGGANG], years: [2022], metric: RECEIVED }],
    ['淮安市政府2024年政府信息公开申请有多少', { organs: [HUAIAN], years: [2024], metric: RECEIVED }],
    // 市本级 alone is still every organ of the city tier.
    ['市本级收到多少申请', { level: 'cityLevel', metric: RECEIVED, aggregation: 'top' }],
  ]);
});

describe('the answers', () => {
  it('淮安市本级 answers the city government’s report', async () => {
    await expectExactly(table.engine, '淮安市本级2024年收到多少申请', {
      status: 'answered',
      facts: [[HUAIAN, 2024, RECEIVED, 3119]],
    });
  });
  // The store's one organ of 沐阳县, a place the gazetteer lacks and the real 沭阳县 misprinted by one look-alike
  // character (沭 / 沐), answers for the real place's name, and the reply says which organ it answered for.
  it.each([
    ['沭阳县收到多少申请', '沭阳县', RECEIVED, 713],
    ['沭阳2025年收到多少申请', '沭阳', RECEIVED, 713],
    ['沭阳县人民政府2025年行政复议多少', '沭阳县人民政府', REVIEWS, 61],
  ])('%s answers for the store’s 沐阳县人民政府 and says so', async (question, asked, metric, value) => {
    await expectExactly(table.engine, question, {
      status: 'answered',
      facts: [[SHUYANG, 2025, metric, value]],
      says: [`（按${SHUYANG}回答：库中无“${asked}”`],
    });
  });
  it('Shuyang in English answers for 沐阳县人民政府 and says so', async () => {
    await expectExactly(table.engine, 'Shuyang 2025 administrative reconsiderations', {
      status: 'answered',
      facts: [[SHUYANG, 2025, REVIEWS, 61]],
      says: [`answered for ${SHUYANG} (Shuyang)`],
    });
  });
  it('乡镇街道的年报有吗 with none held says 没有 plainly, with no count of nothing', async () => {
    await expectExactly(table.engine, '乡镇街道的年报有吗', {
      status: 'no_data',
      facts: [],
      says: ['没有乡镇街道的报告。'],
      saysMissing: true,
    });
  });
  // A slip of the input method (a character of the same sound) names the place it sounds like, and only that one:
  // 龙刚区 is 龙岗区, never the real 龙华区 one character away too.
  it.each([
    ['淮按市2024年收到多少申请', '淮安市', HUAIAN],
    ['淮按市收到多少申请', '淮安市', HUAIAN],
    ['龙刚区2022年收到多少申请', '龙岗区', LONGGANG],
    ['南三区2020年行政复议多少', '南山区', NANSHAN],
    ['洪则区2024年收到多少申请', '洪泽区', HONGZE],
    // …and in the body after a held place, a character of the same sound (剧 / 据, 椐 / 据, 付 / 府), the body
    // written being none the store holds.
    ['龙华区数剧局2020年收到多少申请', '龙华区数据局', LONGHUA_DATA],
    ['龙华区数椐局2020年新收申请', '龙华区数据局', LONGHUA_DATA],
    ['淮安市政付2024年行政强制', '淮安市政府', HUAIAN],
    ['龙岗区政付2022年行政许可', '龙岗区政府', LONGGANG],
    // 龙岗区发改 (a short form without its 局) + 具: the ending typed by its sound.
    ['龙岗区发改具2020年行政许可', '龙岗区发改局', LONGGANG_DRC],
  ])('%s asks 您是想问 %s 吗？ with its organ, and no number', async (question, place, organ) => {
    const answer = await expectExactly(table.engine, question, { status: 'clarify', facts: [] });
    expect(answer.answer).toBe(`您是想问 ${place} 吗？\n- ${organ}`);
  });
  it.each([
    ['淮安市教育局收到多少申请', '淮安市教育局'],
    ['福田区收到多少申请', '福田区'],
    // Two real places one character apart (南海区 / 南山区, 龙华区 / 龙岗区) are two places, not a slip.
    ['南海区收到多少申请', '南海区'],
    ['龙华区政府2020年收到多少申请', '龙华区政府'],
    // A place written right after a held region is inside it: never the region's government's figure.
    ['淮安市淮阴区2024年收到多少申请', '淮安市淮阴区'],
    // A body of another sound (体育局 beside 教育局) is another organ.
    ['龙岗区体育局2022年收到多少申请', '龙岗区体育局'],
  ])('%s is no slip of a held name: no report, no number', async (question, written) => {
    await expectExactly(table.engine, question, {
      status: 'no_data',
      facts: [],
      says: [`没有“${written}”的报告`],
      saysMissing: true,
    });
  });
});

describe('a misspelt place written by the user, the store holding the real one', () => {
  let engine: Engine;
  const real = '沭阳县人民政府';
  beforeAll(async () => {
    const store = await openSampleAnswerStore();
    const reports = await store.list();
    await store.close();
    const nanshan = reports.find((report) => report.org === NANSHAN) as Report;
    engine = createEngine({
      store: listOnlyStore([...reports, variantOf(nanshan, { org: real, region: '沭阳县', newReceivedTotal: 90 })]),
    });
  });
  it('沐阳县 asks whether 沭阳县 is meant', async () => {
    await expectExactly(engine, '沐阳县2020年收到多少申请', {
      status: 'clarify',
      facts: [],
      says: ['您是想问 沭阳县 吗？', real],
    });
  });
  it('沭阳县 itself is answered', async () => {
    await expectExactly(engine, '沭阳县2020年收到多少申请', {
      status: 'answered',
      facts: [[real, 2020, RECEIVED, 90]],
    });
  });
});
