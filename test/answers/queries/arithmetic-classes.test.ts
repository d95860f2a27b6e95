// Arithmetic as people write it in a work group, as exact question → Query pairs and the facts the reply states:
// a count of the figures added (三项合计: must be the figures named), a sub-row's share of its own group written
// after 占 or before 里面 (不掌握相关信息占无法提供的多少), a difference named at the end (A与B的差, 之差), and organ–year
// pairs whose years stand right against their organs in either order (洪泽区2023年行政许可和2024年淮安市行政许可),
// 两个单位差多少 after two answers (the two organs just answered about), and English comparatives (more … than).
import { describe, expect, it } from 'vitest';
import { expectExactly } from '../exact-answer.js';
import { LONGGANG, NANSHAN } from '../sample-store.js';
import { HONGZE, HUAIAN, SHUYANG, useUnderstandingTable } from './understanding-table.js';

const table = useUnderstandingTable(['hongze-district-2023-layout.txt']);
const RECEIVED = 'applications.newReceived.total';
const LICENSING = 'activeDisclosure.licensing.decisions';
const PUNISHMENT = 'activeDisclosure.punishment.decisions';
const ENFORCEMENT = 'activeDisclosure.enforcement.decisions';
const NOT_HELD = 'applications.unavailable.notHeld.total';
const UNAVAILABLE = 'applications.unavailable.total';
const DENIED = 'applications.denied.total';
const DENIED_QUERY = 'applications.denied.query.total';
const HZ24 = { organs: [HONGZE], years: [2024] };
const HA24 = { organs: [HUAIAN], years: [2024] };
const THREE_DECISIONS = {
  ...HZ24,
  metric: LICENSING,
  moreMetrics: [PUNISHMENT, ENFORCEMENT],
  aggregation: 'sum' as const,
};

describe('a count of the figures added is the figures named', () => {
  table.run([
    ['洪泽区2024年行政许可、处罚、强制三项合计', THREE_DECISIONS],
    ['洪泽区2024年行政许可、行政处罚、行政强制这三项加起来', THREE_DECISIONS],
    ['洪泽区2024年许可、处罚和强制三个数一共多少', THREE_DECISIONS],
    [
      '龙岗区2022年和南山区2020年和龙岗区发改局2020年三者加起来',
      {
        organs: [LONGGANG, NANSHAN, '深圳市龙岗区发展和改革局'],
        pairs: [
          { organ: LONGGANG, year: 2022 },
          { organ: NANSHAN, year: 2020 },
          { organ: '深圳市龙岗区发展和改革局', year: 2020 },
        ],
        metric: RECEIVED,
        aggregation: 'sum',
      },
    ],
    // Two figures named, three counted: which three is not known, so never the sum of two.
    ['洪泽区2024年行政许可、处罚三项合计', 'not_understood'],
    ['洪泽区2024年行政许可和行政处罚这四项一共多少', 'not_understood'],
  ]);
  it('the reply states the sum and each of the three figures', async () => {
    await expectExactly(table.engine, '洪泽区2024年行政许可、处罚、强制三项合计', {
      status: 'answered',
      facts: [
        [HONGZE, 2024, `${LICENSING}:sum`, 12347],
        [HONGZE, 2024, LICENSING, 9487],
        [HONGZE, 2024, PUNISHMENT, 2776],
        [HONGZE, 2024, ENFORCEMENT, 84],
      ],
      says: ['合计 12,347 件', '表二“行政许可”'],
    });
  });
});

