// Words asking for arithmetic on the figures asked (a difference, a sum, a ratio), for "all the organs of a
// scope" (全部单位, 三个单位), for a count of organs (几个单位, 多少个部门) and for a count of years summed (两年加起来).
import type { Level } from '../query.js';

/** The arithmetic a question asks for. */
export type Operation = 'difference' | 'sum' | 'ratio';

interface Words {
  readonly zh: readonly string[];
  readonly en: readonly string[];
}

/** 翻了几番 / how many doublings: a ratio asked as doublings (翻一番 is ×2, 翻两番 ×4), said beside the ratio. */
/**
 * 多百分之几 / 少了百分之多少 / what percent more: a difference said as a share of the figure compared with
 * (A比B多百分之几: (A − B) ÷ B), not A's share of B.
 */
export const RELATIVE_DIFFERENCE_WORDS: Words = {
  zh: [
    '多',
    '少',
    '高',
    '低',
    '多了',
    '少了',
    '高了',
    '低了',
    '高出',
    '多出',
    '增加了',
    '减少了',
    '增加',
    '减少',
  ].flatMap((more) =>
    ['百分之几', '百分之多少', '多少%', '几%', '多少百分比', '百分比是多少'].map((share) => `${more}${share}`),
  ),
  en: [
    'what percent more',
    'what percent fewer',
    'what percent less',
    'how many percent more',
    'percent more',
    'percent fewer',
    'percent less',
    'by what percentage',
  ],
};

export const DOUBLING_WORDS: Words = {
  zh: ['几番', '翻了几番', '翻几番', '翻了多少番', '多少番', '翻了几翻'],
  en: ['how many doublings', 'doubled how many times', 'how many times doubled'],
};

/**
 * Words choosing an operation. 增加了多少 / 少了 are change words (one organ over two years); between two organs
 * or two figures understanding reads them as a difference too.
 */
/** Whether two figures are equal (新收和办结一样吗): a difference of two figures, never of one over years. */
export const EQUALITY_WORDS: readonly string[] = [
  '一样吗',
  '一不一样',
  '是不是一样',
  '是否一样',
  '相等吗',
  '是否相等',
  '相不相等',
  '相等不相等',
  '是不是相等',
  '等不等于',
  '是否等于',
  '相同吗',
  '是否相同',
];

export const OPERATION_TERMS: Readonly<Record<Operation, Words>> = {
  difference: {
    zh: [
      '多多少',
      '少多少',
      '多几',
      '少几',
      '多几件',
      '少几件',
      '相差',
      '相差多少',
      '差多少',
      '差了多少',
      '差几',
      '差了几',
      '差了几个',
      '差了几件',
      '差几个',
      '差距',
      '差额',
      '差值',
      // A与B的差 / 两者之差: the difference named at the end.
      '的差',
      '之差',
      '差是多少',
      '多出',
      '多出多少',
      '高多少',
      '低多少',
      '高出',
      '低了多少',
      '高了多少',
      // 新收减去办结: one figure taken from the other.
      '减去',
      // 制发减废止: one figure less the other, written with 减 alone (减少 is a change, read as its longer word).
      '减',
      '减掉',
      '相减',
      '扣除',
      '扣掉',
      // 新收和办结一样吗 / 是否相等 / 等不等于: whether two figures are equal is answered by their difference.
      ...EQUALITY_WORDS,
    ],
    en: [
      'difference',
      'minus',
      'how many more',
      'how many fewer',
      'how much more',
      'how much less',
      'gap',
      'more than',
      'fewer than',
      'less than',
      // Is A the same as B?: whether two figures are equal is answered by their difference. (equals is left to
      // a balance: new plus carried over equals handled plus carried forward is table 3's check.)
      'the same as',
      'same as',
    ],
  },
  sum: {
    zh: [
      '一共',
      '合计',
      '加起来',
      '总共',
      '共计',
      '合起来',
      '加总',
      '总和',
      '之和',
      '加在一起',
      '加一起',
      '加一块',
      '加一块儿',
      '加到一块',
      '加到一起',
      '合一块',
      '相加',
      '汇总',
      '合在一起',
      '累计',
      '总共有',
      // 复议加诉讼 / 上年结转加上新收: figures joined by 加 are added.
      '加',
      '加上',
      '再加上',
      '再加',
      '加上了',
      // 新收+上年结转 (＋ is + after normalizing).
      '+',
    ],
    // total requests received by A and B: total before the figure, as 一共 is both the total column and a sum.
    en: [
      'in total',
      'plus',
      'combined',
      'altogether',
      'sum',
      'total of',
      'put together',
      'all together',
      'total',
      // Add them / add the two together: 加起来 said in English. (add up alone asks whether a report's totals add
      // up, a check.)
      'add',
      'added',
      'add together',
      'added together',
      // Add them up: up closes the verb around the figures pointed at (up alone is no filler: up to 2023).
      ...['them', 'these', 'those', 'both', 'the two', 'these two', 'those two', 'all'].map((both) => `add ${both} up`),
    ],
  },
  ratio: {
    // 翻了几倍 is said of either quotient (17.25 or 16.25 from 550 to 9,487): the reply says which (是上年的 17.25 倍).
    // 收费除以许可数: the first figure divided by the second, as 是…的几倍 reads them.
    zh: [
      '几倍',
      '多少倍',
      '倍数',
      '倍',
      '翻了几倍',
      '翻了多少倍',
      '翻几倍',
      '除以',
      '÷',
      '比值',
      '之比',
      // 维持和纠正的比是多少: the ratio of the two named before it.
      '的比是',
      '的比为',
      ...DOUBLING_WORDS.zh,
    ],
    en: ['how many times', 'times as many', 'times as much', 'times', 'divided by', ...DOUBLING_WORDS.en],
  },
};

