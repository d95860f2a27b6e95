// A list of the organs whose figure exceeds a number (哪些单位收到的申请超过200件, 收费超过1亿元的单位, more than 100
// requests): the number in the figure's unit (亿元 and 万元 scaled to 元), the list the store's, and never a threshold
// dropped — with a ranking, a sum or a unit that does not fit, it is not understood.
import { describe, it } from 'vitest';
import { expectExactly } from '../exact-answer.js';
import { LONGGANG, NANSHAN } from '../sample-store.js';
import { HUAIAN, SHUYANG, useUnderstandingTable } from './understanding-table.js';

const table = useUnderstandingTable();
const RECEIVED = 'applications.newReceived.total';
const FEES = 'activeDisclosure.fees.amountYuan';

describe('a number a listed figure exceeds', () => {
  table.run([
    ['2020年哪些单位收到的申请超过200件', { years: [2020], metric: RECEIVED, aggregation: 'nonzero', above: 200 }],
    ['收到申请超过600件的单位有哪些', { metric: RECEIVED, aggregation: 'nonzero', above: 600 }],
    ['行政事业性收费超过5000万元的单位', { metric: FEES, aggregation: 'nonzero', above: 50_000_000 }],
    ['2024年收费多于1亿元的有哪些单位', { years: [2024], metric: FEES, aggregation: 'nonzero', above: 100_000_000 }],
    ['Which agencies received more than 1,000 requests?', { metric: RECEIVED, aggregation: 'nonzero', above: 1000 }],
    // Beside an organ its figure answers (262), no list.
    ['南山区2020年收到申请超过100件了吗', { organs: [NANSHAN], years: [2020], metric: RECEIVED }],
    // A threshold the engine cannot apply is not understood, never dropped.
    ['2020年收到申请超过10件的单位里哪个最多', 'not_understood'],
    ['收到申请超过10万元的单位', 'not_understood'],
    ['行政事业性收费超过10件的单位', 'not_understood'],
  ]);
});

describe('answers', () => {
  it('lists the organs above the number, the largest first, and says the number', async () => {
    await expectExactly(table.engine, '收到申请超过600件的单位有哪些', {
      status: 'answered',
      facts: [
        [HUAIAN, 2024, RECEIVED, 3119],
        [SHUYANG, 2025, RECEIVED, 713],
      ],
      says: ['超过 600 件的单位'],
      saysNot: [LONGGANG],
    });
  });
  it('keeps the number for the next year asked', async () => {
    const conversation = 'thresholds-follow-up';
    await expectExactly(
      table.engine,
      '2024年行政事业性收费超过1亿元的单位',
      { status: 'answered', facts: [[HUAIAN, 2024, FEES, 961_716_000]], says: ['超过 100,000,000 元'] },
      conversation,
    );
    await expectExactly(
      table.engine,
      '那2025年呢',
      { status: 'answered', facts: [], says: ['没有单位的行政事业性收费金额超过 100,000,000 元'] },
      conversation,
    );
  });
});
