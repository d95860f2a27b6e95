// Words of a work group that named nothing the engine read (fourth held-out set): 加一块 / 相加 for a sum, 占复议总数多少
// for a share with the whole between 占 and 多少, 哪个多 for the one with most, 同年 for the year asked again, 办了 for
// the decisions of a row of table 二, 急 for how urgent the asker is. Each reading is exact, and each has a trap.
import { describe, expect, it } from 'vitest';
import { expectExactly } from '../exact-answer.js';
import { LONGGANG, NANSHAN } from '../sample-store.js';
import { HONGZE, HUAIAN, SHUYANG, useUnderstandingTable } from './understanding-table.js';

const table = useUnderstandingTable();
const RECEIVED = 'applications.newReceived.total';
const REVIEW = 'reviewLitigation.review.total';
const LITIGATION = 'reviewLitigation.litigation.total';
const HANDLED = 'applications.total.total';

describe('加一块 / 相加 add the figures', () => {
  table.run([
    [
      '洪泽区2024年行政复议和行政诉讼加一块多少',
      { organs: [HONGZE], years: [2024], metric: REVIEW, moreMetrics: [LITIGATION], aggregation: 'sum' },
    ],
    [
      '洪泽区2024年部分公开和不予公开加一块',
      {
        organs: [HONGZE],
        years: [2024],
        metric: 'applications.partial.total',
        moreMetrics: ['applications.denied.total'],
        aggregation: 'sum',
      },
    ],
    [
      '龙岗区2022年办结的和淮安市2024年办结的相加',
      {
        organs: [LONGGANG, HUAIAN],
        pairs: [
          { organ: LONGGANG, year: 2022 },
          { organ: HUAIAN, year: 2024 },
        ],
        metric: HANDLED,
        aggregation: 'sum',
      },
    ],
    [
      '南山区2020年行政复议和行政诉讼相加是多少',
      { organs: [NANSHAN], years: [2020], metric: REVIEW, moreMetrics: [LITIGATION], aggregation: 'sum' },
    ],
    // One figure of one report: nothing to add, the figure itself.
    ['龙岗区2022年收到的申请加一块多少', { organs: [LONGGANG], years: [2022], metric: RECEIVED }],
  ]);
  it('the sum of two organs in their own years, each operand stated', async () => {
    await expectExactly(table.engine, '龙岗区2022年办结的和淮安市2024年办结的相加', {
      status: 'answered',
      facts: [
        [LONGGANG, 2022, `${HANDLED}:sum`, 3585],
        [LONGGANG, 2022, HANDLED, 535],
        [HUAIAN, 2024, HANDLED, 3050],
      ],
    });
  });
});

