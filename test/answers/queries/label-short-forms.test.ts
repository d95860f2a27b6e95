// The printed labels as people shorten or say them (issue 13): 依申请 for the applications, 要公开出版物 for 要求提供
// 公开出版物, 要求行政机关确认, 无正当理由逾期不补正 (not 大量反复申请's 无正当理由), 行政应诉, 被提起行政复议, 对外管理服务事项;
// a verb-not-verb (收没收, 处罚不处罚) asking whether, never a word left unread; 纠正的少 as the fewest; and table 二's
// 2019 columns said in their own words: 本年增加 / 增减 are the printed 本年增/减, 上一年…多少项 the printed 上一年项目数量,
// never a change across two reports nor the year before.
import { describe } from 'vitest';
import { LONGGANG, LONGGANG_DRC, NANSHAN } from '../sample-store.js';
import { runConversations, useSampleIndex } from './query-table.js';
import { HONGZE, HUAIAN, useUnderstandingTable } from './understanding-table.js';

const table = useUnderstandingTable();
const RECEIVED = 'applications.newReceived.total';
const HA24 = { organs: [HUAIAN], years: [2024] };
const NS20 = { organs: [NANSHAN], years: [2020] };

describe('short forms of the printed labels', () => {
  table.run([
    ['龙岗区22年收到的依申请件数', { organs: [LONGGANG], years: [2022], metric: RECEIVED }],
    ['淮安市2024年依申请数量多少', { ...HA24, metric: RECEIVED }],
    ['淮安市2024年有人要公开出版物吗', { ...HA24, metric: 'applications.notProcessed.publication.total' }],
    // A row or column pointed at (那一项 / 那栏 / 那行) is the row just named; 作了 / 做了 on a row of table 二 its decisions.
    ['淮安市2024年不予公开里头国家秘密那一项', { ...HA24, metric: 'applications.denied.stateSecret.total' }],
    ['南山区2020年报里行政许可那行的上一年项目数', { ...NS20, metric: 'activeDisclosure.licensing.lastYearItems' }],
    ['南山区2020年行政处罚一共作了多少处理决定', { ...NS20, metric: 'activeDisclosure.punishment.decisions' }],
    [
      '2020年区政府层面的行政复议',
      { level: 'district', years: [2020], metric: 'reviewLitigation.review.total', aggregation: 'top' },
    ],
    ['淮安市2024年索要出版物的有几件', { ...HA24, metric: 'applications.notProcessed.publication.total' }],
    ['淮安市2024年要求行政机关确认多少', { ...HA24, metric: 'applications.notProcessed.confirmation.total' }],
    // 无正当理由 alone is 大量反复申请's; before 逾期不补正 it is the other row's label.
    ['淮安市2024年无正当理由逾期不补正多少', { ...HA24, metric: 'applications.otherHandling.overdueCorrection.total' }],
    ['淮安市2024年无正当理由大量反复申请多少', { ...HA24, metric: 'applications.notProcessed.excessive.total' }],
    ['淮安市2024年行政应诉多少', { ...HA24, metric: 'reviewLitigation.litigation.total' }],
    ['淮安市2024年被提起行政复议多少', { ...HA24, metric: 'reviewLitigation.review.total' }],
    ['南山区2020年对外管理服务事项本年增减多少', { ...NS20, metric: 'activeDisclosure.otherServices.change' }],
  ]);
});

describe('the 其他 column under its group 法人或其他组织', () => {
  table.run([
    ['南山区2020年新收申请里“其他”法人组织的', { ...NS20, metric: 'applications.newReceived.other' }],
    ['南山区2020年法人或其他组织里的“其他”有多少', { ...NS20, metric: 'applications.newReceived.other' }],
    // The group itself stays the group.
    ['南山区2020年法人或其他组织申请多少', { ...NS20, metric: 'applications.newReceived.legalPerson' }],
  ]);
});

