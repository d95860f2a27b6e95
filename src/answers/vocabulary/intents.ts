// Words that say what kind of answer is wanted: a ranking, a list, a change, a share, a breakdown, the data itself.
import type { Aggregation, Breakdown, Level } from '../query.js';
import { UNDER_WORDS } from './operations.js';
import { paraphrases } from './paraphrase.js';

interface Words {
  readonly zh: readonly string[];
  readonly en: readonly string[];
}

/**
 * Aggregations named by words of their own; the arithmetic ones are in operations.ts (the divided ones too:
 * PER_PERIOD_WORDS, DOUBLING_WORDS), and a share of a sum is read from a share word after one (shareOfSum).
 */
export type NamedAggregation = Exclude<
  Aggregation,
  | 'value'
  | 'zero'
  | 'shareTop'
  | 'shareBottom'
  | 'difference'
  | 'sum'
  | 'ratio'
  | 'shareOfSum'
  | 'sumShare'
  | 'shareOfJoined'
  | 'perMonth'
  | 'perDay'
  | 'doublings'
  | 'relativeDifference'
  | 'perOrgan'
>;

/** Ways of saying "went up" and "went down", each with or without 了. */
const UP_WORDS = paraphrases(['增加', '增长', '上升', '多', '涨', '上涨', '提高', '变多'], ['', '了']);
const DOWN_WORDS = paraphrases(['减少', '下降', '少', '降', '下跌', '降低', '变少'], ['', '了']);

/** 增加还是减少 / 多了还是少了 / 是涨了还是降了: asks which way a figure moved, i.e. its change (both orders). */
const UP_OR_DOWN: readonly string[] = [
  ...paraphrases(['', '是'], UP_WORDS, ['还是', '或是', '或者'], ['', '是'], DOWN_WORDS),
  ...paraphrases(['', '是'], DOWN_WORDS, ['还是', '或是', '或者'], ['', '是'], UP_WORDS),
];

/** 深圳的区政府哪些有行政复议: which, written after a body of two characters or more (区 alone is the end of a name). */
function whichAfter(bodies: readonly string[]): string[] {
  return bodies.filter((body) => [...body].length >= 2).flatMap((body) => [`${body}哪些`, `${body}哪个`]);
}

/** The level bodies a 'which of them' list is written beside. */
const LEVEL_BODIES = [
  '区县',
  '县区',
  '县',
  '市',
  '乡镇',
  '街道',
  '镇',
  '乡镇街道',
  '镇街',
  '区县政府',
  '区政府',
  '县政府',
];

