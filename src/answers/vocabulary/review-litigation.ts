// Table 四 (政府信息公开行政复议、行政诉讼情况): groups and result columns as people name them. The groups, columns and
// printed labels come from the table's definition in the parser; only the words are here.
import {
  REVIEW_COLUMN_NAMES,
  REVIEW_GROUP_DEFINITIONS,
  REVIEW_GROUP_SUMS,
  type ReviewColumn,
  type ReviewGroup,
  type ReviewGroupSum,
} from '../../parser/index.js';
import { paraphrases } from './paraphrase.js';
import type { TermSpec } from './term.js';

/** A group of table 四, or 行政诉讼 as the sum of its two printed groups. */
export interface ReviewGroupSpec extends TermSpec {
  readonly printed: string;
  readonly parts?: readonly ReviewGroup[];
}

/** A column of table 四 with its printed label. */
export interface PrintedTermSpec extends TermSpec {
  readonly printed: string;
}

/** What people call each group of table 四 and the 行政诉讼 sum of two. */
const GROUP_WORDS: Readonly<Record<ReviewGroup | ReviewGroupSum, TermSpec>> = {
  review: {
    zh: ['行政复议', '复议'],
    en: ['administrative review', 'review', 'reconsideration', 'administrative reconsideration', 'appeal'],
    label: { zh: '行政复议', en: 'administrative reviews' },
  },
  litigation: {
    // 行政应诉: the organ's side of the same lawsuits.
    zh: [
      '行政诉讼',
      '诉讼',
      '起诉',
      '官司',
      '被告',
      '被诉',
      '行诉',
      '去法院告',
      '告到法院',
      '告上法院',
      '被告上法院',
      '打官司',
      '行政应诉',
      '应诉',
    ],
    en: ['litigation', 'lawsuit', 'court case', 'sued', 'suit', 'administrative litigation', 'litigated'],
    label: { zh: '行政诉讼', en: 'administrative lawsuits' },
  },
  litigationDirect: {
    zh: [
      '直接起诉',
      '未经复议直接起诉',
      '未经复议',
      '未经过复议',
      '没经过复议',
      '没有经过复议',
      '不经复议',
      '没走复议',
      '直接向法院起诉',
      '直接去法院起诉',
      '直接去起诉',
      '直接去告',
      '直接到法院起诉',
      '直接去法院告',
      '直接告到法院',
      '直接诉讼',
    ],
    en: [
      'direct lawsuit',
      'sued directly',
      // The review it skipped is part of the figure's name, not a second figure (… filed directly without reconsideration).
      ...paraphrases(
        ['without', 'without a', 'without an', 'without any', 'without prior', 'not preceded by', 'skipping'],
        [' review', ' reconsideration', ' administrative review', ' administrative reconsideration'],
      ),
      'filed directly',
      'directly',
      'direct',
    ],
    label: { zh: '未经复议直接起诉的行政诉讼', en: 'lawsuits filed directly' },
  },
  litigationAfterReview: {
    zh: [
      '复议后起诉',
      '经复议后起诉',
      '复议后再起诉',
      '复议后诉讼',
      // 复议后又去法院起诉 / 经过复议以后再告: the 后 (or 先…再) is what tells it from 未经复议直接起诉.
      ...paraphrases(
        ['', '经', '经过'],
        ['复议后', '复议之后', '复议以后', '复议完', '复议结束后', '复议不服'],
        ['', '又', '再', '还'],
        ['', '去', '去法院', '向法院', '到法院', '上法院'],
        ['起诉', '提起诉讼', '告', '诉讼', '打官司', '提起行政诉讼', '告到法院', '告上法院', '诉至法院'],
      ),
      ...paraphrases(
        ['先复议', '先申请复议', '先行政复议'],
        ['再', '后', '然后', '又'],
        ['', '去法院'],
        ['起诉', '告', '诉讼'],
      ),
    ],
    // filed after reconsideration / sued after an appeal: the review's English words after "after".
    en: [
      'after review',
      'lawsuit after review',
      ...['review', 'reconsideration', 'administrative reconsideration', 'appeal', 'an appeal', 'a review'].flatMap(
        (review) => [`filed after ${review}`, `after ${review}`],
      ),
    ],
    label: { zh: '复议后起诉的行政诉讼', en: 'lawsuits filed after review' },
  },
};

