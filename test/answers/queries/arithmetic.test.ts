// Arithmetic as query operations, as exact question → Query pairs: differences (比…多多少, 相差, 少几件), sums (一共,
// 合计, 加起来, 全部单位合计) and ratios (几倍, 占…的百分之几), on organ–year pairs, two figures of one organ or every
// organ of a scope; follow-ups computing on the figures just asked; and the traps that are no arithmetic at all.
import { describe } from 'vitest';
import {
  LONGGANG,
  METRIC,
  NANSHAN,
  type QueryRow,
  runConversations,
  runQueries,
  useSampleIndex,
} from './query-table.js';

const index = useSampleIndex();
const LONGGANG_2022_NANSHAN_2020 = [
  { organ: LONGGANG, year: 2022 },
  { organ: NANSHAN, year: 2020 },
];

describe('differences', () => {
  runQueries(index, [
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
      '龙岗区2022年收到的申请比南山区2020年多多少',
      {
        organs: [LONGGANG, NANSHAN],
        pairs: LONGGANG_2022_NANSHAN_2020,
        metric: METRIC.received,
        aggregation: 'difference',
      },
    ],
    [
      '南山区2020年比龙岗区2022年少几件申请',
      {
        organs: [NANSHAN, LONGGANG],
        pairs: [
          { organ: NANSHAN, year: 2020 },
          { organ: LONGGANG, year: 2022 },
        ],
        metric: METRIC.received,
        aggregation: 'difference',
      },
    ],
    [
      '龙岗2022年和南山2020年申请相差多少',
      {
        organs: [LONGGANG, NANSHAN],
        pairs: LONGGANG_2022_NANSHAN_2020,
        metric: METRIC.received,
        aggregation: 'difference',
      },
    ],
    [
      '龙岗区22年的申请跟南山区20年差了多少',
      {
        organs: [LONGGANG, NANSHAN],
        pairs: LONGGANG_2022_NANSHAN_2020,
        metric: METRIC.received,
        aggregation: 'difference',
      },
    ],
    [
      '龙岗区2022年行政诉讼比南山区2020年多几件',
      {
        organs: [LONGGANG, NANSHAN],
        pairs: LONGGANG_2022_NANSHAN_2020,
        metric: METRIC.litigation,
        aggregation: 'difference',
      },
    ],
    [
      '2022年龙岗区比2020年南山区多多少申请',
      {
        organs: [LONGGANG, NANSHAN],
        pairs: LONGGANG_2022_NANSHAN_2020,
        metric: METRIC.received,
        aggregation: 'difference',
      },
    ],
    [
      '龙岗区2022年的行政复议比南山区2020年高多少',
      {
        organs: [LONGGANG, NANSHAN],
        pairs: LONGGANG_2022_NANSHAN_2020,
        metric: METRIC.review,
        aggregation: 'difference',
      },
    ],
    [
      '龙岗区2022年收到的申请比办结的多多少',
      {
        organs: [LONGGANG],
        years: [2022],
        metric: METRIC.received,
        moreMetrics: [METRIC.handled],
        aggregation: 'difference',
      },
    ],
    [
      '龙岗区2022年行政诉讼比行政复议多几件',
      {
        organs: [LONGGANG],
        years: [2022],
        metric: METRIC.litigation,
        moreMetrics: [METRIC.review],
        aggregation: 'difference',
      },
    ],
    [
      '龙岗区2022年比南山区2020年增加了多少申请',
      {
        organs: [LONGGANG, NANSHAN],
        pairs: LONGGANG_2022_NANSHAN_2020,
        metric: METRIC.received,
        aggregation: 'difference',
      },
    ],
    [
      '龙岗区2022年的申请比南山区2020年多了多少',
      {
        organs: [LONGGANG, NANSHAN],
        pairs: LONGGANG_2022_NANSHAN_2020,
        metric: METRIC.received,
        aggregation: 'difference',
      },
    ],
    [
      '龙岗区和南山区的申请相差多少',
      { organs: [LONGGANG, NANSHAN], metric: METRIC.received, aggregation: 'difference' },
    ],
    [
      '龙岗区2022年比南山区多多少',
      { organs: [LONGGANG, NANSHAN], years: [2022], metric: METRIC.received, aggregation: 'difference' },
    ],
    [
      '龙岗区2022年自然人申请比企业申请多多少',
      {
        organs: [LONGGANG],
        years: [2022],
        metric: METRIC.natural,
        moreMetrics: [METRIC.commercial],
        aggregation: 'difference',
      },
    ],
    [
      '龙岗区2022年和南山区2020年的行政诉讼差距有多大',
      {
        organs: [LONGGANG, NANSHAN],
        pairs: LONGGANG_2022_NANSHAN_2020,
        metric: METRIC.litigation,
        aggregation: 'difference',
      },
    ],
    [
      'How many more applications did Longgang get in 2022 than Nanshan in 2020?',
      {
        organs: [LONGGANG, NANSHAN],
        pairs: LONGGANG_2022_NANSHAN_2020,
        metric: METRIC.received,
        aggregation: 'difference',
      },
    ],
    [
      '龙岗区2022年的申请比南山区2020年少了几件',
      {
        organs: [LONGGANG, NANSHAN],
        pairs: LONGGANG_2022_NANSHAN_2020,
        metric: METRIC.received,
        aggregation: 'difference',
      },
    ],
    [
      '龙岗区2022年的申请跟南山区2020年的差额是多少',
      {
        organs: [LONGGANG, NANSHAN],
        pairs: LONGGANG_2022_NANSHAN_2020,
        metric: METRIC.received,
        aggregation: 'difference',
      },
    ],
    [
      '2022年龙岗区的行政诉讼比2020年南山区多出多少',
      {
        organs: [LONGGANG, NANSHAN],
        pairs: LONGGANG_2022_NANSHAN_2020,
        metric: METRIC.litigation,
        aggregation: 'difference',
      },
    ],
    ['南山区申请比上年多了多少', { organs: [NANSHAN], metric: METRIC.received, aggregation: 'change' }],
    ['南山区2020年比上年多多少', { organs: [NANSHAN], years: [2020], aggregation: 'change' }],
  ]);
});

