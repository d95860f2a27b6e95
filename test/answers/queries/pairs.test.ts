// Organs each asked with its own year travel as organ–year pairs, never as the cross product of organs and years:
// 龙岗区2022年比南山区2020年 reads the 2022 report of one and the 2020 report of the other, with no false
// "没有…的报告" line for the two combinations nobody asked. A year written once (龙岗区2022年和南山区) or for all
// (龙岗区和南山区2020年) applies to every organ; pairs of one year are the same as that year for all. A pair may
// name its own figure (龙岗区2022年的行政复议和南山区2020年的行政诉讼): that figure of that report alone.
import { describe, expect, it } from 'vitest';
import { useSampleEngine } from '../sample-store.js';
import {
  LONGGANG,
  LONGGANG_DATA,
  LONGGANG_DRC,
  LONGHUA_DATA,
  METRIC,
  NANSHAN,
  runQueries,
  useSampleIndex,
} from './query-table.js';

const index = useSampleIndex();
const LONGGANG_2022_NANSHAN_2020 = [
  { organ: LONGGANG, year: 2022 },
  { organ: NANSHAN, year: 2020 },
];

describe('each organ with its own year', () => {
  runQueries(index, [
    [
      '龙岗区2022年和南山区2020年收到多少申请',
      { organs: [LONGGANG, NANSHAN], pairs: LONGGANG_2022_NANSHAN_2020, metric: METRIC.received },
    ],
    [
      '2022年龙岗区和2020年南山区的行政诉讼',
      { organs: [LONGGANG, NANSHAN], pairs: LONGGANG_2022_NANSHAN_2020, metric: METRIC.litigation },
    ],
    // 分别是 over two reports: each one's figure, not each one's parts.
    [
      '龙岗区2022年、南山区2020年的行政复议分别是多少',
      { organs: [LONGGANG, NANSHAN], pairs: LONGGANG_2022_NANSHAN_2020, metric: METRIC.review },
    ],
    [
      '龙岗区2022年、南山区2020年结转下年度的申请各多少',
      { organs: [LONGGANG, NANSHAN], pairs: LONGGANG_2022_NANSHAN_2020, metric: 'applications.carriedForward.total' },
    ],
    // A comparison of two pairs: both figures and their difference.
    [
      'Longgang 2022 vs Nanshan 2020 applications',
      {
        organs: [LONGGANG, NANSHAN],
        pairs: LONGGANG_2022_NANSHAN_2020,
        metric: METRIC.received,
        aggregation: 'difference',
      },
    ],
    [
      '龙岗区2022年比南山区2020年多多少',
      {
        organs: [LONGGANG, NANSHAN],
        pairs: LONGGANG_2022_NANSHAN_2020,
        metric: METRIC.received,
        aggregation: 'difference',
      },
    ],
    [
      '龙岗区2022年与龙岗区2021年相比多多少',
      {
        organs: [LONGGANG],
        pairs: [
          { organ: LONGGANG, year: 2022 },
          { organ: LONGGANG, year: 2021 },
        ],
        metric: METRIC.received,
        aggregation: 'difference',
      },
    ],
    [
      '龙岗区2022年、南山区2020年、龙华数据局2020年一共收到多少申请',
      {
        organs: [LONGGANG, NANSHAN, LONGHUA_DATA],
        pairs: [
          { organ: LONGGANG, year: 2022 },
          { organ: NANSHAN, year: 2020 },
          { organ: LONGHUA_DATA, year: 2020 },
        ],
        metric: METRIC.received,
        aggregation: 'sum',
      },
    ],
    [
      '龙岗发改局2020年和龙岗数据局2021年收到多少申请',
      {
        organs: [LONGGANG_DRC, LONGGANG_DATA],
        pairs: [
          { organ: LONGGANG_DRC, year: 2020 },
          { organ: LONGGANG_DATA, year: 2021 },
        ],
        metric: METRIC.received,
      },
    ],
    [
      '龙岗区22年和南山区20年的申请',
      { organs: [LONGGANG, NANSHAN], pairs: LONGGANG_2022_NANSHAN_2020, metric: METRIC.received },
    ],
    [
      '南山区2020年比龙岗区2022年的复议少几件',
      {
        organs: [NANSHAN, LONGGANG],
        pairs: [
          { organ: NANSHAN, year: 2020 },
          { organ: LONGGANG, year: 2022 },
        ],
        metric: METRIC.review,
        aggregation: 'difference',
      },
    ],
    [
      '龙岗区2022年和南山区2020年的自然人申请',
      { organs: [LONGGANG, NANSHAN], pairs: LONGGANG_2022_NANSHAN_2020, metric: METRIC.natural },
    ],
    [
      '龙岗区2022年和南山区2020年的办理结果',
      { organs: [LONGGANG, NANSHAN], pairs: LONGGANG_2022_NANSHAN_2020, breakdown: 'outcomes' },
    ],
    [
      'compare Longgang in 2022 with Nanshan in 2020',
      { organs: [LONGGANG, NANSHAN], pairs: LONGGANG_2022_NANSHAN_2020 },
    ],
    [
      '龙岗区二〇二二年和南山区二〇二〇年收到多少申请',
      { organs: [LONGGANG, NANSHAN], pairs: LONGGANG_2022_NANSHAN_2020, metric: METRIC.received },
    ],
    [
      '龙岗区2022年度和南山区2020年度的申请数',
      { organs: [LONGGANG, NANSHAN], pairs: LONGGANG_2022_NANSHAN_2020, metric: METRIC.received },
    ],
    [
      '龙岗区2022年跟南山区2020年的行政诉讼对比',
      {
        organs: [LONGGANG, NANSHAN],
        pairs: LONGGANG_2022_NANSHAN_2020,
        metric: METRIC.litigation,
        aggregation: 'difference',
      },
    ],
    [
      '龙岗区2022年和南山区2020年收到的申请比一比',
      {
        organs: [LONGGANG, NANSHAN],
        pairs: LONGGANG_2022_NANSHAN_2020,
        metric: METRIC.received,
        aggregation: 'difference',
      },
    ],
  ]);
});