/** Words choosing an aggregation other than a plain value. */
export const AGGREGATION_TERMS: Readonly<Record<NamedAggregation, Words>> = {
  max: {
    // 2024年行政处罚哪个多 / 谁多: which one has more is the one with most.
    zh: [
      '最多',
      '最高',
      '最大',
      '第一',
      '最多的',
      '排第一',
      '最高的',
      '哪个多',
      '哪个更多',
      '谁多',
      '谁更多',
      '哪家多',
    ],
    // Which 2024 report has more…: of the reports compared, the one with most.
    en: ['most', 'highest', 'largest', 'biggest', 'maximum', 'has more', 'have more', 'had more'],
  },
  min: {
    // 哪个单位行政诉讼比较少: which one has fewer is the one with fewest (纠正的少 closing a which-question too).
    zh: ['最少', '最低', '最小', '倒数第一', '垫底', '较少', '比较少', '更少', '哪个少', '谁少', '哪家少'],
    en: ['fewest', 'least', 'lowest', 'smallest', 'minimum', 'has fewer', 'have fewer', 'had fewer'],
  },
  top: {
    zh: [
      '排名',
      '排行',
      '排序',
      // 2020年…的单位排一下: rank them.
      '排一下',
      '排个序',
      '排个名',
      '排排',
      '从多到少',
      '从高到低',
      '各单位',
      '每个单位',
      '所有单位',
      '全部单位',
      '有报告的单位',
      '有年报的单位',
      '交了报告的单位',
      '各区',
      '各部门',
      '每个区',
      '各个单位',
      '所有部门',
      '各个部门',
      '每个部门',
      '下属单位',
      '下属部门',
      '所属部门',
    ],
    en: [
      'rank',
      'ranking',
      'ranked',
      'league table',
      'each organ',
      'every organ',
      'all organ',
      'each agency',
      'every agency',
      'all agency',
      'each district',
      'every district',
    ],
  },
  bottom: {
    zh: ['从少到多', '从低到高', '由少到多', '由低到高', '升序'],
    en: ['ascending', 'lowest first', 'fewest first', 'smallest first'],
  },
  position: {
    zh: [
      '排第几',
      '排名第几',
      '第几名',
      '排在第几',
      '排多少名',
      '排第几名',
      '名次',
      '排在哪',
      '排在什么位置',
      '排名多少',
      '排多少',
      '排在多少',
      '排第多少',
      '第几位',
      '位列第几',
      '排老几',
      '排名如何',
      '排名怎么样',
    ],
    en: [
      'what rank',
      'which place',
      'what place',
      'rank among',
      'where doe',
      'where did',
      'position',
      'how doe it rank',
      'how did it rank',
      'how doe that rank',
      'how doe this rank',
    ],
  },
  nonzero: {
    zh: [
      '哪些单位',
      '哪些机关',
      '哪些部门',
      '哪些区',
      '哪个单位',
      '哪个机关',
      '哪个部门',
      '哪个区',
      '哪些政府',
      '哪几个',
      '不为零',
      '不为0',
      '不是零',
      '不是0',
      '非零',
      '不等于零',
      '不等于0',
      '哪几家',
      '哪家',
      '哪一家',
      '有哪些单位',
      '单位有哪些',
      // Beside the level they name (哪些乡镇街道有行政复议 / 区政府哪些有: the towns, the districts with one).
      ...LEVEL_BODIES.flatMap((body) => [`哪些${body}`, `哪个${body}`]),
      ...whichAfter(LEVEL_BODIES),
    ],
    en: [
      'which agency',
      'which organ',
      'which department',
      'which district',
      'which government',
      'which authority',
      'which office',
      'not zero',
      'nonzero',
      'non-zero',
      'more than zero',
      'organ with',
      'agency with',
      'department with',
      'list organ',
      'list the organ',
      'list agency',
      'list the agency',
      'list all organ',
    ],
  },
  change: {
    zh: [
      // 2023年和2024年的新收哪年多: which of the two years is higher, their change.
      ...paraphrases(['哪年', '哪一年'], ['多', '更多', '少', '更少', '高', '低']),
      // 环比: against the period before, which for a yearly report is the year before, as 同比.
      '同比',
      '环比',
      '比去年',
      '比上年',
      '较上年',
      '变化',
      '增长',
      '增加了',
      '减少了',
      '增幅',
      '降幅',
      '多了',
      '少了',
      '增加',
      '减少',
      '下降',
      '上升',
      '增长率',
      '上涨',
      '涨了',
      '降了',
      ...UP_OR_DOWN,
    ],
    en: [
      'change',
      'changed',
      'increase',
      'decrease',
      'growth',
      'grow',
      'rise',
      'fall',
      // go up / went down from 2023 to 2024: the change between the years.
      'go up',
      'went up',
      'gone up',
      'go down',
      'went down',
      'gone down',
    ],
  },
  share: {
    zh: [
      // 予以公开有没有超过一半 / 是否过半: whether a figure is more than half its whole, answered by its share.
      '超过一半',
      '超一半',
      '过半',
      '过半数',
      '超过半数',
      '一半以上',
      '公开率',
      '总公开率',
      '公开比例',
      '公开比率',
      '占比',
      '比例',
      '百分比',
      '比重',
      '占多少',
      '占了多少',
      '几成',
      '比率',
      '率',
      '百分之几',
      '百分之多少',
      '占多大',
    ],
    en: ['disclosure rate', 'share', 'percentage', 'proportion', 'percent', 'ratio', 'rate', 'fraction'],
  },
  reports: {
    zh: [
      '哪些报告',
      '什么报告',
      // 2024年的报告都有哪些: the list asked after the reports.
      '报告有哪些',
      '报告都有哪些',
      '年报有哪些',
      '年报都有哪些',
      '有哪些年报',
      '报告列表',
      '哪些年度报告',
      '有哪些数据',
      '收录了',
      '有几份报告',
      '多少份报告',
      '几份报告',
      '几份年报',
      '多少份年报',
      '年报有几份',
      '报告有几份',
      '有没有年报',
      '有年报吗',
      '有报告吗',
      '的年报吗',
      '的报告吗',
      '哪些年份',
      '哪几年',
      // 哪一年 alone asks which year a figure peaks in; of the reports, which years are held.
      '哪一年的报告',
      '哪年的报告',
      '哪一年的年报',
      '哪年的年报',
      '哪些年度',
      // 洪泽区的年报有几年的 / 南山区有哪些年的年报: the years of reports held, asked either way round.
      ...paraphrases(
        ['年报', '报告', '年度报告'],
        ['有几年', '有哪些年', '有哪几年', '是哪几年', '是哪些年', '有多少年'],
      ),
      ...paraphrases(['几年的', '哪些年的', '哪几年的', '多少年的'], ['年报', '报告', '年度报告']),
      // 最近一年的报告是哪家的 / 哪家的报告最新: whose reports they are, the reports of the year asked listed.
      ...paraphrases(
        ['报告', '年报', '年度报告'],
        ['是哪家的', '是哪家单位的', '是哪个单位的', '是哪些单位的', '是谁的', '是哪个机关的', '是哪个部门的'],
      ),
      ...paraphrases(['哪家', '哪家单位', '哪个单位', '哪个机关'], ['的报告', '的年报']),
      '哪些单位的数据',
      '哪些单位的报告',
      '哪些单位的年报',
      '什么单位的报告',
      '哪些机关的报告',
    ],
    en: [
      'which report',
      'what report',
      'list report',
      'list the report',
      'list all report',
      'show the report',
      'available report',
      'report do you have',
      'reports you have',
      // Whose report is the latest?: the reports of the year asked.
      'whose report',
      'which agency report',
      'which organ report',
      'what data',
      // Which years are held; which year alone asks where a figure peaks (WHICH_YEAR_WORDS).
      'which year do you have',
      'what year do you have',
      'which year are available',
      'what year are available',
      'which year are covered',
      'what year are covered',
    ],
  },
  checks: {
    zh: [
      '不一致',
      '勾稽',
      '对不上',
      '数据有问题',
      '校验',
      '有错误',
      '不平衡',
      '自相矛盾',
      '有什么问题',
      '有没有问题',
      '有问题',
      '出错',
      '异常',
      '没通过',
      '未通过',
      '没有通过',
      '是否一致',
      '一致吗',
      '一致性',
      '对得上吗',
      // 表三平不平: whether the table balances.
      '平不平',
      '平衡吗',
      '是否平衡',
      '平衡不平衡',
      '一致不一致',
      '准不准',
      '准确吗',
      '可靠吗',
    ],
    en: [
      'inconsistent',
      'inconsistency',
      'consistency',
      'consistent',
      'add up',
      // Does table 3 balance / is it balanced: whether its identity holds.
      'balance',
      'balanced',
      'pass the check',
      'passed the check',
      'check out',
      'check fail',
      'failed check',
      'fail',
      'failed',
      'failing',
      'error',
      'do not add up',
      "don't add up",
      'mismatch',
    ],
  },
  help: {
    zh: [
      '帮助',
      '你能做什么',
      '怎么用',
      '能问什么',
      '你会什么',
      '使用说明',
      // 你都能回答哪些问题 / 能回答什么: what can be asked.
      ...paraphrases(['能', '可以', '会'], ['回答', '答'], ['哪些问题', '什么问题', '什么', '哪些']),
    ],
    en: ['help', 'what can you do', 'how do i use', 'what can i ask'],
  },
};

