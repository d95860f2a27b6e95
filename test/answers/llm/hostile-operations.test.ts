// The model's structured query, played by the local stand-in, through the engine: a query naming the right organs,
// years and figures in an operation the question does not ask (a sum for 谁多, 最多 for 最少, every organ for 区县, one
// total for 申请人情况) is refused, and the reply is the rules' own with no number; the honest query for the same
// question is answered. Every question uses a word the rules cannot read (申请单子), so the model is asked.
import { describe, expect, it } from 'vitest';
import { EMPTY_QUERY, type Query } from '../../../src/answers/query.js';
import { useStandInEngine } from './stand-in-engine.js';
import type { StandInReply } from './stand-in-openai.js';

const setUp = useStandInEngine();

const LONGGANG = '深圳市龙岗区人民政府';
const NANSHAN = '深圳市南山区人民政府';
const RECEIVED: Query = { ...EMPTY_QUERY, metric: 'applications.newReceived.total' };
/** 龙岗区 2022 and 南山区 2020, each in its own year. */
const PAIRS: Query = {
  ...RECEIVED,
  organs: [LONGGANG, NANSHAN],
  pairs: [
    { organ: LONGGANG, year: 2022 },
    { organ: NANSHAN, year: 2020 },
  ],
};
const LONGGANG_2022: Query = { ...RECEIVED, organs: [LONGGANG], years: [2022] };
const IN_2020: Query = { ...RECEIVED, years: [2020] };

/** A question, the query an honest model fills for it, and hostile variants with the rejection each is logged with. */
interface Case {
  readonly question: string;
  readonly honest: Query;
  /** The honest query's status: a change of an organ with one report has no data to state. */
  readonly status?: string;
  readonly hostile: readonly (readonly [string, Partial<Query>, string])[];
}

const CASES: readonly Case[] = [
  {
    question: '龙岗那边22年和南山那边20年的公开申请单子一共来了几份',
    honest: { ...PAIRS, aggregation: 'sum' },
    hostile: [
      ['a sum made a difference', { aggregation: 'difference' }, 'does not ask for difference'],
      ['a sum made a ratio', { aggregation: 'ratio' }, 'does not ask for ratio'],
      ['a sum made the larger one', { aggregation: 'max' }, 'does not ask for max'],
      ['a sum made two values', { aggregation: 'value' }, 'does not ask for value'],
      ['a sum made a share', { aggregation: 'share' }, 'does not ask for share'],
    ],
  },
  {
    question: '龙岗那边22年的公开申请单子比南山那边20年多几份',
    honest: { ...PAIRS, aggregation: 'difference' },
    hostile: [
      ['a difference made a sum', { aggregation: 'sum' }, 'does not ask for sum'],
      ['a difference made a ratio', { aggregation: 'ratio' }, 'does not ask for ratio'],
      ['a difference made two values', { aggregation: 'value' }, 'does not ask for value'],
    ],
  },
  {
    question: '龙岗那边22年的公开申请单子是南山那边20年的几倍',
    honest: { ...PAIRS, aggregation: 'ratio' },
    hostile: [
      ['a ratio made a difference', { aggregation: 'difference' }, 'does not ask for difference'],
      ['a ratio made a sum', { aggregation: 'sum' }, 'does not ask for sum'],
    ],
  },
  {
    question: '龙岗那边22年和南山那边20年的公开申请单子谁多',
    honest: { ...PAIRS, aggregation: 'difference' },
    hostile: [
      ['which is more made a sum', { aggregation: 'sum' }, 'does not ask for sum'],
      ['which is more made a ratio', { aggregation: 'ratio' }, 'does not ask for ratio'],
      ['which is more made the fewer', { aggregation: 'min' }, 'does not ask for min'],
    ],
  },
  {
    question: '南山那边和龙岗那边的公开申请单子分别是多少',
    honest: { ...RECEIVED, organs: [NANSHAN, LONGGANG] },
    hostile: [
      ['each made a sum', { aggregation: 'sum' }, 'does not ask for sum'],
      ['each made a difference', { aggregation: 'difference' }, 'does not ask for difference'],
    ],
  },
  {
    question: '20年公开申请单子最少的是哪个单位',
    honest: { ...IN_2020, aggregation: 'min' },
    hostile: [
      ['最少 made 最多', { aggregation: 'max' }, 'does not ask for max'],
      ['最少 made the first of a ranking from the most', { aggregation: 'top', limit: 1 }, 'does not ask for top'],
      ['最少 made three of the fewest', { aggregation: 'bottom', limit: 3 }, 'lists 3 entries'],
      ['最少 made every organ with any', { aggregation: 'nonzero' }, 'does not ask for nonzero'],
    ],
  },
  {
    question: '20年公开申请单子排名倒数第一的单位',
    honest: { ...IN_2020, aggregation: 'min' },
    hostile: [['倒数第一 made 最多', { aggregation: 'max' }, 'does not ask for max']],
  },
  {
    question: '20年部门公开申请单子最少的两个',
    honest: { ...IN_2020, aggregation: 'bottom', limit: 2, level: 'department' },
    hostile: [
      ['the fewest two made the most two', { aggregation: 'top' }, 'does not ask for top'],
      ['two made three', { limit: 3 }, 'lists 3 entries where the question asks 2'],
      ['two made every one', { limit: null }, 'lists every entries where the question asks 2'],
      ['departments made every organ', { level: null }, "level (every organ) is not the question's department"],
      ['departments made governments', { level: 'government' }, "level government is not the question's department"],
    ],
  },
  {
    question: '20年区县公开申请单子从多到少',
    honest: { ...IN_2020, aggregation: 'top', level: 'county' },
    hostile: [
      ['区县 made every organ', { level: null }, "level (every organ) is not the question's county"],
      ['区县 made departments', { level: 'department' }, "level department is not the question's county"],
      ['区县 made districts only', { level: 'district' }, "level district is not the question's county"],
      ['从多到少 made 从少到多', { aggregation: 'bottom' }, 'does not ask for bottom'],
      ['every one made the first', { limit: 1 }, 'lists 1 entries where the question asks for no number'],
    ],
  },
  {
    question: '哪些单位没收到过公开申请单子',
    honest: { ...RECEIVED, aggregation: 'zero' },
    hostile: [
      ['those without made those with', { aggregation: 'nonzero' }, 'does not ask for nonzero'],
      ['those without made a ranking', { aggregation: 'top' }, 'does not ask for top'],
    ],
  },
  {
    question: '龙岗那边22年公开申请单子的申请人情况',
    honest: { ...LONGGANG_2022, breakdown: 'applicants' },
    hostile: [
      ['a breakdown made one total', { breakdown: null }, 'leaves out the breakdown applicants'],
      ['applicants made outcomes', { breakdown: 'outcomes' }, "breakdown outcomes is not the question's applicants"],
    ],
  },
  {
    question: '龙岗那边22年公开申请单子的明细',
    honest: { ...LONGGANG_2022, breakdown: 'detail' },
    hostile: [['a breakdown made one total', { breakdown: null }, 'leaves out the breakdown detail']],
  },
  {
    question: '龙岗那边22年的公开申请单子同比变化',
    honest: { ...LONGGANG_2022, aggregation: 'change' },
    status: 'no_data',
    hostile: [['a change made the year’s own figure', { aggregation: 'value' }, 'does not ask for value']],
  },
  {
    question: '龙岗那边22年来了几份公开申请单子',
    honest: LONGGANG_2022,
    hostile: [
      ['a lookup made a ranking of one', { aggregation: 'max' }, 'does not ask for max'],
      ['a lookup made a change', { aggregation: 'change' }, 'does not ask for change'],
      ['a lookup made a breakdown', { breakdown: 'outcomes' }, 'asks for no breakdown'],
      ['a lookup made a place among all', { aggregation: 'position' }, 'does not ask for position'],
    ],
  },
];

