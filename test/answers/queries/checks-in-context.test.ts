// Issue 13: a check question in a conversation about one report (这份报告的数据对得上吗 / 这个数据有问题吗 / 它有问题吗)
// is about that report only — its failing checks, or that it passes them all — never the list of every failing
// report of the store; without context, or asking about many reports (哪些报告…), the store-wide list is right.
import { describe, it } from 'vitest';
import { type ExactAnswer, expectExactly } from '../exact-answer.js';
import { LONGGANG_DATA, LONGGANG_DRC, LONGHUA_DATA, NANSHAN } from '../sample-store.js';
import { HONGZE, useUnderstandingTable } from './understanding-table.js';

const table = useUnderstandingTable();
const RECEIVED = 'applications.newReceived.total';

let conversations = 0;
async function converse(turns: readonly (readonly [string, ExactAnswer | null])[]): Promise<void> {
  conversations += 1;
  for (const [question, expected] of turns) {
    const conversationId = `checks-in-context-${conversations}`;
    if (expected === null) await table.engine.answer(question, { conversationId });
    else await expectExactly(table.engine, question, expected, conversationId);
  }
}

/** The reply about one report that passes every check: named, nothing of other reports. */
const passes = (org: string, year: number): ExactAnswer => ({
  status: 'answered',
  facts: [],
  says: [`（沿用上一问：${org} ${year}年）`, `${org} ${year}年的报告勾稽检查全部通过。`],
  saysNot: [LONGHUA_DATA, LONGGANG_DRC, '8 份报告'],
});
const storeWide: ExactAnswer = {
  status: 'answered',
  facts: [],
  says: ['8 份报告中有 2 份数据不一致', LONGHUA_DATA, LONGGANG_DRC],
  saysNot: ['沿用上一问'],
};

describe('a check question after a question about one report is about that report', () => {
  it.each([
    '这份报告的数据对得上吗',
    '这个数据有问题吗',
    '这份年报有没有不一致',
    '它有问题吗',
    '数据对得上吗',
    '这些数字准确吗',
  ])('%s after 南山区收到多少申请 (its latest report)', async (question) => {
    await converse([
      ['南山区收到多少申请', { status: 'answered', facts: [[NANSHAN, 2020, RECEIVED, 262]] }],
      [question, passes(NANSHAN, 2020)],
    ]);
  });

  it('the report of the year asked, and every check question after it', async () => {
    await converse([
      ['洪泽区2024年收到多少申请', null],
      ['这份报告的数据对得上吗', passes(HONGZE, 2024)],
      ['这个数据有问题吗', passes(HONGZE, 2024)],
      ['哪些报告数据对不上', storeWide],
    ]);
  });

  it('a failing report: its own checks, no other report', async () => {
    await converse([
      ['龙岗区发改局2020年收到多少申请', null],
      [
        '这份报告的数据对得上吗',
        {
          status: 'answered',
          facts: [],
          says: [`${LONGGANG_DRC} 2020年的报告有数据不一致（未通过勾稽检查）`, '结转下年度 1'],
          saysNot: [LONGHUA_DATA, '8 份报告'],
        },
      ],
    ]);
  });

  it('a report the store lacks is said, never passed', async () => {
    await converse([
      ['洪泽区2023年收到多少申请', null],
      [
        '这份报告的数据对得上吗',
        {
          status: 'no_data',
          facts: [],
          says: [`没有${HONGZE} 2023年的报告；现有年份：2024年。`],
          saysNot: ['通过', '8 份报告'],
          saysMissing: true,
        },
      ],
    ]);
  });

  it('in English', async () => {
    await converse([
      ['How many applications did Nanshan receive in 2020?', null],
      [
        'Does this report add up?',
        {
          status: 'answered',
          facts: [],
          says: [`The 2020 report of ${NANSHAN} passes every consistency check.`],
          saysNot: [LONGHUA_DATA],
        },
      ],
    ]);
  });

  it('these reports after a list of a region’s reports: the checks of those reports', async () => {
    await converse([
      ['龙岗区有哪些报告', null],
      [
        '这些报告数据对得上吗',
        {
          status: 'answered',
          facts: [],
          says: ['3 份报告中有 1 份数据不一致', LONGGANG_DRC],
          saysNot: [LONGHUA_DATA, LONGGANG_DATA],
        },
      ],
    ]);
  });
});

describe('without context, or asking about many reports, the list is store-wide', () => {
  it.each(['哪些报告数据对不上', '哪些报告的数据不一致？', '有问题吗', '这些报告有问题吗'])(
    '%s alone',
    async (question) => {
      await converse([[question, storeWide]]);
    },
  );

  it('哪些报告… after a question about one report', async () => {
    await converse([
      ['南山区2020年收到多少申请', null],
      ['哪些报告数据对不上', storeWide],
    ]);
  });

  it('a year nobody filed checks nothing and says so', async () => {
    await converse([
      ['2023年哪些报告不一致', { status: 'no_data', facts: [], says: ['没有符合条件的报告'], saysMissing: true }],
    ]);
  });
});
