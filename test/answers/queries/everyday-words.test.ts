// Everyday words for rows and actions (fourth and fifth held-out sets): 受理了多少条 / 来了多少件 / 拖到下一年办 / 吃了多少场
// 官司 / 判输了, a sub-row's label said another way (补正后申请内容还是不明确 ~ 仍不明确: read by the characters it shares
// with the printed label, only when no other row's words hold them too), a slip one pinyin key off in a long table
// word (予以公卡, 不掌握相关信急: asked back, never answered), a year moved from the year written (2023年的后一年), and the
// English of the same (currently valid, has more, of those, did not pay fees). Each reading is exact, with its traps.
import { describe, it } from 'vitest';
import { expectExactly } from '../exact-answer.js';
import { LONGGANG, LONGGANG_DATA, LONGGANG_DRC, LONGHUA_DATA, NANSHAN } from '../sample-store.js';
import { HONGZE, HUAIAN, SHUYANG, useUnderstandingTable } from './understanding-table.js';

const table = useUnderstandingTable();
const RECEIVED = 'applications.newReceived.total';
const NS20 = { organs: [NANSHAN], years: [2020] };
const HA24 = { organs: [HUAIAN], years: [2024] };
const HZ24 = { organs: [HONGZE], years: [2024] };

describe('everyday words for receiving, carrying forward and being sued', () => {
  table.run([
    ['南山区政府2020年度受理了多少条信息公开申请', { ...NS20, metric: RECEIVED }],
    // 有报告的单位 are every organ of the year, listed as 各单位 are.
    ['2025年有报告的单位新收申请是多少', { years: [2025], metric: RECEIVED, aggregation: 'top' }],
    // 提了 / 提交 say filing, what an application is; 给公开 is 予以公开.
    ['淮安市2024年商业企业提了几件申请', { ...HA24, metric: 'applications.newReceived.commercial' }],
    ['南山区2020年给公开了的', { ...NS20, metric: 'applications.granted.total' }],
    ['淮安市政府2024全年受理依申请公开多少', { ...HA24, metric: RECEIVED }],
    ['沐阳县2025年来了多少件申请', { organs: [SHUYANG], years: [2025], metric: RECEIVED }],
    // 那边 is filler here, not the follow-up 那.
    ['想问下南山那边20年依申请公开一共来了多少件', { ...NS20, metric: RECEIVED }],
    // The asker's wish (想麻烦), the part of the report (那块) and what they are doing (整理材料) are filler.
    ['想麻烦问一下南山区2020年新收了多少件申请', { ...NS20, metric: RECEIVED }],
    ['我在整理材料，南山区2020年依申请那块新收的是多少件来着', { ...NS20, metric: RECEIVED }],
    // 本年度 beside the year written is that report's year; 请教 / 大概 the asker's manner.
    ['南山区2020年本年度办理结果总计', { ...NS20, metric: 'applications.total.total' }],
    ['请教一下南山区2020年收到申请大概是多少', { ...NS20, metric: RECEIVED }],
    // 核对一下…的数字 checks a figure against ours: that figure, not the report's 勾稽 checks; who asks is filler.
    [
      '您好，我是区政务公开办的，想核对一下南山区2020年结转下年度继续办理的数字',
      { ...NS20, metric: 'applications.carriedForward.total' },
    ],
    ['南山区2020年的数据有问题吗', { organs: [NANSHAN], years: [2020], aggregation: 'checks' }],
    // …but a content word beside them is still unread: no figure of 整理材料's neighbours is guessed.
    ['我在整理材料，南山区2020年网站那块访问了多少次', 'not_understood'],
    ['淮安市2024年有多少申请拖到下一年办', { ...HA24, metric: 'applications.carriedForward.total' }],
    ['淮安市2024年办理完成多少件', { ...HA24, metric: 'applications.total.total' }],
    // Not finished is what is carried into the next year.
    ['淮安市2024年没有办理完成的', { ...HA24, metric: 'applications.carriedForward.total' }],
    ['洪泽区2024年有几件推到明年办理', { ...HZ24, metric: 'applications.carriedForward.total' }],
    ['淮安2024年一共吃了多少场信息公开官司', { ...HA24, metric: 'reviewLitigation.litigation.total' }],
    ['淮安市2024年行政诉讼判输了几件', { ...HA24, metric: 'reviewLitigation.litigation.corrected' }],
    ['淮安市2024年行政诉讼判赢了几件', { ...HA24, metric: 'reviewLitigation.litigation.upheld' }],
    // 条 counts applications only: items of information proactively disclosed are in no table.
    ['沐阳县2025年主动公开了多少条政府信息', 'not_understood'],
  ]);
});