/**
 * Words asking for an average per item (平均每个项目多少钱 / 平均每项 / 均价): an amount divided by the count of the same
 * row, never the amount itself; a question whose figures have no such count is not understood.
 */
export const AVERAGE_WORDS: Words = {
  zh: [
    '平均每个',
    '平均每项',
    '平均每一个',
    '平均每一项',
    '平均一个',
    '平均一项',
    '平均每个项目',
    '平均每项目',
    '平均一个项目',
    '每个项目平均',
    '每个采购项目平均',
    '平均每个采购项目',
    '每项平均',
    '平均金额',
    '平均花费',
    '均价',
    // 采购项目平均多少钱: 平均 beside the money asked (平均 alone may be of days or people, which no table holds).
    '平均多少钱',
    '平均多少元',
    '平均多少万元',
    '平均花了多少',
  ],
  en: ['average', 'on average', 'per item', 'per project', 'each on average'],
};

/**
 * 洪泽区两年的行政处罚平均 / 两份报告的行政复议平均 / per report: one figure of several reports added and divided by
 * how many (one report's figure has no mean; 平均答复时间 still names a time no table holds).
 */
export const MEAN_WORDS: Words = {
  zh: ['平均', '平均值', '均值', '平均数', '年均', '平均每年', '每年平均', '平均每份', '每份平均', '平均每份报告'],
  en: ['per report', 'average per report'],
};

/** A period a year's figure is averaged over: its 12 months, or the days of the report's year. */
export type Period = 'month' | 'day';

/**
 * 平均每月 / 每天 / per month: one report's figure of a year divided by the period's count in that year, the divisor
 * said in the reply (713 件 ÷ 12 个月 ≈ 59.4 件/月); a report prints no monthly figure, so the quotient is never read
 * as one printed.
 */
export const PER_PERIOD_WORDS: Readonly<Record<Period, Words>> = {
  month: {
    zh: ['平均每月', '每月平均', '平均每个月', '每个月平均', '平均一个月', '一个月平均', '月均', '每月', '每个月'],
    en: ['per month', 'a month', 'each month', 'every month', 'monthly', 'on average per month'],
  },
  day: {
    zh: ['平均每天', '每天平均', '平均每日', '每日平均', '平均一天', '一天平均', '日均', '每天', '每日'],
    en: ['per day', 'a day', 'each day', 'every day', 'daily', 'on average per day'],
  },
};