describe('each pair with a figure of its own: that figure of that pair alone', () => {
  const crossed = (first: string, second: string) => [
    { organ: LONGGANG, year: 2022, metric: first },
    { organ: NANSHAN, year: 2020, metric: second },
  ];
  runQueries(index, [
    [
      '龙岗区2022年的申请和南山区2020年的行政诉讼',
      {
        organs: [LONGGANG, NANSHAN],
        pairs: crossed(METRIC.received, METRIC.litigation),
        metric: METRIC.received,
        moreMetrics: [METRIC.litigation],
      },
    ],
    [
      '龙岗区2022年收到的申请比南山区2020年的办结多多少',
      {
        organs: [LONGGANG, NANSHAN],
        pairs: crossed(METRIC.received, METRIC.handled),
        metric: METRIC.received,
        moreMetrics: [METRIC.handled],
        aggregation: 'difference',
      },
    ],
    [
      '2022年龙岗区的行政复议和2020年南山区的行政诉讼加起来',
      {
        organs: [LONGGANG, NANSHAN],
        pairs: crossed(METRIC.review, METRIC.litigation),
        metric: METRIC.review,
        moreMetrics: [METRIC.litigation],
        aggregation: 'sum',
      },
    ],
    // Not understood: English places count words, so figures cannot be given to pairs; two figures beside one pair.
    ['Longgang 2022 applications vs Nanshan 2020 lawsuits', null],
    ['龙岗区2022年的行政复议和行政诉讼和南山区2020年的申请分别多少', null],
    // Years written between the organs in an order that pairs none (one after an organ and one before the next with
    // no figure between them, or a span beside one organ only): never every organ in every year, with false
    // "没有…的报告" lines.
    ['龙岗区2022年和2020年南山区收到多少申请', null],
    ['龙岗区2020到2022年和南山区2020年收到多少申请', null],
  ]);
  // Each year right against its organ, one after it and one before the next, a figure between: those pairs.
  runQueries(index, [
    [
      '龙岗区2022年行政复议和2020年南山区行政复议',
      { organs: [LONGGANG, NANSHAN], pairs: LONGGANG_2022_NANSHAN_2020, metric: METRIC.review },
    ],
    [
      '龙岗区2022年收到的申请和2020年南山区收到的申请相差多少',
      {
        organs: [LONGGANG, NANSHAN],
        pairs: LONGGANG_2022_NANSHAN_2020,
        metric: METRIC.received,
        aggregation: 'difference',
      },
    ],
    [
      '龙岗区2022年的申请与南山区2020年的申请的差',
      {
        organs: [LONGGANG, NANSHAN],
        pairs: LONGGANG_2022_NANSHAN_2020,
        metric: METRIC.received,
        aggregation: 'difference',
      },
    ],
    [
      '龙岗区2022年、南山区2020年收到申请之差',
      {
        organs: [LONGGANG, NANSHAN],
        pairs: LONGGANG_2022_NANSHAN_2020,
        metric: METRIC.received,
        aggregation: 'difference',
      },
    ],
  ]);
  runQueries(index, [
    [
      '龙岗区2022年收到的申请比南山区2020年的申请数多多少',
      {
        organs: [LONGGANG, NANSHAN],
        pairs: LONGGANG_2022_NANSHAN_2020,
        metric: METRIC.received,
        aggregation: 'difference',
      },
    ],
  ]);
});

