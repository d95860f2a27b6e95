// 两年 / 这三年 / both years count years without naming them: they are the years the question writes, the previous
// question's years, the last two turns' reports, or the one organ's years when it holds exactly that many — never
// the store's last years counted back (两年加起来 alone summed 2024 and 2025 of every organ). With none of these,
// which years is asked, with the years held.
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../../src/answers/index.js';
import type { Report } from '../../../src/parser/index.js';
import { expectExactly } from '../exact-answer.js';
import { listOnlyStore, NANSHAN, openSampleAnswerStore, variantOf } from '../sample-store.js';
import { HONGZE, useUnderstandingTable } from './understanding-table.js';

const table = useUnderstandingTable();
const RECEIVED = 'applications.newReceived.total';
const REVIEW = 'reviewLitigation.review.total';
const SUM = `${RECEIVED}:sum`;

describe('a count of years alone names no years', () => {
  table.run([
    ['两年加起来收到多少申请', { chooseYears: 2 }],
    ['三年一共多少行政复议', { chooseYears: 3 }],
    ['What were both years combined', { chooseYears: 2 }],
    // 南山区 holds one year, so which two is asked (this read 2019 and 2020).
    ['南山区两年加起来收到多少申请', { chooseYears: 2 }],
    // 洪泽区 holds one year in this store too.
    ['洪泽区这两年行政复议一共多少', { chooseYears: 2 }],
    // Years written beside the count are those years; 近两年 stays the last two years held.
    [
      '洪泽区2023年和2024年两年加起来收到多少申请',
      { organs: [HONGZE], years: [2023, 2024], metric: RECEIVED, aggregation: 'sum' },
    ],
    ['近两年全部单位合计行政复议多少', { years: [2024, 2025], metric: REVIEW, aggregation: 'sum' }],
  ]);
});

/** 甲区 over three years, 乙区 over two. */
const TOTALS: Readonly<Record<string, Readonly<Record<number, number>>>> = {
  甲市甲区人民政府: { 2020: 900, 2021: 50, 2022: 10 },
  甲市乙区人民政府: { 2021: 60, 2022: 20 },
};

describe('the years a count stands for', () => {
  let engine: Engine;
  beforeAll(async () => {
    const store = await openSampleAnswerStore();
    const [base] = (await store.list()).filter((report) => report.org === NANSHAN);
    await store.close();
    const reports = Object.entries(TOTALS).flatMap(([org, years]) =>
      Object.entries(years).map(([year, total]) =>
        variantOf(base as Report, { org, region: null, year: Number(year), newReceivedTotal: total }),
      ),
    );
    engine = createEngine({ store: listOnlyStore(reports) });
  });
  const ask = (questions: readonly string[], conversationId: string) =>
    questions.reduce(
      async (asked, question) => {
        await asked;
        return engine.answer(question, { conversationId });
      },
      Promise.resolve(undefined as unknown as Awaited<ReturnType<Engine['answer']>>),
    );

  it('after a year and another year of one organ: those two reports', async () => {
    await ask(['甲市甲区人民政府2022年收到多少申请', '2021年呢'], 'turns');
    await expectExactly(
      engine,
      '两年加起来',
      {
        status: 'answered',
        facts: [
          ['甲市甲区人民政府', 2022, SUM, 60],
          ['甲市甲区人民政府', 2022, RECEIVED, 10],
          ['甲市甲区人民政府', 2021, RECEIVED, 50],
        ],
      },
      'turns',
    );
  });

  it('after a question of two years: those years', async () => {
    await ask(['甲市甲区人民政府2020年和2021年收到多少申请'], 'written');
    await expectExactly(
      engine,
      '这两年一共多少',
      {
        status: 'answered',
        facts: [
          ['甲市甲区人民政府', 2020, SUM, 950],
          ['甲市甲区人民政府', 2020, RECEIVED, 900],
          ['甲市甲区人民政府', 2021, RECEIVED, 50],
        ],
      },
      'written',
    );
  });

  it('an organ holding exactly that many years: its years', async () => {
    await expectExactly(engine, '甲市乙区人民政府两年加起来收到多少申请', {
      status: 'answered',
      facts: [
        ['甲市乙区人民政府', 2021, SUM, 80],
        ['甲市乙区人民政府', 2021, RECEIVED, 60],
        ['甲市乙区人民政府', 2022, RECEIVED, 20],
      ],
    });
  });

  it('an organ holding more years, or none named: which years is asked', async () => {
    await expectExactly(engine, '甲市甲区人民政府两年加起来收到多少申请', {
      status: 'clarify',
      facts: [],
      says: ['您说的 2 年是哪几年？', '甲市甲区人民政府现有年份：2020年、2021年、2022年'],
    });
    const alone = await expectExactly(engine, '两年加起来', { status: 'clarify', facts: [] });
    expect(alone.answer).toBe(
      '您说的 2 年是哪几年？请写明年份，例如“2021年、2022年加起来多少”。现有年份：2020年、2021年、2022年',
    );
  });
});