describe('sums', () => {
  runQueries(index, [
    [
      '龙岗区2022年和南山区2020年加起来一共多少申请',
      { organs: [LONGGANG, NANSHAN], pairs: LONGGANG_2022_NANSHAN_2020, metric: METRIC.received, aggregation: 'sum' },
    ],
    [
      '龙岗区2022年行政复议和行政诉讼一共多少件',
      {
        organs: [LONGGANG],
        years: [2022],
        metric: METRIC.review,
        moreMetrics: [METRIC.litigation],
        aggregation: 'sum',
      },
    ],
    ['龙岗区三个单位一共收到多少申请', { regions: ['龙岗区'], metric: METRIC.received, aggregation: 'sum' }],
    ['全部单位合计收到多少申请', { metric: METRIC.received, aggregation: 'sum' }],
    ['2020年全部单位合计收到多少申请', { years: [2020], metric: METRIC.received, aggregation: 'sum' }],
    ['2020年所有单位一共收到多少申请', { years: [2020], metric: METRIC.received, aggregation: 'sum' }],
    [
      '龙岗区各部门一共收到多少申请',
      { regions: ['龙岗区'], level: 'department', metric: METRIC.received, aggregation: 'sum' },
    ],
    ['龙岗区和南山区一共收到多少申请', { organs: [LONGGANG, NANSHAN], metric: METRIC.received, aggregation: 'sum' }],
    [
      '南山区2020年行政复议和诉讼加起来多少',
      { organs: [NANSHAN], years: [2020], metric: METRIC.review, moreMetrics: [METRIC.litigation], aggregation: 'sum' },
    ],
    [
      '龙岗区2022年和南山区2020年的行政诉讼合计',
      { organs: [LONGGANG, NANSHAN], pairs: LONGGANG_2022_NANSHAN_2020, metric: METRIC.litigation, aggregation: 'sum' },
    ],
    [
      '龙岗区2021年和2022年两年加起来收到多少申请',
      { organs: [LONGGANG], years: [2021, 2022], metric: METRIC.received, aggregation: 'sum' },
    ],
    // 南山区 holds one year: which two is asked, never 2019 beside 2020.
    ['南山区两年加起来一共多少申请', null],
    // A share whose whole is a sum, or of a sum: never the sum of all three figures.
    [
      '龙岗区2022年办结的占新收加上年结转的多少',
      {
        organs: [LONGGANG],
        years: [2022],
        metric: 'applications.total.total',
        moreMetrics: ['applications.newReceived.total', 'applications.carriedOver.total'],
        aggregation: 'shareOfJoined',
      },
    ],
    [
      '龙岗区2022年予以公开和部分公开加起来占办结的比例',
      {
        organs: [LONGGANG],
        years: [2022],
        metric: 'applications.granted.total',
        moreMetrics: ['applications.partial.total', 'applications.total.total'],
        aggregation: 'sumShare',
      },
    ],
    ['2020年三个单位一共收到多少申请', { years: [2020], metric: METRIC.received, aggregation: 'sum' }],
    [
      'How many applications did all agencies receive in total in 2020',
      { years: [2020], metric: METRIC.received, aggregation: 'sum' },
    ],
    [
      '龙岗区2022年和南山区2020年收到的申请总共多少',
      { organs: [LONGGANG, NANSHAN], pairs: LONGGANG_2022_NANSHAN_2020, metric: METRIC.received, aggregation: 'sum' },
    ],
    ['2020年各单位的行政复议加总是多少', { years: [2020], metric: METRIC.review, aggregation: 'sum' }],
    [
      '龙岗区和南山区2020年的申请合起来多少',
      { organs: [LONGGANG, NANSHAN], years: [2020], metric: METRIC.received, aggregation: 'sum' },
    ],
  ]);
});

