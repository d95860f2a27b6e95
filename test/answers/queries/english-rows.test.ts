// English row words as people write them (issue 13, words the engine did not read): a relative clause around a
// row (requests where the information does not exist), everyday verbs (turned down, withheld, collected), year-end
// phrasings of 结转下年度继续办理. Each names exactly one figure of the table word beside it in the vocabulary; the
// words that would name two stay two (review pending vs carried forward).
import { describe, it } from 'vitest';
import { expectExactly } from '../exact-answer.js';
import { LONGGANG, LONGGANG_DRC, LONGHUA_DATA, NANSHAN } from '../sample-store.js';
import { SHUYANG, useUnderstandingTable } from './understanding-table.js';

const table = useUnderstandingTable();
const LG22 = { organs: [LONGGANG], years: [2022] };
const lg = (metric: string) => ({ ...LG22, metric });
const NOT_HELD = 'applications.unavailable.notHeld.total';
const CARRIED_FORWARD = 'applications.carriedForward.total';

describe('English rows in a clause', () => {
  table.run([
    ['How many requests where the information does not exist did Longgang have in 2022?', lg(NOT_HELD)],
    // received beside an outcome is read as both figures, each stated with its label (as 收到的申请中予以公开的).
    [
      'How many requests where the information does not exist did Longgang receive in 2022?',
      { ...lg(NOT_HELD), moreMetrics: ['applications.newReceived.total'] },
    ],
    ['Longgang 2022 requests where the information does not exist', lg(NOT_HELD)],
    // The review a direct lawsuit skipped names no second figure; a review asked of itself still does.
    ['Longgang 2022 lawsuits filed directly without reconsideration', lg('reviewLitigation.litigationDirect.total')],
    ['Longgang 2022 lawsuits not preceded by administrative review', lg('reviewLitigation.litigationDirect.total')],
    ['Longgang 2022 reconsiderations', lg('reviewLitigation.review.total')],
    // A year's possessive (2022's) is the year.
    ["Longgang 2022's reconsiderations", lg('reviewLitigation.review.total')],
    // the same as / equal to: whether two figures are equal, answered by their difference.
    [
      "Is Longgang 2022's review total the same as its direct lawsuits total?",
      {
        ...lg('reviewLitigation.review.total'),
        moreMetrics: ['reviewLitigation.litigationDirect.total'],
        aggregation: 'difference',
      },
    ],
    ['How many requests involved state secrets in Longgang 2022?', lg('applications.denied.stateSecret.total')],
    ['How many requests were denied for privacy in Longgang 2022?', lg('applications.denied.thirdParty.total')],
    [
      'How many requests did Longgang refuse because they concerned third parties in 2022?',
      lg('applications.denied.thirdParty.total'),
    ],
    ['How many requests were turned down in Longgang 2022?', lg('applications.denied.total')],
    ['How many requests were withheld by Longgang in 2022?', lg('applications.denied.total')],
    [
      'How many requests were partially disclosed by Nanshan in 2020?',
      {
        organs: [NANSHAN],
        years: [2020],
        metric: 'applications.partial.total',
      },
    ],
    ['How many requests were still being processed at year end in Longgang 2022?', lg(CARRIED_FORWARD)],
    ['How many requests were pending at the end of the year in Longgang 2022?', lg(CARRIED_FORWARD)],
    ['How much in fees did Longgang collect in 2022?', lg('activeDisclosure.fees.amountYuan')],
    ['Longgang 2022 fees collected', lg('activeDisclosure.fees.amountYuan')],
    ['Longgang district 2022 fee revenue', lg('activeDisclosure.fees.amountYuan')],
    ['Longgang 2022 fee income?', lg('activeDisclosure.fees.amountYuan')],
    ['How many requests from individuals did Longgang get in 2022?', lg('applications.newReceived.natural')],
    ['How many requests from companies did Longgang get in 2022?', lg('applications.newReceived.commercial')],
    ['How many lawsuits did Longgang face in 2022?', lg('reviewLitigation.litigation.total')],
    [
      'How many administrative reconsiderations were upheld for Longgang in 2022?',
      lg('reviewLitigation.review.upheld'),
    ],
    ['Which agencies had requests where the information does not exist?', { metric: NOT_HELD, aggregation: 'nonzero' }],
  ]);
});

describe('what these words must not take over', () => {
  table.run([
    // pending alone is the 尚未审结 column of the row named beside it, not the year-end row of table 三.
    ['How many reconsiderations were still pending in Longgang 2022?', lg('reviewLitigation.review.pending')],
    ['lawsuits not yet concluded Longgang 2022', lg('reviewLitigation.litigation.pending')],
    // collect names no figure of its own.
    ['How many applications did Longgang collect in 2022?', lg('applications.newReceived.total')],
    // "still being processed" without the year end is no row: which figure is asked.
    [
      'Longgang 2022 reviews still being processed',
      { clarify: [CARRIED_FORWARD, 'reviewLitigation.review.pending'], query: LG22 },
    ],
  ]);
});

