// Issue 13: every operand a question writes is read, or the question is not answered. 总计 right after a row is that
// row's total (复议总计减去尚未审结: 351 − 37), never dropped so that one figure's 减 reads as its change over years;
// a label copied whole (办理结果（四）无法提供 1.本机关不掌握…) names its cell, not the outcomes; a word no column holds
// (驳回, counted under 维持 by some offices and 其他结果 by others) is no column. In a conversation, 多了百分之多少 after
// a change is that change, and 前者比后者多多少 after two sums asks which two figures.
import { describe, expect, it } from 'vitest';
import { expectExactly } from '../exact-answer.js';
import { LONGGANG, NANSHAN } from '../sample-store.js';
import { HONGZE, HUAIAN, SHUYANG, useUnderstandingTable } from './understanding-table.js';

const table = useUnderstandingTable(['hongze-district-2023-layout.txt']);
const REVIEW = 'reviewLitigation.review.total';
const PENDING = 'reviewLitigation.review.pending';

describe('operands written in one question', () => {
  table.run([
    [
      '淮安2024年复议总计减去尚未审结',
      { organs: [HUAIAN], years: [2024], metric: REVIEW, moreMetrics: [PENDING], aggregation: 'difference' },
    ],
    // 总计 alone after a row is the row's figure, nothing more.
    ['淮安市2024年行政复议总计是多少', { organs: [HUAIAN], years: [2024], metric: REVIEW }],
    // 减 with one figure read is no change over years; 2024年减2023年 is.
    ['淮安2024年尚未审结减去多少', 'not_understood'],
    [
      '洪泽区行政处罚2024年减2023年',
      {
        organs: [HONGZE],
        years: [2024, 2023],
        metric: 'activeDisclosure.punishment.decisions',
        aggregation: 'change',
      },
    ],
    [
      '龙岗2022 本年度办理结果（四）无法提供 1.本机关不掌握相关政府信息',
      { organs: [LONGGANG], years: [2022], metric: 'applications.unavailable.notHeld.total' },
    ],
  ]);

  it('新收和总计是不是一样: 总计 joined to a table 三 figure is 办理结果总计 (713 against 718)', async () => {
    const answer = await table.engine.answer('沐阳县2025年新收和总计是不是一样');
    expect(answer.facts.map((fact) => [fact.metric, fact.value])).toEqual([
      ['applications.newReceived.total:difference', -5],
      ['applications.newReceived.total', 713],
      ['applications.total.total', 718],
    ]);
  });

  it('是不是等于552: the figure asked, stated', async () => {
    const answer = await table.engine.answer('龙岗区2022年新收是不是等于552');
    expect(answer.facts.map((fact) => fact.value)).toEqual([552]);
  });

  it('制发的减去废止的还剩多少: 46 − 11 = 35; 还剩多少申请 alone is asked back', async () => {
    const difference = await table.engine.answer('龙岗区2022年规范性文件制发的减去废止的还剩多少');
    expect(difference.facts.map((fact) => fact.value)).toEqual([35, 46, 11]);
    const left = await table.engine.answer('龙岗区2022年还剩多少申请');
    expect(left.status).toBe('clarify');
    expect(left.facts).toEqual([]);
  });

  it('无法提供三项从多到少排一下: the report’s three parts ranked (769, 11, 1), never organs ranked by the first', async () => {
    const answer = await table.engine.answer('淮安2024无法提供三项从多到少排一下');
    expect(answer.facts.map((fact) => [fact.org, fact.value])).toEqual([
      [HUAIAN, 769],
      [HUAIAN, 11],
      [HUAIAN, 1],
    ]);
  });

  it('复议被纠正的案子都是因为什么: no reasons are printed for it, no number; 不予公开都是什么原因 lists its reasons', async () => {
    const why = await table.engine.answer('淮安市2024年复议被纠正的案子都是因为什么');
    expect(why.status).toBe('not_understood');
    expect(why.facts).toEqual([]);
    const reasons = await table.engine.answer('淮安2024年不予公开都是什么原因');
    expect(reasons.facts.map((fact) => fact.value)).toEqual([178, 2, 31, 5, 6, 8, 12, 9, 105]);
  });

  it('沐阳25年公开了多少申请 is no count of applications received (713): 公开了 says which were disclosed', async () => {
    const answer = await table.engine.answer('沐阳25年公开了多少申请');
    expect(answer.status).not.toBe('answered');
    expect(answer.facts).toEqual([]);
  });

  it('复议和诉讼算一下 names no operation: which one is asked, never both totals stated; 加起来算一下 adds', async () => {
    await expectExactly(table.engine, '淮安市2024年复议和诉讼算一下', {
      status: 'clarify',
      facts: [],
      says: ['要怎么算这两个数'],
    });
    const added = await table.engine.answer('淮安市2024年复议和诉讼加起来算一下');
    expect(added.facts.map((fact) => fact.value)).toEqual([397, 351, 46]);
    const one = await table.engine.answer('帮我算一下龙岗区2022年收到多少申请');
    expect(one.facts.map((fact) => fact.value)).toEqual([552]);
  });

  it('淮安市2024年有没有不为零的“要求提供公开出版物”: 淮安市’s own figure (0), not the organs of 淮安 listed', async () => {
    const answer = await table.engine.answer('淮安市2024年有没有不为零的“要求提供公开出版物”');
    expect(answer.facts.map((fact) => [fact.org, fact.metric, fact.value])).toEqual([
      [HUAIAN, 'applications.notProcessed.publication.total', 0],
    ]);
  });

  it('淮安2024年行政处罚加上洪泽2024年行政强制: each organ its own figure in the one year (was all four added)', async () => {
    const values = async (question: string) => (await table.engine.answer(question)).facts.map((fact) => fact.value);
    expect(await values('淮安2024年行政处罚加上洪泽2024年行政强制')).toEqual([3985842, 3985758, 84]);
    expect(await values('淮安2024年复议尚未审结加上洪泽2024年复议总计')).toEqual([39, 37, 2]);
    expect(await values('淮安2024年行政处罚比洪泽2024年行政强制多多少')).toEqual([3985674, 3985758, 84]);
    // With no year written the pairs have none to carry: not understood, never every figure of both added.
    const unyeared = await table.engine.answer('淮安行政处罚加上洪泽行政强制');
    expect(unyeared.status).toBe('not_understood');
    // One figure of both organs stays a figure of both.
    expect(await values('淮安2024年和洪泽2024年的行政处罚一共多少')).toEqual([3988534, 3985758, 2776]);
  });

  it('2024年淮安和洪泽新收合计中洪泽占几成: 洪泽区’s share of the sum written (95 of 3,214); a part not added is not understood', async () => {
    const values = async (question: string) => (await table.engine.answer(question)).facts.map((fact) => fact.value);
    expect(await values('2024年淮安和洪泽新收合计中洪泽占几成')).toEqual([95, 3214, 3]);
    expect(await values('淮安和洪泽2024年新收加起来，淮安占多少')).toEqual([3119, 3214, 97]);
    const notAdded = await table.engine.answer('2024年淮安和洪泽新收合计中沐阳占几成');
    expect(notAdded.status).toBe('not_understood');
  });

  it('复议总计是不是等于维持纠正其他尚未审结加起来 is table 四’s check of the report; 新收等于总计吗, no check, is not understood', async () => {
    const check = await table.engine.answer('淮安2024行政复议总计是不是等于维持纠正其他尚未审结加起来');
    expect(check.status, check.answer).toBe('answered');
    expect(check.answer).toContain('表四勾稽检查全部通过');
    const oneFigure = await table.engine.answer('淮安2024年新收等于总计吗');
    expect(oneFigure.status, oneFigure.answer).toBe('not_understood');
  });

  it('第一项加第二项是不是等于第三项加第四项 and 办理结果各项加起来等不等于总计 are table 三’s check of the report', async () => {
    for (const question of [
      '沐阳县2025年第一项加第二项是不是等于第三项加第四项',
      '南山2020年办理结果各项加起来等不等于总计',
    ]) {
      const answer = await table.engine.answer(question);
      expect(answer.status, answer.answer).toBe('answered');
      expect(answer.answer, question).toContain('表三勾稽检查全部通过');
    }
  });

  it('龙岗区2022年行政复议和行政诉讼哪个多: the two figures compared (15 against 38), never organs ranked by the first', async () => {
    const answer = await table.engine.answer('龙岗区2022年行政复议和行政诉讼哪个多');
    expect(answer.facts.map((fact) => fact.value)).toEqual([-23, 15, 38]);
    // Organs ranked by two figures at once: no ranking reads both.
    const ranked = await table.engine.answer('2022年行政复议和行政诉讼哪个单位最多');
    expect(ranked.status).toBe('not_understood');
    expect(ranked.facts).toEqual([]);
  });

  it('新收加上年结转等不等于总计加结转下年度 is table 三’s balance check of the report', async () => {
    await expectExactly(table.engine, '龙岗区2022年新收加上年结转等不等于总计加结转下年度', {
      status: 'answered',
      facts: [],
      says: ['深圳市龙岗区人民政府 2022年的报告表三勾稽检查全部通过'],
    });
    const failing = await table.engine.answer('龙岗区发改局2020年新收加上年结转等于总计加结转下年度吗');
    expect(failing.answer).toContain('不平');
  });

  it('驳回的复议 is not read as 结果维持: no number', async () => {
    const answer = await table.engine.answer('沐阳25驳回的复议有多少');
    expect(answer.status, answer.answer).not.toBe('answered');
    expect(answer.facts).toEqual([]);
  });

  it('复议总计减去尚未审结: 351 − 37 = 314', async () => {
    const answer = await table.engine.answer('淮安2024年复议总计减去尚未审结');
    expect(answer.facts.map((fact) => fact.value)).toEqual([314, 351, 37]);
  });
});