describe('占 … 多少 with the whole between them is a share', () => {
  table.run([
    [
      '沐阳县2025年复议维持的占复议总数多少',
      { organs: [SHUYANG], years: [2025], metric: 'reviewLitigation.review.upheld', aggregation: 'share' },
    ],
    [
      '淮安市2024年复议纠正的占复议总数多少',
      { organs: [HUAIAN], years: [2024], metric: 'reviewLitigation.review.corrected', aggregation: 'share' },
    ],
    [
      '洪泽区2024年诉讼维持的占诉讼总数多少',
      { organs: [HONGZE], years: [2024], metric: 'reviewLitigation.litigation.upheld', aggregation: 'share' },
    ],
    [
      '淮安市2024年予以公开占办结总数多少',
      {
        organs: [HUAIAN],
        years: [2024],
        metric: 'applications.granted.total',
        moreMetrics: [HANDLED],
        aggregation: 'share',
      },
    ],
    [
      '淮安市2024年自然人申请占全部申请多少',
      { organs: [HUAIAN], years: [2024], metric: 'applications.newReceived.natural', aggregation: 'share' },
    ],
    // No part named before 占: no share. A part's own group after it is the whole of its share.
    ['淮安市2024年占不予公开的多少', { organs: [HUAIAN], years: [2024], metric: 'applications.denied.total' }],
    [
      '淮安市2024年行政查询事项占不予公开的多少',
      {
        organs: [HUAIAN],
        years: [2024],
        metric: 'applications.denied.query.total',
        moreMetrics: ['applications.denied.total'],
        aggregation: 'share',
      },
    ],
    ['沐阳县2025年复议维持的多少', { organs: [SHUYANG], years: [2025], metric: 'reviewLitigation.review.upheld' }],
    // A sub-row's share: of its group when the question names the group as the whole, else asked which whole.
    [
      '龙岗区2022年不予公开里第三方权益的占几成',
      {
        organs: [LONGGANG],
        years: [2022],
        metric: 'applications.denied.thirdParty.total',
        moreMetrics: ['applications.denied.total'],
        aggregation: 'share',
      },
    ],
    [
      '龙岗区2022年第三方权益占不予公开的比例',
      {
        organs: [LONGGANG],
        years: [2022],
        metric: 'applications.denied.thirdParty.total',
        moreMetrics: ['applications.denied.total'],
        aggregation: 'share',
      },
    ],
    ['龙岗区2022年第三方权益的占比', { clarify: ['applications.denied.total', 'applications.total.total'] }],
    ['南山区2020年不掌握信息的占比', { clarify: ['applications.unavailable.total', 'applications.total.total'] }],
    // A row of its own is a share of every request handled, as before.
    [
      '龙岗区2022年予以公开的占比',
      { organs: [LONGGANG], years: [2022], metric: 'applications.granted.total', aggregation: 'share' },
    ],
  ]);
  it('the share of the upheld in all reviews: 27 of 61', async () => {
    await expectExactly(table.engine, '沐阳县2025年复议维持的占复议总数多少', {
      status: 'answered',
      facts: [
        [SHUYANG, 2025, 'reviewLitigation.review.upheld', 27],
        [SHUYANG, 2025, REVIEW, 61],
        [SHUYANG, 2025, 'reviewLitigation.review.upheld:share', 44.3],
      ],
      says: ['44.3%', '61 件'],
    });
  });
});

describe('哪个多 ranks; 同年 is the year asked; 办了 is what was decided; 急 is filler', () => {
  table.run([
    [
      '2024年现行有效规范性文件哪个多',
      { years: [2024], metric: 'activeDisclosure.normativeDocuments.inForce', aggregation: 'max' },
    ],
    ['2024年行政处罚哪个多', { years: [2024], metric: 'activeDisclosure.punishment.decisions', aggregation: 'max' }],
    ['2020年行政复议谁多', { years: [2020], metric: REVIEW, aggregation: 'max' }],
    // Two organs each with its own year: the pair compared, never ranked in one of the years.
    [
      '南山区2020年和沐阳县2025年不予处理谁多',
      {
        organs: [NANSHAN, SHUYANG],
        pairs: [
          { organ: NANSHAN, year: 2020 },
          { organ: SHUYANG, year: 2025 },
        ],
        metric: 'applications.notProcessed.total',
        aggregation: 'difference',
      },
    ],
    [
      '洪泽区24年申请数在同年单位里排老几',
      { organs: [HONGZE], years: [2024], metric: RECEIVED, aggregation: 'position' },
    ],
    [
      '龙岗区2022年收到申请在同一年的单位中排第几',
      { organs: [LONGGANG], years: [2022], metric: RECEIVED, aggregation: 'position' },
    ],
    [
      '洪泽区2024年行政许可办了多少',
      { organs: [HONGZE], years: [2024], metric: 'activeDisclosure.licensing.decisions' },
    ],
    ['淮安24年信息公开申请收了多少件？急', { organs: [HUAIAN], years: [2024], metric: RECEIVED }],
    ['龙岗区22年行政复议多少件？急', { organs: [LONGGANG], years: [2022], metric: REVIEW }],
    // 办了 beside an application names no row of table 二: which figure is asked.
    [
      '淮安市2024年申请办了多少',
      {
        clarify: ['applications.otherHandling.total', HANDLED, 'applications.carriedForward.total'],
        query: { organs: [HUAIAN], years: [2024] },
      },
    ],
  ]);
  it('哪个多 with no figure names nothing to rank', async () => {
    await expectExactly(table.engine, '哪个多', { status: 'not_understood', facts: [] });
  });
  it('哪个多 states the one with most of the year asked', async () => {
    await expectExactly(table.engine, '2024年现行有效规范性文件哪个多', {
      status: 'answered',
      facts: [[HUAIAN, 2024, 'activeDisclosure.normativeDocuments.inForce', 66]],
    });
  });
});