/**
 * "前三" / "最多的三个" / "第二多" / "top 3": a ranking cut to N entries (第N多 lists the first N, the Nth last).
 * N in digits or Chinese numerals; the first group that matched holds it.
 */
export const TOP_N_PATTERNS = {
  zh: /前\s*([0-9]+|[一二三四五六七八九十两]+)(?![0-9一二三四五六七八九十两]*\s*年)\s*(?:名|个|位|家)?|(?:最多|最高|最大)的?\s*([0-9]+|[一二三四五六七八九十两]+)\s*(?:名|个|位|家)|第\s*([0-9]+|[二三四五六七八九十]+)\s*(?:多|高|大|名)|(?:排名?|排在|位列|位居|名列)\s*第\s*([0-9]+|[二三四五六七八九十]+)/,
  en: /\btop\s*([0-9]+|one|two|three|four|five|six|seven|eight|nine|ten)\b/,
} as const;
/**
 * The groups of TOP_N_PATTERNS.zh / BOTTOM_N_PATTERNS.zh that hold N of 第N名 / 排第N / 倒数第N: a place asked, not the
 * first N.
 */
export const TOP_N_PLACE_GROUPS: readonly number[] = [3, 4];
export const BOTTOM_N_PATTERNS = {
  zh: /(?:后|倒数)\s*([0-9]+|[一二三四五六七八九十两]+)(?![0-9一二三四五六七八九十两]*\s*年)\s*(?:名|个|位|家)?|(?:最少|最低|最小)的?\s*([0-9]+|[一二三四五六七八九十两]+)\s*(?:名|个|位|家)|倒数\s*第\s*([0-9]+|[二三四五六七八九十]+)\s*(?:名|个|位|家)?/,
  en: /\bbottom\s*([0-9]+|one|two|three|four|five|six|seven|eight|nine|ten)\b/,
} as const;