describe('a sub-row said in other words than its label', () => {
  table.run([
    ['淮安市2024年补正后申请内容还是不明确的有几件', { ...HA24, metric: 'applications.unavailable.unclear.total' }],
    [
      '淮安市2024年申请人要求行政机关确认或者重新出具已获取信息的有几件',
      { ...HA24, metric: 'applications.notProcessed.confirmation.total' },
    ],
    // 另外 for 另行: 外 is no character of the label, so it is asked about.
    [
      '洪泽区2024年没有现成信息需要另外制作的',
      { clarify: ['applications.unavailable.needsCreation.total'], query: { ...HZ24, metric: null } },
    ],
    // A slip of the label's own word is asked back, never read as the label.
    [
      '洪泽区2024年补正后申请内容仍不明却',
      { clarify: ['applications.unavailable.unclear.total'], meant: ['补正后申请内容仍不明确'], query: HZ24 },
    ],
    // 新出 is issued; 没给公开 is denied.
    ['南山区2020年新出了几件规章', { ...NS20, metric: 'activeDisclosure.regulations.issued' }],
    ['淮安市2024年不给公开的申请几件', { ...HA24, metric: 'applications.denied.total' }],
    // 哪家 asks which organs, as 哪个单位 does.
    ['2020年哪家的行政复议是0', { years: [2020], metric: 'reviewLitigation.review.total', aggregation: 'zero' }],
    // 没处理 restates 不予处理, the group of the row named; alone or beside a row of no such group it stays asked.
    ['南山区2020年重复申请没处理的有几件', { ...NS20, metric: 'applications.notProcessed.duplicate.total' }],
    ['淮安市2024年举报投诉类没有处理的', { ...HA24, metric: 'applications.notProcessed.complaint.total' }],
    [
      '淮安市2024年自然人没处理的',
      {
        clarify: [
          'applications.otherHandling.overdueFee.total',
          'applications.carriedForward.total',
          'applications.partial.total',
          'applications.notProcessed.total',
        ],
        query: { ...HA24, metric: null },
      },
    ],
    // The printed label itself is a word of its row.
    [
      '淮安市2024年要求行政机关确认或重新出具已获取信息的',
      { ...HA24, metric: 'applications.notProcessed.confirmation.total' },
    ],
    // One telling character (不: a negation) says too little to be the label's.
    [
      '淮安市2024年不予公开里不属于国家秘密的',
      { clarify: ['applications.denied.stateSecret.total'], query: { ...HA24, metric: null } },
    ],
    // The label's words without its negation say the opposite (became clear): asked, never the 仍不明确 row.
    [
      '淮安市2024年补正后申请内容已经明确的',
      { clarify: ['applications.unavailable.unclear.total'], query: { ...HA24, metric: null } },
    ],
    // Words the label holds only in part stay unread and are asked about.
    [
      '淮安市2024年补正后申请内容后来又明确了的',
      { clarify: ['applications.unavailable.unclear.total'], query: { ...HA24, metric: null } },
    ],
  ]);
});

describe('a long table word one pinyin key off: did you mean', () => {
  table.run([
    ['南山区2020年予以公卡', { clarify: ['applications.granted.total'], meant: ['予以公开'], query: NS20 }],
    [
      '洪泽区2024年不掌握相关信急',
      { clarify: ['applications.unavailable.notHeld.total'], meant: ['不掌握相关信息'], query: HZ24 },
    ],
    ['淮安市2024年不予公看', { clarify: ['applications.denied.total'], meant: ['不予公开'], query: HA24 }],
    // Two keys off (sheng for kai) is no slip: the closest figures are offered, no word is meant.
    [
      '龙岗区2022年部分公升',
      {
        clarify: ['applications.partial.total', 'applications.disclosed.total'],
        query: { organs: [LONGGANG], years: [2022] },
      },
    ],
  ]);
});

describe('years moved from the year written', () => {
  table.run([
    [
      '洪泽区2023年的后一年，没有现成信息需要另行制作的有几件',
      { ...HZ24, metric: 'applications.unavailable.needsCreation.total' },
    ],
    ['淮安市2025年的前一年收到多少申请', { ...HA24, metric: RECEIVED }],
  ]);
});