describe('row words with their everyday frame', () => {
  table.run([
    [
      '淮安2024年其他法律行政法规禁止公开的有多少件',
      { organs: [HUAIAN], years: [2024], metric: 'applications.denied.lawForbidden.total' },
    ],
    ['淮安市24年的事业性收费是多少万', { organs: [HUAIAN], years: [2024], metric: 'activeDisclosure.fees.amountYuan' }],
    [
      '龙岗区2022年对外公开的规范性文件总数',
      { organs: [LONGGANG], years: [2022], metric: 'activeDisclosure.normativeDocuments.totalPublished' },
    ],
    // 对外公开 alone is the column of two rows: which one is asked.
    [
      '龙岗区2022年对外公开多少',
      {
        clarify: ['activeDisclosure.regulations.totalPublished', 'activeDisclosure.normativeDocuments.totalPublished'],
        query: { organs: [LONGGANG], years: [2022] },
      },
    ],
  ]);
});

describe('English: a misprinted place by its own name, lawsuits after reconsideration, total of two organs', () => {
  table.run([
    [
      'Longgang 2022 lawsuits filed after reconsideration',
      { organs: [LONGGANG], years: [2022], metric: 'reviewLitigation.litigationAfterReview.total' },
    ],
    [
      'Hongze 2024 lawsuits filed after an appeal',
      { organs: [HONGZE], years: [2024], metric: 'reviewLitigation.litigationAfterReview.total' },
    ],
    ['Longgang 2022 reconsideration', { organs: [LONGGANG], years: [2022], metric: REVIEW }],
    [
      'total requests received by Huaian city and Hongze district in 2024',
      { organs: [HUAIAN, HONGZE], years: [2024], metric: RECEIVED, aggregation: 'sum' },
    ],
    // One organ: its figure, as 一共 of one figure is that figure.
    ['total requests received by Huaian city in 2024', { organs: [HUAIAN], years: [2024], metric: RECEIVED }],
    ['Huaian 2024 total applications handled', { organs: [HUAIAN], years: [2024], metric: HANDLED }],
  ]);
  it('the sum of two organs of 2024 in English, each operand stated', async () => {
    await expectExactly(table.engine, 'total requests received by Huaian city and Hongze district in 2024', {
      status: 'answered',
      facts: [
        [HUAIAN, 2024, `${RECEIVED}:sum`, 3214],
        [HUAIAN, 2024, RECEIVED, 3119],
        [HONGZE, 2024, RECEIVED, 95],
      ],
    });
  });
  // The report's OCR printed 沭阳县 as 沐阳县 (pinyin Muyang): Shuyang, the place's own name, is answered for the
  // store's 沐阳县人民政府, and the reply says so; never "no report".
  it.each([
    ['Shuyang 2025 duplicate requests', [7]],
    ['Shuyang county 2025 applications received', [713]],
  ])('%s answers for 沐阳县人民政府 and says so', async (question, values) => {
    const reply = await table.engine.answer(question);
    expect(reply.status, reply.answer).toBe('answered');
    expect(reply.facts.map((fact) => [fact.org, fact.value])).toEqual(values.map((value) => [SHUYANG, value]));
    expect(reply.answer).toContain(`answered for ${SHUYANG} (Shuyang`);
  });
  it('Muyang, the store name’s own pinyin, is answered', async () => {
    await expectExactly(table.engine, 'Muyang 2025 duplicate requests', {
      status: 'answered',
      facts: [[SHUYANG, 2025, 'applications.notProcessed.duplicate.total', 7]],
    });
  });
});