describe('ratios', () => {
  runQueries(index, [
    [
      '龙岗区2022年收到的申请是南山区2020年的几倍',
      { organs: [LONGGANG, NANSHAN], pairs: LONGGANG_2022_NANSHAN_2020, metric: METRIC.received, aggregation: 'ratio' },
    ],
    [
      '南山区2020年的申请占龙岗区2022年的百分之几',
      {
        organs: [NANSHAN, LONGGANG],
        pairs: [
          { organ: NANSHAN, year: 2020 },
          { organ: LONGGANG, year: 2022 },
        ],
        metric: METRIC.received,
        aggregation: 'ratio',
      },
    ],
    [
      '龙岗区2022年的行政诉讼是行政复议的多少倍',
      {
        organs: [LONGGANG],
        years: [2022],
        metric: METRIC.litigation,
        moreMetrics: [METRIC.review],
        aggregation: 'ratio',
      },
    ],
    [
      '龙岗区2022年申请是南山区2020年的多少倍',
      { organs: [LONGGANG, NANSHAN], pairs: LONGGANG_2022_NANSHAN_2020, metric: METRIC.received, aggregation: 'ratio' },
    ],
    [
      "Longgang's applications in 2022 were how many times Nanshan's in 2020?",
      { organs: [LONGGANG, NANSHAN], pairs: LONGGANG_2022_NANSHAN_2020, metric: METRIC.received, aggregation: 'ratio' },
    ],
  ]);
});

describe('traps: no arithmetic', () => {
  runQueries(index, [
    ['龙岗区2022年自然人占比', { organs: [LONGGANG], years: [2022], metric: METRIC.natural, aggregation: 'share' }],
    // A change asked in percent is the change (its percentage stated), not the quotient of the two years.
    [
      '南山区2021年收到的申请比2020年增长了百分之多少',
      { organs: [NANSHAN], years: [2021, 2020], metric: METRIC.received, aggregation: 'change' },
    ],
    ['龙岗区和南山区的自然人占比', { organs: [LONGGANG, NANSHAN], metric: METRIC.natural, aggregation: 'share' }],
    [
      '南山区2020年自然人申请占百分之几',
      { organs: [NANSHAN], years: [2020], metric: METRIC.natural, aggregation: 'share' },
    ],
    ['龙岗区2022年收到多少申请', { organs: [LONGGANG], years: [2022], metric: METRIC.received }],
    ['哪个单位收到申请最多', { metric: METRIC.received, aggregation: 'max' }],
    ['比较龙岗区和南山区的申请数', { organs: [LONGGANG, NANSHAN], metric: METRIC.received }],
    ['龙岗区2022年申请合计多少', { organs: [LONGGANG], years: [2022], metric: METRIC.received }],
    ['龙岗区2022年一共收到多少申请', { organs: [LONGGANG], years: [2022], metric: METRIC.received }],
    ['龙岗区2022年办理结果总计', { organs: [LONGGANG], years: [2022], metric: METRIC.handled }],
    ['一共有几份报告', { aggregation: 'reports' }],
    ['龙岗区2022年和2021年收到多少申请', { organs: [LONGGANG], years: [2022, 2021], metric: METRIC.received }],
    ['龙岗区2022年的申请总数', { organs: [LONGGANG], years: [2022], metric: METRIC.received }],
    ['龙岗区2022年一共有多少行政诉讼', { organs: [LONGGANG], years: [2022], metric: METRIC.litigation }],
    ['相差多少', { aggregation: 'change' }],
  ]);
});