describe('a sub-row’s share of its own group, the group written as the whole', () => {
  table.run([
    [
      '龙岗区2022年不掌握相关信息占无法提供的多少',
      { organs: [LONGGANG], years: [2022], metric: NOT_HELD, moreMetrics: [UNAVAILABLE], aggregation: 'share' },
    ],
    [
      '淮安市2024年行政查询事项占不予公开的多少',
      { ...HA24, metric: DENIED_QUERY, moreMetrics: [DENIED], aggregation: 'share' },
    ],
    [
      '淮安市2024年不予公开的里面行政查询事项占了多少',
      { ...HA24, metric: DENIED_QUERY, moreMetrics: [DENIED], aggregation: 'share' },
    ],
    [
      '淮安市2024年不予公开的当中行政查询事项占几成',
      { ...HA24, metric: DENIED_QUERY, moreMetrics: [DENIED], aggregation: 'share' },
    ],
    // No whole named: which one is asked, never picked.
    ['淮安市2024年行政查询事项占比多少', { clarify: [DENIED, 'applications.total.total'] }],
  ]);
  it('states the part, the group and the share', async () => {
    await expectExactly(table.engine, '龙岗区2022年不掌握相关信息占无法提供的多少', {
      status: 'answered',
      facts: [
        [LONGGANG, 2022, NOT_HELD, 283],
        [LONGGANG, 2022, UNAVAILABLE, 285],
        [LONGGANG, 2022, `${NOT_HELD}:share`, 99.3],
      ],
      says: ['占无法提供 285 件 的 99.3%'],
    });
  });
});

describe('a difference named at the end', () => {
  const LG22_SY25 = {
    organs: [LONGGANG, SHUYANG],
    pairs: [
      { organ: LONGGANG, year: 2022 },
      { organ: SHUYANG, year: 2025 },
    ],
    metric: RECEIVED,
    aggregation: 'difference' as const,
  };
  table.run([
    ['龙岗区2022年新收申请与沐阳县2025年新收申请的差', LG22_SY25],
    ['龙岗区2022年跟沐阳县2025年收到申请之差', LG22_SY25],
    ['龙岗区2022年和沐阳县2025年的申请的差是多少', LG22_SY25],
  ]);
  it('states the difference and both operands', async () => {
    await expectExactly(table.engine, '龙岗区2022年新收申请与沐阳县2025年新收申请的差', {
      status: 'answered',
      facts: [
        [LONGGANG, 2022, `${RECEIVED}:difference`, -161],
        [LONGGANG, 2022, RECEIVED, 552],
        [SHUYANG, 2025, RECEIVED, 713],
      ],
    });
  });
});

describe('one organ, each year with a figure of its own', () => {
  const REPEALED = 'activeDisclosure.normativeDocuments.repealed';
  const ISSUED = 'activeDisclosure.normativeDocuments.issued';
  const ownFigures = (first: string, second: string) => ({
    organs: [HONGZE],
    pairs: [
      { organ: HONGZE, year: 2023, metric: first },
      { organ: HONGZE, year: 2024, metric: second },
    ],
    metric: first,
    moreMetrics: [second],
  });
  table.run([
    ['洪泽区2023年的行政许可和2024年的行政处罚', ownFigures(LICENSING, PUNISHMENT)],
    // A column alone after the second year is read in the row named before it.
    ['洪泽区2023年的规范性文件废止和2024年的制发', ownFigures(REPEALED, ISSUED)],
    [
      '洪泽区2023年的行政许可比2024年的行政处罚少多少',
      { ...ownFigures(LICENSING, PUNISHMENT), aggregation: 'difference' },
    ],
    // One figure of both years stays that figure in each.
    ['洪泽区2023年和2024年的行政许可', { organs: [HONGZE], years: [2023, 2024], metric: LICENSING }],
  ]);
  it('states each year’s own figure, never every figure of both years', async () => {
    await expectExactly(table.engine, '洪泽区2023年的规范性文件废止和2024年的制发', {
      status: 'answered',
      facts: [
        [HONGZE, 2023, REPEALED, 5],
        [HONGZE, 2024, ISSUED, 3],
      ],
    });
  });
});