// A question spoken into the phone (fifteenth held-out set): 就是 / 嗯 / 我找不到了 around the words that name the
// figure are filler; 减 between two fields is their difference; a count of items that is a row's own sub-rows adds
// those sub-rows as printed.
describe('spoken fillers, 减 and a row’s sub-rows counted', () => {
  const OTHER_HANDLING = ['overdueCorrection', 'overdueFee', 'other'].map(
    (row) => `applications.otherHandling.${row}.total`,
  );
  table.run([
    ['我想问一下就是洪泽区那个二零二四年行政复议多少啊', { organs: [HONGZE], years: [2024], metric: REVIEW }],
    ['嗯帮我看下淮安市二零二四年行政诉讼有多少件谢谢', { organs: [HUAIAN], years: [2024], metric: LITIGATION }],
    ['洪泽区2024年行政复议是几件啊我找不到了', { organs: [HONGZE], years: [2024], metric: REVIEW }],
    [
      '洪泽区2024年行政规范性文件制发减废止',
      {
        organs: [HONGZE],
        years: [2024],
        metric: 'activeDisclosure.normativeDocuments.issued',
        moreMetrics: ['activeDisclosure.normativeDocuments.repealed'],
        aggregation: 'difference',
      },
    ],
    [
      '淮安市2024年其他处理三项加起来',
      {
        organs: [HUAIAN],
        years: [2024],
        metric: OTHER_HANDLING[0],
        moreMetrics: OTHER_HANDLING.slice(1),
        aggregation: 'sum',
      },
    ],
    // A count that is not the row's sub-rows is asked back, never the row alone.
    ['淮安市2024年其他处理四项加起来', { clarify: [] }],
  ]);
});

// A label copied from the table with what the table prints around it (总计栏, “二、…”, the article table 二 cites) is
// that label; 的比是 asks the ratio of the two figures before it.
describe('labels copied with the table’s numbering, and 的比是', () => {
  table.run([
    ['淮安市2024年 （二）部分公开 总计栏', { organs: [HUAIAN], years: [2024], metric: 'applications.partial.total' }],
    [
      '洪泽区2023年“二、上年结转政府信息公开申请数量”',
      { organs: [HONGZE], years: [2023], metric: 'applications.carriedOver.total' },
    ],
    [
      '淮安2024年 第二十条第（六）项 行政处罚 本年处理决定数量',
      { organs: [HUAIAN], years: [2024], metric: 'activeDisclosure.punishment.decisions' },
    ],
    [
      '淮安市2024年复议维持和纠正的比是多少',
      {
        organs: [HUAIAN],
        years: [2024],
        metric: 'reviewLitigation.review.upheld',
        moreMetrics: ['reviewLitigation.review.corrected'],
        aggregation: 'ratio',
      },
    ],
  ]);
});

describe('two figures with a question about the reports between them', () => {
  it('两项加一起 adds the two figures, the list between them no turn of a figure', async () => {
    const conversation = 'list-between';
    await table.engine.answer('淮安市2024年不予处理多少', { conversationId: conversation });
    await table.engine.answer('哪些报告是2024年的', { conversationId: conversation });
    await table.engine.answer('淮安市的其他处理呢', { conversationId: conversation });
    const answer = await table.engine.answer('两项加一起', { conversationId: conversation });
    expect(answer.status, answer.answer).toBe('answered');
    expect(answer.facts.map((fact) => fact.metric)).toEqual([
      'applications.notProcessed.total:sum',
      'applications.notProcessed.total',
      'applications.otherHandling.total',
    ]);
  });
});