describe('follow-ups compute on the figures just asked', () => {
  const conversations: QueryRow[][] = [
    [
      ['龙岗区和南山区分别收到多少申请', { organs: [LONGGANG, NANSHAN], metric: METRIC.received }],
      ['两者相差多少', { organs: [LONGGANG, NANSHAN], metric: METRIC.received, aggregation: 'difference' }],
      ['加起来呢', { organs: [LONGGANG, NANSHAN], metric: METRIC.received, aggregation: 'sum' }],
    ],
    [
      [
        '龙岗区2022年和南山区2020年收到多少申请',
        { organs: [LONGGANG, NANSHAN], pairs: LONGGANG_2022_NANSHAN_2020, metric: METRIC.received },
      ],
      [
        '相差多少',
        {
          organs: [LONGGANG, NANSHAN],
          pairs: LONGGANG_2022_NANSHAN_2020,
          metric: METRIC.received,
          aggregation: 'difference',
        },
      ],
      [
        '加起来呢',
        { organs: [LONGGANG, NANSHAN], pairs: LONGGANG_2022_NANSHAN_2020, metric: METRIC.received, aggregation: 'sum' },
      ],
      [
        '是几倍',
        {
          organs: [LONGGANG, NANSHAN],
          pairs: LONGGANG_2022_NANSHAN_2020,
          metric: METRIC.received,
          aggregation: 'ratio',
        },
      ],
    ],
    [
      [
        '龙岗区2022年和南山区2020年的行政诉讼',
        { organs: [LONGGANG, NANSHAN], pairs: LONGGANG_2022_NANSHAN_2020, metric: METRIC.litigation },
      ],
      [
        '两个加起来一共多少',
        {
          organs: [LONGGANG, NANSHAN],
          pairs: LONGGANG_2022_NANSHAN_2020,
          metric: METRIC.litigation,
          aggregation: 'sum',
        },
      ],
    ],
    [
      ['龙岗区2022年收到多少申请', { organs: [LONGGANG], years: [2022], metric: METRIC.received }],
      [
        '比南山区2020年多多少',
        {
          organs: [LONGGANG, NANSHAN],
          pairs: LONGGANG_2022_NANSHAN_2020,
          metric: METRIC.received,
          aggregation: 'difference',
        },
      ],
    ],
    [
      ['龙岗区2022年和2021年收到多少申请', { organs: [LONGGANG], years: [2022, 2021], metric: METRIC.received }],
      ['增长了多少', { organs: [LONGGANG], years: [2022, 2021], metric: METRIC.received, aggregation: 'change' }],
    ],
    [
      [
        '龙岗区2022年行政复议和行政诉讼分别多少',
        { organs: [LONGGANG], years: [2022], metric: METRIC.review, moreMetrics: [METRIC.litigation] },
      ],
      [
        '一共多少',
        {
          organs: [LONGGANG],
          years: [2022],
          metric: METRIC.review,
          moreMetrics: [METRIC.litigation],
          aggregation: 'sum',
        },
      ],
    ],
    [
      ['2020年全部单位合计收到多少申请', { years: [2020], metric: METRIC.received, aggregation: 'sum' }],
      ['行政复议呢', { years: [2020], metric: METRIC.review, aggregation: 'sum' }],
    ],
    [
      ['龙岗区2022年收到多少申请', { organs: [LONGGANG], years: [2022], metric: METRIC.received }],
      ['南山区2020年呢', { organs: [NANSHAN], years: [2020], metric: METRIC.received }],
      [
        '两者相差多少',
        {
          organs: [LONGGANG, NANSHAN],
          pairs: LONGGANG_2022_NANSHAN_2020,
          metric: METRIC.received,
          aggregation: 'difference',
        },
      ],
    ],
    [
      ['龙岗区2022年收到多少申请', { organs: [LONGGANG], years: [2022], metric: METRIC.received }],
      ['南山区2020年呢', { organs: [NANSHAN], years: [2020], metric: METRIC.received }],
      [
        '加起来呢',
        { organs: [LONGGANG, NANSHAN], pairs: LONGGANG_2022_NANSHAN_2020, metric: METRIC.received, aggregation: 'sum' },
      ],
    ],
    [
      ['龙岗区2022年行政复议多少', { organs: [LONGGANG], years: [2022], metric: METRIC.review }],
      ['南山区2020年呢', { organs: [NANSHAN], years: [2020], metric: METRIC.review }],
      [
        '两者差多少',
        {
          organs: [LONGGANG, NANSHAN],
          pairs: LONGGANG_2022_NANSHAN_2020,
          metric: METRIC.review,
          aggregation: 'difference',
        },
      ],
    ],
    [
      ['南山区2020年收到多少申请', { organs: [NANSHAN], years: [2020], metric: METRIC.received }],
      ['全部单位合计呢', { years: [2020], metric: METRIC.received, aggregation: 'sum' }],
    ],
  ];
  runConversations(index, conversations);
});