describe('two organs compared with no year, and the organs of a place', () => {
  table.run([
    // Two organs named with no year are compared as a difference is, never a ranking of one year comparing one.
    [
      '龙岗区政府和南山区政府的行政复议哪个多',
      { organs: [LONGGANG, NANSHAN], metric: 'reviewLitigation.review.total', aggregation: 'difference' },
    ],
    [
      '洪泽区和沐阳县的行政处罚谁多',
      { organs: [HONGZE, SHUYANG], metric: 'activeDisclosure.punishment.decisions', aggregation: 'difference' },
    ],
    // A level named ranks its organs in the places named, never the two places' governments.
    [
      '龙岗区和南山区哪个部门收到申请最多',
      { regions: ['龙岗区', '南山区'], level: 'department', metric: RECEIVED, aggregation: 'max' },
    ],
    // 淮安底下的区县 / 龙岗区下面的部门: a place's organs of a level.
    [
      '淮安底下的区县2024年收到多少申请',
      { regions: ['淮安'], level: 'county', years: [2024], metric: RECEIVED, aggregation: 'top' },
    ],
    ['龙岗区下面的部门收到多少申请', { organs: [LONGGANG_DRC, LONGGANG_DATA], metric: RECEIVED }],
    // 比一下 / 比一比: the two compared, both figures and their difference.
    [
      '龙岗区2022年和南山区2020年行政复议比一下',
      {
        organs: [LONGGANG, NANSHAN],
        pairs: [
          { organ: LONGGANG, year: 2022 },
          { organ: NANSHAN, year: 2020 },
        ],
        metric: 'reviewLitigation.review.total',
        aggregation: 'difference',
      },
    ],
    // 的区 is no level word: 区委 is no organ of the reports.
    ['南山区的区委书记是谁', 'not_understood'],
  ]);
  it('with no year in common, which years is asked', async () => {
    await expectExactly(table.engine, '龙岗区政府和南山区政府的行政复议哪个多', {
      status: 'clarify',
      facts: [],
      says: ['这些单位没有同一年度的报告，请指明年份', '深圳市龙岗区人民政府：2022年', '深圳市南山区人民政府：2020年'],
      saysMissing: true,
    });
  });
  it('with a year in common, compared in it', async () => {
    await expectExactly(table.engine, '洪泽区和淮安市的行政处罚谁多', {
      status: 'answered',
      facts: [
        [HONGZE, 2024, 'activeDisclosure.punishment.decisions:difference', -3982982],
        [HONGZE, 2024, 'activeDisclosure.punishment.decisions', 2776],
        [HUAIAN, 2024, 'activeDisclosure.punishment.decisions', 3985758],
      ],
      says: ['共有的最新年度 2024 年'],
    });
  });
});

describe('a share with no whole named asks which whole', () => {
  it('占不予公开的比例, or 占办理申请的?', async () => {
    await expectExactly(table.engine, '龙岗区2022年第三方权益的占比', {
      status: 'clarify',
      facts: [],
      says: [
        '“因保护第三方合法权益不予公开”是占哪个总数的比例？',
        '- 占不予公开的比例：深圳市龙岗区人民政府 2022年 30 件',
        '- 占办理申请（办理结果总计）的比例：深圳市龙岗区人民政府 2022年 535 件',
      ],
    });
  });
});

describe('the share of a sub-row after its group was asked', () => {
  it('不予公开 → 其中三类内部事务 → 占比多少 is of those 30', async () => {
    const conversation = 'share-after-group';
    await expectExactly(
      table.engine,
      '龙岗区2022年不予公开多少',
      { status: 'answered', facts: [[LONGGANG, 2022, 'applications.denied.total', 30]] },
      conversation,
    );
    await expectExactly(
      table.engine,
      '其中属于三类内部事务信息的',
      { status: 'answered', facts: [[LONGGANG, 2022, 'applications.denied.internal.total', 8]] },
      conversation,
    );
    await expectExactly(
      table.engine,
      '占比多少',
      {
        status: 'answered',
        facts: [
          [LONGGANG, 2022, 'applications.denied.internal.total', 8],
          [LONGGANG, 2022, 'applications.denied.total', 30],
          [LONGGANG, 2022, 'applications.denied.internal.total:share', 26.7],
        ],
        says: ['26.7%'],
      },
      conversation,
    );
  });
  it('after another figure, which whole is still asked', async () => {
    const conversation = 'share-after-other';
    await expectExactly(
      table.engine,
      '龙岗区2022年收到多少申请',
      { status: 'answered', facts: [[LONGGANG, 2022, RECEIVED, 552]] },
      conversation,
    );
    await expectExactly(
      table.engine,
      '第三方权益的占比',
      { status: 'clarify', facts: [], says: ['是占哪个总数的比例？'] },
      conversation,
    );
  });
});

