// Follow-ups that point back at what the last answers stated (它 / 该区 / 这两个 / 三个合起来 / it / them): the organ a
// ranking named, in its year; the organs a list listed; the organ-years of the last two turns — never the ranking
// again, never the ranking's own choice of year, never one organ picked from several (它 after two organs is asked
// back). 前一年呢 / the year before move the conversation's year, never the store's latest.
import { copyFile, mkdir, mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, EMPTY_QUERY, type Engine, normalizeQuestion, type Query } from '../../../src/answers/index.js';
import { createStoreReader, type StoreIndex } from '../../../src/answers/organs/index.js';
import { understand } from '../../../src/answers/understand/index.js';
import { openSampleStore, type Store } from '../../../src/store/index.js';
import { type ExactAnswer, expectExactly } from '../exact-answer.js';
import { LONGGANG, LONGGANG_DRC, LONGHUA_DATA, NANSHAN } from '../sample-store.js';

const HUAIAN = '淮安市人民政府';
const HONGZE = '淮安市洪泽区人民政府';
const SHUYANG = '沐阳县人民政府';
const RECEIVED = 'applications.newReceived.total';
const LICENSING = 'activeDisclosure.licensing.decisions';
const ENFORCEMENT = 'activeDisclosure.enforcement.decisions';
const REVIEW = 'reviewLitigation.review.total';
const LITIGATION = 'reviewLitigation.litigation.total';
const QUERY_DENIED = 'applications.denied.query.total';

let opened: { store: Store; index: StoreIndex; engine: Engine } | undefined;
beforeAll(async () => {
  // The samples and the real reports, 洪泽区 with two years (2023, 2024) so that 前一年 has a year to find.
  const dir = await mkdtemp(join(tmpdir(), 'nianbao-pointing-'));
  const reports = join(dir, 'reports');
  await mkdir(reports);
  for (const file of await readdir('data/reports')) await copyFile(join('data/reports', file), join(reports, file));
  for (const file of [
    'hongze-district-2023-layout.txt',
    'hongze-district-2024-pdftext.txt',
    'huaian-city-2024-pdftext.txt',
    'shuyang-county-2025-ocr.txt',
  ])
    await copyFile(join('test/fixtures/real-reports', file), join(reports, file));
  const store = await openSampleStore(join(dir, 'store.json'), reports);
  opened = { store, index: await createStoreReader(store).vocabulary(), engine: createEngine({ store }) };
}, 60_000);
afterAll(async () => opened?.store.close());

const query = (fields: Partial<Query>): Query => ({ ...EMPTY_QUERY, ...fields });

describe('a pointing word reads the subjects of the last answer, not its query', () => {
  // After 2024年哪个单位行政许可最少: the ranking's query, and what its answer named (洪泽区 2024).
  const ranking = query({ years: [2024], metric: LICENSING, aggregation: 'min' });
  const named = query({ organs: [HONGZE], years: [2024], metric: LICENSING });
  const two = query({ organs: [NANSHAN, LONGGANG_DRC], years: [2020], metric: RECEIVED });
  it.each<[string, Query, Query, ReturnType<typeof understand>]>([
    [
      '它的行政强制是多少',
      ranking,
      named,
      {
        kind: 'query',
        query: query({ organs: [HONGZE], years: [2024], metric: ENFORCEMENT }),
        inherited: { organs: [HONGZE], years: [2024] },
      },
    ],
    [
      '该区的行政诉讼呢',
      ranking,
      named,
      {
        kind: 'query',
        query: query({ organs: [HONGZE], years: [2024], metric: LITIGATION }),
        inherited: { organs: [HONGZE], years: [2024] },
      },
    ],
    [
      'How many lawsuits did it have?',
      ranking,
      named,
      {
        kind: 'query',
        query: query({ organs: [HONGZE], years: [2024], metric: LITIGATION }),
        inherited: { organs: [HONGZE], years: [2024] },
      },
    ],
    // A year of its own: the organ pointed at, in that year.
    [
      '它2023年呢',
      ranking,
      named,
      {
        kind: 'query',
        query: query({ organs: [HONGZE], years: [2023], metric: LICENSING }),
        inherited: { organs: [HONGZE], years: [] },
      },
    ],
    // A ranking word repeated ranks again.
    [
      '那最多的呢',
      ranking,
      named,
      {
        kind: 'query',
        query: query({ years: [2024], metric: LICENSING, aggregation: 'max' }),
        inherited: { organs: [], years: [2024] },
      },
    ],
    // After a top two: 这两个 adds those two, not every organ ranked.
    [
      '这两个一共多少',
      query({ years: [2020], metric: RECEIVED, aggregation: 'top', limit: 2 }),
      two,
      {
        kind: 'query',
        query: { ...two, aggregation: 'sum' },
        inherited: { organs: [NANSHAN, LONGGANG_DRC], years: [2020] },
      },
    ],
    // 它 after two organs: which one is asked, the question kept for the one named next.
    [
      '它的行政复议多少',
      two,
      two,
      {
        kind: 'chooseSubject',
        candidates: [NANSHAN, LONGGANG_DRC],
        query: query({ organs: [NANSHAN, LONGGANG_DRC], years: [2020], metric: REVIEW }),
      },
    ],
    ['这三个一共多少', two, two, { kind: 'chooseOperands' }],
  ])('%s', (question, previous, subjects, expected) => {
    const index = opened?.index as StoreIndex;
    expect(understand(normalizeQuestion(question), index, previous, undefined, undefined, { subjects })).toEqual(
      expected,
    );
  });
});