/** What people call each result column of table 四. */
const COLUMN_WORDS: Readonly<Record<ReviewColumn, TermSpec>> = {
  upheld: {
    zh: [
      '维持',
      '结果维持',
      // 驳回 is no column of its own: offices count 驳回复议申请 / 驳回起诉 under 维持 or 其他结果, so it is asked back.
      '胜诉',
      '赢了',
      '打赢',
      '判赢',
      '维持原决定',
      '维持原行政行为',
      '维持原来的决定',
      '维持原判',
    ],
    // the decision upheld: the result of the case, said with what was decided (never table 二's 处理决定).
    en: ['upheld', 'maintained', 'decision upheld', 'decision was upheld', 'decision maintained'],
    label: { zh: '结果维持', en: 'upheld' },
  },
  corrected: {
    zh: ['纠正', '结果纠正', '纠错', '被纠正', '撤销', '败诉', '输了', '打输', '输掉', '被判输', '判输'],
    en: [
      'corrected',
      'correction',
      'overturned',
      'reversed',
      'lost',
      'lose',
      'decision corrected',
      'decision was corrected',
      'decision overturned',
      'decision was overturned',
      'decision reversed',
    ],
    label: { zh: '结果纠正', en: 'corrected' },
  },
  other: {
    zh: ['其他结果', '其它结果'],
    en: ['other result', 'other outcome'],
    label: { zh: '其他结果', en: 'other results' },
  },
  pending: {
    zh: [
      '尚未审结',
      '未审结',
      '在审',
      '审理中',
      '未结案',
      '还没审结',
      '还没审完',
      '没审完',
      '未审完',
      '没有审结',
      '还在审',
      '还在审理',
      '正在审理',
      '审理中的',
      '还没判',
      ...paraphrases(['', '还', '尚'], ['没', '没有', '未'], ['出结果', '有结果', '结案', '审结', '判决', '作出决定']),
      // 还没判下来的: a court's ruling not yet given, as people say it.
      ...paraphrases(['', '还', '尚'], ['没', '没有', '未'], ['判下来', '判出来', '判完', '宣判']),
    ],
    en: [
      'pending',
      'ongoing',
      'not yet decided',
      'undecided',
      'not yet concluded',
      'not concluded',
      'unconcluded',
      'still pending',
      'not yet closed',
    ],
    label: { zh: '尚未审结', en: 'pending' },
  },
  total: {
    zh: [],
    en: [],
    label: { zh: '总计', en: 'total' },
  },
};

const GROUP_SUMS: Readonly<Record<string, (typeof REVIEW_GROUP_SUMS)[ReviewGroupSum]>> = REVIEW_GROUP_SUMS;

/** Groups of table 四 keyed by canonical group key; `litigation` = litigationDirect + litigationAfterReview. */
export const REVIEW_GROUP_TERMS: Readonly<Record<string, ReviewGroupSpec>> = Object.fromEntries(
  Object.entries(GROUP_WORDS).map(([key, words]) => {
    const sum = GROUP_SUMS[key];
    const spec = sum
      ? { ...words, printed: sum.printed, parts: sum.groups }
      : { ...words, printed: REVIEW_GROUP_DEFINITIONS[key as ReviewGroup].printed };
    return [key, spec];
  }),
);

/** Result columns of table 四. */
export const REVIEW_COLUMN_TERMS: Readonly<Record<string, PrintedTermSpec>> = Object.fromEntries(
  Object.entries(COLUMN_WORDS).map(([key, words]) => [
    key,
    { ...words, printed: REVIEW_COLUMN_NAMES[key as ReviewColumn] },
  ]),
);