/** The stand-in answers query requests (they carry response_format) with `query`, phrasing requests with an error. */
function answerQueriesWith(query: Query): void {
  setUp.standIn.reply(
    (request): StandInReply =>
      request.response_format ? { content: JSON.stringify({ query }) } : { status: 503, message: 'no phrasing here' },
  );
}

const rejections = (): string[] => setUp.logged.filter((line) => line.startsWith('llm-understanding'));

describe("the model's query is run only in the operation the question asks", () => {
  it.each(CASES.map((entry) => [entry.question, entry] as const))(
    '%s: the honest query is answered',
    async (_, entry) => {
      answerQueriesWith(entry.honest);
      const answer = await setUp.engine.answer(entry.question);
      expect(rejections()).toEqual([]);
      expect(answer.status).toBe(entry.status ?? 'answered');
      if (entry.status === undefined) expect(answer.facts.length).toBeGreaterThan(0);
    },
  );

  const hostile = CASES.flatMap((entry) =>
    entry.hostile.map(
      ([name, change, reason]) => [name, entry.question, { ...entry.honest, ...change }, reason] as const,
    ),
  );

  it('plays at least 25 hostile operations', () => {
    expect(hostile.length).toBeGreaterThanOrEqual(25);
  });

  it.each(hostile)('%s (%s): no number, the rejection logged', async (_name, question, query, reason) => {
    answerQueriesWith(query);
    const answer = await setUp.engine.answer(question);
    expect(answer.facts).toEqual([]);
    expect(['clarify', 'not_understood']).toContain(answer.status);
    expect(answer.answer).not.toMatch(/552|262|814|290|\b1 件|\b4 件/u);
    expect(setUp.logged).toEqual([expect.stringContaining(`llm-understanding rejected: `)]);
    expect(setUp.logged[0]).toContain(reason);
  });
});