describe('前一年呢 / 后一年呢 move the conversation year', () => {
  const hongze = query({ organs: [HONGZE], years: [2024], metric: ENFORCEMENT });
  it.each<[string, Query, Query | null]>([
    ['前一年呢', hongze, query({ organs: [HONGZE], years: [2023], metric: ENFORCEMENT })],
    ['上一年呢', hongze, query({ organs: [HONGZE], years: [2023], metric: ENFORCEMENT })],
    ['What about the year before?', hongze, query({ organs: [HONGZE], years: [2023], metric: ENFORCEMENT })],
    ['后一年呢', query({ organs: [HONGZE], years: [2023], metric: ENFORCEMENT }), hongze],
    // 往前 / 再往后: one step from where the conversation stands; 第二年 / 次年 the year after.
    ['那往前一年呢', hongze, query({ organs: [HONGZE], years: [2023], metric: ENFORCEMENT })],
    ['再往后一年呢', query({ organs: [HONGZE], years: [2023], metric: ENFORCEMENT }), hongze],
    ['第二年呢', query({ organs: [HONGZE], years: [2023], metric: ENFORCEMENT }), hongze],
    ['次年变成了多少', query({ organs: [HONGZE], years: [2023], metric: ENFORCEMENT }), hongze],
    // Each organ-year of two reports moves.
    [
      '前一年呢',
      query({
        organs: [SHUYANG, HUAIAN],
        pairs: [
          { organ: SHUYANG, year: 2025 },
          { organ: HUAIAN, year: 2024 },
        ],
        metric: RECEIVED,
      }),
      query({
        organs: [SHUYANG, HUAIAN],
        pairs: [
          { organ: SHUYANG, year: 2024 },
          { organ: HUAIAN, year: 2023 },
        ],
        metric: RECEIVED,
      }),
    ],
    // A row that says the year before in its own words stays that row.
    [
      '上一年项目数量呢',
      hongze,
      query({ organs: [HONGZE], years: [2024], metric: 'activeDisclosure.enforcement.lastYearItems' }),
    ],
  ])('%s', (question, previous, expected) => {
    const understood = understand(normalizeQuestion(question), opened?.index as StoreIndex, previous);
    expect(understood.kind === 'query' ? understood.query : null).toEqual(expected);
  });

  it('with no conversation it is not understood', () => {
    expect(understand(normalizeQuestion('前一年呢'), opened?.index as StoreIndex)).toEqual({ kind: 'not_understood' });
  });
});

