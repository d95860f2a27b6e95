// Words that ask about every organ or the whole store (哪些单位 / 全部单位 / which agencies): such a question never
// takes the organs or years of the conversation's previous question, whatever else it leaves out.
import { STORE_WORDS } from './operations.js';

/** Matched anywhere in the normalized question (Simplified Chinese, lower-case English). */
export const ALL_ORGANS_WORDS: Readonly<Record<'zh' | 'en', readonly string[]>> = {
  zh: [
    '全部单位',
    '所有单位',
    // 2025年有报告的单位: every organ holding a report of the year, as 各单位 of that year is.
    '有报告的单位',
    '有年报的单位',
    '交了报告的单位',
    '各单位',
    '各个单位',
    '每个单位',
    '每家单位',
    '哪些单位',
    '哪个单位',
    '哪家单位',
    '哪几个单位',
    '全部部门',
    '所有部门',
    '各部门',
    '各个部门',
    '每个部门',
    '哪些部门',
    '哪个部门',
    '全部机关',
    '所有机关',
    '各机关',
    '哪些机关',
    '哪个机关',
    '各区',
    '所有区',
    '哪些区',
    '哪个区',
    '各地',
    '全部报告',
    '所有报告',
    ...STORE_WORDS,
    '哪些报告',
    '全市',
    '全部政府',
    '所有政府',
    '哪些政府',
    // 有没有单位被起诉: is there any organ that…, every organ asked about.
    '有没有单位',
    '有单位',
    '有没有部门',
    '有部门',
  ],
  en: [
    'all organs',
    'every organ',
    'each organ',
    'which organs',
    'which organ',
    'all agencies',
    'every agency',
    'each agency',
    'which agencies',
    'which agency',
    'all departments',
    'which departments',
    'which department',
    'which districts',
    'which district',
    'all reports',
    'which reports',
    'every report',
  ],
};

/**
 * Words pointing back at the report just talked about (这份报告 / 这个数据 / 它 / this report): a check question with
 * one of them asks about that report, not about every report of the store.
 */
export const THIS_REPORT_WORDS: Readonly<Record<'zh' | 'en', readonly string[]>> = {
  zh: [
    '这份',
    '这个',
    '这些',
    '这里',
    '该报告',
    '该年报',
    '该单位',
    '该数据',
    '它',
    '此报告',
    '上面',
    '上述',
    '刚才',
    '以上',
  ],
  en: ['this report', 'that report', 'these figures', 'this figure', 'these numbers', 'this data', 'does it', 'is it'],
};

/**
 * Words asking whether a figure is there at all (有没有行政诉讼, 有人申请吗, were there any lawsuits): with an organ
 * they are answered with its figure; with none, with the organs that have it. 有没有 is no 没有 (no zero list).
 */
export const WHETHER_ANY_WORDS: Readonly<Record<'zh' | 'en', readonly string[]>> = {
  zh: ['有没有', '有无', '是否有', '有人', '有没有人', '有谁'],
  en: ['any', 'is there', 'are there', 'was there', 'were there'],
};
/**
 * 收没收收费 / 公开没公开 / 办不办: a verb, 没 (有) or 不, and the verb again asks whether (有没有) too; never 是不是,
 * 对不对, 平不平, 准不准, 一致不一致, which ask whether a statement holds (平不平: whether a table balances), nor
 * 等不等于, 一不一样, 相不相等, 同不同, which ask whether two figures are equal — not whether a figure is there.
 */
export const A_NOT_A = /(?!是|对|平|准|一致|等|一|相|同)(\p{Script=Han}{1,2})(?:没有|没|不)\1(?:到|了|过)?/gu;
/** 有行政复议吗: 有 … 吗 at the end of the question asks the same. */
export const WHETHER_ANY_QUESTION = /有[^，。,]*[吗么][？?]?$/u;

/** Words asking for a quantity (how many / how much): a question with one asks for a figure, not whether any. */
export const QUANTITY_WORDS: Readonly<Record<'zh' | 'en', RegExp>> = {
  zh: /多少|几(?!年)/u,
  en: /\bhow (?:many|much)\b|\bnumber of\b/u,
};

/** Words asking about many reports or organs (哪些 / 所有 / which): a check question with one is store-wide. */
export const MANY_REPORTS_WORDS: Readonly<Record<'zh' | 'en', readonly string[]>> = {
  zh: ['哪', '所有', '全部', '各', '每', '有没有报告', '报告里', '库'],
  en: ['which', 'all ', 'every', 'any report'],
};
