// Follow-ups that take the figure, organ or year the last answer stated: the share of the figure just read
// (占比多少 after 其中…, 这个占总计的多少), its change from the year before (比前一年多多少), the organ a 第N名 named
// (它), the organs a list listed ranked among themselves (它们中哪个最多), and 该区 / 该市 only for an organ of that
// tier. Each conversation is one person in one room (room + sender); every reply's facts are checked exactly.
import { copyFile, mkdir, mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../src/answers/index.js';
import { type BotContext, handleQuestion, RESET_REPLY } from '../../src/bot/index.js';
import { createMemoryLogger } from '../../src/bot/logger.js';
import { openSampleStore, type Store } from '../../src/store/index.js';
import { type ExactAnswer, expectExactly, type StatedFact } from './exact-answer.js';
import { LONGGANG, LONGGANG_DRC, LONGHUA_DATA, NANSHAN } from './sample-store.js';

const HUAIAN = '淮安市人民政府';
const HONGZE = '淮安市洪泽区人民政府';
const SHUYANG = '沐阳县人民政府';
const DENIED = 'applications.denied.total';
const THIRD_PARTY = 'applications.denied.thirdParty.total';
const STATE_SECRET = 'applications.denied.stateSecret.total';
const UNAVAILABLE = 'applications.unavailable.total';
const NOT_HELD = 'applications.unavailable.notHeld.total';
const HANDLED = 'applications.total.total';
const RECEIVED = 'applications.newReceived.total';
const REVIEW = 'reviewLitigation.review.total';
const LITIGATION = 'reviewLitigation.litigation.total';

let opened: { store: Store; engine: Engine } | undefined;
beforeAll(async () => {
  // The samples and the real reports, 洪泽区 with two years (2023, 2024) so that 前一年 has a year to find.
  const dir = await mkdtemp(join(tmpdir(), 'nianbao-conversation-'));
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
const CLARIFY: ExactAnswer = { status: 'clarify', facts: [] };
const share = (org: string, year: number, part: string, value: number): StatedFact => [
  org,
  year,
  `${part}:share`,
  value,
];

let room = 0;
async function converse(turns: readonly Turn[]): Promise<void> {
  // One sender in one room, as a channel keys it.
  room += 1;
  const conversationId = `wecom:room${room}:alice`;
  for (const [question, expected] of turns)
    await expectExactly(opened?.engine as Engine, question, expected, conversationId);
}

describe('the share of the figure just stated', () => {
  it.each<[string, readonly Turn[]]>([
    [
      'a sub-row after its group: of the group just read (7 of 30)',
      [
        ['龙岗区2022年不予公开多少', answered([LONGGANG, 2022, DENIED, 30])],
        ['其中第三方权益的', answered([LONGGANG, 2022, THIRD_PARTY, 7])],
        [
          '占比多少',
          answered(
            [LONGGANG, 2022, THIRD_PARTY, 7],
            [LONGGANG, 2022, DENIED, 30],
            share(LONGGANG, 2022, THIRD_PARTY, 23.3),
          ),
        ],
      ],
    ],
    [
      'in Traditional, of the group just read (2 of 178)',
      [
        ['淮安市2024年不予公開多少', answered([HUAIAN, 2024, DENIED, 178])],
        ['其中國家秘密的', answered([HUAIAN, 2024, STATE_SECRET, 2])],
        [
          '佔比多少',
          answered(
            [HUAIAN, 2024, STATE_SECRET, 2],
            [HUAIAN, 2024, DENIED, 178],
            share(HUAIAN, 2024, STATE_SECRET, 1.1),
          ),
        ],
      ],
    ],
    [
      '里头 says 其中 in speech: the sub-row of the group just read (7 of 30)',
      [
        ['龙岗区2022年不予公开多少', answered([LONGGANG, 2022, DENIED, 30])],
        ['里头第三方权益的有几件', answered([LONGGANG, 2022, THIRD_PARTY, 7])],
      ],
    ],
    [
      '占总计 names every request handled, whatever group came before (111 of 718)',
      [
        ['沐阳县2025年无法提供多少', answered([SHUYANG, 2025, UNAVAILABLE, 113])],
        ['其中本机关不掌握的', answered([SHUYANG, 2025, NOT_HELD, 111])],
        [
          '这个占总计的多少',
          answered([SHUYANG, 2025, NOT_HELD, 111], [SHUYANG, 2025, HANDLED, 718], share(SHUYANG, 2025, NOT_HELD, 15.5)),
        ],
      ],
    ],
    [
      'a sub-row asked alone: which whole is asked back, and the whole named then is its share',
      [
        ['龙岗区2022年第三方权益的有多少', answered([LONGGANG, 2022, THIRD_PARTY, 7])],
        ['占比多少', CLARIFY],
        [
          '不予公开的',
          answered(
            [LONGGANG, 2022, THIRD_PARTY, 7],
            [LONGGANG, 2022, DENIED, 30],
            share(LONGGANG, 2022, THIRD_PARTY, 23.3),
          ),
        ],
      ],
    ],
    [
      'the whole chosen written with 占',
      [
        ['龙岗区2022年第三方权益的有多少', answered([LONGGANG, 2022, THIRD_PARTY, 7])],
        ['占比多少', CLARIFY],
        [
          '占办理结果总计的多少',
          answered(
            [LONGGANG, 2022, THIRD_PARTY, 7],
            [LONGGANG, 2022, HANDLED, 535],
            share(LONGGANG, 2022, THIRD_PARTY, 1.3),
          ),
        ],
      ],
    ],
    // Trap: the group was read for another organ; a new organ named resets it, so the whole is asked back.
    [
      'a group read for another organ is no whole of this one',
      [
        ['淮安市2024年不予公开多少', answered([HUAIAN, 2024, DENIED, 178])],
        ['其中国家秘密的', answered([HUAIAN, 2024, STATE_SECRET, 2])],
        ['南山区2020年的呢', answered([NANSHAN, 2020, STATE_SECRET, 0])],
        ['占比多少', CLARIFY],
      ],
    ],
  ])('%s', async (_name, turns) => converse(turns));
});

describe('a whole written after 占 or before 里 / 中', () => {
  const QUERY_DENIED = 'applications.denied.query.total';
  const thirdPartyOfDenied = answered(
    [LONGGANG, 2022, THIRD_PARTY, 7],
    [LONGGANG, 2022, DENIED, 30],
    share(LONGGANG, 2022, THIRD_PARTY, 23.3),
  );
  it.each<[string, readonly Turn[]]>([
    ['占 + the group', [['龙岗区2022年第三方权益占不予公开的比例', thirdPartyOfDenied]]],
    ['the group + 里', [['龙岗区2022年不予公开里第三方权益的占比', thirdPartyOfDenied]]],
    ['the group + 当中', [['龙岗区2022年不予公开当中第三方权益的占比', thirdPartyOfDenied]]],
    [
      '占其 + the whole, after the figure',
      [
        ['淮安市2024年行政查询事项有多少', answered([HUAIAN, 2024, QUERY_DENIED, 105])],
        [
          '占其不予公开的多少',
          answered(
            [HUAIAN, 2024, QUERY_DENIED, 105],
            [HUAIAN, 2024, DENIED, 178],
            share(HUAIAN, 2024, QUERY_DENIED, 59),
          ),
        ],
      ],
    ],
  ])('%s', async (_name, turns) => converse(turns));
});

describe("an organ's share of the figures just added or listed", () => {
  const sum = (org: string, year: number, metric: string, value: number): StatedFact => [
    org,
    year,
    `${metric}:sum`,
    value,
  ];
  const LICENSING = 'activeDisclosure.licensing.decisions';
  it.each<[string, readonly Turn[]]>([
    [
      'after a ranking of every organ: 95 of 3,119 + 95; another organ alone then is its share of the same sum',
      [
        ['2024年各单位收到多少申请', answered([HUAIAN, 2024, RECEIVED, 3119], [HONGZE, 2024, RECEIVED, 95])],
        [
          '洪泽区的占多少',
          {
            ...answered(
              [HONGZE, 2024, RECEIVED, 95],
              sum(HONGZE, 2024, RECEIVED, 3214),
              share(HONGZE, 2024, RECEIVED, 3),
            ),
            says: ['占淮安市洪泽区人民政府、淮安市人民政府 2024年 收到政府信息公开申请合计 3,214 件 的 3%'],
          },
        ],
        [
          '淮安市呢',
          answered(
            [HUAIAN, 2024, RECEIVED, 3119],
            sum(HUAIAN, 2024, RECEIVED, 3214),
            share(HUAIAN, 2024, RECEIVED, 97),
          ),
        ],
      ],
    ],
    [
      'after a sum of three: 8,759 of 8,771',
      [
        [
          '2020年三个单位的行政许可决定各是多少',
          answered(
            [NANSHAN, 2020, LICENSING, 8759],
            [LONGGANG_DRC, 2020, LICENSING, 12],
            [LONGHUA_DATA, 2020, LICENSING, 0],
          ),
        ],
        [
          '它们加起来',
          answered(
            sum(NANSHAN, 2020, LICENSING, 8771),
            [NANSHAN, 2020, LICENSING, 8759],
            [LONGGANG_DRC, 2020, LICENSING, 12],
            [LONGHUA_DATA, 2020, LICENSING, 0],
          ),
        ],
        [
          '南山区占多少',
          answered(
            [NANSHAN, 2020, LICENSING, 8759],
            sum(NANSHAN, 2020, LICENSING, 8771),
            share(NANSHAN, 2020, LICENSING, 99.9),
          ),
        ],
      ],
    ],
    // Traps: a ranking that listed one organ states no whole: said so, the organ's figure never stated alone.
    [
      'after 最多 (one organ listed) no share of a sum, and no figure alone',
      [
        ['2020年哪个单位收到申请最多', answered([NANSHAN, 2020, RECEIVED, 262])],
        ['龙岗区发改局的占多少', { ...CLARIFY, says: ['只列出了', NANSHAN] }],
      ],
    ],
    [
      'after 前两名 (of three): of the two listed, never 南山区 alone',
      [
        ['2020年收到申请前两名', answered([NANSHAN, 2020, RECEIVED, 262], [LONGGANG_DRC, 2020, RECEIVED, 4])],
        [
          '南山区占多少',
          answered(
            [NANSHAN, 2020, RECEIVED, 262],
            sum(NANSHAN, 2020, RECEIVED, 266),
            share(NANSHAN, 2020, RECEIVED, 98.5),
          ),
        ],
      ],
    ],
  ])('%s', async (_name, turns) => converse(turns));
});

const HONGZE_RECEIVED_CHANGE: StatedFact[] = [
  [HONGZE, 2023, RECEIVED, 21],
  [HONGZE, 2024, RECEIVED, 95],
  [HONGZE, 2024, `${RECEIVED}:change`, 74],
  [HONGZE, 2024, `${RECEIVED}:changePercent`, 352.4],
];

describe('the change from the year before or after', () => {
  it.each<[string, readonly Turn[]]>([
    [
      '比前一年多多少: 21 → 95',
      [
        ['洪泽区2024年收到多少申请', answered([HONGZE, 2024, RECEIVED, 95])],
        ['比前一年多多少', answered(...HONGZE_RECEIVED_CHANGE)],
      ],
    ],
    [
      '比后一年少多少: 0 → 4',
      [
        ['洪泽区2023年行政诉讼多少', answered([HONGZE, 2023, LITIGATION, 0])],
        [
          '比后一年少多少',
          answered(
            [HONGZE, 2023, LITIGATION, 0],
            [HONGZE, 2024, LITIGATION, 4],
            [HONGZE, 2024, `${LITIGATION}:change`, 4],
          ),
        ],
      ],
    ],
    [
      '它 after 第二名: the organ at second place, in its year',
      [
        ['2024年哪个单位行政复议最多', answered([HUAIAN, 2024, REVIEW, 351])],
        ['第二名呢', answered([HUAIAN, 2024, REVIEW, 351], [HONGZE, 2024, REVIEW, 2])],
        [
          '它比前一年多多少',
          answered([HONGZE, 2023, REVIEW, 0], [HONGZE, 2024, REVIEW, 2], [HONGZE, 2024, `${REVIEW}:change`, 2]),
        ],
      ],
    ],
    [
      'two figures of one report: each its own change, never the one minus the other',
      [
        ['洪泽区2024年行政复议和行政诉讼多少', answered([HONGZE, 2024, REVIEW, 2], [HONGZE, 2024, LITIGATION, 4])],
        [
          '比前一年多多少',
          answered(
            [HONGZE, 2023, REVIEW, 0],
            [HONGZE, 2024, REVIEW, 2],
            [HONGZE, 2024, `${REVIEW}:change`, 2],
            [HONGZE, 2023, LITIGATION, 0],
            [HONGZE, 2024, LITIGATION, 4],
            [HONGZE, 2024, `${LITIGATION}:change`, 4],
          ),
        ],
      ],
    ],
    [
      '比2023年多多少: the year written',
      [
        ['洪泽区2024年行政复议多少', answered([HONGZE, 2024, REVIEW, 2])],
        [
          '比2023年多多少',
          answered([HONGZE, 2023, REVIEW, 0], [HONGZE, 2024, REVIEW, 2], [HONGZE, 2024, `${REVIEW}:change`, 2]),
        ],
      ],
    ],
    [
      '涨了多少 after 前一年呢: between the two years just read, not the year before the last',
      [
        ['洪泽区2024年收到多少申请', answered([HONGZE, 2024, RECEIVED, 95])],
        ['前一年呢', answered([HONGZE, 2023, RECEIVED, 21])],
        ['涨了多少', answered(...HONGZE_RECEIVED_CHANGE)],
      ],
    ],
    [
      '跟前一年比呢: the change too',
      [
        ['洪泽区2024年收到多少申请', answered([HONGZE, 2024, RECEIVED, 95])],
        ['跟前一年比呢', answered(...HONGZE_RECEIVED_CHANGE)],
      ],
    ],
    // Trap: 南山区 holds no 2019 report; the year before is said missing, never another year.
    [
      'a year the organ lacks is said missing',
      [
        ['南山区2020年收到多少申请', answered([NANSHAN, 2020, RECEIVED, 262])],
        ['比前一年多多少', { status: 'no_data', facts: [], saysMissing: true, says: ['2019年'] }],
      ],
    ],
  ])('%s', async (_name, turns) => converse(turns));
});

describe('the organs the last answer named', () => {
  it.each<[string, readonly Turn[]]>([
    [
      '它 after 第二名是谁 is the second, not the first',
      [
        ['2020年哪个单位收到申请最多', answered([NANSHAN, 2020, RECEIVED, 262])],
        ['第二名是谁', answered([NANSHAN, 2020, RECEIVED, 262], [LONGGANG_DRC, 2020, RECEIVED, 4])],
        ['它的行政复议呢', answered([LONGGANG_DRC, 2020, REVIEW, 0])],
      ],
    ],
    [
      '它们中哪个最多 ranks the two listed, not every 2020 report; 最少的呢 the same two',
      [
        [
          '龙华数据局和龙岗区发改局2020年收到多少申请',
          answered([LONGHUA_DATA, 2020, RECEIVED, 1], [LONGGANG_DRC, 2020, RECEIVED, 4]),
        ],
        ['它们中哪个最多', { ...answered([LONGGANG_DRC, 2020, RECEIVED, 4]), says: ['共比较 2 份报告'] }],
        ['最少的呢', { ...answered([LONGHUA_DATA, 2020, RECEIVED, 1]), says: ['共比较 2 份报告'] }],
      ],
    ],
    [
      '该区 after a district is that district; 该市 after it is asked back',
      [
        ['洪泽区2024年行政复议多少', answered([HONGZE, 2024, REVIEW, 2])],
        ['该区的行政诉讼呢', answered([HONGZE, 2024, LITIGATION, 4])],
        ['该市呢', { ...CLARIFY, says: [HUAIAN] }],
      ],
    ],
    [
      '该区 after a city is asked back, offering its districts',
      [
        ['淮安市2024年收到多少申请', answered([HUAIAN, 2024, RECEIVED, 3119])],
        ['该区的行政复议呢', { ...CLARIFY, says: [HONGZE] }],
        ['该市的行政诉讼呢', answered([HUAIAN, 2024, LITIGATION, 46])],
      ],
    ],
    [
      'the organ named after 该区 was asked back gets the question asked (行政复议), not the figure before it',
      [
        ['淮安市2024年收到多少申请', answered([HUAIAN, 2024, RECEIVED, 3119])],
        ['该区的行政复议呢', { ...CLARIFY, says: [HONGZE] }],
        ['洪泽区', answered([HONGZE, 2024, REVIEW, 2])],
      ],
    ],
    [
      'the organ named after 它 was asked back (two organs) gets the question asked',
      [
        [
          '南山区和龙岗区发改局2020年收到多少申请',
          answered([NANSHAN, 2020, RECEIVED, 262], [LONGGANG_DRC, 2020, RECEIVED, 4]),
        ],
        ['它的行政复议呢', CLARIFY],
        ['南山区的', answered([NANSHAN, 2020, REVIEW, 5])],
      ],
    ],
  ])('%s', async (_name, turns) => converse(turns));

  it('这俩 is the two figures just stated: 26 − 20', async () => {
    await converse([
      ['淮安市2024年直接起诉的行政诉讼有多少', answered([HUAIAN, 2024, 'reviewLitigation.litigationDirect.total', 26])],
      ['那复议后再起诉的呢', answered([HUAIAN, 2024, 'reviewLitigation.litigationAfterReview.total', 20])],
      [
        '这俩差几件',
        answered(
          [HUAIAN, 2024, 'reviewLitigation.litigationDirect.total:difference', 6],
          [HUAIAN, 2024, 'reviewLitigation.litigationDirect.total', 26],
          [HUAIAN, 2024, 'reviewLitigation.litigationAfterReview.total', 20],
        ),
      ],
    ]);
  });

  it('two organs named with 哪个最多 are ranked between themselves (not 南山区, which neither is)', async () => {
    await expectExactly(opened?.engine as Engine, '龙华数据局和龙岗区发改局2020年哪个收到申请最多', {
      ...answered([LONGGANG_DRC, 2020, RECEIVED, 4]),
      says: ['共比较 2 份报告'],
    });
  });
});

describe('per person in a room, through the bot', () => {
  const ask = async (text: string, sender: string): Promise<string> => {
    const said: string[] = [];
    const ctx: BotContext = {
      channel: 'wecom',
      conversationId: `wecom:room-share:${sender}`,
      place: 'wecom:room-share',
      trigger: 'mention',
      text,
      reply: async (reply) => void said.push(reply),
      replyToAsker: async (reply) => void said.push(reply),
    };
    await handleQuestion(ctx, { engine: opened?.engine as Engine, logger: createMemoryLogger() });
    return said.join('\n');
  };

  it("one person's 占比多少 takes their own last figures; 重新开始 clears them", async () => {
    await ask('龙岗区2022年不予公开多少', 'alice');
    await ask('其中第三方权益的', 'alice');
    await ask('洪泽区2024年收到多少申请', 'bob');
    expect(await ask('占比多少', 'alice')).toContain('占不予公开 30 件 的 23.3%');
    expect(await ask('比前一年多多少', 'bob')).toContain('变化 +74 件');
    expect(await ask('重新开始', 'alice')).toBe(RESET_REPLY);
    expect(await ask('占比多少', 'alice')).not.toMatch(/\d+(\.\d+)?%/u);
  });
});

describe('a share asked right after a difference of two organs', () => {
  const ratio = (org: string, year: number, value: number): StatedFact => [org, year, `${RECEIVED}:ratio`, value];
  const difference: Turn = [
    '淮安市2024年收到的申请比南山区2020年多多少',
    answered(
      [HUAIAN, 2024, `${RECEIVED}:difference`, 2857],
      [HUAIAN, 2024, RECEIVED, 3119],
      [NANSHAN, 2020, RECEIVED, 262],
    ),
  ];
  it.each<[string, readonly Turn[]]>([
    [
      '占淮安市的 is the other organ of 淮安市 (262 of 3,119), never 淮安市 alone nor the difference of it',
      [
        difference,
        [
          '占淮安市的百分之几',
          {
            ...answered(ratio(NANSHAN, 2020, 8.4), [NANSHAN, 2020, RECEIVED, 262], [HUAIAN, 2024, RECEIVED, 3119]),
            says: [
              '沿用上一问：深圳市南山区人民政府 2020年',
              '深圳市南山区人民政府 2020年 是 淮安市人民政府 2024年 的 8.4%',
            ],
          },
        ],
      ],
    ],
    [
      '占南山区的 is 淮安市 of 南山区 (3,119 of 262), where it was no data',
      [
        difference,
        [
          '占南山区的百分之几',
          answered(ratio(HUAIAN, 2024, 11.9), [HUAIAN, 2024, RECEIVED, 3119], [NANSHAN, 2020, RECEIVED, 262]),
        ],
      ],
    ],
    [
      '占多少 naming neither asks back with both organ-years, and the conversation stays at the difference',
      [
        difference,
        ['占多少', { ...CLARIFY, says: ['淮安市人民政府 2024年', '深圳市南山区人民政府 2020年'] }],
        [
          '占淮安市的百分之几',
          answered(ratio(NANSHAN, 2020, 8.4), [NANSHAN, 2020, RECEIVED, 262], [HUAIAN, 2024, RECEIVED, 3119]),
        ],
      ],
    ],
    [
      'in English too: what share is that? asks which of the two',
      [
        ['How many more requests did Huaian get in 2024 than Nanshan in 2020?', difference[1]],
        ['what share is that?', { ...CLARIFY, says: ['A share of which of the two?'] }],
      ],
    ],
    [
      'one organ in two years: 占2023年的 is 2024 of 2023 (95 of 21), 占多少 asks which year',
      [
        [
          '洪泽区2024年收到申请比2023年多多少',
          answered(
            [HONGZE, 2023, RECEIVED, 21],
            [HONGZE, 2024, RECEIVED, 95],
            [HONGZE, 2024, `${RECEIVED}:change`, 74],
            [HONGZE, 2024, `${RECEIVED}:changePercent`, 352.4],
          ),
        ],
        [
          '占2023年的百分之几',
          answered(ratio(HONGZE, 2024, 4.52), [HONGZE, 2024, RECEIVED, 95], [HONGZE, 2023, RECEIVED, 21]),
        ],
        ['占多少', { ...CLARIFY, says: ['淮安市洪泽区人民政府 2024年', '淮安市洪泽区人民政府 2023年'] }],
      ],
    ],
    [
      'two organs of one year: 龙岗区发改局 of 南山区 (4 of 262)',
      [
        [
          '南山区2020年收到申请比龙岗区发展和改革局2020年多多少',
          answered(
            [NANSHAN, 2020, `${RECEIVED}:difference`, 258],
            [NANSHAN, 2020, RECEIVED, 262],
            [LONGGANG_DRC, 2020, RECEIVED, 4],
          ),
        ],
        [
          '占南山区的百分之几',
          answered(
            [LONGGANG_DRC, 2020, `${RECEIVED}:ratio`, 1.5],
            [LONGGANG_DRC, 2020, RECEIVED, 4],
            [NANSHAN, 2020, RECEIVED, 262],
          ),
        ],
      ],
    ],
  ])('%s', async (_name, turns) => converse(turns));
});

describe("an organ's share after a ranking", () => {
  const sum = (org: string, year: number, value: number): StatedFact => [org, year, `${RECEIVED}:sum`, value];
  it.each<[string, readonly Turn[]]>([
    [
      '前两名 then 南山区的占多少: of the two places listed (262 of 266), the whole naming them',
      [
        ['2020年收到申请前两名', answered([NANSHAN, 2020, RECEIVED, 262], [LONGGANG_DRC, 2020, RECEIVED, 4])],
        [
          '南山区的占多少',
          {
            ...answered([NANSHAN, 2020, RECEIVED, 262], sum(NANSHAN, 2020, 266), share(NANSHAN, 2020, RECEIVED, 98.5)),
            says: ['占深圳市南山区人民政府、深圳市龙岗区发展和改革局 2020年 收到政府信息公开申请合计 266 件 的 98.5%'],
          },
        ],
      ],
    ],
    [
      '它占多少 after a whole ranking: the organ pointed at of all three (262 of 267)',
      [
        [
          '2020年各单位收到申请排名',
          answered(
            [NANSHAN, 2020, RECEIVED, 262],
            [LONGGANG_DRC, 2020, RECEIVED, 4],
            [LONGHUA_DATA, 2020, RECEIVED, 1],
          ),
        ],
        [
          '南山区的占多少',
          answered([NANSHAN, 2020, RECEIVED, 262], sum(NANSHAN, 2020, 267), share(NANSHAN, 2020, RECEIVED, 98.1)),
        ],
        [
          '它占多少',
          answered([NANSHAN, 2020, RECEIVED, 262], sum(NANSHAN, 2020, 267), share(NANSHAN, 2020, RECEIVED, 98.1)),
        ],
      ],
    ],
    [
      '它占多少 / 南山区的占多少 after 最多 (one organ listed) say there is no whole, never its 262 alone',
      [
        ['2020年哪个单位收到申请最多', answered([NANSHAN, 2020, RECEIVED, 262])],
        ['它占多少', { ...CLARIFY, says: ['只列出了', NANSHAN] }],
        ['南山区的占多少', { ...CLARIFY, says: ['只列出了'] }],
      ],
    ],
    [
      'what share is that? after the most, in English',
      [
        ['Which organ received the most requests in 2020?', answered([NANSHAN, 2020, RECEIVED, 262])],
        ['what share is that?', { ...CLARIFY, says: ['The last ranking listed only'] }],
      ],
    ],
  ])('%s', async (_name, turns) => converse(turns));
});

describe('a follow-up after a ranking, and in the language of the conversation', () => {
  it.each<[string, readonly Turn[]]>([
    [
      '龙岗区呢 after a 2020 ranking, 龙岗区 holding 2022 only: its 2022 figure, the year said (was no data)',
      [
        ['2020年哪个单位收到申请最多', answered([NANSHAN, 2020, RECEIVED, 262])],
        ['龙岗区呢', { ...answered([LONGGANG, 2022, RECEIVED, 552]), says: ['使用该单位最新的 2022 年报告'] }],
      ],
    ],
    [
      '龙岗区发改局呢 after the same ranking holds 2020: its place in it, in the ranked year',
      [
        ['2020年哪个单位收到申请最多', answered([NANSHAN, 2020, RECEIVED, 262])],
        ['龙岗区发改局呢', { ...answered([LONGGANG_DRC, 2020, RECEIVED, 4]), says: ['排第 2 位'] }],
      ],
    ],
    [
      'what about Longgang? then 2022? alone: English replies, notes included',
      [
        ['Which organ received the most requests in 2020?', answered([NANSHAN, 2020, RECEIVED, 262])],
        [
          'what about Longgang?',
          { ...answered([LONGGANG, 2022, RECEIVED, 552]), says: ['using the latest report, 2022'] },
        ],
        [
          '2022?',
          { ...answered([LONGGANG, 2022, RECEIVED, 552]), says: ['as in your last question'], saysNot: ['沿用'] },
        ],
      ],
    ],
    [
      'a year alone after a Chinese question stays Chinese',
      [
        ['洪泽区2024年收到多少申请', answered([HONGZE, 2024, RECEIVED, 95])],
        ['2023?', { ...answered([HONGZE, 2023, RECEIVED, 21]), says: ['沿用上一问'] }],
      ],
    ],
  ])('%s', async (_name, turns) => converse(turns));
});

describe('a share of a sum after two organs’ figures', () => {
  it.each<[string, readonly Turn[]]>([
    [
      '合计占比 / 两个加起来占多少 ask which part, naming both; 南山区的占多少 then is 262 of 814',
      [
        [
          '南山区2020年和龙岗区2022年收到的申请各多少',
          answered([NANSHAN, 2020, RECEIVED, 262], [LONGGANG, 2022, RECEIVED, 552]),
        ],
        ['合计占比', { ...CLARIFY, says: ['深圳市南山区人民政府 2020年', '深圳市龙岗区人民政府 2022年'] }],
        ['两个加起来占多少', { ...CLARIFY, says: ['某单位的占多少'] }],
        [
          '南山区的占多少',
          answered(
            [NANSHAN, 2020, RECEIVED, 262],
            [NANSHAN, 2020, `${RECEIVED}:sum`, 814],
            share(NANSHAN, 2020, RECEIVED, 32.2),
          ),
        ],
      ],
    ],
    [
      'after one organ’s figure 合计占比 stays not understood, never a share of one',
      [
        ['洪泽区2024年收到多少申请', answered([HONGZE, 2024, RECEIVED, 95])],
        ['合计占比', { status: 'not_understood', facts: [] }],
      ],
    ],
  ])('%s', async (_name, turns) => converse(turns));
});

describe('every organ asked after one organ’s figure', () => {
  it.each<[string, readonly Turn[]]>([
    [
      '这些单位一共 after 南山区 inherits no organ: every organ, whose years differ, so the year is asked',
      [
        ['南山区2020年收到多少申请', answered([NANSHAN, 2020, RECEIVED, 262])],
        [
          '这些单位一共收到多少申请',
          { ...CLARIFY, says: ['请指明年份', LONGGANG], saysNot: ['沿用上一问'], saysMissing: true },
        ],
      ],
    ],
    [
      'these agencies after Nanshan: every organ too, never Nanshan’s figure as a total',
      [
        ['Nanshan 2020 requests received', answered([NANSHAN, 2020, RECEIVED, 262])],
        [
          'how many did these agencies receive in total?',
          { ...CLARIFY, says: ['please name the years'], saysNot: ['as in your last question'], saysMissing: true },
        ],
      ],
    ],
    [
      '所有单位 / all organs after one organ inherit nothing',
      [
        ['南山区2020年收到多少申请', answered([NANSHAN, 2020, RECEIVED, 262])],
        ['所有单位一共收到多少申请', { ...CLARIFY, saysNot: ['沿用上一问'], saysMissing: true }],
        ['how many requests did all organs receive in total?', { ...CLARIFY, saysNot: ['as in your last question'] }],
      ],
    ],
  ])('%s', async (_name, turns) => converse(turns));
});