/** Words asking for the parts of a figure. `detail` means the natural breakdown of whatever is asked. */
export const BREAKDOWN_TERMS: Readonly<Record<Exclude<Breakdown, 'parts' | 'results' | 'fields'>, Words>> = {
  outcomes: {
    zh: ['办理结果', '处理结果', '办理情况', '答复情况', '答复结果', '处理情况', '怎么处理', '如何处理', '办理的结果'],
    en: ['outcome', 'how were', 'handled how', 'result of the application', 'decision on application'],
  },
  applicants: {
    zh: ['申请人情况', '申请人构成', '申请人类型', '申请人分布', '申请主体', '谁申请', '什么人申请', '申请人'],
    en: ['applicant', 'who applied', 'by applicant type', 'who filed'],
  },
  detail: {
    zh: [
      '情况',
      '结果',
      '明细',
      '细分',
      '构成',
      '具体',
      '原因',
      '理由',
      '分项',
      '详细',
      // 不予公开的哪几项是0: every part with its figure answers which are (or are not) 0.
      '哪几项',
      '哪些项',
      ...paraphrases(['哪几项', '哪些项', '哪项'], ['是', '为', '不是', '不为', '等于'], ['0', '零']),
    ],
    en: ['breakdown', 'detail', 'details', 'broken down', 'reason', 'result', 'situation', 'overview', 'summary'],
  },
};

/**
 * 分别是 / 各多少: the parts of one figure of one report (`detail`), but each operand's own figure when several
 * organs or years are named (淮安市和洪泽区2024年的予以公开分别是多少: two totals, not two breakdowns).
 */
export const EACH_WORDS: Words = { zh: ['分别是', '各多少', '各是多少'], en: [] };