describe('a year for every organ, or none: no pairs', () => {
  runQueries(index, [
    ['龙岗区2022年和南山区收到多少申请', { organs: [LONGGANG, NANSHAN], years: [2022], metric: METRIC.received }],
    ['龙岗区和南山区2020年收到多少申请', { organs: [LONGGANG, NANSHAN], years: [2020], metric: METRIC.received }],
    [
      '龙岗区和南山区2020年和2022年收到多少申请',
      { organs: [LONGGANG, NANSHAN], years: [2020, 2022], metric: METRIC.received },
    ],
    ['龙岗区2022年和南山区2022年收到多少申请', { organs: [LONGGANG, NANSHAN], years: [2022], metric: METRIC.received }],
    ['龙岗区和南山区收到多少申请', { organs: [LONGGANG, NANSHAN], metric: METRIC.received }],
    ['龙岗区和龙华区的数据局分别收到多少申请', { organs: [LONGGANG_DATA, LONGHUA_DATA], metric: METRIC.received }],
    ['2022年龙岗区和南山区的申请', { organs: [LONGGANG, NANSHAN], years: [2022], metric: METRIC.received }],
    ['龙岗区2021年和2022年收到多少申请', { organs: [LONGGANG], years: [2021, 2022], metric: METRIC.received }],
  ]);
});

describe('answers over the pairs asked, and nothing else', () => {
  const sample = useSampleEngine();

  it.each<readonly [string, readonly (readonly [string, number, number])[]]>([
    [
      '龙岗区2022年和南山区2020年收到多少申请',
      [
        [LONGGANG, 2022, 552],
        [NANSHAN, 2020, 262],
      ],
    ],
    [
      '2022年龙岗区和2020年南山区的行政诉讼',
      [
        [LONGGANG, 2022, 38],
        [NANSHAN, 2020, 4],
      ],
    ],
    [
      '龙岗发改局2020年和龙岗数据局2021年收到多少申请',
      [
        [LONGGANG_DRC, 2020, 4],
        [LONGGANG_DATA, 2021, 0],
      ],
    ],
    [
      '龙岗区2022年、南山区2020年、龙华数据局2020年一共收到多少申请',
      [
        [LONGGANG, 2022, 815],
        [LONGGANG, 2022, 552],
        [NANSHAN, 2020, 262],
        [LONGHUA_DATA, 2020, 1],
      ],
    ],
    [
      'Longgang 2022 vs Nanshan 2020 applications',
      [
        [LONGGANG, 2022, 290],
        [LONGGANG, 2022, 552],
        [NANSHAN, 2020, 262],
      ],
    ],
    [
      '龙岗区2022年的行政复议和南山区2020年的行政诉讼各是多少',
      [
        [LONGGANG, 2022, 15],
        [NANSHAN, 2020, 4],
      ],
    ],
    [
      '龙岗区2022年的行政复议比南山区2020年的行政诉讼多几件',
      [
        [LONGGANG, 2022, 11],
        [LONGGANG, 2022, 15],
        [NANSHAN, 2020, 4],
      ],
    ],
  ])('%s', async (question, facts) => {
    const answer = await sample.engine.answer(question);
    expect(answer.status, answer.answer).toBe('answered');
    expect(
      answer.facts.map((fact) => [fact.org, fact.year, fact.value]),
      answer.answer,
    ).toEqual(facts);
    expect(answer.answer).not.toMatch(/没有.*的报告|no \d{4} report/);
  });

  it('after pairs with figures of their own, 它们加起来 adds those figures and 行政诉讼呢 asks it of both', async () => {
    const facts = async (question: string, conversationId: string) =>
      (await sample.engine.answer(question, { conversationId })).facts.map((fact) => [fact.org, fact.year, fact.value]);
    const asked = '龙岗区2022年的行政复议和南山区2020年的行政诉讼各是多少';
    await facts(asked, 'crossed-sum');
    expect(await facts('它们加起来', 'crossed-sum')).toEqual([
      [LONGGANG, 2022, 19],
      [LONGGANG, 2022, 15],
      [NANSHAN, 2020, 4],
    ]);
    await facts(asked, 'crossed-swap');
    expect(await facts('行政诉讼呢', 'crossed-swap')).toEqual([
      [LONGGANG, 2022, 38],
      [NANSHAN, 2020, 4],
    ]);
  });

  it('a pair the store lacks is said, alone', async () => {
    const answer = await sample.engine.answer('龙岗区2020年和南山区2020年收到多少申请');
    expect(answer.facts.map((fact) => [fact.org, fact.year, fact.value])).toEqual([[NANSHAN, 2020, 262]]);
    expect(answer.answer.match(/没有/g)).toHaveLength(1);
    expect(answer.answer).toContain(`没有${LONGGANG} 2020年的报告`);
  });
});