describe('whether one figure read equals another', () => {
  table.run([
    // 总计 joined to 新收 is the table's 办理结果总计 (新收's own total column would be the same figure): the two
    // compared — never 新收's change over years.
    [
      '洪泽区2024年新收和总计是不是一样',
      {
        organs: [HONGZE],
        years: [2024],
        metric: RECEIVED,
        moreMetrics: ['applications.total.total'],
        aggregation: 'difference',
      },
    ],
    // A year before said is the change it asks.
    ['洪泽区2024年新收跟上年一样吗', { organs: [HONGZE], years: [2024], metric: RECEIVED, aggregation: 'change' }],
  ]);
});

describe('years right against their organs, one after and one before', () => {
  const HZ23_HA24 = [
    { organ: HONGZE, year: 2023 },
    { organ: HUAIAN, year: 2024 },
  ];
  table.run([
    ['洪泽区2023年行政许可和2024年淮安市行政许可', { organs: [HONGZE, HUAIAN], pairs: HZ23_HA24, metric: LICENSING }],
    [
      '洪泽区2023年的行政许可跟2024年淮安市的行政许可差多少',
      { organs: [HONGZE, HUAIAN], pairs: HZ23_HA24, metric: LICENSING, aggregation: 'difference' },
    ],
    // Nothing between the two years: 洪泽区 in 2023 and 2024, or one year each? Not understood.
    ['洪泽区2023年和2024年淮安市的行政许可', 'not_understood'],
  ]);
  it('answers both pairs, and no false 没有…的报告 line', async () => {
    await expectExactly(table.engine, '洪泽区2023年行政许可和2024年淮安市行政许可', {
      status: 'answered',
      facts: [
        [HONGZE, 2023, LICENSING, 550],
        [HUAIAN, 2024, LICENSING, 447228],
      ],
    });
  });
});

describe('两个单位 after two answers of one figure: those two organs, not a scope', () => {
  const LITIGATION = 'reviewLitigation.litigation.total';
  it.each([
    ['两个单位差多少', `${LITIGATION}:difference`, 42],
    ['这两个单位相差几件', `${LITIGATION}:difference`, 42],
    ['两个单位一共多少', `${LITIGATION}:sum`, 50],
  ] as const)('%s', async (question, computed, value) => {
    const conversation = `two-organs-${question}`;
    await expectExactly(
      table.engine,
      '淮安市2024年行政诉讼一共多少件',
      { status: 'answered', facts: [[HUAIAN, 2024, LITIGATION, 46]] },
      conversation,
    );
    await expectExactly(
      table.engine,
      '换成洪泽区看看',
      { status: 'answered', facts: [[HONGZE, 2024, LITIGATION, 4]] },
      conversation,
    );
    await expectExactly(
      table.engine,
      question,
      {
        status: 'answered',
        facts: [
          [HUAIAN, 2024, computed, value],
          [HUAIAN, 2024, LITIGATION, 46],
          [HONGZE, 2024, LITIGATION, 4],
        ],
      },
      conversation,
    );
  });
});

describe('English comparatives between two organ–year pairs', () => {
  const pairsOf = (first: readonly [string, number], second: readonly [string, number], metric: string) => ({
    organs: [first[0], second[0]],
    pairs: [
      { organ: first[0], year: first[1] },
      { organ: second[0], year: second[1] },
    ],
    metric,
    aggregation: 'difference' as const,
  });
  table.run([
    [
      'Did Nanshan receive more requests in 2020 than Longgang did in 2022?',
      pairsOf([NANSHAN, 2020], [LONGGANG, 2022], RECEIVED),
    ],
    [
      'Were there more licensing decisions in Huaian 2024 than in Muyang 2025?',
      pairsOf([HUAIAN, 2024], [SHUYANG, 2025], LICENSING),
    ],
    [
      'Did Longgang get fewer requests in 2022 than Nanshan in 2020?',
      pairsOf([LONGGANG, 2022], [NANSHAN, 2020], RECEIVED),
    ],
    // Two figures, one a pair: never one figure of both.
    ['Longgang 2022 applications vs Nanshan 2020 lawsuits', 'not_understood'],
    ['Were there more lawsuits in Huaian 2024 than requests in Muyang 2025?', 'not_understood'],
  ]);
  it('states the difference and both figures', async () => {
    await expectExactly(table.engine, 'Did Nanshan receive more requests in 2020 than Longgang did in 2022?', {
      status: 'answered',
      facts: [
        [NANSHAN, 2020, `${RECEIVED}:difference`, -290],
        [NANSHAN, 2020, RECEIVED, 262],
        [LONGGANG, 2022, RECEIVED, 552],
      ],
      says: ['290 fewer than'],
    });
  });
  it('one organ in two years states both years', async () => {
    await expectExactly(table.engine, 'Hongze 2024 vs Hongze 2023 administrative licensing: which is larger?', {
      status: 'answered',
      facts: [
        [HONGZE, 2024, LICENSING, 9487],
        [HONGZE, 2023, LICENSING, 550],
      ],
    });
  });
});