describe('the answers state exactly the figure asked', () => {
  it('requests where the information does not exist: 本机关不掌握相关政府信息', async () => {
    await expectExactly(
      table.engine,
      'How many requests where the information does not exist did Longgang have in 2022?',
      {
        status: 'answered',
        facts: [[LONGGANG, 2022, NOT_HELD, 283]],
      },
    );
  });
  it('still being processed at year end: 结转下年度继续办理', async () => {
    await expectExactly(table.engine, 'How many requests were still being processed at year end in Longgang 2022?', {
      status: 'answered',
      facts: [[LONGGANG, 2022, CARRIED_FORWARD, 27]],
    });
  });
});

describe('an English share of a sub-row in its group', () => {
  const THIRD_PARTY = 'applications.denied.thirdParty.total';
  const DENIED = 'applications.denied.total';
  table.run([
    // The group as a noun (denials, withheld requests) is the whole…
    [
      "What share of Longgang's 2022 denials were to protect third parties?",
      { ...lg(THIRD_PARTY), moreMetrics: [DENIED], aggregation: 'share' },
    ],
    [
      'What share of Longgang 2022 withheld requests were for protecting third-party rights?',
      { ...lg(THIRD_PARTY), moreMetrics: [DENIED], aggregation: 'share' },
    ],
    // …as the verb of the part (requests were denied to protect…), the whole is asked back.
    [
      'What share of Longgang 2022 requests were denied to protect third parties?',
      { clarify: [DENIED, 'applications.total.total'], query: { ...lg(THIRD_PARTY), aggregation: 'share' } },
    ],
  ]);
});

describe('English as a foreign researcher types it: or, go up, balance, rules, correction rate', () => {
  // Table 3's checks, of the figures its balance reads.
  const TABLE_3_CHECKS = {
    ...lg('applications.newReceived.total'),
    moreMetrics: ['applications.carriedOver.total', 'applications.total.total', CARRIED_FORWARD],
    aggregation: 'checks' as const,
  };
  table.run([
    [
      'In 2022, which had more lawsuits, Longgang or Nanshan?',
      { organs: [LONGGANG, NANSHAN], years: [2022], metric: 'reviewLitigation.litigation.total', aggregation: 'max' },
    ],
    ['Does table 3 of Longgang 2022 balance?', { ...TABLE_3_CHECKS }],
    ['Is Longgang 2022 table 3 balanced?', { ...TABLE_3_CHECKS }],
    ['How many rules did Longgang issue in 2022?', lg('activeDisclosure.regulations.issued')],
    [
      'What is the correction rate of Longgang 2022 administrative reconsiderations?',
      { ...lg('reviewLitigation.review.corrected'), aggregation: 'share' },
    ],
    [
      'What is the sum of Longgang 2022 new requests and those carried over from the year before?',
      { ...lg('applications.newReceived.total'), moreMetrics: ['applications.carriedOver.total'], aggregation: 'sum' },
    ],
    [
      'Longgang 2022: sum of administrative penalties and administrative enforcement decisions',
      {
        ...lg('activeDisclosure.punishment.decisions'),
        moreMetrics: ['activeDisclosure.enforcement.decisions'],
        aggregation: 'sum',
      },
    ],
    [
      'How many of Longgang 2022 requests were withheld as administrative query matters?',
      lg('applications.denied.query.total'),
    ],
  ]);
});

// A Chinese question with a figure's English words inside (the way people paste a term): read as that figure's
// Chinese word; English the figure vocabulary does not hold is left unread, so the question is not understood.
describe('English figure words in a Chinese question', () => {
  table.run([
    ['龙岗 2022 applications多少', lg('applications.newReceived.total')],
    ['龙岗2022年的administrative reviews有几个', lg('reviewLitigation.review.total')],
    ['龙岗区2022年lawsuits filed directly多少件', lg('reviewLitigation.litigationDirect.total')],
    ['龙岗区2022年 partially disclosed 的有多少', lg('applications.partial.total')],
    ['龙岗区2022年收到申请多少 pdf', 'not_understood'],
    ['龙岗区2022年 applications okay多少', 'not_understood'],
    // An operation written in English: minus / plus / ratio as 减去 / 加上 / 除以.
    [
      '龙岗区2022年予以公开 minus 部分公开',
      { ...lg('applications.granted.total'), moreMetrics: ['applications.partial.total'], aggregation: 'difference' },
    ],
    [
      '龙岗区2022年予以公开 plus 部分公开',
      { ...lg('applications.granted.total'), moreMetrics: ['applications.partial.total'], aggregation: 'sum' },
    ],
    [
      '龙岗区2022年复议总计 ratio 诉讼总计',
      {
        ...lg('reviewLitigation.review.total'),
        moreMetrics: ['reviewLitigation.litigation.total'],
        aggregation: 'ratio',
      },
    ],
  ]);
});

