// Class 2 of issue 13: a relative year inside a row name (去年结转过来, 上年结转, 上一年项目数量, 结转下年度) names the
// row, never a year asked; a relative year standing alone (去年收到多少) is still a year.
import { describe } from 'vitest';
import { LONGGANG, LONGGANG_DRC, NANSHAN } from '../sample-store.js';
import { useUnderstandingTable } from './understanding-table.js';

const table = useUnderstandingTable();
const LG22 = { organs: [LONGGANG], years: [2022] };
const NS20 = { organs: [NANSHAN], years: [2020] };
const DRC20 = { organs: [LONGGANG_DRC], years: [2020] };
const CARRIED_OVER = 'applications.carriedOver.total';
const CARRIED_FORWARD = 'applications.carriedForward.total';

describe('the year before, inside 上年结转', () => {
  table.run([
    ['龙岗区2022年去年结转过来的申请多少', { ...LG22, metric: CARRIED_OVER }],
    ['龙岗区2022年从上一年转过来的申请有多少', { ...LG22, metric: CARRIED_OVER }],
    ['龙岗区2022年上年结转多少', { ...LG22, metric: CARRIED_OVER }],
    ['南山区2020年上年度结转的有几件', { ...NS20, metric: CARRIED_OVER }],
    ['南山区2020年上一年度结转过来几件', { ...NS20, metric: CARRIED_OVER }],
    ['龙岗区2022年上一年遗留的申请', { ...LG22, metric: CARRIED_OVER }],
    ['龙岗区2022年去年没办完的申请有几件', { ...LG22, metric: CARRIED_OVER }],
    ['龙岗区2022年去年结转到今年的申请数', { ...LG22, metric: CARRIED_OVER }],
    ['龙岗区2022年前一年转来的多少', { ...LG22, metric: CARRIED_OVER }],
    ['南山区2020年从去年转过来的', { ...NS20, metric: CARRIED_OVER }],
    ['南山区2020年往年结转的申请', { ...NS20, metric: CARRIED_OVER }],
    ['南山区2020年从2019年结转过来的申请', { ...NS20, metric: CARRIED_OVER }],
    ['龙岗区2022年去年结转的自然人申请', { ...LG22, metric: 'applications.carriedOver.natural' }],
    ['龙岗区22年上年结转几件', { ...LG22, metric: CARRIED_OVER }],
    ['龙岗区2022年上年结转和结转下年度分别多少', { ...LG22, metric: CARRIED_OVER, moreMetrics: [CARRIED_FORWARD] }],
  ]);
});

describe('the year before with other words of the question', () => {
  table.run([
    ['麻烦查下南山区2020年去年结转过来几件', { ...NS20, metric: CARRIED_OVER }],
    ['龙岗区2022年上一年度结转的申请里企业几件', { ...LG22, metric: 'applications.carriedOver.commercial' }],
    ['南山区2020年上年结转的有多少？', { ...NS20, metric: CARRIED_OVER }],
    [
      '龙岗区2022年去年结转和今年新收的各多少',
      { ...LG22, metric: CARRIED_OVER, moreMetrics: ['applications.newReceived.total'] },
    ],
  ]);
});

describe('the year after, inside 结转下年度', () => {
  table.run([
    ['龙岗区2022年结转下年度多少', { ...LG22, metric: CARRIED_FORWARD }],
    ['龙岗区2022年转到下一年的有多少', { ...LG22, metric: CARRIED_FORWARD }],
    ['龙岗区2022年留到明年办的多少', { ...LG22, metric: CARRIED_FORWARD }],
    ['南山区2020年结转到下年的申请', { ...NS20, metric: CARRIED_FORWARD }],
    ['南山区2020年顺延到下一年度办理的几件', { ...NS20, metric: CARRIED_FORWARD }],
    ['南山区2020年转入次年继续办理的', { ...NS20, metric: CARRIED_FORWARD }],
    ['龙岗区2022年结转到2023年的申请有多少', { ...LG22, metric: CARRIED_FORWARD }],
    ['南山区2020年留到下一年继续办理的有几件', { ...NS20, metric: CARRIED_FORWARD }],
    ['龙岗区2022年转入下年度办理的申请', { ...LG22, metric: CARRIED_FORWARD }],
  ]);
});

describe('the year before, inside table 二 fields', () => {
  table.run([
    ['龙岗发改局2020年行政许可上一年项目数量', { ...DRC20, metric: 'activeDisclosure.licensing.lastYearItems' }],
    ['龙岗发改局2020年行政许可上年项目数', { ...DRC20, metric: 'activeDisclosure.licensing.lastYearItems' }],
    ['龙岗发改局2020年行政处罚上一年项目', { ...DRC20, metric: 'activeDisclosure.punishment.lastYearItems' }],
  ]);
});

describe('a relative year standing alone is a year', () => {
  table.run([
    ['龙岗区去年收到多少申请', { organs: [LONGGANG], years: [2024], metric: 'applications.newReceived.total' }],
    ['南山区前年行政复议多少', { organs: [NANSHAN], years: [2023], metric: 'reviewLitigation.review.total' }],
    ['龙岗区今年上年结转多少', { organs: [LONGGANG], years: [2025], metric: CARRIED_OVER }],
    ['龙岗区去年的上年结转', { organs: [LONGGANG], years: [2024], metric: CARRIED_OVER }],
    // 今年新收 with no row of the year before beside it: this year's 新收, not the report's 本年 column of any year.
    ['龙岗区今年新收', { organs: [LONGGANG], years: [2025], metric: 'applications.newReceived.total' }],
    [
      '龙岗区今年的新收和去年结转',
      { organs: [LONGGANG], metric: 'applications.newReceived.total', moreMetrics: [CARRIED_OVER] },
    ],
  ]);
});
