// Follow-ups that move the conversation's year, and what a follow-up takes after a turn with no data: 最新一年呢 /
// 最早那年呢 are the organ's own latest and earliest reports (never the store's latest year nor the year of the
// last question), "the year before" alone moves the year, and a follow-up after one that found no report takes
// the last answered turn's organ and year, saying so. Every reply's facts are checked exactly.
import { copyFile, mkdir, mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../src/answers/index.js';
import { openSampleStore, type Store } from '../../src/store/index.js';
import { type ExactAnswer, expectExactly, type StatedFact } from './exact-answer.js';
import { LONGGANG, LONGGANG_DRC, NANSHAN } from './sample-store.js';

const HONGZE = '淮安市洪泽区人民政府';
const HUAIAN = '淮安市人民政府';
const SHUYANG = '沐阳县人民政府';
const PENALTY = 'activeDisclosure.punishment.decisions';
const LITIGATION = 'reviewLitigation.litigation.total';
const RECEIVED = 'applications.newReceived.total';

let opened: { store: Store; engine: Engine } | undefined;
beforeAll(async () => {
  // The samples and the real reports: 洪泽区 holds 2023 and 2024, the store's latest year is 沐阳县's 2025.
  const dir = await mkdtemp(join(tmpdir(), 'nianbao-follow-up-years-'));
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
  opened = { store, engine: createEngine({ store }) };
}, 60_000);
afterAll(async () => opened?.store.close());

type Turn = readonly [question: string, expected: ExactAnswer];
const answered = (...facts: StatedFact[]): ExactAnswer => ({ status: 'answered', facts });
const NO_DATA: ExactAnswer = { status: 'no_data', facts: [], saysMissing: true };
const HONGZE_2023: StatedFact = [HONGZE, 2023, PENALTY, 4119];
const HONGZE_2024: StatedFact = [HONGZE, 2024, PENALTY, 2776];

let room = 0;
async function converse(turns: readonly Turn[]): Promise<void> {
  room += 1;
  for (const [question, expected] of turns)
    await expectExactly(opened?.engine as Engine, question, expected, `cli:years${room}:alice`);
}

describe("the organ's latest and earliest report", () => {
  it.each<[string, readonly Turn[]]>([
    [
      '最新一年呢 after 2023 is 洪泽区 2024, not the store’s 2025',
      [
        ['洪泽区2023年行政处罚多少', answered(HONGZE_2023)],
        ['最新一年呢', { ...answered(HONGZE_2024), says: ['沿用上一问：淮安市洪泽区人民政府）'], saysNot: ['2025'] }],
        ['最早那年呢', answered(HONGZE_2023)],
      ],
    ],
    [
      '洪泽区最新一年呢 names the organ and no year: its 2024, never the last question’s 2023',
      [
        ['洪泽区2023年行政处罚多少', answered(HONGZE_2023)],
        ['洪泽区最新一年呢', { ...answered(HONGZE_2024), saysNot: ['沿用上一问'] }],
      ],
    ],
    [
      '最早那年呢 of two organs: each one’s earliest report',
      [
        ['洪泽区和淮安市2024年行政诉讼各多少', answered([HONGZE, 2024, LITIGATION, 4], [HUAIAN, 2024, LITIGATION, 46])],
        ['最早那年呢', answered([HONGZE, 2023, LITIGATION, 0], [HUAIAN, 2024, LITIGATION, 46])],
      ],
    ],
    [
      '换成去年 counts back from the store’s latest year and says so',
      [
        ['洪泽区2023年行政处罚多少', answered(HONGZE_2023)],
        ['换成去年', { ...answered(HONGZE_2024), says: ['按库中最新的 2025 年度推算，指 2024年'] }],
      ],
    ],
    [
      'the year before, alone, moves the year',
      [
        ['Hongze 2024 administrative penalties', answered(HONGZE_2024)],
        ['and the year before?', { ...answered(HONGZE_2023), says: ['as in your last question'] }],
        ['what about the latest year?', answered(HONGZE_2024)],
      ],
    ],
  ])('%s', async (_name, turns) => converse(turns));

  it('最早一年 across organs is the store’s earliest year, not a year counted back', async () => {
    await expectExactly(opened?.engine as Engine, '最早一年哪个单位收到申请最多', {
      ...answered([NANSHAN, 2020, RECEIVED, 262]),
      saysNot: ['推算'],
    });
  });
});

describe('after a follow-up that found no data', () => {
  it.each<[string, readonly Turn[]]>([
    [
      '那现行有效的呢 after 它前一年呢 (no 2024 report): 沐阳县 2025, said to come from the turn before',
      [
        [
          '沐阳县2025年行政规范性文件制发了几件',
          answered([SHUYANG, 2025, 'activeDisclosure.normativeDocuments.issued', 6]),
        ],
        ['它前一年呢', NO_DATA],
        [
          '那现行有效的呢',
          {
            ...answered([SHUYANG, 2025, 'activeDisclosure.normativeDocuments.inForce', 32]),
            says: ['上一问没有数据，沿用再前一问：沐阳县人民政府 2025年'],
          },
        ],
      ],
    ],
    [
      'in English',
      [
        ['Hongze 2024 administrative penalties', answered(HONGZE_2024)],
        ['what about 2022?', NO_DATA],
        [
          'administrative reviews?',
          {
            ...answered([HONGZE, 2024, 'reviewLitigation.review.total', 2]),
            says: ['your last question found no data; as in the one before'],
          },
        ],
      ],
    ],
    [
      'a follow-up that named its own organ is the context even with no data: 那2020年呢 is 南山区’s',
      [
        ['龙岗区2022年收到多少申请', answered([LONGGANG, 2022, RECEIVED, 552])],
        ['南山区的呢', NO_DATA],
        ['那2020年呢', answered([NANSHAN, 2020, RECEIVED, 262])],
      ],
    ],
    [
      'after 南山区的呢 found no 2022 report, the next turn about 南山区 takes its latest report, saying so',
      [
        ['龙岗区2022年收到多少申请', answered([LONGGANG, 2022, RECEIVED, 552])],
        ['南山区的呢', NO_DATA],
        ['南山的行政诉讼呢', { ...answered([NANSHAN, 2020, LITIGATION, 4]), says: ['使用该单位最新的 2020 年报告'] }],
      ],
    ],
    [
      '增减呢 after 2019 (no report) reads 发改局’s 2020 report',
      [
        ['龙岗区发改局2020年行政许可多少', answered([LONGGANG_DRC, 2020, 'activeDisclosure.licensing.decisions', 12])],
        ['前一年呢', NO_DATA],
        ['那2020年呢', answered([LONGGANG_DRC, 2020, 'activeDisclosure.licensing.decisions', 12])],
      ],
    ],
  ])('%s', async (_name, turns) => converse(turns));
});

describe('an operation on the years of two turns', () => {
  it('平均每年多少 after 洪泽区2023年行政处罚 → 2024年呢 averages the two years (4,119 and 2,776)', async () => {
    const engine = opened?.engine as Engine;
    const conversationId = 'cli:years-mean:alice';
    await engine.answer('洪泽区2023年行政处罚多少', { conversationId });
    await engine.answer('2024年呢', { conversationId });
    const answer = await engine.answer('平均每年多少', { conversationId });
    expect(
      answer.facts.map((fact) => fact.value),
      answer.answer,
    ).toEqual([3447.5, 6895, 4119, 2776]);
  });
});
