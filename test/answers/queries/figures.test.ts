// Class 1 of issue 13: a word naming a figure the engine cannot place is never read as a default figure. Every
// word of a question is accounted for (organ, year, figure, operation, filter, filler); a content word left unread
// makes a clarify offering the closest figures, or not_understood, and a figure no table holds is never answered.
import { describe, expect, it } from 'vitest';
import { LONGGANG, LONGGANG_DRC, NANSHAN } from '../sample-store.js';
import { HUAIAN, useUnderstandingTable } from './understanding-table.js';

const table = useUnderstandingTable();
const LG22 = { organs: [LONGGANG], years: [2022] };
const NS20 = { organs: [NANSHAN], years: [2020] };

it('a word no row of the group holds is asked about as written, 其他 whole (其 is no filler inside it)', async () => {
  for (const question of ['龙岗区2022年不予公开里的其他有几件', '龙岗区2022年不予公开里的「其他」有几件']) {
    const answer = await table.engine.answer(question);
    expect(answer.status, question).toBe('clarify');
    expect(answer.answer, question).toContain('不确定“其他”指');
    expect(answer.facts, question).toEqual([]);
  }
});

describe('figures in everyday words are read as their row', () => {
  table.run([
    ['龙岗区2022年行政复议还没审完的有几件', { ...LG22, metric: 'reviewLitigation.review.pending' }],
    ['龙岗区2022年复议没审完的', { ...LG22, metric: 'reviewLitigation.review.pending' }],
    ['龙岗区2022年没经过复议直接去法院告的有几件', { ...LG22, metric: 'reviewLitigation.litigationDirect.total' }],
    ['南山区2020年不经复议直接起诉的多少', { ...NS20, metric: 'reviewLitigation.litigationDirect.total' }],
    ['龙岗区2022年其他处理里第3项其他是多少', { ...LG22, metric: 'applications.otherHandling.other.total' }],
    ['龙岗区2022年其他处理中的第三项', { ...LG22, metric: 'applications.otherHandling.other.total' }],
    ['龙岗区2022年其他处理的“其他”有几件', { ...LG22, metric: 'applications.otherHandling.other.total' }],
    // Every kind of quotation mark people type reads as the reports' “…”.
    ['龙岗区2022年其他处理中的「其他」有几件', { ...LG22, metric: 'applications.otherHandling.other.total' }],
    ["龙岗区2022年其他处理的'其他'是多少", { ...LG22, metric: 'applications.otherHandling.other.total' }],
    ['龙岗区2022年其他处理里『其他』', { ...LG22, metric: 'applications.otherHandling.other.total' }],
    ['龙岗区2022年‘其他处理’多少', { ...LG22, metric: 'applications.otherHandling.total' }],
    ['龙岗区2022年其他处理当中第三项「其他」', { ...LG22, metric: 'applications.otherHandling.other.total' }],
    // The applicant column 其他 quoted as the table heads it.
    ['龙岗区2022年申请人为「其他」类的收到几件', { ...LG22, metric: 'applications.newReceived.other' }],
    ['龙岗区2022年其他处理多少', { ...LG22, metric: 'applications.otherHandling.total' }],
    ['龙岗区2022年被拒绝的有多少', { ...LG22, metric: 'applications.denied.total' }],
    ['龙岗区2022年行政查询事项多少', { ...LG22, metric: 'applications.denied.query.total' }],
    ['龙岗区2022年结转下年度继续办理多少件？', { ...LG22, metric: 'applications.carriedForward.total' }],
    ['龙岗区2022年逾期没交费的有几件', { ...LG22, metric: 'applications.otherHandling.overdueFee.total' }],
    [
      '龙岗区2022年因本机关不掌握相关政府信息而无法提供的有多少？',
      { ...LG22, metric: 'applications.unavailable.notHeld.total' },
    ],
    ['老师好，想问下龙岗区2022年行政诉讼有多少', { ...LG22, metric: 'reviewLitigation.litigation.total' }],
    ['根据年报，龙岗区2022年一共受理了多少政府信息公开申请', { ...LG22, metric: 'applications.newReceived.total' }],
    ['【求助】龙岗区2022年复议案件数', { ...LG22, metric: 'reviewLitigation.review.total' }],
    ['龙岗区2022年收到553件申请，对吗？', { ...LG22, metric: 'applications.newReceived.total' }],
    ['龙岗区2022年收到多少申请 @年报助手', { ...LG22, metric: 'applications.newReceived.total' }],
    ['淮安市2024年收到多少申请', { organs: [HUAIAN], years: [2024], metric: 'applications.newReceived.total' }],
    ['淮安市2024年行政诉讼几件啊', { organs: [HUAIAN], years: [2024], metric: 'reviewLitigation.litigation.total' }],
  ]);
});

describe('a figure word the engine cannot place is offered as the closest figures, never the default', () => {
  table.run([
    ['南山区2020年逾期没交钱被终止的', { clarify: ['applications.otherHandling.total'], query: NS20 }],
    ['龙岗区2022年被告上法庭几次', { clarify: ['reviewLitigation.litigation.total'], query: LG22 }],
    ['被人告上法庭最多的是谁', { clarify: ['reviewLitigation.litigation.total'], query: { aggregation: 'max' } }],
    ['龙岗区2022年复议撤回的有几件', { clarify: [], query: LG22 }],
    ['龙岗区2022年诉讼调解结案的几件', { clarify: ['reviewLitigation.litigation.pending'], query: LG22 }],
    ['龙岗区2022年申请人撤回申请的多少', { clarify: [], query: LG22 }],
    ['龙岗区2022年告知申请人另行咨询的几件', { clarify: [], query: LG22 }],
    ['南山区2020年转办其他机关的申请', { clarify: [], query: NS20 }],
    ['龙岗区2022年申请延期答复的多少', { clarify: [], query: LG22 }],
  ]);
});