// The fourteenth held-out set's wrong numbers: a row named after a column's share, 这两家 after two organs each in
// its own year, 差几倍 with no direction, 它们 after two figures, and which part of a figure is the largest.
describe('shares, pairs and parts across turns', () => {
  const say = async (conversationId: string, ...questions: string[]) => {
    let answer = await table.engine.answer(questions[0] as string, { conversationId });
    for (const question of questions.slice(1)) answer = await table.engine.answer(question, { conversationId });
    return answer;
  };
  const values = (answer: { facts: readonly { value: number }[] }) => answer.facts.map((fact) => fact.value);

  it('复议后起诉呢 after 尚未审结占直接起诉总计的几成 is 尚未审结 of 复议后起诉 (2 of 6), not 复议后起诉 of 诉讼', async () => {
    const answer = await say('share-row', '洪泽区2024年直接起诉尚未审结多少', '占直接起诉总计的几成', '复议后起诉呢');
    expect(answer.status, answer.answer).toBe('answered');
    expect(answer.facts.map((fact) => fact.metric)).toEqual([
      'reviewLitigation.litigationAfterReview.pending',
      'reviewLitigation.litigationAfterReview.total',
      'reviewLitigation.litigationAfterReview.pending:share',
    ]);
  });

  it('这两家谁多 after two organs each in its own year compares the two, never ranks one year', async () => {
    const answer = await say('two-pointed', '沐阳县2025年行政处罚', '淮安市2024年呢', '这两家谁多');
    expect(answer.status, answer.answer).toBe('answered');
    expect(values(answer)).toEqual([-3291801, 693957, 3985758]);
  });

  it('哪个纠正率高 / 这两家哪个纠正率高 after two organs compares their two rates, never ranks every organ of 2020', async () => {
    for (const [id, which] of [
      ['which-rate', '哪个纠正率高'],
      ['these-rate', '这两家哪个纠正率高'],
    ] as const) {
      const answer = await say(id, '沐阳2025年行政复议纠正几件', '淮安2024年呢', which);
      expect(answer.status, answer.answer).toBe('answered');
      expect(values(answer), answer.answer).toEqual([10, 61, 16.4, 64, 351, 18.2]);
    }
  });

  it('谁的纠正多 after two organs is the two compared; 哪个单位的纠正最多 still ranks every organ', async () => {
    const two = await say('who-more', '沐阳2025年行政复议纠正几件', '淮安2024年呢', '谁的纠正多');
    expect(values(two), two.answer).toEqual([-54, 10, 64]);
    const every = await say('which-organ', '沐阳2025年行政复议纠正几件', '淮安2024年呢', '哪个单位的纠正最多');
    expect(every.answer).toContain('共比较 3 份报告');
  });

  it('前者减后者 / 第一个减第二个 / 两者相减 take one turn’s figure from the other’s, also past a list between', async () => {
    const first = ['龙岗区2022年行政许可', '南山区2020年呢'];
    for (const [id, turns] of [
      ['minus-former', [...first, '前者减后者']],
      ['minus-first', [...first, '第一个减第二个']],
      ['minus-both', [...first, '两者相减']],
      ['minus-past-list', [...first, '2020年有几份报告', '第一个减第二个']],
    ] as const) {
      const answer = await say(id, ...turns);
      expect(values(answer), `${id}: ${answer.answer}`).toEqual([7344, 16103, 8759]);
    }
    const later = await say('minus-latter', ...first, '后者减前者');
    expect(values(later), later.answer).toEqual([-7344, 8759, 16103]);
  });

  it('它占不予处理的几成 after 不予处理哪一类最多 is the part ranked first of its group (62 of 88), then of 沐阳县', async () => {
    const first = ['淮安2024年不予处理哪一类最多', '它占不予处理的几成'];
    const part = await say('part-pointer', ...first);
    expect(values(part), part.answer).toEqual([62, 88, 70.5]);
    const other = await say('part-pointer-other', ...first, '那沐阳25年呢');
    expect(values(other), other.answer).toEqual([12, 19, 63.2]);
  });

  it('前者占新收总数的比重 after 自然人 → 法人呢 of one report is 自然人’s share, the former figure', async () => {
    const former = await say('former-figure', '龙岗2022年自然人新收多少', '法人或其他组织呢', '前者占新收总数的比重');
    expect(values(former), former.answer).toEqual([489, 552, 88.6]);
    const latter = await say('latter-figure', '龙岗2022年自然人新收多少', '法人或其他组织呢', '后者占新收总数的比重');
    expect(values(latter), latter.answer).toEqual([63, 552, 11.4]);
  });

  it('再加上洪泽24年的复议总计 after 淮安 2024’s two figures added keeps the sum and adds 洪泽’s (37 + 7 + 2)', async () => {
    const answer = await say(
      'add-other-report',
      '淮安2024年复议尚未审结的',
      '诉讼尚未审结呢',
      '加起来',
      '再加上洪泽24年的复议总计',
    );
    expect(values(answer), answer.answer).toEqual([46, 37, 7, 2]);
  });

  it('和淮安的差多少 after 沐阳2025年… takes 淮安’s own latest year (2024), which it holds, never a 2025 it lacks', async () => {
    const answer = await say('held-year', '淮安2024年结转下年度', '那沐阳2025年的结转下年度呢', '和淮安的差多少');
    expect(values(answer), answer.answer).toEqual([-72, 31, 103]);
  });

  it('差几倍 divides the larger by the smaller; 是…的几倍 keeps its order', async () => {
    const apart = await say('times-apart', '沐阳县2025年行政处罚', '淮安市2024年呢', '差几倍');
    expect(values(apart)[0], apart.answer).toBe(5.74);
    const ordered = await table.engine.answer('沐阳县2025年行政处罚是淮安市2024年的几倍');
    expect(values(ordered)[0], ordered.answer).toBe(17.4);
  });

  it('它们占总计的比例 after two figures is asked back, never the last one’s share alone', async () => {
    const answer = await say('them-share', '南山区2020年予以公开', '部分公开呢', '它们占总计的比例');
    expect(answer.status, answer.answer).toBe('clarify');
    expect(answer.facts).toEqual([]);
  });

  it('再加上行政复议的总计呢 after 两者加起来 adds the figure to the two (10 + 3 + 61), never states it alone', async () => {
    const answer = await say(
      'add-more',
      '洪泽区2024年复议后起诉总计',
      '直接起诉呢',
      '两者加起来',
      '再加上行政复议的总计呢',
    );
    expect(answer.status, answer.answer).toBe('answered');
    expect(answer.facts.map((fact) => fact.metric)).toEqual([
      'reviewLitigation.litigationAfterReview.total:sum',
      'reviewLitigation.litigationAfterReview.total',
      'reviewLitigation.litigationDirect.total',
      'reviewLitigation.review.total',
    ]);
  });

  it('不予公开里最多的是哪一项 ranks the report’s parts (105), and 第二多的呢 the next (31)', async () => {
    const conversation = 'parts-ranked';
    const first = await say(conversation, '淮安市2024年不予公开里最多的是哪一项');
    expect(values(first), first.answer).toEqual([105]);
    const second = await table.engine.answer('第二多的呢', { conversationId: conversation });
    expect(values(second), second.answer).toEqual([105, 31]);
  });
});