/** Words that turn 哪些单位有… into 哪些单位没有…: counted only beside a 'which organs' word. */
export const ZERO_WORDS: Words = {
  zh: [
    '没有',
    '没收到',
    // 全是0 / 都为零: the same zero, said of every part; 不是全是0吗 asks it the other way round, the same figures.
    ...['', '全', '都', '全都', '不是全', '不是都'].flatMap((all) =>
      ['为零', '为0', '是零', '是0'].map((zero) => `${all}${zero}`),
    ),
    '等于零',
    '等于0',
  ],
  en: ['no', 'zero', 'none', 'without', 'not any'],
};

/** Words comparing: a change when two years are named (2021年和2022年对比), else the figures side by side. */
export const COMPARE_WORDS: Words = {
  // 比一比 / 比比看 / 比一下: the verb said twice, as people ask to compare.
  zh: ['对比', '比较', '相比', '相比较', '比', '较', '比一比', '比比', '比比看', '比一下', '对比一下', '比较一下'],
  // Did Nanshan receive more requests in 2020 than Longgang did in 2022 / which is larger: a comparative between
  // the operands asks them side by side, as 比 does (two pairs: both figures and their difference).
  en: [
    'compare',
    'compared',
    'versus',
    'vs',
    'against',
    'more',
    'fewer',
    'larger',
    'bigger',
    'greater',
    'higher',
    'smaller',
    'lower',
  ],
};

/** Words saying "this continues the last question" (那南山区呢？ / what about 2020?). */
export const FOLLOW_UP_MARKERS: Words = {
  // 换沐阳县2025年看看 / 换个单位: the same question about what 换 names. 里头 / 这里面 / 这当中 say 其中 in speech.
  zh: [
    '呢',
    '那',
    '其中',
    '里头',
    '这里头',
    '这里面',
    '这当中',
    '那么',
    '再看',
    '换成',
    '同样',
    '换',
    '换个',
    '换到',
    '换一下',
    // 回到淮安，… / 再回到洪泽: back to an organ asked before, the same as naming it.
    '回到',
    '再回到',
    '回到刚才的',
  ],
  en: ['what about', 'and for', 'how about', 'same for', 'of which', 'among them', 'and in', 'of those', 'among those'],
};

/** 哪个区县 / 各区县 / 所有区县政府: a tier's words after each way of saying "which" or "every". */
const everyOf = (bodies: readonly string[]): string[] => [
  ...['哪个', '哪些', '各', '各个', '每个', '所有', '全部', '全体', ...UNDER_WORDS].flatMap((word) =>
    bodies.map((body) => word + body),
  ),
  ...whichAfter(bodies),
];

/**
 * Words limiting a ranking, list or sum to a level of organs (LEVEL_SPECS says what each holds). Words of a kind
 * and of a tier combine (区级 + 部门 = the departments of districts: readLevel); a word naming both is listed
 * whole (区级部门). 区 is a district, 县 a county proper; 区县 and 县级 are the whole county tier.
 */