/**
 * 平均每家 / 每个单位平均 / per agency: a sum over the organs asked (a scope, a level, the organs named or just
 * listed) divided by how many reports were added, both stated. 人均 is per person, which no table holds; words
 * naming a kind of organ (平均每个部门) are left to the level words, never read as every organ.
 */
export const PER_ORGAN_WORDS: Words = {
  zh: [
    '平均每家',
    '每家平均',
    '平均每家单位',
    '每家单位平均',
    '平均每个单位',
    '每个单位平均',
    '平均每单位',
    '平均每个机关',
    '平均一家',
  ],
  en: ['per organ', 'per agency', 'average per organ', 'average per agency', 'on average per agency'],
};

/** The count each amount is averaged over: 采购总金额 ÷ 采购项目数量 (table 二's one amount with a count beside it). */
export const AVERAGED_OVER: Readonly<Record<string, string>> = {
  'activeDisclosure.procurement.amountYuan': 'activeDisclosure.procurement.items',
};

/**
 * Verbs written between 多/少 and 多少/几 in a comparison (比南山区多收了多少, 少收几件, 多办结了几件): the verb names
 * the figure (read as usual), the words around it a difference.
 */
export const DIFFERENCE_VERBS: readonly string[] = [
  '收到',
  '收',
  '接收',
  '接到',
  '受理',
  '办结',
  '办理',
  '办',
  '处理',
  '答复',
  '公开',
  '发',
  '制发',
  '出',
];

/**
 * The body after a count of organs, and the level it names (null: any organ): 三个部门 are departments, 几个区 district
 * governments. The longest body written wins (区县 before 区).
 */
export const COUNTED_BODIES: readonly (readonly [string, Level | null])[] = [
  ['单位', null],
  ['机关', null],
  ['部门', 'department'],
  ['局', 'department'],
  ['区县', 'county'],
  ['县区', 'county'],
  ['区县政府', 'county'],
  ['区', 'district'],
  ['区政府', 'district'],
  ['县', 'countyProper'],
  ['县政府', 'countyProper'],
  ['乡镇街道', 'town'],
  ['乡镇', 'town'],
  ['街道', 'town'],
  ['镇', 'town'],
  ['市', 'city'],
  ['市政府', 'city'],
  ['政府', 'government'],
];

/**
 * Words asking how many organs (几个单位 / 多少家单位 / 多少个部门 / how many agencies), with the level they count:
 * counted from the store (with the question's region, level and year), never answered with a figure of a report.
 */
export const COUNT_TERMS: Readonly<Record<'zh' | 'en', Readonly<Record<string, Level | null>>>> = {
  zh: Object.fromEntries([
    ...['多少个', '几个', '几家', '多少家', '几所', '多少所'].flatMap((word) =>
      COUNTED_BODIES.map(([body, level]) => [`${word}${body}`, level] as const),
    ),
    // Without a measure word only where no figure word follows (多少政府信息公开申请 is a figure).
    ...['几', '多少'].flatMap((word) =>
      (['单位', '机关', '部门'] as const).map(
        (body) => [`${word}${body}`, body === '部门' ? 'department' : null] as const,
      ),
    ),
  ]),
  en: {
    'how many organ': null,
    'how many organs': null,
    'how many agency': null,
    'how many agencies': null,
    'how many government': 'government',
    'how many governments': 'government',
    'how many department': 'department',
    'how many departments': 'department',
    'how many district': 'district',
    'how many districts': 'district',
    'how many county': 'countyProper',
    'how many counties': 'countyProper',
    'how many city': 'city',
    'how many cities': 'city',
    'how many report': null,
    'how many reports': null,
    'number of report': null,
    'number of reports': null,
  },
};

/** The bodies a scope word or a count names (全部单位, 三个区政府): those a count of organs reads. */
const BODIES = COUNTED_BODIES.map(([body]) => body);
const COUNTS: Readonly<Record<string, number>> = {
  两: 2,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
  2: 2,
  3: 3,
  4: 4,
  5: 5,
  6: 6,
  7: 7,
  8: 8,
  9: 9,
};

/**
 * Words naming every organ of a scope, with how many when said (三个单位 = 3; 全部单位 = null): a sum beside
 * them adds the organs of the scope rather than those named (龙岗区三个单位一共 = the organs of 龙岗区).
 */