describe('whether two figures are equal is their difference', () => {
  const ofLonggang = { organs: [LONGGANG], years: [2022], aggregation: 'difference' as const };
  runQueries(index, [
    [
      '龙岗区2022年收到申请和办结的数量一样吗',
      { ...ofLonggang, metric: METRIC.received, moreMetrics: [METRIC.handled] },
    ],
    [
      '龙岗区2022年行政复议与行政诉讼相不相等',
      { ...ofLonggang, metric: METRIC.review, moreMetrics: [METRIC.litigation] },
    ],
    ['龙岗区2022年新收申请等不等于办结数', { ...ofLonggang, metric: METRIC.received, moreMetrics: [METRIC.handled] }],
    [
      '龙岗区2022年和南山区2020年的行政复议是否相同',
      {
        organs: [LONGGANG, NANSHAN],
        pairs: LONGGANG_2022_NANSHAN_2020,
        metric: METRIC.review,
        aggregation: 'difference',
      },
    ],
  ]);
  runConversations(index, [
    [
      // Two figures of the organ the question names are compared with each other, not with the last organ's.
      ['南山区2020年收到多少申请', { organs: [NANSHAN], years: [2020], metric: METRIC.received }],
      ['龙岗区2022年新收和办结差多少', { ...ofLonggang, metric: METRIC.received, moreMetrics: [METRIC.handled] }],
    ],
  ]);
});

describe('a figure named as what another is divided by, and sub-rows named in their group', () => {
  const ofNanshan = { organs: [NANSHAN], years: [2020] };
  runQueries(index, [
    // 是…的百分之几 with the whole named between: the first ÷ the second, never each one's share of its own whole.
    [
      '南山区2020年商业企业的申请是自然人的百分之几',
      { ...ofNanshan, metric: METRIC.commercial, moreMetrics: [METRIC.natural], aggregation: 'ratio' },
    ],
    [
      '南山区2020年行政诉讼是行政复议的百分之几',
      { ...ofNanshan, metric: METRIC.litigation, moreMetrics: [METRIC.review], aggregation: 'ratio' },
    ],
    // A figure and its own whole stay a share; so do parts asked each (各占).
    [
      '南山区2020年予以公开占收到申请的比例',
      { ...ofNanshan, metric: 'applications.granted.total', moreMetrics: [METRIC.received], aggregation: 'share' },
    ],
    [
      '南山区2020年自然人和商业企业各占多少',
      { ...ofNanshan, metric: METRIC.natural, moreMetrics: [METRIC.commercial], aggregation: 'share' },
    ],
    // A share of figures joined (复议和诉讼总数) that add the part: its share of their sum, never one of them read as
    // the whole; joined figures without the part are no whole the engine computes.
    [
      '南山区2020年行政复议占复议和诉讼总数的比例',
      { ...ofNanshan, metric: METRIC.review, moreMetrics: [METRIC.litigation], aggregation: 'shareOfSum' },
    ],
    ['南山区2020年行政复议占部分公开和诉讼总数的比例', null],
    // 其他处理里 A 和 B 一共: the two sub-rows added, not their group beside them.
    [
      '南山区2020年其他处理里逾期不补正和逾期不缴费一共几件',
      {
        ...ofNanshan,
        metric: 'applications.otherHandling.overdueCorrection.total',
        moreMetrics: ['applications.otherHandling.overdueFee.total'],
        aggregation: 'sum',
      },
    ],
  ]);
  runConversations(index, [
    [
      ['南山区2020年新收多少', { ...ofNanshan, metric: METRIC.received }],
      [
        '商业企业的是自然人的百分之几',
        { ...ofNanshan, metric: METRIC.commercial, moreMetrics: [METRIC.natural], aggregation: 'ratio' },
      ],
    ],
  ]);
});