describe('words no figure is near: not understood', () => {
  table.run([
    ['龙岗区的人口有多少', 'not_understood'],
    ['哪些单位GDP最高', 'not_understood'],
    ['今天天气怎么样', 'not_understood'],
    ['哈哈哈哈', 'not_understood'],
    ['龙岗区2022年信息处理费收了多少', 'not_understood'],
    ['南山区2020年收取信息处理费多少元', 'not_understood'],
    ['龙岗区2022年复印费多少', 'not_understood'],
    ['龙岗区2022年依申请公开的平均答复时间', 'not_understood'],
    ['龙岗区2022年办理申请平均用了几天', 'not_understood'],
    ['龙岗区2022年政务公开培训了几次', 'not_understood'],
    ['南山区2020年政府网站发布了多少条信息', 'not_understood'],
    ['龙岗区2022年群众满意度是多少', 'not_understood'],
  ]);
});

describe('figures no table holds: never a nearby number', () => {
  table.run([
    ['龙岗区2022年收取的信息处理费总额', 'not_understood'],
    ['龙岗区2022年依申请公开的办结率', 'not_understood'],
    ['龙岗区2022年按时答复率是多少', 'not_understood'],
    ['龙岗区2022年行政复议申请人是谁', 'not_understood'],
    ['龙岗区2022年依申请公开的平均办理天数', 'not_understood'],
    ['龙岗区2022年政务公开培训多少人次', 'not_understood'],
    ['龙岗区2022年公开专栏访问量', 'not_understood'],
    ['龙岗区2022年政府信息公开工作经费', 'not_understood'],
    ['龙岗区2022年政务新媒体有几个', 'not_understood'],
    ['龙岗区2022年召开新闻发布会几次', 'not_understood'],
    ['南山区2020年信息公开咨询电话接了多少', 'not_understood'],
    ['龙岗区2022年邮寄申请多少件', 'not_understood'],
    ['What was the average response time of Longgang in 2022?', 'not_understood'],
    ['How much did Longgang charge in processing fees in 2022?', 'not_understood'],
    ['龙岗区2022年网上申请多少', { clarify: [], query: LG22 }],
    ['龙岗区2022年延期答复多少件', { clarify: [], query: LG22 }],
  ]);
});

describe('two figures of different tables written as one: both offered, neither answered', () => {
  table.run([
    [
      '龙岗区2022年上年结转的行政复议',
      { clarify: ['applications.carriedOver.total', 'reviewLitigation.review.total'], query: LG22 },
    ],
    [
      '龙岗区2022年不予公开的行政诉讼',
      { clarify: ['applications.denied.total', 'reviewLitigation.litigation.total'], query: LG22 },
    ],
    ['龙岗区2022年行政复议的申请有多少', { ...LG22, metric: 'reviewLitigation.review.total' }],
    ['龙岗区2022年上年结转的自然人申请', { ...LG22, metric: 'applications.carriedOver.natural' }],
    [
      '龙岗区2022年行政复议和行政诉讼',
      { ...LG22, metric: 'reviewLitigation.review.total', moreMetrics: ['reviewLitigation.litigation.total'] },
    ],
  ]);
});

describe('more figures in everyday words', () => {
  table.run([
    ['龙岗区2022年行政诉讼还在审理的', { ...LG22, metric: 'reviewLitigation.litigation.pending' }],
    ['南山区2020年被复议纠错的几件', { ...NS20, metric: 'reviewLitigation.review.corrected' }],
    ['龙岗区2022年诉讼中败诉几件', { ...LG22, metric: 'reviewLitigation.litigation.corrected' }],
    [
      '淮安市2024年行政事业性收费多少万元',
      { organs: [HUAIAN], years: [2024], metric: 'activeDisclosure.fees.amountYuan' },
    ],
    [
      'How many applications were carried over from the previous year in Longgang 2022?',
      { ...LG22, metric: 'applications.carriedOver.total' },
    ],
    ['南山区2020年重复申请几宗', { ...NS20, metric: 'applications.notProcessed.duplicate.total' }],
    ['麻烦问下南山区2020年不予处理的有几件呀', { ...NS20, metric: 'applications.notProcessed.total' }],
    ['请问龙岗区2022年信息不存在的多少？谢谢', { ...LG22, metric: 'applications.unavailable.notHeld.total' }],
  ]);
});

describe('the default figure only when no figure and no unread word', () => {
  table.run([
    ['龙岗区2022年', { ...LG22 }],
    ['龙岗区2022年的情况', { ...LG22, breakdown: 'detail' }],
    ['龙岗发改局2020年的数据', { organs: [LONGGANG_DRC], years: [2020] }],
    ['南山区2020年排名第几', { ...NS20, metric: 'applications.newReceived.total', aggregation: 'position' }],
  ]);
});

describe('replies to a figure the engine cannot place', () => {
  it('offers the closest figures with their values, stating no fact', async () => {
    const reply = await table.engine.answer('龙岗区2022年被告上法庭几次');
    expect(reply).toMatchObject({ status: 'clarify', facts: [] });
    expect(reply.answer).toContain('上法庭');
    expect(reply.answer).toContain('行政诉讼：深圳市龙岗区人民政府 2022年 38 件');
    expect(reply.answer).not.toContain('552');
  });

  it('answers a figure no table holds with no number', async () => {
    const reply = await table.engine.answer('龙岗区2022年信息处理费收了多少');
    expect(reply).toMatchObject({ status: 'not_understood', facts: [] });
    expect(reply.answer).not.toMatch(/\d+ (?:件|元)/u);
  });
});
