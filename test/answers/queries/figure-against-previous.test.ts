// A follow-up comparing the last figure with another of the same report: 比处罚少多少 / 是行政处罚的几倍 after
// 行政强制呢 is the difference (or ratio) of the two figures, the last one first, never the change of the figure named
// over years (it answered 行政处罚 2023→2024, -1,343, for 洪泽区's 84 − 2,776 asked). 这俩差几件 after two figures
// is their difference. 比上年 / 比南山区 still compare years and organs.
import { describe, it } from 'vitest';
import { expectExactly } from '../exact-answer.js';
import { NANSHAN, useSampleEngine } from '../sample-store.js';
import { type QueryRow, runConversations, useSampleIndex } from './query-table.js';

const index = useSampleIndex();
const sample = useSampleEngine();
const PUNISHMENT = 'activeDisclosure.punishment.decisions';
const ENFORCEMENT = 'activeDisclosure.enforcement.decisions';
const DIRECT = 'reviewLitigation.litigationDirect.total';
const AFTER_REVIEW = 'reviewLitigation.litigationAfterReview.total';
const NS20 = { organs: [NANSHAN], years: [2020] };

describe('the last figure against one the follow-up names', () => {
  const conversations: QueryRow[][] = [
    [
      ['南山区2020年行政处罚多少', { ...NS20, metric: PUNISHMENT }],
      ['行政强制呢', { ...NS20, metric: ENFORCEMENT }],
      ['比处罚少多少', { ...NS20, metric: ENFORCEMENT, moreMetrics: [PUNISHMENT], aggregation: 'difference' }],
    ],
    [
      ['南山区2020年行政强制多少', { ...NS20, metric: ENFORCEMENT }],
      ['比行政处罚少几件', { ...NS20, metric: ENFORCEMENT, moreMetrics: [PUNISHMENT], aggregation: 'difference' }],
    ],
    [
      ['南山区2020年行政强制多少', { ...NS20, metric: ENFORCEMENT }],
      ['是行政处罚的几倍', { ...NS20, metric: ENFORCEMENT, moreMetrics: [PUNISHMENT], aggregation: 'ratio' }],
    ],
    [
      ['南山区2020年直接起诉的行政诉讼有多少', { ...NS20, metric: DIRECT }],
      ['那复议后再起诉的呢', { ...NS20, metric: AFTER_REVIEW }],
      ['这俩差几件', { ...NS20, metric: DIRECT, moreMetrics: [AFTER_REVIEW], aggregation: 'difference' }],
    ],
    // Traps: 比上年 is the change of the figure named; the same figure again is no second figure.
    [
      ['南山区2020年行政强制多少', { ...NS20, metric: ENFORCEMENT }],
      ['行政处罚比上年少多少', { ...NS20, metric: PUNISHMENT, aggregation: 'change' }],
    ],
    [
      ['南山区2020年行政强制多少', { ...NS20, metric: ENFORCEMENT }],
      ['比行政强制少多少', { ...NS20, metric: ENFORCEMENT, aggregation: 'change' }],
    ],
  ];
  runConversations(index, conversations);

  it('比处罚少多少 after 行政强制呢 states 159 − 1,767 with both operands', async () => {
    await expectExactly(
      sample.engine,
      '南山区2020年行政处罚多少',
      {
        status: 'answered',
        facts: [[NANSHAN, 2020, PUNISHMENT, 1767]],
      },
      'vs-punishment',
    );
    await expectExactly(
      sample.engine,
      '行政强制呢',
      {
        status: 'answered',
        facts: [[NANSHAN, 2020, ENFORCEMENT, 159]],
      },
      'vs-punishment',
    );
    await expectExactly(
      sample.engine,
      '比处罚少多少',
      {
        status: 'answered',
        facts: [
          [NANSHAN, 2020, `${ENFORCEMENT}:difference`, -1608],
          [NANSHAN, 2020, ENFORCEMENT, 159],
          [NANSHAN, 2020, PUNISHMENT, 1767],
        ],
        says: ['少 1,608 件'],
      },
      'vs-punishment',
    );
  });
});