describe('more spoken fillers, and （七）总计', () => {
  table.run([
    ['淮安市2024年（七）总计多少', { organs: [HUAIAN], years: [2024], metric: HANDLED }],
    ['淮安市2024年行政复议是多少来着我记不清了', { organs: [HUAIAN], years: [2024], metric: REVIEW }],
    [
      '淮安市2024年行政复议是多少啊然后那个行政诉讼也说一下',
      { organs: [HUAIAN], years: [2024], metric: REVIEW, moreMetrics: [LITIGATION] },
    ],
  ]);
});

describe('a place of a ranking, then the next place', () => {
  it('第一个的行政处罚呢 is the first organ listed, asked its own figure; 第二个呢 the second, asked the same', async () => {
    const conversation = 'places-of-ranking';
    await table.engine.answer('2024年行政许可排名', { conversationId: conversation });
    const first = await table.engine.answer('第一个的行政处罚呢', { conversationId: conversation });
    expect(first.facts.map((fact) => [fact.org, fact.value])).toEqual([[HUAIAN, 3985758]]);
    const second = await table.engine.answer('第二个呢', { conversationId: conversation });
    expect(second.facts.map((fact) => [fact.org, fact.value])).toEqual([[HONGZE, 2776]]);
  });
  it('第二个呢 after a ranking that named one organ asks which, stating no figure', async () => {
    const conversation = 'place-not-listed';
    await table.engine.answer('2024年哪个单位行政许可最多', { conversationId: conversation });
    const answer = await table.engine.answer('第二个呢', { conversationId: conversation });
    expect(answer.status, answer.answer).toBe('clarify');
    expect(answer.facts).toEqual([]);
  });
});