describe('a follow-up of another figure or organ keeps what it does not change', () => {
  it.each<[string, Query, Query]>([
    // 换 + organ + year: the same figure of that report.
    [
      '换沐阳县2025年看看',
      query({ organs: [HUAIAN], years: [2024], metric: QUERY_DENIED }),
      query({ organs: [SHUYANG], years: [2025], metric: QUERY_DENIED }),
    ],
    // Another figure of a ranking: the ranking's year stays, never a year the ranking would pick by itself.
    [
      '行政诉讼是多少',
      query({ years: [2024], metric: RECEIVED, aggregation: 'max' }),
      query({ years: [2024], metric: LITIGATION, aggregation: 'max' }),
    ],
    // 占 + a figure: the share of the figure just stated in it.
    [
      '占不予公开的多少',
      query({ organs: [HUAIAN], years: [2024], metric: QUERY_DENIED }),
      query({
        organs: [HUAIAN],
        years: [2024],
        metric: QUERY_DENIED,
        moreMetrics: ['applications.denied.total'],
        aggregation: 'share',
      }),
    ],
    [
      '分别占各自办结总数的比例',
      query({
        organs: [LONGGANG, HUAIAN],
        pairs: [
          { organ: LONGGANG, year: 2022 },
          { organ: HUAIAN, year: 2024 },
        ],
        metric: 'applications.unavailable.notHeld.total',
        aggregation: 'difference',
      }),
      query({
        organs: [LONGGANG, HUAIAN],
        pairs: [
          { organ: LONGGANG, year: 2022 },
          { organ: HUAIAN, year: 2024 },
        ],
        metric: 'applications.unavailable.notHeld.total',
        moreMetrics: ['applications.total.total'],
        aggregation: 'share',
      }),
    ],
    // A figure of its own with no 占 before it is that figure, not a share.
    [
      '不予公开呢',
      query({ organs: [HUAIAN], years: [2024], metric: QUERY_DENIED }),
      query({ organs: [HUAIAN], years: [2024], metric: 'applications.denied.total' }),
    ],
  ])('%s', (question, previous, expected) => {
    const understood = understand(normalizeQuestion(question), opened?.index as StoreIndex, previous);
    expect(understood.kind === 'query' ? understood.query : null).toEqual(expected);
  });
});