describe('a printed label copied whole, with its punctuation', () => {
  table.run([
    [
      '淮安市2024年“申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请”有多少',
      { ...HA24, metric: 'applications.otherHandling.overdueCorrection.total' },
    ],
    [
      '淮安市2024年部分公开（区分处理的，只计这一情形，不计其他情形）多少件',
      { ...HA24, metric: 'applications.partial.total' },
    ],
    // With the table's numbering before it.
    [
      '（二）部分公开（区分处理的，只计这一情形，不计其他情形） 淮安市2024年',
      { ...HA24, metric: 'applications.partial.total' },
    ],
    ['二、上年结转政府信息公开申请数量 南山区2020年', { ...NS20, metric: 'applications.carriedOver.total' }],
    [
      '淮安市2024年申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请的有几件',
      { ...HA24, metric: 'applications.otherHandling.overdueFee.total' },
    ],
  ]);
});

describe('whether, said as a verb and its negation', () => {
  table.run([
    [
      '洪泽区2024年收没收行政事业性收费',
      { organs: [HONGZE], years: [2024], metric: 'activeDisclosure.fees.amountYuan' },
    ],
    ['洪泽区2024年处罚不处罚', { organs: [HONGZE], years: [2024], metric: 'activeDisclosure.punishment.decisions' }],
    ['南山区2020年收到没收到申请', { ...NS20, metric: RECEIVED }],
  ]);
});

describe('most and fewest, said without 最', () => {
  table.run([
    [
      '2024年哪家单位行政复议纠正的少',
      { years: [2024], metric: 'reviewLitigation.review.corrected', aggregation: 'min' },
    ],
    [
      '2024年哪个单位行政诉讼比较少',
      { years: [2024], metric: 'reviewLitigation.litigation.total', aggregation: 'min' },
    ],
    // A which-question closing on a bare 多 / 少: the most or the fewest.
    ['2024年谁的行政复议少', { years: [2024], metric: 'reviewLitigation.review.total', aggregation: 'min' }],
    ['2024年哪个单位收到的申请多', { years: [2024], metric: RECEIVED, aggregation: 'max' }],
    // 更 only stresses the closing 多; English "had fewer" is the fewest, as "had more" is the most.
    ['2024年哪家行政复议更多', { years: [2024], metric: 'reviewLitigation.review.total', aggregation: 'max' }],
    [
      'Which 2024 report had fewer lawsuits?',
      { years: [2024], metric: 'reviewLitigation.litigation.total', aggregation: 'min' },
    ],
    // 的多少 holds no 的少: how many, not which has fewer.
    ['淮安市2024年行政复议纠正的多少', { ...HA24, metric: 'reviewLitigation.review.corrected' }],
  ]);
});

describe("table 二's 2019 columns in their own words", () => {
  table.run([
    ['南山区2020年行政强制本年增加', { ...NS20, metric: 'activeDisclosure.enforcement.change' }],
    ['南山区2020年行政处罚本年减少了多少', { ...NS20, metric: 'activeDisclosure.punishment.change' }],
    // 比上年 compares two reports: no column of this one.
    [
      '南山区2020年行政强制比上年增加多少',
      {
        organs: [NANSHAN],
        years: [2020],
        metric: 'activeDisclosure.enforcement.decisions',
        aggregation: 'change',
      },
    ],
  ]);
});

const index = useSampleIndex();

describe('上一年 and 增减 after a 2019 report’s item row', () => {
  runConversations(index, [
    [
      [
        '龙岗区发改局2020年行政许可多少',
        { organs: [LONGGANG_DRC], years: [2020], metric: 'activeDisclosure.licensing.decisions' },
      ],
      [
        '他们上一年是多少项',
        { organs: [LONGGANG_DRC], years: [2020], metric: 'activeDisclosure.licensing.lastYearItems' },
      ],
      ['增减呢', { organs: [LONGGANG_DRC], years: [2020], metric: 'activeDisclosure.licensing.change' }],
    ],
  ]);
});
