// 有没有行政诉讼 / 有人申请信息公开吗 / were there any lawsuits ask whether a figure is there at all: with an organ
// (named or from the conversation) its figure answers, never a bare 是; with none, the organs that have it (哪些单位有
// 行政诉讼), never "which organ?" nor a list of the organs without it (有没有 is no 没有).
import { describe, it } from 'vitest';
import { expectExactly } from '../exact-answer.js';
import { LONGGANG_DATA } from '../sample-store.js';
import { LONGGANG, METRIC, type QueryRow, runConversations, useSampleIndex } from './query-table.js';
import { HUAIAN, useUnderstandingTable } from './understanding-table.js';

const table = useUnderstandingTable();
const index = useSampleIndex();

describe('whether any organ has a figure', () => {
  table.run([
    ['有没有行政诉讼', { metric: METRIC.litigation, aggregation: 'nonzero' }],
    // 全是0 / 都为零: zero said of every part, as 为零 is.
    ['哪些单位的行政诉讼全是零', { metric: METRIC.litigation, aggregation: 'zero' }],
    ['哪些单位行政复议都为0', { metric: METRIC.review, aggregation: 'zero' }],
    // Zero or not zero of one organ's figure with parts (洪泽区 is its government here, not a region): which parts
    // are, so each part with its figure; with a word for organs it is still the organs that have it.
    [
      '龙岗区2022年不予处理有没有不为零的',
      { organs: [LONGGANG], years: [2022], metric: 'applications.notProcessed.total', breakdown: 'detail' },
    ],
    [
      '龙岗区2022年无法提供里面有不是0的吗',
      { organs: [LONGGANG], years: [2022], metric: 'applications.unavailable.total', breakdown: 'detail' },
    ],
    [
      '龙岗区2022年哪些单位不予处理不为零',
      { regions: ['龙岗区'], years: [2022], metric: 'applications.notProcessed.total', aggregation: 'nonzero' },
    ],
    [
      '龙岗区2022年行政诉讼有没有不为零的',
      { organs: [LONGGANG], years: [2022], metric: METRIC.litigation, breakdown: 'detail' },
    ],
    [
      '龙岗区2022年不予处理是不是全是零',
      { organs: [LONGGANG], years: [2022], metric: 'applications.notProcessed.total', breakdown: 'detail' },
    ],
    ['有人申请信息公开吗', { metric: METRIC.received, aggregation: 'nonzero' }],
    ['有没有单位被起诉', { metric: METRIC.litigation, aggregation: 'nonzero' }],
    ['2024年有没有行政复议', { years: [2024], metric: METRIC.review, aggregation: 'nonzero' }],
    ['有行政复议吗', { metric: METRIC.review, aggregation: 'nonzero' }],
    ['Were there any lawsuits in 2024?', { years: [2024], metric: METRIC.litigation, aggregation: 'nonzero' }],
    // With an organ: its figure.
    ['龙岗区数据局2021年有人申请信息公开吗', { organs: [LONGGANG_DATA], years: [2021], metric: METRIC.received }],
    ['淮安市2024年有没有行政诉讼', { organs: [HUAIAN], years: [2024], metric: METRIC.litigation }],
    ['南山区2020年被复议过吗', { organs: ['深圳市南山区人民政府'], years: [2020], metric: METRIC.review }],
    // A quantity asks the figure (which organ is then asked), and 没有 alone still lists the organs without.
    ['有多少行政诉讼', { metric: METRIC.litigation }],
    ['哪些单位没有行政诉讼', { metric: METRIC.litigation, aggregation: 'zero' }],
  ]);
});

describe('in a conversation', () => {
  const conversations: QueryRow[][] = [
    [
      ['龙岗区2022年收到多少申请', { organs: [LONGGANG], years: [2022], metric: METRIC.received }],
      ['有没有行政诉讼', { organs: [LONGGANG], years: [2022], metric: METRIC.litigation }],
      // 有没有单位…: every organ, none of the conversation's.
      ['有没有单位被起诉', { metric: METRIC.litigation, aggregation: 'nonzero' }],
    ],
  ];
  runConversations(index, conversations);
});

describe('the answers', () => {
  it('有人申请信息公开吗 lists the organs that received any, never the zeros', async () => {
    await expectExactly(table.engine, '2024年有人申请信息公开吗', {
      status: 'answered',
      facts: [
        [HUAIAN, 2024, METRIC.received, 3119],
        ['淮安市洪泽区人民政府', 2024, METRIC.received, 95],
      ],
      says: ['有收到政府信息公开申请的单位'],
    });
  });
  it('an organ’s 0 is stated as its figure', async () => {
    await expectExactly(table.engine, '龙岗区数据局2021年有人申请信息公开吗', {
      status: 'answered',
      facts: [[LONGGANG_DATA, 2021, METRIC.received, 0]],
    });
  });
});