describe('conversations state exactly the figures of what was pointed at', () => {
  type Turn = readonly [question: string, expected: ExactAnswer];
  let conversations = 0;
  async function converse(turns: readonly Turn[]): Promise<void> {
    conversations += 1;
    const engine = opened?.engine as Engine;
    for (const [question, expected] of turns)
      await expectExactly(engine, question, expected, `pointing-${conversations}`);
  }
  it.each<[string, readonly Turn[]]>([
    [
      'the organ a ranking named, in its year, then the year before',
      [
        ['2024年哪个单位行政许可最多', { status: 'answered', facts: [[HUAIAN, 2024, LICENSING, 447228]] }],
        ['那最少的是谁', { status: 'answered', facts: [[HONGZE, 2024, LICENSING, 9487]] }],
        [
          '它的行政强制是多少',
          {
            status: 'answered',
            facts: [[HONGZE, 2024, ENFORCEMENT, 84]],
            says: ['沿用上一问：淮安市洪泽区人民政府 2024年'],
          },
        ],
        ['前一年呢', { status: 'answered', facts: [[HONGZE, 2023, ENFORCEMENT, 195]] }],
      ],
    ],
    [
      'the organs a top two listed, added',
      [
        [
          '2020年收到申请前两名是哪两个单位',
          {
            status: 'answered',
            facts: [
              [NANSHAN, 2020, RECEIVED, 262],
              [LONGGANG_DRC, 2020, RECEIVED, 4],
            ],
          },
        ],
        [
          '这两个一共多少',
          {
            status: 'answered',
            facts: [
              [NANSHAN, 2020, `${RECEIVED}:sum`, 266],
              [NANSHAN, 2020, RECEIVED, 262],
              [LONGGANG_DRC, 2020, RECEIVED, 4],
            ],
          },
        ],
      ],
    ],
    [
      'the one organ of a list of reports, then a difference against another report',
      [
        ['你这里有沐阳的报告吗', { status: 'answered', facts: [] }],
        ['它的行政许可多少', { status: 'answered', facts: [[SHUYANG, 2025, LICENSING, 517645]] }],
        [
          '比淮安市2024年少多少',
          {
            status: 'answered',
            facts: [
              [SHUYANG, 2025, `${LICENSING}:difference`, 70417],
              [SHUYANG, 2025, LICENSING, 517645],
              [HUAIAN, 2024, LICENSING, 447228],
            ],
          },
        ],
      ],
    ],
    [
      'one figure of the last two turns, each with its breakdown, added',
      [
        ['龙岗区2022年行政复议多少', { status: 'answered', facts: [[LONGGANG, 2022, REVIEW, 15]] }],
        ['南山区2020年呢', { status: 'answered', facts: [[NANSHAN, 2020, REVIEW, 5]] }],
        [
          '两个一共多少',
          {
            status: 'answered',
            facts: [
              [LONGGANG, 2022, `${REVIEW}:sum`, 20],
              [LONGGANG, 2022, REVIEW, 15],
              [NANSHAN, 2020, REVIEW, 5],
            ],
          },
        ],
      ],
    ],
    [
      'three organs of two turns, added',
      [
        [
          '2020年深圳的部门收到多少申请',
          {
            status: 'answered',
            facts: [
              [LONGGANG_DRC, 2020, RECEIVED, 4],
              [LONGHUA_DATA, 2020, RECEIVED, 1],
            ],
          },
        ],
        ['区政府呢', { status: 'answered', facts: [[NANSHAN, 2020, RECEIVED, 262]] }],
        [
          '三个合起来',
          {
            status: 'answered',
            facts: [
              [LONGGANG_DRC, 2020, `${RECEIVED}:sum`, 267],
              [LONGGANG_DRC, 2020, RECEIVED, 4],
              [LONGHUA_DATA, 2020, RECEIVED, 1],
              [NANSHAN, 2020, RECEIVED, 262],
            ],
          },
        ],
      ],
    ],
    [
      '它 after two organs is asked back, never one of them answered',
      [
        [
          '洪泽区和淮安市2024年收到申请分别多少',
          {
            status: 'answered',
            facts: [
              [HONGZE, 2024, RECEIVED, 95],
              [HUAIAN, 2024, RECEIVED, 3119],
            ],
          },
        ],
        ['它的行政复议多少', { status: 'clarify', facts: [] }],
      ],
    ],
    [
      'English: it is the agency the ranking named',
      [
        [
          'Which agency received the most requests in 2024?',
          { status: 'answered', facts: [[HUAIAN, 2024, RECEIVED, 3119]] },
        ],
        ['How many lawsuits did it have?', { status: 'answered', facts: [[HUAIAN, 2024, LITIGATION, 46]] }],
      ],
    ],
    [
      'a sub-row, then its share of the group it is a row of, then another report',
      [
        [
          '淮安市2024年不予公开多少件',
          { status: 'answered', facts: [[HUAIAN, 2024, 'applications.denied.total', 178]] },
        ],
        ['其中行政查询事项的', { status: 'answered', facts: [[HUAIAN, 2024, QUERY_DENIED, 105]] }],
        [
          '占不予公开的多少',
          {
            status: 'answered',
            facts: [
              [HUAIAN, 2024, QUERY_DENIED, 105],
              [HUAIAN, 2024, 'applications.denied.total', 178],
              [HUAIAN, 2024, `${QUERY_DENIED}:share`, 59],
            ],
          },
        ],
        [
          '换沐阳县2025年看看',
          {
            status: 'answered',
            facts: [
              [SHUYANG, 2025, QUERY_DENIED, 9],
              [SHUYANG, 2025, 'applications.denied.total', 32],
              [SHUYANG, 2025, `${QUERY_DENIED}:share`, 28.1],
            ],
          },
        ],
      ],
    ],
    [
      'the year before a year the store lacks says so',
      [
        ['南山区2020年行政诉讼', { status: 'answered', facts: [[NANSHAN, 2020, LITIGATION, 4]] }],
        ['上一年呢', { status: 'no_data', facts: [], saysMissing: true }],
      ],
    ],
  ])('%s', async (_name, turns) => {
    await converse(turns);
  });
});