describe("everyday words of the eighth set's kind: verbs for repealing, issuing, fining, suing and ruling", () => {
  const PROCUREMENT_EACH = {
    metric: 'activeDisclosure.procurement.amountYuan',
    moreMetrics: ['activeDisclosure.procurement.items'],
    aggregation: 'ratio' as const,
  };
  table.run([
    ['南山区2020年作废的规范性文件有几件', { ...NS20, metric: 'activeDisclosure.normativeDocuments.repealed' }],
    [
      '龙岗区2022年新出台了多少规范性文件',
      { organs: [LONGGANG], years: [2022], metric: 'activeDisclosure.normativeDocuments.issued' },
    ],
    ['淮安市2024年罚款多少件', { ...HA24, metric: 'activeDisclosure.punishment.decisions' }],
    ['南山区2020年审批了多少行政许可', { ...NS20, metric: 'activeDisclosure.licensing.decisions' }],
    // …of table 二's rows only: 批了 beside applications names no figure of table 三.
    ['淮安市2024年批了多少件申请', 'not_understood'],
    ['南山区2020年被告上法院几次', { ...NS20, metric: 'reviewLitigation.litigation.total' }],
    [
      '龙岗区2022年行政诉讼还没判下来的有几件',
      { organs: [LONGGANG], years: [2022], metric: 'reviewLitigation.litigation.pending' },
    ],
    ['淮安市2024年通知补正但没补的申请', { ...HA24, metric: 'applications.otherHandling.overdueCorrection.total' }],
    ['南山区2020年查无此信息的有几件', { ...NS20, metric: 'applications.unavailable.notHeld.total' }],
    ['南山区2020年还没办完要转到下一年的', { ...NS20, metric: 'applications.carriedForward.total' }],
    ['淮安市2024年律师事务所之类的机构申请了几件', { ...HA24, metric: 'applications.newReceived.legal' }],
    // 哪几项是0: the parts, each with its figure, answer which are 0; 哪些单位…是0 stays a list of organs.
    ['南山区2020年不予公开哪些项为零', { ...NS20, metric: 'applications.denied.total', breakdown: 'detail' }],
    ['2020年哪些单位行政复议是0', { years: [2020], metric: 'reviewLitigation.review.total', aggregation: 'zero' }],
    // 平不平 / 准不准 ask whether the report holds together, never whether a figure is there (收没收).
    ['龙岗区2022年数据准不准', { organs: [LONGGANG], years: [2022], aggregation: 'checks' }],
    ['南山区2020年收没收申请', { ...NS20, metric: RECEIVED }],
    // 平均 alone, 多少元 beside 采购: the amount per item.
    ['龙华数据局2020年采购项目平均多少钱', { organs: [LONGHUA_DATA], years: [2020], ...PROCUREMENT_EACH }],
    ['南山区2020年集中采购平均每项多少元', { ...NS20, ...PROCUREMENT_EACH }],
    // …and 平均 of a figure no count divides is not understood, never the figure itself.
    ['南山区2020年平均收到多少申请', 'not_understood'],
  ]);
});

describe('English of the same', () => {
  table.run([
    ['Nanshan 2020 new government information requests', { ...NS20, metric: RECEIVED }],
    [
      'Huaian 2024 requests refused to protect third party rights',
      { ...HA24, metric: 'applications.denied.thirdParty.total' },
    ],
    ['Huaian 2024 complaint or petition requests', { ...HA24, metric: 'applications.notProcessed.complaint.total' }],
  ]);
});

describe('English', () => {
  table.run([
    [
      'Longgang 2022 normative documents currently valid',
      { organs: [LONGGANG], years: [2022], metric: 'activeDisclosure.normativeDocuments.inForce' },
    ],
    [
      'Which 2024 report has more enforcement measures?',
      { years: [2024], metric: 'activeDisclosure.enforcement.decisions', aggregation: 'max' },
    ],
    [
      'Muyang 2025 requests closed because applicants did not pay fees',
      { organs: [SHUYANG], years: [2025], metric: 'applications.otherHandling.overdueFee.total' },
    ],
    ['What years does Hongze have?', { regions: ['hongze'], aggregation: 'reports' }],
  ]);
  it('of those: a sub-row of the last answer’s row, for its organ and year', async () => {
    const conversation = 'english-of-those';
    await expectExactly(
      table.engine,
      'Huaian 2024 how many requests were denied?',
      { status: 'answered', facts: [[HUAIAN, 2024, 'applications.denied.total', 178]] },
      conversation,
    );
    await expectExactly(
      table.engine,
      'and how many of those because of state secrets',
      { status: 'answered', facts: [[HUAIAN, 2024, 'applications.denied.stateSecret.total', 2]] },
      conversation,
    );
  });
});