describe('a figure’s share of the sum of one report’s figures just added', () => {
  const IN_FORCE = 'activeDisclosure.regulations.inForce';
  const NORMATIVE_IN_FORCE = 'activeDisclosure.normativeDocuments.inForce';
  it.each([
    ['规章占多少', IN_FORCE, 11, 14.3],
    ['规章的占比', IN_FORCE, 11, 14.3],
    ['行政规范性文件占几成', NORMATIVE_IN_FORCE, 66, 85.7],
  ] as const)('%s after 合起来', async (question, part, value, share) => {
    const conversation = `share-of-figures-${question}`;
    await expectExactly(
      table.engine,
      '淮安市2024年规章和行政规范性文件现行有效各多少',
      {
        status: 'answered',
        facts: [
          [HUAIAN, 2024, IN_FORCE, 11],
          [HUAIAN, 2024, NORMATIVE_IN_FORCE, 66],
        ],
      },
      conversation,
    );
    await expectExactly(
      table.engine,
      '合起来',
      {
        status: 'answered',
        facts: [
          [HUAIAN, 2024, `${IN_FORCE}:sum`, 77],
          [HUAIAN, 2024, IN_FORCE, 11],
          [HUAIAN, 2024, NORMATIVE_IN_FORCE, 66],
        ],
      },
      conversation,
    );
    await expectExactly(
      table.engine,
      question,
      {
        status: 'answered',
        facts: [
          [HUAIAN, 2024, part, value],
          [HUAIAN, 2024, `${part}:sum`, 77],
          [HUAIAN, 2024, `${part}:share`, share],
        ],
        says: ['现行有效件数合计 77 件', `的 ${share}%`],
      },
      conversation,
    );
  });
});

describe('a figure of one year after a change over two', () => {
  const ENFORCEMENT_23 = [[HONGZE, 2023, ENFORCEMENT, 195]] as const;
  const afterChange = async (conversationId: string) => {
    await table.engine.answer('洪泽区2024年行政处罚', { conversationId });
    await table.engine.answer('2023年呢', { conversationId });
    return table.engine.answer('那减少了百分之多少', { conversationId });
  };
  it('2023年的行政强制呢 is that year’s figure, never its change from a year the store lacks', async () => {
    const conversation = 'figure-after-change';
    const change = await afterChange(conversation);
    expect(change.status, change.answer).toBe('answered');
    await expectExactly(
      table.engine,
      '2023年的行政强制呢',
      { status: 'answered', facts: ENFORCEMENT_23.map((fact) => [...fact]) },
      conversation,
    );
  });
  it('in English too', async () => {
    const conversation = 'figure-after-change-en';
    await afterChange(conversation);
    await expectExactly(
      table.engine,
      'What about administrative enforcement in 2023?',
      { status: 'answered', facts: ENFORCEMENT_23.map((fact) => [...fact]) },
      conversation,
    );
  });
});
