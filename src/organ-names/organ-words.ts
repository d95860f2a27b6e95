// How people shorten organ names: rules applied to every organ name in the store, never a list of organs.

/** Official body names and the short forms people use (发展和改革局 → 发改局). Adding a rule is one line. */
export const ORG_SHORTENINGS: readonly (readonly [string, string])[] = [
  ['发展和改革局', '发改局'],
  // Many districts renamed 发改委 to 发改局; people still say 发改委.
  ['发展和改革局', '发改委'],
  ['发展和改革委员会', '发改委'],
  ['政务服务数据管理局', '数据局'],
  ['政务服务和数据管理局', '数据局'],
  ['政务服务数据管理局', '政数局'],
  ['人力资源和社会保障局', '人社局'],
  ['市场监督管理局', '市场监管局'],
  ['住房和城乡建设局', '住建局'],
  ['规划和自然资源局', '规划资源局'],
  ['卫生健康局', '卫健局'],
  ['卫生健康委员会', '卫健委'],
  ['交通运输局', '交通局'],
  ['应急管理局', '应急局'],
  ['城市管理和综合执法局', '城管局'],
  ['工业和信息化局', '工信局'],
  ['科技创新局', '科创局'],
  ['退役军人事务局', '退役军人局'],
  ['文化广电旅游体育局', '文广旅体局'],
  ['生态环境局', '环境局'],
  // The same body written in its other official forms.
  ['政务服务数据管理局', '政务服务和数据管理局'],
  ['政务服务和数据管理局', '政务服务数据管理局'],
  ['发展和改革局', '发展改革局'],
  ['发展和改革局', '发展和改革委员会'],
  ['住房和城乡建设局', '住房城乡建设局'],
  ['人力资源和社会保障局', '人力资源社会保障局'],
  ['规划和自然资源局', '规划自然资源局'],
];

/**
 * Short forms that people also write without 局 after a region (龙岗发改, 龙岗人社), except those that are common
 * words after a region name in a question (龙岗数据 = "Longgang's data").
 */
export const BARE_FORM_EXCLUDED: readonly string[] = ['数据', '政数', '环境', '交通', '应急'];

/** Body names of a whole people's government; the region alone (龙岗区) names it. */
export const GOVERNMENT_BODIES: readonly string[] = ['人民政府', '政府'];

/**
 * Suffixes of administrative divisions, longest first: a region's stem drops them (龙岗区 → 龙岗) and English
 * names translate them (Longgang District).
 */
export const DIVISION_SUFFIXES: readonly (readonly [string, string])[] = [
  ['自治县', 'autonomous county'],
  ['自治州', 'autonomous prefecture'],
  ['自治区', 'autonomous region'],
  ['新区', 'new district'],
  ['省', 'province'],
  ['市', 'city'],
  ['区', 'district'],
  ['县', 'county'],
  ['旗', 'banner'],
  ['镇', 'town'],
  ['乡', 'township'],
  ['街道', 'subdistrict'],
];

/**
 * Suffixes that end the divisions at the start of an organ name when the report gives no region
 * (深圳市 | 福田区 | 住房和城乡建设局). Town-level ones (乡, 镇) are left out: 城乡 and 乡镇 occur inside body names.
 */
export const NAME_DIVISION_SUFFIXES: readonly string[] = [
  '自治区',
  '自治州',
  '自治县',
  '新区',
  '省',
  '市',
  '州',
  '盟',
  '区',
  '县',
  '旗',
];

/** English names of common bodies, lower case (matched after the region's pinyin: "Longgang data bureau"). */
export const BODY_ENGLISH: readonly (readonly [string, readonly string[]])[] = [
  ['人民政府', ['government', "people's government"]],
  [
    '发展和改革局',
    ['development and reform bureau', 'development and reform commission', 'drc', 'development reform bureau'],
  ],
  [
    '政务服务数据管理局',
    [
      'data bureau',
      'data management bureau',
      'government services and data management bureau',
      'government service data management bureau',
    ],
  ],
  ['政务服务和数据管理局', ['data bureau', 'data management bureau']],
  ['教育局', ['education bureau']],
  ['公安分局', ['public security bureau', 'police']],
  ['财政局', ['finance bureau']],
  ['民政局', ['civil affairs bureau']],
  ['司法局', ['justice bureau']],
  ['人力资源和社会保障局', ['human resources and social security bureau']],
  ['住房和城乡建设局', ['housing and construction bureau']],
  ['交通运输局', ['transport bureau']],
  ['卫生健康局', ['health bureau']],
  ['市场监督管理局', ['market supervision bureau', 'market regulation bureau']],
  ['生态环境局', ['ecology and environment bureau', 'environment bureau']],
  ['应急管理局', ['emergency management bureau']],
  ['水务局', ['water bureau']],
];

/**
 * Endings of an organ name that the store may not hold (龙岗区教育局): after a known region, such a name means a
 * different organ, so the engine says it has no report instead of answering for the region's government.
 */
export const ORGAN_NAME_ENDINGS: readonly string[] = [
  '人民政府',
  '局',
  '委员会',
  '办公室',
  '中心',
  '街道办事处',
  '街道办',
  '管委会',
  '法院',
  '检察院',
  '分局',
  '委',
  '厅',
  '署',
];

/** One-character bodies after a region that name an organ of their own: 区委, 市委, 县委 (the party committee). */
export const ONE_CHARACTER_BODIES: readonly string[] = ['委'];

/** Characters that never belong to an organ or region name; they stop the search for an unknown name. */
export const NOT_NAME_CHARS =
  '请问的了在和与及是有把被给从向对呢吗么啊个些哪各每全本我该这那此其年月日共总都也还就又再';

/** Words ending like a region that are not one (城区, 小区, 全市). */
export const NOT_REGION_WORDS: readonly string[] = [
  '城区',
  '地区',
  '小区',
  '社区',
  '园区',
  '片区',
  '街区',
  '景区',
  '辖区',
  '市区',
  '郊区',
  '山区',
  '城市',
  '超市',
  '都市',
  '上市',
  '县城',
  '全区',
  '全市',
  '全县',
  '行政区',
];

/** Characters after 市/区 that make it part of a word, not a region's end (市场, 市民). */
export const NOT_AFTER_REGION = '场民政长';

/** Region suffixes that may end an unknown region name in a question (福田区). */
export const REGION_NAME_ENDINGS: readonly string[] = ['新区', '自治县', '区', '县', '市', '旗', '省'];

/** Words before an ambiguous organ name asking for every organ it could mean (所有数据局, both data bureaus). */
export const ALL_OF: Readonly<Record<'zh' | 'en', readonly string[]>> = {
  zh: [
    '所有',
    '全部',
    '各个',
    '各',
    '每个',
    '两个',
    '两家',
    '几个',
    '几家',
    '这几个',
    '这两个',
    '所有的',
    '全部的',
    '各个的',
  ],
  en: ['all ', 'all the ', 'both ', 'both the ', 'each ', 'every ', 'all of the '],
};