describe('answers', () => {
  it('受理了多少条 is the applications received', async () => {
    await expectExactly(table.engine, '南山区政府2020年度受理了多少条信息公开申请', {
      status: 'answered',
      facts: [[NANSHAN, 2020, RECEIVED, 262]],
    });
  });
  it('有几个人来申请 reads 个人 as the natural persons column, counted in applications', async () => {
    await expectExactly(table.engine, '龙华区数据局20年有几个人来申请公开信息', {
      status: 'answered',
      facts: [[LONGHUA_DATA, 2020, 'applications.newReceived.natural', 1]],
      says: ['1 件'],
    });
  });
  it('补正后申请内容还是不明确 is that sub-row', async () => {
    await expectExactly(table.engine, '淮安市2024年补正后申请内容还是不明确的有几件', {
      status: 'answered',
      facts: [[HUAIAN, 2024, 'applications.unavailable.unclear.total', 1]],
    });
  });
});

describe('words of the tenth and eleventh sets’ kind: who filed, either of two, between years, ratios, help', () => {
  table.run([
    ['南山区2020年法律服务机构提的申请有多少', { ...NS20, metric: 'applications.newReceived.legal' }],
    ['南山区2020年申请人为“其他”的新收申请', { ...NS20, metric: 'applications.newReceived.other' }],
    [
      '2020年新收申请谁多 龙岗区发改局还是龙华区数据局',
      { organs: [LONGGANG_DRC, LONGHUA_DATA], years: [2020], metric: RECEIVED, aggregation: 'max' },
    ],
    [
      '淮安市2024年行政许可和行政处罚的比值',
      {
        ...HA24,
        metric: 'activeDisclosure.licensing.decisions',
        moreMetrics: ['activeDisclosure.punishment.decisions'],
        aggregation: 'ratio',
      },
    ],
    [
      '洪泽区2023年和2024年的新收申请哪年多',
      { organs: [HONGZE], years: [2023, 2024], metric: RECEIVED, aggregation: 'change' },
    ],
    [
      '洪泽区规范性文件现行有效件数从2023年到2024年变化了多少',
      {
        organs: [HONGZE],
        years: [2023, 2024],
        metric: 'activeDisclosure.normativeDocuments.inForce',
        aggregation: 'change',
      },
    ],
    // 两类: the figure's own two kinds, whose sum it is.
    ['南山区2020年行政诉讼两类加起来一共多少', { ...NS20, metric: 'reviewLitigation.litigation.total' }],
    ['你都能回答哪些问题？', { aggregation: 'help' }],
  ]);
});

// The twenty-second and twenty-third sets' misses: a request for help written short, 过半, 哪个地方 for which organ,
// 等于多少 after a sum.
describe('help asked short, 哪个地方, 等于多少', () => {
  table.run([
    ['帮查下淮安2024年行政强制多少', { ...HA24, metric: 'activeDisclosure.enforcement.decisions' }],
    // 填的多少: what the report was filled in with.
    ['我们洪泽24年表三予以公开填的多少', { ...HZ24, metric: 'applications.granted.total' }],
    // 有没有超过一半 / 是否过半: whether more than half, answered by the share.
    ['洪泽区2024年予以公开有没有超过一半', { ...HZ24, metric: 'applications.granted.total', aggregation: 'share' }],
    ['洪泽区2024年予以公开是否过半', { ...HZ24, metric: 'applications.granted.total', aggregation: 'share' }],
    [
      '2024年哪个地方行政处罚最多',
      { years: [2024], metric: 'activeDisclosure.punishment.decisions', aggregation: 'max' },
    ],
    [
      '龙岗2022新收加上年结转等于多少',
      {
        organs: [LONGGANG],
        years: [2022],
        metric: RECEIVED,
        moreMetrics: ['applications.carriedOver.total'],
        aggregation: 'sum',
      },
    ],
  ]);
});