/** 淮安市下辖的区 / 所辖县区: every organ of that level under the place named before. */
export const UNDER_WORDS: readonly string[] = [
  '下辖',
  '下辖的',
  '所辖',
  '所辖的',
  '辖下',
  '辖下的',
  '下属的',
  '所属的',
];

/** Words for "the total column" in every table. */
export const TOTAL_WORDS = {
  zh: ['总计', '合计', '总数', '一共', '总共', '共计', '总量', '全部'],
  en: ['total', 'in total', 'altogether', 'overall', 'all together'],
} as const;

/** The store itself (库里 / 库中 / 整个库): every organ it holds, as 全部单位 is. */
export const STORE_WORDS: readonly string[] = ['库里', '库中', '库内', '全库', '整个库', '数据库里', '数据库中'];

export const SCOPE_TERMS: Readonly<{
  zh: Readonly<Record<string, number | null>>;
  en: Readonly<Record<string, number | null>>;
}> = {
  zh: Object.fromEntries([
    ...['全部', '所有', '各', '各个', '每个', '全体', '下属', '所属', ...UNDER_WORDS].flatMap((word) =>
      BODIES.map((body) => [`${word}${body}`, null] as const),
    ),
    ...Object.entries(COUNTS).flatMap(([word, count]) =>
      ['个', '家'].flatMap((measure) => BODIES.map((body) => [`${word}${measure}${body}`, count] as const)),
    ),
    // 淮安的两份2024年报告: reports counted, one organ's each in the one year asked (read-filters' readOrganCount).
    ...Object.entries(COUNTS).map(([word, count]) => [`${word}份`, count] as const),
    // 淮安市范围内 / 辖区内: every organ of the place named before.
    ...['范围内', '辖区内', '境内', '范围内的', '辖区内的'].map((word) => [word, null] as const),
    // 库里一共多少申请: every organ of the store.
    ...STORE_WORDS.map((word) => [word, null] as const),
  ]),
  en: {
    'all organ': null,
    'all agency': null,
    'all department': null,
    'every organ': null,
    'every agency': null,
    'each organ': null,
    'each agency': null,
    'all district': null,
  },
};

/**
 * 行政许可、处罚、强制三项合计 / 这三个数加起来: how many figures the question adds, which must be the figures it names
 * (else the count is a word nothing explains, never a sum of fewer). Two figures are 两项 / 两个, pointing words.
 */
export const FIGURE_COUNT_TERMS: Readonly<Record<'zh' | 'en', Readonly<Record<string, number>>>> = {
  zh: Object.fromEntries(
    Object.entries(COUNTS)
      .filter(([, count]) => count > 2)
      .flatMap(([word, count]) =>
        ['项', '个数', '个数字', '者'].flatMap((body) => [
          [`${word}${body}`, count] as const,
          [`这${word}${body}`, count] as const,
        ]),
      ),
  ),
  en: { 'three figures': 3, 'the three': 3, 'all three': 3, 'four figures': 4, 'all four': 4 },
};

/** 两年加起来 / 这三年: a count of years, read as the organ's last years when the question names none. */
export const YEAR_COUNT_TERMS: Readonly<Record<'zh' | 'en', Readonly<Record<string, number>>>> = {
  zh: {
    两年: 2,
    二年: 2,
    三年: 3,
    四年: 4,
    五年: 5,
    这两年: 2,
    这三年: 3,
    两个年度: 2,
    三个年度: 3,
  },
  en: { 'two year': 2, 'three year': 3, 'both year': 2 },
};

/** Words pointing back at the figures just asked (两者相差多少, 它们加起来): a follow-up on the previous operands. */
export const BOTH_WORDS: Readonly<Record<'zh' | 'en', readonly string[]>> = {
  zh: [
    '两者',
    '二者',
    '两个',
    '两家',
    '两个单位',
    '两项',
    '它们',
    '他们',
    '这两个',
    '这两家',
    '这两项',
    '前后',
    '两边',
    // 这俩差几件: 俩 is 两个 spoken.
    '这俩',
    '俩',
    '它俩',
    '他俩',
  ],
  en: ['both', 'the two', 'these two', 'them'],
};