export const LEVEL_TERMS: Readonly<Record<Level, Words>> = {
  government: {
    zh: ['政府中', '政府里', '各级政府', ...everyOf(['政府', '人民政府', '地方政府'])],
    en: ['which government', 'all government', 'local government'],
  },
  department: {
    zh: [
      '部门',
      '部门中',
      '部门里',
      '的部门',
      '直属部门',
      '下属单位',
      '下属部门',
      '所属部门',
      '所属单位',
      '职能部门',
      '委办局',
      ...everyOf(['部门', '局', '委办局', '职能部门']),
    ],
    en: ['which department', 'which bureau', 'department'],
  },
  city: {
    zh: [
      '市政府',
      '市级政府',
      '市政府一级',
      '市级',
      '市一级',
      '市一级政府',
      '地级市',
      '设区的市',
      '设区市',
      '城市',
      ...everyOf(['市', '城市', '市政府', '地级市']),
    ],
    en: ['which city', 'city government', 'cities'],
  },
  county: {
    zh: [
      '区县',
      '县区',
      '区县政府',
      '县区政府',
      '区县级',
      // 区县一级政府 / 县区一级: the level said with 一级, as 区一级 and 市一级 are.
      '区县一级',
      '县区一级',
      '区县一级政府',
      '县区一级政府',
      '区县级政府',
      '县级',
      '县级政府',
      // 有哪些县级的报告: the level after 哪些, read whole (哪些县 alone asks which counties).
      '哪些县级',
      '哪个县级',
      '县（区）',
      '区（县）',
      '县(区)',
      '区(县)',
      '县市区',
      ...everyOf(['区县', '县区', '区县政府', '县区政府', '县市区', '区县市']),
    ],
    en: ['which district or county', 'districts and counties', 'county level'],
  },
  district: {
    zh: [
      '区级',
      '区政府',
      '区政府中',
      '区政府里',
      '区人民政府中',
      '区级政府',
      '区一级',
      '区一级政府',
      '区政府一级',
      ...everyOf(['区', '区政府', '区人民政府']),
    ],
    en: ['which district', 'district government'],
  },
  countyProper: {
    zh: ['县政府', '县政府中', '县政府里', '县一级', '县一级政府', ...everyOf(['县', '县政府', '县人民政府'])],
    en: ['which county', 'county government'],
  },
  town: {
    zh: [
      '乡镇',
      '乡镇街道',
      '乡镇（街道）',
      '乡镇(街道)',
      '镇（街道）',
      '镇(街道)',
      '镇街',
      '街镇',
      '乡镇政府',
      // 街道的报告 / 有街道办的吗: the level (a street office's own name before it is an organ: 龙城街道).
      '街道',
      '街道办',
      '街道办事处',
      ...everyOf(['镇', '乡', '乡镇', '街道', '镇街', '乡镇街道', '街道办']),
    ],
    en: ['which town', 'township', 'subdistrict', 'town government'],
  },
  cityDepartment: {
    zh: ['市属部门', '市直部门', '市级部门', '市直单位', '市属单位', '市政府部门', '市直机关'],
    en: ['city department', 'municipal department'],
  },
  countyDepartment: {
    zh: ['县属部门', '县直部门', '县级部门', '区县部门', '区县级部门', '县直单位', '县属单位', '县政府部门'],
    en: ['county department'],
  },
  districtDepartment: {
    zh: ['区属部门', '区直部门', '区级部门', '区直单位', '区属单位', '区政府部门', '区直机关'],
    en: ['district department'],
  },
  cityLevel: {
    zh: ['市本级', '市级单位', '市级机关', '市本级单位'],
    en: ['city level'],
  },
};

/** Whose report is the latest? / the most recent report: the latest report there is, as 最新 is. */
const LATEST_REPORT_WORDS_EN: readonly string[] = [
  'the latest',
  'the most recent',
  'the newest',
  'latest report',
  'most recent report',
  'newest report',
];

/** Year words relative to the latest year in the store (0 = that year). Never 上年: it is a row name (上年结转). */
export const RELATIVE_YEARS: Words & { readonly offsets: Readonly<Record<string, number>> } = {
  zh: ['今年', '去年', '前年', '大前年', '最近一年', '最新', '最新一年', '最新年度', '最新一年度'],
  en: ['this year', 'last year', 'latest year', 'most recent year', ...LATEST_REPORT_WORDS_EN],
  offsets: {
    今年: 0,
    去年: -1,
    前年: -2,
    大前年: -3,
    最近一年: 0,
    最新: 0,
    最新一年: 0,
    最新年度: 0,
    最新一年度: 0,
    'this year': 0,
    'last year': -1,
    'latest year': 0,
    'most recent year': 0,
    ...Object.fromEntries(LATEST_REPORT_WORDS_EN.map((word) => [word, 0])),
  },
};

