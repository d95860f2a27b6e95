import type { Level } from '../query.js';

// Words pointing back at what the last answer named (它 / 这两个单位 / them), and years counted from the year the
// conversation is about (前一年 / the year before). Both are read against the conversation, never the store alone.

/**
 * Pointers that name organs, several of them (这些单位, these agencies): after an answer about one organ they point at
 * none (它们 / them may be that organ's figures, 他们 the organ itself).
 */
export const SEVERAL_ORGANS_POINTERS: Readonly<Record<'zh' | 'en', readonly string[]>> = {
  zh: ['这些单位', '这几个单位', '这几家', '上述单位', '以上单位'],
  en: ['these agencies', 'those agencies'],
};

/**
 * Words for the organ(s) the last answer named, with how many they point at: 1 (它, 该区, it), a count (这两个,
 * 三个), or null (它们, them: all of them).
 */
export const POINTER_WORDS: Readonly<Record<'zh' | 'en', Readonly<Record<string, number | null>>>> = {
  zh: {
    ...Object.fromEntries(
      [
        '它',
        '该单位',
        '这个单位',
        '那个单位',
        '这家单位',
        // 这家的复议纠正了几件 after a ranking: the organ it named.
        '这家',
        '那家',
        '这一家',
        '那一家',
        '该机关',
        '这个机关',
        '该部门',
        '这个部门',
        '该局',
        '这个局',
        '该政府',
        '该区',
        '这个区',
        '该县',
        '这个县',
        '该市',
        '这个市',
        // 刚才那个县的行政强制呢: 那个 points back as 这个 does.
        '那个区',
        '那个县',
        '那个市',
        '那个部门',
        '那个局',
        '那个机关',
        '那个政府',
      ].map((word) => [word, 1]),
    ),
    ...Object.fromEntries(
      ['它们', '他们', '这几个', '这几家', '这些单位', '这几个单位', '上述单位', '以上单位'].map((word) => [
        word,
        null,
      ]),
    ),
    ...Object.fromEntries(
      Object.entries({ 两: 2, 三: 3, 四: 4, 五: 5 }).flatMap(([word, count]) =>
        ['', '这'].flatMap((before) => ['个', '家', '个单位'].map((after) => [`${before}${word}${after}`, count])),
      ),
    ),
    // 这俩差几件: 俩 is 两个 in speech.
    ...Object.fromEntries(['俩', '这俩', '它俩', '他俩'].map((word) => [word, 2])),
  },
  en: {
    ...Object.fromEntries(['it', 'its', 'that one', 'this one', 'that agency', 'this agency'].map((word) => [word, 1])),
    ...Object.fromEntries(['they', 'them', 'their', 'these agencies', 'those agencies'].map((word) => [word, null])),
    'these two': 2,
    'both of them': 2,
  },
};

/**
 * 前者 / 后者 / the former: one of the two organ-years the last answer (or the one before it) stated, by its place
 * among them (1 the first, 2 the second); asked back when neither turn stated two.
 */
export const ORDINAL_POINTERS: Readonly<Record<'zh' | 'en', Readonly<Record<string, 1 | 2>>>> = {
  zh: { 前者: 1, 后者: 2, 前一个单位: 1, 后一个单位: 2 },
  en: { 'the former': 1, 'the latter': 2 },
};

/**
 * 前者和后者差多少 / 后者是前者的几倍 / 第一个比第二个多多少 / the ratio of the first to the second: both ordinal words in one
 * question name the two figures the last two turns stated, in their order (1 the earlier turn's, 2 the later's).
 */
export const ORDINAL_PAIR_WORDS: Readonly<Record<'zh' | 'en', Readonly<Record<string, 1 | 2>>>> = {
  zh: {
    前者: 1,
    后者: 2,
    第一个: 1,
    第二个: 2,
    第一家: 1,
    第二家: 2,
    第一项: 1,
    第二项: 2,
  },
  en: {
    'the first': 1,
    'the second': 2,
    'the first one': 1,
    'the second one': 2,
    'the former': 1,
    'the latter': 2,
  },
};

/**
 * Pointing words that name what the organ pointed at is: 该区 is a district's government, 该局 a department. One
 * of another kind (该区 after 淮安市) is asked back, never answered as that organ.
 */
export const POINTER_LEVELS: Readonly<Record<'zh' | 'en', Readonly<Record<string, Level>>>> = {
  zh: {
    该区: 'district',
    这个区: 'district',
    该县: 'countyProper',
    这个县: 'countyProper',
    该市: 'city',
    这个市: 'city',
    该政府: 'government',
    该部门: 'department',
    这个部门: 'department',
    该局: 'department',
    这个局: 'department',
  },
  en: {},
};

/**
 * 前一年呢 / 后一年呢 / the year before: the year of the conversation moved by the offset, never a year counted
 * from the store's latest (去年 is that). Rows that say the year before in their own words (上一年项目数量,
 * 上一年结转) are longer phrases and win.
 */
export const CONTEXT_YEAR_WORDS: Readonly<Record<'zh' | 'en', Readonly<Record<string, number>>>> = {
  zh: {
    前一年: -1,
    前一年度: -1,
    上一年: -1,
    上一年度: -1,
    再前一年: -2,
    后一年: 1,
    后一年度: 1,
    下一年: 1,
    下一年度: 1,
    // 往前一年 / 再往后一年: one step from the conversation's year (再 is once more, from where it stands now).
    往前一年: -1,
    再往前一年: -1,
    往前推一年: -1,
    往后一年: 1,
    再往后一年: 1,
    往后推一年: 1,
    // 2023年…，第二年变成了多少: the year after the one written or talked about.
    第二年: 1,
    次年: 1,
  },
  en: {
    'the year before': -1,
    'a year earlier': -1,
    'one year earlier': -1,
    'the previous year': -1,
    'previous year': -1,
    'the year after': 1,
    'a year later': 1,
    'the following year': 1,
    'the next year': 1,
  },
};
