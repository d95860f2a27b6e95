// Coverage, the words of a safe miss: questions whose every word names the one figure, organ and year asked, but
// which were a clarify because one chat word was unknown (收了 for 收到, 发了 for 制发, '22 for 2022, "carried over
// to next year", "between"). Each reading is exact; a word that could name two figures stays a clarify.
import { describe, it } from 'vitest';
import { expectExactly } from '../exact-answer.js';
import { LONGGANG, LONGGANG_DRC, NANSHAN } from '../sample-store.js';
import { HONGZE, useUnderstandingTable } from './understanding-table.js';

const table = useUnderstandingTable();
const LG22 = { organs: [LONGGANG], years: [2022] };
const NS20 = { organs: [NANSHAN], years: [2020] };
const lg = (metric: string) => ({ ...LG22, metric });
const RECEIVED = 'applications.newReceived.total';

describe('years written loosely', () => {
  table.run([
    ['龙岗2022收了多少申请', lg(RECEIVED)],
    ['龙岗22年收了多少申请', lg(RECEIVED)],
    ["龙岗区'22收到多少申请", lg(RECEIVED)],
    ['龙岗区’22年收到多少申请', lg(RECEIVED)],
    ['龙岗区二〇二二年收了几件申请', lg(RECEIVED)],
    ['龙岗区2022年度收了多少申请', lg(RECEIVED)],
    ["南山区'20行政复议多少", { ...NS20, metric: 'reviewLitigation.review.total' }],
    ["Longgang '22 new requests", lg(RECEIVED)],
    ['洪泽区2024收了多少申请', { organs: [HONGZE], years: [2024], metric: RECEIVED }],
  ]);
});

describe('收 and 发 as chat says 收到 and 制发', () => {
  table.run([
    ['龙岗区2022年收了几件申请', lg(RECEIVED)],
    ['龙岗区2022年一共收了多少', lg(RECEIVED)],
    ['洪泽区收了几件申请', { organs: [HONGZE], metric: RECEIVED }],
    // A figure named beside 收 is that figure; 收费 and 收了多少钱 are the fees of table 二.
    ['龙岗区2022年收了几件行政复议', lg('reviewLitigation.review.total')],
    ['龙岗区2022年收了多少钱', lg('activeDisclosure.fees.amountYuan')],
    ['龙岗区2022年收费多少', lg('activeDisclosure.fees.amountYuan')],
    // 收入 / 税收 / 征收 hold 收 but name what no table counts.
    ['龙岗区2022年财政收入多少', 'not_understood'],
    ['龙岗区2022年税收多少', 'not_understood'],
    ['龙岗区2022年征收类申请多少', 'not_understood'],
    ['龙岗区2022年发了多少规范性文件', lg('activeDisclosure.normativeDocuments.issued')],
    ['龙岗区2022年新发了几件规范性文件', lg('activeDisclosure.normativeDocuments.issued')],
    ['龙岗区2022年规范性文件发了多少', lg('activeDisclosure.normativeDocuments.issued')],
    ['龙岗区2022年发了几件规章', lg('activeDisclosure.regulations.issued')],
    // A column of table 二 beside a row of another table is read nowhere: never dropped for the row's figure.
    ['龙岗区2022年发了多少申请', 'not_understood'],
    ['龙岗区2022年制发了多少申请', { clarify: [], query: LG22 }],
    ['龙岗区2022年自然人申请的行政复议', { clarify: [], query: LG22 }],
  ]);
});

describe('table 二: the previous year as the column’s own words', () => {
  table.run([
    ['龙岗区2022年行政事业性收费项目上一年有几项', lg('activeDisclosure.fees.lastYearItems')],
    ['龙岗区2022年行政许可上一年的项目数', lg('activeDisclosure.licensing.lastYearItems')],
    [
      '龙岗发改局2020年行政处罚上年有多少项',
      { organs: [LONGGANG_DRC], years: [2020], metric: 'activeDisclosure.punishment.lastYearItems' },
    ],
    [
      '龙岗发改局2020年行政许可上一年度的事项',
      { organs: [LONGGANG_DRC], years: [2020], metric: 'activeDisclosure.licensing.lastYearItems' },
    ],
  ]);
});