/**
 * The relative year words that name the latest report there is, not a year counted back: beside an organ they are
 * that organ's latest report (洪泽区最近一年 is its 2024, whatever year another organ filed last).
 */
export const LATEST_YEAR_WORDS: ReadonlySet<string> = new Set([
  '最近一年',
  '最新',
  '最新一年',
  '最新年度',
  '最新一年度',
  'latest year',
  'most recent year',
  ...LATEST_REPORT_WORDS_EN,
]);

/**
 * The earliest report there is: beside an organ, or in a follow-up about one, that organ's earliest report (洪泽区
 * 最早那年 is its 2023); across organs, the store's earliest year.
 */
export const EARLIEST_YEAR_WORDS: Words = {
  zh: ['最早', '最早一年', '最早那年', '最早那一年', '最早的一年', '最早年度', '最早一年度'],
  en: ['earliest year', 'first year'],
};

/** Words naming several years: the last N years of the store, or (null) every year it holds. */
/**
 * 哪一年…最多 / 最多的是哪一年哪个单位: which year a figure peaks in, so every year is compared (never the latest
 * alone). Read only beside a figure and a ranking word; elsewhere (这是哪一年的) it is left unread.
 */
export const WHICH_YEAR_WORDS: Readonly<Record<'zh' | 'en', readonly string[]>> = {
  zh: ['哪一年', '哪年', '哪个年份', '哪一个年份', '哪个年度', '哪一年度'],
  en: ['which year', 'what year', 'in which year', 'in what year'],
};

/**
 * 所有报告里 / 全部单位中 …最多: every report held is compared, each organ's every year, as 哪一年 does (the reply names
 * organ and year); with no ranking word they are asked about, never a sum of years.
 */
export const EVERY_REPORT_WORDS: Readonly<Record<'zh' | 'en', readonly string[]>> = {
  zh: [
    '所有报告里',
    '所有报告中',
    '所有的报告里',
    '所有的报告中',
    '全部报告里',
    '全部报告中',
    '所有年报里',
    '所有年报中',
    '全部年报里',
    '全部年报中',
    '所有单位里',
    '所有单位中',
    '全部单位里',
    '全部单位中',
  ],
  en: [
    'in all reports',
    'of all reports',
    'across all reports',
    'over all reports',
    'in every report',
    'over every report',
  ],
};

export const YEAR_SPANS: Readonly<Record<'zh' | 'en', Readonly<Record<string, number | null>>>> = {
  zh: {
    近两年: 2,
    近二年: 2,
    近三年: 3,
    近四年: 4,
    近五年: 5,
    最近两年: 2,
    最近三年: 3,
    最近五年: 5,
    历年: null,
    各年: null,
    各年度: null,
    每年: null,
    逐年: null,
    每一年: null,
    所有年份: null,
    历年来: null,
  },
  en: {
    'every year': null,
    'each year': null,
    'all year': null,
    'over the year': null,
    'last two year': 2,
    'past two year': 2,
    'last three year': 3,
    'past three year': 3,
    'last five year': 5,
    'past five year': 5,
  },
};

/**
 * Example questions for the help text, filled with an organ and year from the current store
 * ({org}: a short name, {year}: its latest year). Tests run each one to prove it works.
 */
export const HELP_EXAMPLES: Readonly<Record<'zh' | 'en', readonly string[]>> = {
  zh: [
    '{org}{year}年收到多少政府信息公开申请？',
    '{org}{year}年申请的办理结果',
    '{org}{year}年行政复议和行政诉讼情况',
    '{year}年哪个单位收到的申请最多？',
    '哪些单位有行政诉讼？',
    '你有哪些报告？',
    '哪些报告的数据不一致？',
  ],
  en: [
    'How many applications did {org} receive in {year}?',
    'Which agencies had litigation?',
    'Which reports are inconsistent?',
    'What reports do you have?',
  ],
};