describe('operations on the turns before', () => {
  it('多了百分之多少 after 哪年多: the change from 2023 to 2024, +352.4%, never 2023 less 2024', async () => {
    const conversationId = 'percent-after-change';
    await table.engine.answer('洪泽区历年新收申请', { conversationId });
    await table.engine.answer('哪年多', { conversationId });
    const answer = await table.engine.answer('多了百分之多少', { conversationId });
    expect(answer.facts.map((fact) => fact.value)).toEqual([21, 95, 74, 352.4]);
  });

  it('前者比后者多多少 after two sums is asked back, never each figure’s change', async () => {
    const conversationId = 'two-sums-compared';
    for (const question of ['洪泽23年行政处罚多少', '行政强制呢', '加一起', '2024年的这两项加起来呢'])
      await table.engine.answer(question, { conversationId });
    await expectExactly(table.engine, '前者比后者多多少', { status: 'clarify', facts: [] }, conversationId);
  });

  it('龙岗是南山的几倍 after 龙岗区2022年… and 南山区2020年…: each in the year the conversation asked it', async () => {
    const conversationId = 'organs-in-their-turns-years';
    for (const question of ['龙岗区2022年行政处罚多少', '那南山区2020年呢', '再算一下差多少'])
      await table.engine.answer(question, { conversationId });
    const answer = await table.engine.answer('龙岗是南山的几倍', { conversationId });
    expect(answer.facts.map((fact) => [fact.org, fact.year, fact.value])).toEqual([
      [LONGGANG, 2022, 19.46],
      [LONGGANG, 2022, 34389],
      [NANSHAN, 2020, 1767],
    ]);
  });

  it('淮安比龙岗少多少 after 龙岗2022…, 南山, 淮安2024年的: 136 − 66, never 龙岗 in 淮安’s year', async () => {
    const conversationId = 'organs-in-their-turns-years-2';
    for (const question of ['龙岗2022年规范性文件现行有效几件', '那南山呢', '淮安2024年的'])
      await table.engine.answer(question, { conversationId });
    const answer = await table.engine.answer('淮安比龙岗少多少', { conversationId });
    expect(answer.facts.map((fact) => fact.value)).toEqual([-70, 66, 136]);
  });

  it('平均每年多少 after 两年一共: the sum over the two years, divided by 2 (58)', async () => {
    const conversationId = 'mean-after-sum';
    for (const question of ['洪泽区2024年新收申请', '上一年呢', '两年一共'])
      await table.engine.answer(question, { conversationId });
    const answer = await table.engine.answer('平均每年多少', { conversationId });
    expect(answer.facts.map((fact) => fact.value)).toEqual([58, 116, 95, 21]);
  });

  it('你这里有哪些2024年的报告 after a figure of 龙岗区 lists the store’s 2024 reports, not 龙岗区’s', async () => {
    const conversationId = 'store-list-between';
    await table.engine.answer('龙岗区2022年新收申请多少', { conversationId });
    await expectExactly(
      table.engine,
      '你这里有哪些2024年的报告',
      { status: 'answered', facts: [], says: [HUAIAN, HONGZE], saysNot: [LONGGANG] },
      conversationId,
    );
  });

  it('刚才那个县的行政强制呢 after a whole-store count points at 沐阳县 (2,154), then 处罚是强制的多少倍', async () => {
    const conversationId = 'that-county';
    for (const question of ['沐阳县2025年行政处罚多少', '整个库里一共有几份报告'])
      await table.engine.answer(question, { conversationId });
    const county = await table.engine.answer('刚才那个县的行政强制呢', { conversationId });
    expect(county.facts.map((fact) => [fact.org, fact.value])).toEqual([[SHUYANG, 2154]]);
    const ratio = await table.engine.answer('处罚是强制的多少倍', { conversationId });
    expect(ratio.facts.map((fact) => fact.value)).toEqual([322.17, 693957, 2154]);
  });

  it('其中2024年的行政许可 after 有几个区政府的报告: the districts’ 2024 figures; 跟淮安市同年比 against the one listed', async () => {
    const conversationId = 'of-listed';
    await table.engine.answer('有几个区政府的报告', { conversationId });
    const listed = await table.engine.answer('其中2024年的行政许可', { conversationId });
    expect(listed.facts.map((fact) => [fact.org, fact.year, fact.value])).toEqual([[HONGZE, 2024, 9487]]);
    const against = await table.engine.answer('跟淮安市同年比差多少', { conversationId });
    expect(against.facts.map((fact) => fact.value)).toEqual([-437741, 9487, 447228]);
  });

  it('再加上行政强制一共多少 after 处罚是许可的几倍: the three figures added (1,213,756)', async () => {
    const conversationId = 'adds-after-ratio';
    for (const question of ['沐阳2025年行政许可多少', '它的行政处罚呢', '处罚是许可的几倍'])
      await table.engine.answer(question, { conversationId });
    const answer = await table.engine.answer('再加上行政强制一共多少', { conversationId });
    expect(answer.facts.map((fact) => fact.value)).toEqual([1213756, 693957, 517645, 2154]);
  });

  it('前者比后者多多少 with a list of reports between: the two figures before it (100 − 66), then 后者的部分公开呢', async () => {
    const conversationId = 'ordinals-over-a-list';
    for (const question of ['南山区2020年予以公开多少件', '龙岗区2022年呢', '有几份2020年的报告'])
      await table.engine.answer(question, { conversationId });
    const difference = await table.engine.answer('前者比后者多多少', { conversationId });
    expect(difference.facts.map((fact) => fact.value)).toEqual([34, 100, 66]);
    const latter = await table.engine.answer('后者的部分公开呢', { conversationId });
    expect(latter.facts.map((fact) => [fact.org, fact.value])).toEqual([[LONGGANG, 36]]);
  });

  it('其中最多的是哪项 after 沐阳县2025年不予公开一共: the largest of its parts (内部事务 13), never organs ranked', async () => {
    const conversationId = 'largest-part-of-last';
    await table.engine.answer('沐阳县2025年不予公开一共', { conversationId });
    const answer = await table.engine.answer('其中最多的是哪项', { conversationId });
    expect(answer.facts.map((fact) => [fact.metric, fact.value])).toEqual([['applications.denied.internal.total', 13]]);
  });

  it('两个分别占总计的比例 after 予以公开 → 部分公开呢: each one’s share of 办理结果总计 (100 and 49 of 235)', async () => {
    const conversationId = 'each-share-of-turns';
    for (const question of ['南山区2020年予以公开', '部分公开呢'])
      await table.engine.answer(question, { conversationId });
    const answer = await table.engine.answer('两个分别占总计的比例', { conversationId });
    expect(answer.facts.map((fact) => fact.value)).toEqual([100, 235, 42.6, 49, 235, 20.9]);
  });

  it('这两项分别占不予公开的比例 after two turns: asked back, never the last one’s ratio alone (49 ÷ 4)', async () => {
    const conversationId = 'each-share-other-whole';
    for (const question of ['南山区2020年予以公开', '部分公开呢'])
      await table.engine.answer(question, { conversationId });
    await expectExactly(table.engine, '这两项分别占不予公开的比例', { status: 'clarify', facts: [] }, conversationId);
  });

  it('这两项的比是多少 after two turns reads both (100 ÷ 49)', async () => {
    const conversationId = 'ratio-of-two-turns';
    for (const question of ['南山区2020年予以公开', '部分公开呢'])
      await table.engine.answer(question, { conversationId });
    const ratio = await table.engine.answer('这两项的比是多少', { conversationId });
    expect(ratio.facts.map((fact) => fact.value)).toEqual([2.04, 100, 49]);
  });

  it('后者占前者的多少 after 予以公开 → 部分公开: the latter over the former, 9 of 50 = 18%', async () => {
    const conversationId = 'latter-of-former';
    for (const question of ['洪泽区2024年予以公开', '部分公开'])
      await table.engine.answer(question, { conversationId });
    const answer = await table.engine.answer('后者占前者的多少', { conversationId });
    expect(answer.facts.map((fact) => fact.value)).toEqual([18, 9, 50]);
  });

  it('那淮安2024年呢 after 洪泽区’s change 2023 → 2024: 淮安市’s 2024 figure (3,119), not its change from a 2023 it lacks', async () => {
    const conversationId = 'one-year-after-change';
    for (const question of ['Hongze 2024 new requests?', 'and in 2023?', 'percentage change?'])
      await table.engine.answer(question, { conversationId });
    const answer = await table.engine.answer('那淮安2024年呢', { conversationId });
    expect(answer.facts.map((fact) => [fact.org, fact.year, fact.value])).toEqual([[HUAIAN, 2024, 3119]]);
  });

  it('a share of 沐阳县’s figures added stays its own report’s', async () => {
    await expectExactly(table.engine, '沐阳县2025年行政复议维持加纠正占总计的比例', {
      status: 'answered',
      facts: [
        [SHUYANG, 2025, 'reviewLitigation.review.upheld:sum', 37],
        [SHUYANG, 2025, REVIEW, 61],
        [SHUYANG, 2025, 'reviewLitigation.review.upheld:sum:share', 60.7],
      ],
    });
  });
});