describe('reasons and paths in everyday words', () => {
  table.run([
    ['龙岗区2022年以三安全一稳定为由不予公开的', lg('applications.denied.threeSafety.total')],
    ['龙岗区2022年以危及国家安全为由不公开的有几件', lg('applications.denied.threeSafety.total')],
    ['龙岗区2022年以保护第三方合法权益为由不予公开的', lg('applications.denied.thirdParty.total')],
    ['龙岗区2022年复议后又去起诉的案件', lg('reviewLitigation.litigationAfterReview.total')],
    ['龙岗区2022年复议后再去起诉的有几件', lg('reviewLitigation.litigationAfterReview.total')],
    ['龙岗区2022年未经复议直接去起诉的', lg('reviewLitigation.litigationDirect.total')],
    ['龙岗区2022年以国家秘密为由不予公开的', lg('applications.denied.stateSecret.total')],
    ['南山区2020年以信访举报投诉为由不予处理的', { ...NS20, metric: 'applications.notProcessed.complaint.total' }],
  ]);
});

describe('English names of rows and columns', () => {
  table.run([
    ['administrative licensing count of Longgang 2022', lg('activeDisclosure.licensing.decisions')],
    ['requests granted in full Longgang 2022', lg('applications.granted.total')],
    ['how many requests were fully granted by Longgang in 2022', lg('applications.granted.total')],
    ['carried over to next year Longgang 2022', lg('applications.carriedForward.total')],
    ['Longgang 2022 applications carried forward to the next year', lg('applications.carriedForward.total')],
    ['carry over from the previous year Longgang 2022', lg('applications.carriedOver.total')],
    ['Longgang 2022 applications carried over from last year', lg('applications.carriedOver.total')],
    ['lawsuits not yet concluded Longgang 2022', lg('reviewLitigation.litigation.pending')],
    ['Longgang 2022 reviews still pending', lg('reviewLitigation.review.pending')],
    ['Hongze district new requests', { organs: [HONGZE], metric: RECEIVED }],
    ['new requests of Nanshan in 2020', { ...NS20, metric: RECEIVED }],
    [
      'Difference in new requests between Longgang 2022 and Nanshan 2020',
      {
        organs: [LONGGANG, NANSHAN],
        pairs: [
          { organ: LONGGANG, year: 2022 },
          { organ: NANSHAN, year: 2020 },
        ],
        metric: RECEIVED,
        aggregation: 'difference',
      },
    ],
    // "carry over" alone may be either row: both are offered.
    [
      'carry over Longgang 2022',
      { clarify: ['applications.carriedOver.total', 'applications.carriedForward.total'], query: LG22 },
    ],
  ]);
});

describe('the answers state exactly the figure asked', () => {
  it('收了 is 收到', async () => {
    await expectExactly(table.engine, '龙岗2022收了多少申请', {
      status: 'answered',
      facts: [[LONGGANG, 2022, RECEIVED, 552]],
    });
  });
  it("'22 is 2022", async () => {
    await expectExactly(table.engine, "龙岗区'22收到多少申请", {
      status: 'answered',
      facts: [[LONGGANG, 2022, RECEIVED, 552]],
      saysNot: ['未指定年份'],
    });
  });
  it('发了 is 本年制发', async () => {
    await expectExactly(table.engine, '龙岗区2022年发了多少规范性文件', {
      status: 'answered',
      facts: [[LONGGANG, 2022, 'activeDisclosure.normativeDocuments.issued', 46]],
    });
  });
  it('以…为由 frames the reason of the row', async () => {
    await expectExactly(table.engine, '龙岗区2022年以三安全一稳定为由不予公开的', {
      status: 'answered',
      facts: [[LONGGANG, 2022, 'applications.denied.threeSafety.total', 0]],
    });
  });
  it('复议后又去起诉 is the 复议后起诉 group', async () => {
    await expectExactly(table.engine, '龙岗区2022年复议后又去起诉的案件', {
      status: 'answered',
      facts: [[LONGGANG, 2022, 'reviewLitigation.litigationAfterReview.total', 6]],
    });
  });
  it('lawsuits not yet concluded is the 尚未审结 column of 行政诉讼', async () => {
    await expectExactly(table.engine, 'lawsuits not yet concluded Longgang 2022', {
      status: 'answered',
      facts: [[LONGGANG, 2022, 'reviewLitigation.litigation.pending', 13]],
    });
  });
  it('a difference between two organs, each with its year, in English', async () => {
    await expectExactly(table.engine, 'Difference in new requests between Longgang 2022 and Nanshan 2020', {
      status: 'answered',
      facts: [
        [LONGGANG, 2022, `${RECEIVED}:difference`, 290],
        [LONGGANG, 2022, RECEIVED, 552],
        [NANSHAN, 2020, RECEIVED, 262],
      ],
    });
  });
});