// Issue 13, the eighteenth set (Huai'an 2024的行政许可 number): English words that only ask for a figure (number,
// how many, did … get in) at either end of a run of English in a Chinese question are read as 多少 / 请问 are, and
// dropped; an organ's English name between them stays; a word no vocabulary reads stays unread.
describe('English asking words in a Chinese question', () => {
  const LICENSING = 'activeDisclosure.licensing.decisions';
  table.run([
    ['龙岗2022年的行政许可 number', lg(LICENSING)],
    ['Longgang 2022的行政许可 number', lg(LICENSING)],
    ['How many 申请 did Longgang get in 2022', lg('applications.newReceived.total')],
    ['What is the number of 行政复议 in Longgang 2022', lg('reviewLitigation.review.total')],
    ['龙岗2022 how many 申请', lg('applications.newReceived.total')],
    // okay is no asking word: it stays, unread, with number dropped beside it.
    ['龙岗2022 申请 okay number', 'not_understood'],
    ['What is the 人口 of Longgang', 'not_understood'],
  ]);
  it("an organ's English name between asking words answers its figure", async () => {
    await expectExactly(table.engine, 'Longgang 2022的行政许可 number', {
      status: 'answered',
      facts: [[LONGGANG, 2022, LICENSING, 16103]],
    });
  });
  it('how many … did … get in: the Chinese figure word of a question otherwise in English', async () => {
    await expectExactly(table.engine, 'How many 申请 did Longgang get in 2022', {
      status: 'answered',
      facts: [[LONGGANG, 2022, 'applications.newReceived.total', 552]],
    });
  });
});

// "the ratio of A to B" divides A by B, as 是…的几倍 does; "the … rows" names where the figure stands.
describe('ratio of one figure to another, and the rows named', () => {
  table.run([
    [
      'Longgang 2022 ratio of penalties to licences',
      {
        ...LG22,
        metric: 'activeDisclosure.punishment.decisions',
        moreMetrics: ['activeDisclosure.licensing.decisions'],
        aggregation: 'ratio',
      },
    ],
    ["Longgang 2022, total of the 'other handling' rows", lg('applications.otherHandling.total')],
  ]);
});

// Issue 13, the sixteenth and seventeenth sets: a department's English name with a possessive (Bureau's: the "us"
// of bureau kept its s), "over all reports" as "across all reports", admin for administrative and the total
// column's word inside a Chinese question, and the result of a review said with its decision.
describe('English names and words the sixteenth and seventeenth sets found unread', () => {
  const REVIEW = 'reviewLitigation.review.total';
  it("a department's English name with 's is that department", async () => {
    await expectExactly(table.engine, "Is the Longgang Development and Reform Bureau's 2020 table 3 balanced?", {
      status: 'answered',
      facts: [],
      says: [`The 2020 report of ${LONGGANG_DRC} is inconsistent in table 3`],
    });
  });
  it('over all 2020 reports adds every 2020 report', async () => {
    await expectExactly(table.engine, 'Sum of reconsiderations over all 2020 reports', {
      status: 'answered',
      facts: [
        [NANSHAN, 2020, `${REVIEW}:sum`, 5],
        [NANSHAN, 2020, REVIEW, 5],
        [LONGHUA_DATA, 2020, REVIEW, 0],
        [LONGGANG_DRC, 2020, REVIEW, 0],
      ],
    });
  });
  it('admin … total inside a Chinese question is the total of the administrative figure', async () => {
    await expectExactly(table.engine, '沐阳县2025 admin lawsuits total', {
      status: 'answered',
      facts: [[SHUYANG, 2025, 'reviewLitigation.litigation.total', 13]],
    });
  });
  it('reviews that ended with the decision upheld are the upheld column, not table 2 decisions', async () => {
    await expectExactly(table.engine, 'Longgang 2022: what share of reviews ended with the decision upheld?', {
      status: 'answered',
      facts: [
        [LONGGANG, 2022, 'reviewLitigation.review.upheld', 7],
        [LONGGANG, 2022, REVIEW, 15],
        [LONGGANG, 2022, 'reviewLitigation.review.upheld:share', 46.7],
      ],
    });
  });
});
