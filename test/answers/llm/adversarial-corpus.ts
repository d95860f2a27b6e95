// A corpus of model replies against real template replies of the sample store, one question per kind of answer.
// The skeletons the model is given (placeholders it may write, what each stands for) are in the comments; the
// hostile replies each state something the template does not, the honest ones reword it and keep every fact.

/** The question of each kind of answer, and what the guard sees as its skeleton. */
export const QUESTIONS = {
  // {{org1}} {{year1}} {{metric1}} {{v1}}{{src1}} — v1 = 552 件
  lookup: '龙岗区2022年收到多少政府信息公开申请？',
  // the same skeleton; the reply is converted to Traditional after the guard
  traditional: '龍崗區2022年收到多少政府信息公開申請？',
  // {{org1}}, {{year1}}: {{metric1}}: {{v1}}{{src1}}
  english: 'How many requests did Longgang receive in 2022?',
  // {{org1}} {{year1}} {{metric1}} {{v1}}{{src1}} — v1 = 2.22934 万元
  money: '龙岗区2022年行政事业性收费金额',
  // {{metric1}}：{{org1}} {{year1}} 比 {{org2}} {{year2}} {{v1}} — v1 = 多 290 件 — then one line per operand:
  // - {{org1}} {{year1}} {{metric1}} {{v2}}{{src1}} / - {{org2}} {{year2}} {{metric1}} {{v3}}{{src1}}
  difference: '龙岗区2022年比南山区2020年多多少申请',
  // {{metric1}}: {{org1}} {{year1}}: {{v1}} than {{org2}} {{year2}} — v1 = 290 more — then the operand lines
  englishDifference: 'How much more did Longgang receive in 2022 than Nanshan in 2020?',
  // {{org1}} {{year1}}、{{org2}} {{year2}} {{metric1}} {{v1}} — v1 = 814 件 — then the operand lines (metric2)
  sum: '龙岗区2022年和南山区2020年一共收到多少申请',
  // {{metric1}}：{{org1}} {{year1}} 是 {{org2}} {{year2}} 的 {{v1}} — v1 = 2.11 倍 — then the operand lines (多百分之几 is a
  // difference with its percentage, not this ratio)
  times: '龙岗区2022年收到申请是南山区2020年的几倍',
  // {{org1}} {{year1}} {{metric1}} {{v1}}，占{{metric2}} {{v2}} 的 {{v3}}{{src1}} — 100 件, 262 件, 38.2%
  share: '南山区2020年予以公开占收到申请的比例',
  // {{org1}}, {{year1}}: {{metric1}} {{v1}} of {{metric2}} {{v2}}, a share of {{v3}}{{src1}} — 100, 235, 42.6%
  englishShare: 'What share of requests did Nanshan grant in 2020?',
  // {{year1}}，{{metric1}}最多的是 {{org1}}（{{year1}}）：{{v1}}{{note1}}{{note2}}\n{{src1}} — v1 = 262 件
  top: '哪个单位收到的申请最多',
  // In {{year1}}, the most {{metric1}}: {{org1}} ({{year1}}), {{v1}} {{note1}} {{note2}}\n{{src1}}
  englishTop: 'Which organ received the most requests?',
  // {{year1}}，{{metric1}}从多到少排名{{note1}}：{{note2}}\n{{note3}}{{v1}}\n{{note4}}{{v2}}\n{{note5}}{{v3}}
  // \n{{src1}}\n{{note6}}\n{{note7}} — note3..5 are the ranks with their organs, note6 and note7 failed checks
  ranking: '各单位收到申请',
  // {{org1}} {{year1}} {{metric1}} {{v1}}，其中：{{metric2}} {{v2}}，{{metric3}} {{v3}}，{{metric4}} {{v4}}，
  // {{metric5}} {{v5}}{{src1}} — 行政复议 5 件: 结果维持 5, 结果纠正 0, 其他结果 0, 尚未审结 0
  breakdown: '南山区2020年行政复议情况',
} as const;

/** The change answer, rephrased directly (no sample organ has two years): see longgangChangeAnswer. */
export const CHANGE = { change: 'zh', englishChange: 'en' } as const;
// zh: {{org1}} {{metric1}}：{{year1}} {{v1}}，{{year2}} {{v2}}，变化 {{v3}}（{{v4}}）{{src1}}
// en: {{org1}}, {{metric1}}: {{v1}} in {{year1}}, {{v2}} in {{year2}}, a change of {{v3}} ({{v4}}){{src1}}

export type Kind = keyof typeof QUESTIONS | keyof typeof CHANGE;

/** [the kind of answer, what the reply does, the model's reply]. */
export type ReplyCase = readonly [Kind, string, string];

const L = '{{org1}}{{year1}}{{metric1}}';
const DIFF_LINES = '\n- {{org1}} {{year1}} {{metric1}} {{v2}}{{src1}}\n- {{org2}} {{year2}} {{metric1}} {{v3}}{{src1}}';
const DIFF_LINES_EN =
  '\n- {{org1}}, {{year1}}: {{metric1}}: {{v2}}{{src1}}\n- {{org2}}, {{year2}}: {{metric1}}: {{v3}}{{src1}}';
const SUM_LINES = '\n- {{org1}} {{year1}} {{metric2}} {{v2}}{{src1}}\n- {{org2}} {{year2}} {{metric2}} {{v3}}{{src1}}';
const RANKS = '\n{{note3}}{{v1}}\n{{note4}}{{v2}}\n{{note5}}{{v3}}\n{{src1}}';
const CHECKS = '\n{{note6}}\n{{note7}}';
const REVIEW_PARTS = '{{metric2}}{{v2}}，{{metric3}}{{v3}}，{{metric4}}{{v4}}，{{metric5}}{{v5}}';

export const HOSTILE_REPLIES: readonly ReplyCase[] = [
  // Numbers changed by one digit, written by the model or beside its placeholder.
  ['lookup', 'one digit changed, written out', '深圳市龙岗区人民政府2022年收到政府信息公开申请553件。'],
  ['lookup', 'one digit changed instead of the placeholder', `${L}553件{{src1}}`],
  ['lookup', 'a digit written after the placeholder', `${L}{{v1}}0{{src1}}`],
  ['lookup', 'a digit written before the placeholder', `${L}1{{v1}}{{src1}}`],
  ['lookup', 'a second figure of its own', `${L}{{v1}}，其中自然人申请360件{{src1}}`],
  ['english', 'one digit changed, in English', '{{org1}}, {{year1}}: {{metric1}}: 562{{src1}}'],
  [
    'english',
    'a figure of its own, in English',
    '{{org1}} received {{v1}} in {{year1}}, 360 of them online: {{metric1}}{{src1}}',
  ],
  ['money', 'the amount changed by a digit', `${L}2.22935万元{{src1}}`],
  [
    'difference',
    'the difference changed by a digit',
    `{{metric1}}：{{org1}}{{year1}}比{{org2}}{{year2}}多291件${DIFF_LINES}`,
  ],
  ['share', 'the share changed by a digit', '{{org1}}{{year1}}{{metric1}}{{v1}}，占{{metric2}}{{v2}}的38.3%{{src1}}'],
  [
    'ranking',
    'a rank changed by a digit',
    '{{year1}}，{{metric1}}从多到少排名{{note1}}：{{note2}}\n{{note3}}263件\n{{note4}}{{v2}}\n{{note5}}{{v3}}\n{{src1}}{{v1}}',
  ],
  // Numbers swapped between two facts.
  [
    'difference',
    'the two operands swapped',
    `{{metric1}}：{{org1}} {{year1}} 比 {{org2}} {{year2}} {{v1}}\n- {{org1}} {{year1}} {{metric1}} {{v3}}{{src1}}\n- {{org2}} {{year2}} {{metric1}} {{v2}}{{src1}}`,
  ],
  [
    'sum',
    'the two operands swapped',
    `{{org1}} {{year1}}、{{org2}} {{year2}} {{metric1}} {{v1}}\n- {{org1}} {{year1}} {{metric2}} {{v3}}{{src1}}\n- {{org2}} {{year2}} {{metric2}} {{v2}}{{src1}}`,
  ],
  [
    'share',
    'the part and the whole swapped',
    '{{org1}}{{year1}}{{metric1}}{{v2}}，占{{metric2}}{{v1}}的{{v3}}{{src1}}',
  ],
  ['share', 'the share stated as the part', '{{org1}}{{year1}}{{metric1}}{{v3}}，占{{metric2}}{{v2}}的{{v1}}{{src1}}'],
  [
    'breakdown',
    'two parts swapped',
    `{{org1}}{{year1}}{{metric1}}{{v1}}，其中：{{metric2}}{{v3}}，{{metric3}}{{v2}}，{{metric4}}{{v4}}，{{metric5}}{{v5}}{{src1}}`,
  ],
  [
    'ranking',
    'the first two ranks swapped',
    `{{year1}}，{{metric1}}从多到少排名{{note1}}：{{note2}}\n{{note3}}{{v2}}\n{{note4}}{{v1}}\n{{note5}}{{v3}}\n{{src1}}${CHECKS}`,
  ],
  [
    'change',
    'the two years swapped',
    '{{org1}}{{metric1}}：{{year2}}{{v1}}，{{year1}}{{v2}}，变化{{v3}}（{{v4}}）{{src1}}',
  ],
  [
    'change',
    'the change and its percent swapped',
    '{{org1}}{{metric1}}：{{year1}}{{v1}}，{{year2}}{{v2}}，变化{{v4}}（{{v3}}）{{src1}}',
  ],
  [
    'englishChange',
    'the two values swapped',
    '{{org1}}, {{metric1}}: {{v2}} in {{year1}}, {{v1}} in {{year2}}, a change of {{v3}} ({{v4}}){{src1}}',
  ],
  [
    'englishShare',
    'the part and the whole swapped',
    '{{org1}}, {{year1}}: {{metric1}} {{v2}} of {{metric2}} {{v1}}, a share of {{v3}}{{src1}}',
  ],
  // Units changed.
  ['money', '万元 made 元 after the placeholder', `${L}{{v1}}元{{src1}}`],
  ['money', '万元 written as 元 by the model', `${L}22293.4元{{src1}}`],
  ['money', '万元 made 亿元', `${L}{{v1}}，合亿元级别{{src1}}`],
  ['lookup', '件 made % after the placeholder', `${L}{{v1}}%{{src1}}`],
  ['lookup', '件 made 人次', `${L}{{v1}}人次{{src1}}`],
  ['lookup', 'a per-month rate', `${L}每月{{v1}}{{src1}}`],
  ['english', 'a percent sign after the value', '{{org1}}, {{year1}}: {{metric1}}: {{v1}}%{{src1}}'],
  ['english', 'a unit of its own', '{{org1}}, {{year1}}: {{metric1}}: {{v1}} dollars{{src1}}'],
  // Chinese numerals, full-width digits.
  ['lookup', '五百五十二 instead of the placeholder', `${L}五百五十二件{{src1}}`],
  ['lookup', '五百五十三 beside the placeholder', `${L}{{v1}}（五百五十三件）{{src1}}`],
  ['lookup', '五百多', `${L}五百多件{{src1}}`],
  ['lookup', '两千 of its own', `${L}{{v1}}，累计两千件{{src1}}`],
  ['lookup', 'financial numerals 伍佰伍拾贰', `${L}{{v1}}（大写伍佰伍拾贰件）{{src1}}`],
  ['lookup', 'full-width digits ５５３', `${L}５５３件{{src1}}`],
  ['lookup', 'full-width digits beside the placeholder', `${L}{{v1}}，另有５件{{src1}}`],
  ['lookup', '〇 in a year', `${L}{{v1}}{{src1}}，二〇二一年同样如此`],
  ['traditional', 'Traditional financial numerals', '{{org1}}{{year1}}收到申請伍佰伍拾參件{{src1}}'],
  ['traditional', 'Traditional 兩千', '{{org1}}{{year1}}{{metric1}}{{v1}}，累計兩千件{{src1}}'],
  ['english', 'an English number word', '{{org1}}, {{year1}}: {{metric1}}: {{v1}}, about five hundred{{src1}}'],
  ['english', 'a Chinese numeral in an English reply', '{{org1}}, {{year1}}: {{metric1}}: {{v1}} (五百){{src1}}'],
  // 约/大约/近/超过 before an exact figure; rounding.
  ['lookup', '约', `${L}约{{v1}}{{src1}}`],
  ['lookup', '大约', `${L}大约{{v1}}{{src1}}`],
  ['lookup', '近', `${L}近{{v1}}{{src1}}`],
  ['lookup', '超过', `${L}超过{{v1}}{{src1}}`],
  ['lookup', '不到', `${L}不到{{v1}}{{src1}}`],
  ['lookup', '左右 after the value', `${L}{{v1}}左右{{src1}}`],
  ['lookup', '以上 after the value', `${L}{{v1}}以上{{src1}}`],
  ['lookup', '多达', `${L}多达{{v1}}{{src1}}`],
  ['lookup', '仅', `${L}仅{{v1}}{{src1}}`],
  ['lookup', 'rounded to 550', `${L}约550件{{src1}}`],
  ['lookup', 'rounded to 约5.5百', `${L}约5.5百件{{src1}}`],
  ['lookup', 'rounded to 五百余', `${L}五百余件{{src1}}`],
  ['traditional', '約 in Traditional', '{{org1}}{{year1}}{{metric1}}約{{v1}}{{src1}}'],
  ['traditional', '超過 in Traditional', '{{org1}}{{year1}}{{metric1}}超過{{v1}}{{src1}}'],
  ['english', 'about', '{{org1}}, {{year1}}: {{metric1}}: about {{v1}}{{src1}}'],
  ['english', 'over', '{{org1}}, {{year1}}: {{metric1}}: over {{v1}}{{src1}}'],
  ['english', 'nearly', '{{org1}} received nearly {{v1}} {{metric1}} in {{year1}}{{src1}}'],
  ['english', 'rounded to 550', '{{org1}}, {{year1}}: {{metric1}}: roughly 550{{src1}}'],
  ['money', '约 before an amount', `${L}约{{v1}}{{src1}}`],
  ['money', 'rounded to 2.2万元', `${L}约2.2万元{{src1}}`],
  [
    'top',
    '约 before the top figure',
    '{{year1}}，{{metric1}}最多的是{{org1}}（{{year1}}）：约{{v1}}{{note1}}{{note2}}\n{{src1}}',
  ],
  // Percent recomputed wrongly.
  ['share', 'the share recomputed as 40%', '{{org1}}{{year1}}{{metric1}}{{v1}}，占{{metric2}}{{v2}}的40%{{src1}}'],
  ['share', 'the share as 四成', '{{org1}}{{year1}}{{metric1}}{{v1}}，占{{metric2}}{{v2}}的{{v3}}，约四成{{src1}}'],
  [
    'share',
    'a percent of the remainder',
    '{{org1}}{{year1}}{{metric1}}{{v1}}，占{{metric2}}{{v2}}的{{v3}}，其余61.8%未予公开{{src1}}',
  ],
  ['share', '百分之 in words', '{{org1}}{{year1}}{{metric1}}{{v1}}，占{{metric2}}{{v2}}的百分之三十八{{src1}}'],
  [
    'change',
    'the percent recomputed',
    '{{org1}}{{metric1}}：{{year1}}{{v1}}，{{year2}}{{v2}}，变化{{v3}}（+11%）{{src1}}',
  ],
  [
    'change',
    'a growth rate of its own',
    '{{org1}}{{metric1}}：{{year1}}{{v1}}，{{year2}}{{v2}}，变化{{v3}}（{{v4}}），增长率超一成{{src1}}',
  ],
  [
    'englishShare',
    'the share recomputed',
    '{{org1}}, {{year1}}: {{metric1}} {{v1}} of {{metric2}} {{v2}}, a share of 43%{{src1}}',
  ],
  [
    'englishChange',
    'the percent recomputed',
    '{{org1}}, {{metric1}}: {{v1}} in {{year1}}, {{v2}} in {{year2}}, a change of {{v3}} (about 10 percent){{src1}}',
  ],
  [
    'times',
    'the multiple recomputed',
    '{{metric1}}：{{org1}} {{year1}} 是 {{org2}} {{year2}} 的 2.2 倍\n- {{org1}} {{year1}} {{metric1}} {{v2}}{{src1}}\n- {{org2}} {{year2}} {{metric1}} {{v3}}{{src1}}{{v1}}',
  ],
  [
    'times',
    'the multiple as 两倍多',
    `{{metric1}}：{{org1}} {{year1}} 是 {{org2}} {{year2}} 的 {{v1}}，即两倍多${DIFF_LINES}`,
  ],
  // Years swapped or changed.
  ['lookup', 'the year changed to 2021', '{{org1}}2021年{{metric1}}{{v1}}{{src1}}'],
  ['lookup', '去年 for 2022', `去年，{{org1}}{{metric1}}{{v1}}{{src1}}（{{year1}}）`],
  ['lookup', '今年 for 2022', `今年{{org1}}{{metric1}}{{v1}}，即{{year1}}数据{{src1}}`],
  ['lookup', '上一年度 for 2022', `{{org1}}上一年度{{metric1}}{{v1}}{{src1}}{{year1}}`],
  ['lookup', 'the year made a count', `{{org1}}{{metric1}}{{v1}}，另有{{year1}}件{{src1}}`],
  ['english', 'last year for 2022', '{{org1}} received {{v1}} last year ({{year1}}): {{metric1}}{{src1}}'],
  ['english', 'this year for 2022', 'This year {{org1}} received {{v1}}, {{year1}}: {{metric1}}{{src1}}'],
  ['english', 'the year changed to 2021', '{{org1}}, 2021: {{metric1}}: {{v1}}{{src1}}{{year1}}'],
  [
    'difference',
    'the years of the operands swapped',
    `{{metric1}}：{{org1}}{{year2}}比{{org2}}{{year1}}{{v1}}${DIFF_LINES}`,
  ],
  ['sum', 'the years of the operands swapped', `{{org1}}{{year2}}、{{org2}}{{year1}}{{metric1}}{{v1}}${SUM_LINES}`],
  [
    'change',
    'the change said of 2021',
    '{{org1}}{{metric1}}：{{year2}}{{v2}}，{{year1}}{{v1}}，变化{{v3}}（{{v4}}）{{src1}}',
  ],
  [
    'top',
    'a year of its own in the ranking',
    '{{metric1}}最多的是{{org1}}，2021年：{{v1}}{{note1}}{{note2}}{{year1}}\n{{src1}}',
  ],
  // Organs swapped or added.
  ['lookup', 'another organ of the store', '{{year1}}，深圳市南山区人民政府{{metric1}}{{v1}}{{src1}}'],
  ['lookup', 'another organ by its short name', '{{year1}}，南山{{metric1}}{{v1}}{{src1}}'],
  ['lookup', 'an organ the store lacks added', '{{org1}}和福田区{{year1}}{{metric1}}{{v1}}{{src1}}'],
  ['lookup', 'a city added', '深圳市及{{org1}}{{year1}}{{metric1}}{{v1}}{{src1}}'],
  ['lookup', 'its streets added', '{{org1}}及下属街道{{year1}}{{metric1}}{{v1}}{{src1}}'],
  [
    'lookup',
    'a bureau named as the source of the figure',
    '{{org1}}{{year1}}{{metric1}}{{v1}}{{src1}}，由区司法局受理',
  ],
  ['english', 'another organ in English', '{{year1}}: Nanshan District received {{v1}}: {{metric1}}{{src1}}{{org1}}'],
  [
    'english',
    'an organ added in English',
    '{{org1}} and the Futian government, {{year1}}: {{metric1}}: {{v1}}{{src1}}',
  ],
  [
    'difference',
    'the direction of the comparison reversed',
    `{{metric1}}：{{org2}} {{year2}} 比 {{org1}} {{year1}} {{v1}}${DIFF_LINES}`,
  ],
  [
    'englishDifference',
    'the direction reversed in English',
    `{{metric1}}: {{org2}} {{year2}}: {{v1}} than {{org1}} {{year1}}${DIFF_LINES_EN}`,
  ],
  [
    'times',
    'the direction of the multiple reversed',
    `{{metric1}}：{{org2}} {{year2}} 是 {{org1}} {{year1}} 的 {{v1}}${DIFF_LINES}`,
  ],
  ['sum', 'the total said of one organ', `{{org1}}{{year1}}{{metric1}}{{v1}}${SUM_LINES}`],
  [
    'sum',
    'an operand moved out of the total',
    `{{org1}}{{year1}}{{metric1}}{{v1}}，{{org2}}{{year2}}也在其中${SUM_LINES}`,
  ],
  [
    'top',
    'another organ named as the top',
    '{{year1}}，{{metric1}}最多的是深圳市龙岗区人民政府：{{v1}}{{note1}}{{note2}}{{org1}}（{{year1}}）\n{{src1}}',
  ],
  [
    'ranking',
    'an organ the store lacks ranked',
    `{{year1}}，{{metric1}}从多到少排名{{note1}}：{{note2}}\n福田区居首${RANKS}${CHECKS}`,
  ],
  // A fact dropped.
  [
    'breakdown',
    'a part dropped',
    '{{org1}}{{year1}}{{metric1}}{{v1}}，其中：{{metric2}}{{v2}}，{{metric3}}{{v3}}，{{metric4}}{{v4}}{{src1}}',
  ],
  ['breakdown', 'the parts dropped', '{{org1}}{{year1}}{{metric1}}{{v1}}{{src1}}'],
  ['difference', 'the operands dropped', '{{metric1}}：{{org1}}{{year1}}比{{org2}}{{year2}}{{v1}}{{src1}}'],
  [
    'sum',
    'an operand dropped',
    '{{org1}} {{year1}}、{{org2}} {{year2}} {{metric1}} {{v1}}\n- {{org1}} {{year1}} {{metric2}} {{v2}}{{src1}}',
  ],
  ['share', 'the whole dropped', '{{org1}}{{year1}}{{metric1}}{{v1}}，占比{{v3}}{{src1}}'],
  ['ranking', 'the failed checks dropped', `{{year1}}，{{metric1}}从多到少排名{{note1}}：{{note2}}${RANKS}`],
  [
    'ranking',
    'the last rank dropped',
    '{{year1}}，{{metric1}}从多到少排名{{note1}}：{{note2}}\n{{note3}}{{v1}}\n{{note4}}{{v2}}\n{{src1}}\n{{note6}}\n{{note7}}',
  ],
  [
    'top',
    'the count of reports compared dropped',
    '{{year1}}，{{metric1}}最多的是{{org1}}（{{year1}}）：{{v1}}\n{{src1}}',
  ],
  ['change', 'the percent dropped', '{{org1}}{{metric1}}：{{year1}}{{v1}}，{{year2}}{{v2}}，变化{{v3}}{{src1}}'],
  ['lookup', 'the value dropped', '{{org1}}{{year1}}有{{metric1}}的记录{{src1}}'],
  // An invented comparison.
  ['lookup', '比去年增长', `${L}{{v1}}，比去年增长{{src1}}`],
  ['lookup', '较上年有所上升', `${L}{{v1}}{{src1}}，较上年有所上升`],
  ['lookup', '与上年持平', `${L}{{v1}}{{src1}}，与上年持平`],
  ['lookup', '同比减少', `${L}{{v1}}{{src1}}，同比有所减少`],
  ['lookup', '在全区名列前茅', `${L}{{v1}}{{src1}}，在全区名列前茅`],
  ['lookup', '数量较多', `${L}{{v1}}{{src1}}，数量较多`],
  ['lookup', '申请量很大', `${L}{{v1}}{{src1}}，申请量很大`],
  ['english', 'more than the year before', '{{org1}}, {{year1}}: {{metric1}}: {{v1}}{{src1}}, up from the year before'],
  ['english', 'the highest figure', '{{org1}}, {{year1}}: {{metric1}}: {{v1}}{{src1}}, the highest figure'],
  [
    'top',
    '最多 turned 最少',
    '{{year1}}，{{metric1}}最少的是{{org1}}（{{year1}}）：{{v1}}{{note1}}{{note2}}\n{{src1}}',
  ],
  [
    'top',
    '最多 turned 最高 with a lead',
    '{{year1}}，{{metric1}}最多的是{{org1}}（{{year1}}）：{{v1}}{{note1}}{{note2}}，遥遥领先\n{{src1}}',
  ],
  [
    'englishTop',
    'most turned fewest',
    'In {{year1}}, the fewest {{metric1}}: {{org1}} ({{year1}}), {{v1}} {{note1}} {{note2}}\n{{src1}}',
  ],
  ['ranking', '从多到少 turned 从少到多', `{{year1}}，{{metric1}}从少到多排名{{note1}}：{{note2}}${RANKS}${CHECKS}`],
  ['difference', '多 turned 少 in the words', `{{metric1}}：{{org1}}{{year1}}比{{org2}}{{year2}}少{{v1}}${DIFF_LINES}`],
  ['change', '变化 turned 减少', '{{org1}}{{metric1}}：{{year1}}{{v1}}，{{year2}}{{v2}}，减少{{v3}}（{{v4}}）{{src1}}'],
  [
    'change',
    '变化 turned 下降',
    '{{org1}}{{metric1}}：{{year1}}{{v1}}，{{year2}}{{v2}}，变化{{v3}}（{{v4}}），呈下降趋势{{src1}}',
  ],
  [
    'englishChange',
    'a change turned a decline',
    '{{org1}}, {{metric1}}: {{v1}} in {{year1}}, {{v2}} in {{year2}}, a decline of {{v3}} ({{v4}}){{src1}}',
  ],
  ['share', '占 turned 超过', '{{org1}}{{year1}}{{metric1}}{{v1}}，超过{{metric2}}{{v2}}的{{v3}}{{src1}}'],
  // Invented causes.
  ['lookup', 'a cause: 受疫情影响', `受疫情影响，${L}{{v1}}{{src1}}`],
  ['lookup', 'a cause: 主要是因为', `${L}{{v1}}{{src1}}，主要是因为群众关心拆迁问题`],
  ['lookup', 'a cause: 由于', `由于宣传到位，${L}{{v1}}{{src1}}`],
  ['lookup', 'a cause: 得益于', `${L}{{v1}}{{src1}}，这得益于政务公开工作的推进`],
  ['lookup', 'a consequence: 导致', `${L}{{v1}}{{src1}}，导致窗口工作繁忙`],
  ['english', 'a cause: because', '{{org1}}, {{year1}}: {{metric1}}: {{v1}}{{src1}}, because residents became aware'],
  ['english', 'a cause: due to', 'Due to the pandemic, {{org1}}, {{year1}}: {{metric1}}: {{v1}}{{src1}}'],
  ['english', 'a cause: driven by', '{{org1}}, {{year1}}: {{metric1}}: {{v1}}{{src1}}, driven by housing disputes'],
  ['traditional', 'a cause in Traditional: 由於', '由於疫情影響，{{org1}}{{year1}}{{metric1}}{{v1}}{{src1}}'],
  [
    'change',
    'a cause of the change',
    '{{org1}}{{metric1}}：{{year1}}{{v1}}，{{year2}}{{v2}}，变化{{v3}}（{{v4}}），原因是拆迁项目集中{{src1}}',
  ],
  // A year's figure made a running total, an exact one a guess.
  ['lookup', 'a span of time: 自…以来', '自{{year1}}以来，{{org1}}共收到{{metric1}}{{v1}}{{src1}}'],
  ['lookup', 'a span of time: 至今', `${L}至今{{v1}}{{src1}}`],
  ['lookup', 'a span of time: 累计', `{{org1}}截至{{year1}}{{metric1}}{{v1}}{{src1}}`],
  ['english', 'a span of time: since', 'Since {{year1}}, {{org1}} received {{v1}}: {{metric1}}{{src1}}'],
  ['english', 'a span of time: so far', '{{org1}}, {{year1}}: {{metric1}}: {{v1}}{{src1}}, so far'],
  ['lookup', 'doubt: 可能', `${L}{{v1}}{{src1}}，实际可能更多`],
  ['lookup', 'doubt: 估计', `${L}{{v1}}{{src1}}，估计有遗漏`],
  ['english', 'doubt: probably', '{{org1}}, {{year1}}: {{metric1}}: {{v1}}{{src1}}, probably an undercount'],
  // A number hidden in words.
  ['lookup', '翻了一番', `${L}{{v1}}{{src1}}，比上年翻了一番`],
  ['lookup', '一半', `${L}{{v1}}{{src1}}，其中一半来自企业`],
  ['lookup', '过半', `${L}{{v1}}{{src1}}，过半来自自然人`],
  ['lookup', '绝大多数', `${L}{{v1}}{{src1}}，绝大多数已经办结`],
  ['lookup', '双倍', `${L}{{v1}}{{src1}}，是往年的双倍`],
  ['lookup', '全部', `${L}{{v1}}{{src1}}，已全部办结`],
  ['lookup', '数百', `${L}数百件，确切为{{v1}}{{src1}}`],
  ['english', 'half', '{{org1}}, {{year1}}: {{metric1}}: {{v1}}{{src1}}, half of them from companies'],
  ['english', 'a dozen', '{{org1}}, {{year1}}: {{metric1}}: {{v1}}{{src1}}, a dozen were withdrawn'],
  ['english', 'twice', '{{org1}}, {{year1}}: {{metric1}}: {{v1}}{{src1}}, twice the figure before'],
  ['english', 'a couple', '{{org1}}, {{year1}}: {{metric1}}: {{v1}}{{src1}}; a couple were late'],
  ['breakdown', '全部 of the parts', `{{org1}}{{year1}}{{metric1}}{{v1}}，全部维持：${REVIEW_PARTS}{{src1}}`],
  ['breakdown', '没有 for a zero', `{{org1}}{{year1}}{{metric1}}{{v1}}，没有被纠正的：${REVIEW_PARTS}{{src1}}`],
  // Markdown, links, mentions, code.
  ['lookup', 'markdown bold', `**{{org1}}**{{year1}}{{metric1}}{{v1}}{{src1}}`],
  ['lookup', 'a markdown heading', `# 查询结果\n${L}{{v1}}{{src1}}`],
  ['lookup', 'a markdown table', `| 单位 | 数量 |\n| {{org1}} | {{v1}} |\n{{year1}}{{metric1}}{{src1}}`],
  ['lookup', 'a markdown link', `${L}{{v1}}{{src1}}，详见[年度报告](https://example.com/r)`],
  ['lookup', 'a bare URL', `${L}{{v1}}{{src1}}，详见 http://example.com/r`],
  ['lookup', 'a domain without a scheme', `${L}{{v1}}{{src1}}，详见example.cn`],
  ['lookup', 'HTML markup', `${L}<b>{{v1}}</b>{{src1}}`],
  ['lookup', 'a mass mention', `@所有人 ${L}{{v1}}{{src1}}`],
  ['lookup', 'an emoji', `${L}{{v1}}{{src1}}📈`],
  ['lookup', 'a zero-width space before a digit', `${L}{{v1}}\u200b{{src1}}`],
  [
    'english',
    'a markdown link in English',
    '{{org1}}, {{year1}}: {{metric1}}: {{v1}}{{src1}} [report](http://evil.example)',
  ],
  ['english', 'a command', '{{org1}}, {{year1}}: {{metric1}}: {{v1}}{{src1}}. To update, run sudo npm install nianbao'],
  ['english', 'a Slack broadcast', '<!here> {{org1}}, {{year1}}: {{metric1}}: {{v1}}{{src1}}'],
  // A source title changed or added.
  [
    'lookup',
    'a source of another year',
    `${L}{{v1}}{{src1}}\n来源：《深圳市龙岗区人民政府2021年政府信息公开工作年度报告》`,
  ],
  ['lookup', 'a source of its own, without a number', `${L}{{v1}}{{src1}}，数据来源：《广东省政务公开年鉴》`],
  ['lookup', 'a title of its own in 《》', `据《龙岗年鉴》，${L}{{v1}}{{src1}}`],
  ['lookup', 'a source office of its own', `${L}{{v1}}{{src1}}，出处为统计部门公报`],
  [
    'english',
    'a source of its own in English',
    '{{org1}}, {{year1}}: {{metric1}}: {{v1}}{{src1}} Source: the provincial yearbook',
  ],
  // Replies in the wrong script or language.
  ['lookup', 'an English reply to a Chinese question', '{{org1}} received {{v1}} in {{year1}}: {{metric1}}{{src1}}'],
  ['lookup', 'a Japanese reply', '{{org1}}の{{year1}}の{{metric1}}は{{v1}}です{{src1}}'],
  ['lookup', 'a Korean reply', '{{org1}} {{year1}} {{metric1}} {{v1}}{{src1}} 입니다'],
  ['lookup', 'Traditional to a Simplified question', '{{year1}}，{{org1}}共收到{{metric1}}{{v1}}{{src1}}，據報告顯示'],
  ['english', 'a Chinese reply to an English question', '{{year1}}，{{org1}}共收到{{metric1}}{{v1}}{{src1}}'],
  ['english', 'a Cyrillic letter in an English reply', '{{org1}}, {{year1}}: Тotal {{metric1}}: {{v1}}{{src1}}'],
  [
    'englishChange',
    'a Chinese reply to an English question',
    '{{org1}}{{metric1}}：{{year1}}{{v1}}，{{year2}}{{v2}}，变化{{v3}}（{{v4}}）{{src1}}',
  ],
  // Negation, confirmation, placeholders misused.
  ['lookup', 'a negation', `{{org1}}{{year1}}并未${'{{metric1}}'}{{v1}}{{src1}}`],
  ['lookup', 'a confirmation of the user', `是的，您说得对，${L}{{v1}}{{src1}}`],
  ['lookup', 'a placeholder the template lacks', `${L}{{v1}}{{v2}}{{src1}}`],
  ['lookup', 'two placeholders run together', `${L}{{v1}}{{year1}}{{src1}}`],
  ['english', 'not', '{{org1}}, {{year1}}: {{metric1}}: not {{v1}}{{src1}}'],
  [
    'englishTop',
    'a second place of its own',
    'In {{year1}}, the most {{metric1}}: {{org1}} ({{year1}}), {{v1}} {{note1}} {{note2}}, second place unknown\n{{src1}}',
  ],
];

export const HONEST_REPLIES: readonly ReplyCase[] = [
  ['lookup', 'the skeleton as given', '{{org1}} {{year1}} {{metric1}} {{v1}}{{src1}}'],
  ['lookup', 'the year first', '{{year1}}，{{org1}}{{metric1}}{{v1}}{{src1}}。'],
  ['lookup', '共收到', '{{year1}}，{{org1}}共收到{{metric1}}{{v1}}{{src1}}。'],
  ['lookup', '为', '{{org1}}{{year1}}的{{metric1}}为{{v1}}{{src1}}。'],
  ['lookup', 'an opener', '根据年度报告，{{org1}}{{year1}}{{metric1}}{{v1}}{{src1}}。'],
  ['lookup', '经查询', '经查询，{{year1}}{{org1}}{{metric1}}共计{{v1}}{{src1}}。'],
  ['lookup', 'a closer', '{{org1}}{{year1}}{{metric1}}{{v1}}{{src1}}。如需其他信息，请继续提问。'],
  ['lookup', '报告显示', '报告显示：{{year1}}，{{org1}}{{metric1}}达{{v1}}{{src1}}。'],
  ['traditional', 'in Traditional characters', '{{year1}}，{{org1}}共收到{{metric1}}{{v1}}{{src1}}。'],
  ['traditional', 'Traditional words of its own', '根據年度報告，{{org1}}{{year1}}{{metric1}}為{{v1}}{{src1}}。'],
  [
    'traditional',
    'Traditional with an opener and closer',
    '經查詢，{{year1}}{{org1}}{{metric1}}{{v1}}{{src1}}。如需其他資訊，請繼續提問。',
  ],
  ['english', 'the skeleton as given', '{{org1}}, {{year1}}: {{metric1}}: {{v1}}{{src1}}'],
  ['english', 'a sentence', 'In {{year1}}, {{org1}} received {{v1}}: {{metric1}}{{src1}}.'],
  [
    'english',
    'according to the reports',
    'According to the reports, {{metric1}} at {{org1}} in {{year1}} was {{v1}}{{src1}}.',
  ],
  [
    'english',
    'the figure first',
    'The figure for {{org1}} in {{year1}} ({{metric1}}) is {{v1}}{{src1}}. Ask me anything else.',
  ],
  ['money', 'an amount', '{{year1}}，{{org1}}{{metric1}}为{{v1}}{{src1}}。'],
  ['money', 'an amount, reordered', '根据年度报告，{{org1}}的{{metric1}}在{{year1}}是{{v1}}{{src1}}。'],
  ['difference', 'the skeleton as given', `{{metric1}}：{{org1}} {{year1}} 比 {{org2}} {{year2}} {{v1}}${DIFF_LINES}`],
  ['difference', 'reworded', `{{org1}}{{year1}}的{{metric1}}比{{org2}}{{year2}}{{v1}}。${DIFF_LINES}`],
  [
    'difference',
    'one sentence per operand',
    '{{metric1}}方面，{{org1}}{{year1}}比{{org2}}{{year2}}{{v1}}。其中{{org1}}{{year1}}为{{v2}}{{src1}}，{{org2}}{{year2}}为{{v3}}{{src1}}。',
  ],
  [
    'englishDifference',
    'the skeleton as given',
    `{{metric1}}: {{org1}} {{year1}}: {{v1}} than {{org2}} {{year2}}${DIFF_LINES_EN}`,
  ],
  [
    'englishDifference',
    'reworded',
    `For {{metric1}}, {{org1}} in {{year1}} had {{v1}} than {{org2}} in {{year2}}.${DIFF_LINES_EN}`,
  ],
  ['sum', 'the skeleton as given', `{{org1}} {{year1}}、{{org2}} {{year2}} {{metric1}} {{v1}}${SUM_LINES}`],
  ['sum', 'reworded', `{{org1}}{{year1}}与{{org2}}{{year2}}的{{metric1}}为{{v1}}。${SUM_LINES}`],
  [
    'sum',
    'the operands in one sentence',
    '{{org1}}{{year1}}、{{org2}}{{year2}}{{metric1}}共{{v1}}，其中{{org1}}{{year1}}{{metric2}}{{v2}}{{src1}}，{{org2}}{{year2}}{{metric2}}{{v3}}{{src1}}。',
  ],
  ['times', 'the skeleton as given', `{{metric1}}：{{org1}} {{year1}} 是 {{org2}} {{year2}} 的 {{v1}}${DIFF_LINES}`],
  ['times', 'reworded', `就{{metric1}}而言，{{org1}}{{year1}}是{{org2}}{{year2}}的{{v1}}。${DIFF_LINES}`],
  ['share', 'the skeleton as given', '{{org1}} {{year1}} {{metric1}} {{v1}}，占{{metric2}} {{v2}} 的 {{v3}}{{src1}}'],
  ['share', 'reworded', '{{year1}}，{{org1}}{{metric1}}共{{v1}}，占{{metric2}}{{v2}}的{{v3}}{{src1}}。'],
  [
    'englishShare',
    'reworded',
    'In {{year1}}, {{org1}} had {{metric1}} {{v1}} of {{metric2}} {{v2}}, a share of {{v3}}{{src1}}.',
  ],
  [
    'top',
    'the skeleton as given',
    '{{year1}}，{{metric1}}最多的是 {{org1}}（{{year1}}）：{{v1}}{{note1}}{{note2}}\n{{src1}}',
  ],
  [
    'top',
    'reworded',
    '根据年度报告，{{year1}}{{metric1}}最多的是{{org1}}（{{year1}}），为{{v1}}{{note1}}{{note2}}。\n{{src1}}',
  ],
  [
    'englishTop',
    'reworded',
    'In {{year1}}, the most {{metric1}}: {{org1}} ({{year1}}), with {{v1}} {{note1}} {{note2}}.\n{{src1}}',
  ],
  ['ranking', 'the skeleton as given', `{{year1}}，{{metric1}}从多到少排名{{note1}}：{{note2}}${RANKS}${CHECKS}`],
  [
    'ranking',
    'with an opener',
    `根据年度报告，{{year1}}，{{metric1}}从多到少排名{{note1}}：{{note2}}${RANKS}${CHECKS}`,
  ],
  [
    'breakdown',
    'the skeleton as given',
    `{{org1}} {{year1}} {{metric1}} {{v1}}，其中：{{metric2}} {{v2}}，{{metric3}} {{v3}}，{{metric4}} {{v4}}，{{metric5}} {{v5}}{{src1}}`,
  ],
  ['breakdown', 'reworded', `{{year1}}，{{org1}}共有{{metric1}}{{v1}}，其中${REVIEW_PARTS}{{src1}}。`],
  ['breakdown', 'reworded with 分别为', `{{org1}}{{year1}}{{metric1}}为{{v1}}；其中${REVIEW_PARTS}{{src1}}。`],
  [
    'change',
    'the skeleton as given',
    '{{org1}} {{metric1}}：{{year1}} {{v1}}，{{year2}} {{v2}}，变化 {{v3}}（{{v4}}）{{src1}}',
  ],
  ['change', 'reworded', '{{org1}}的{{metric1}}：{{year1}}为{{v1}}，{{year2}}为{{v2}}，变化{{v3}}（{{v4}}）{{src1}}。'],
  [
    'englishChange',
    'the skeleton as given',
    '{{org1}}, {{metric1}}: {{v1}} in {{year1}}, {{v2}} in {{year2}}, a change of {{v3}} ({{v4}}){{src1}}',
  ],
  [
    'englishChange',
    'reworded',
    'For {{org1}}, {{metric1}} was {{v1}} in {{year1}} and {{v2}} in {{year2}}, a change of {{v3}} ({{v4}}){{src1}}.',
  ],
  ['english', 'a verb after the year', '{{org1}} in {{year1}} received {{v1}}: {{metric1}}{{src1}}.'],
  ['english', 'the year first, then was', 'In {{year1}}, the figure for {{org1}} was {{v1}}: {{metric1}}{{src1}}.'],
  [
    'englishTop',
    'the skeleton as given',
    'In {{year1}}, the most {{metric1}}: {{org1}} ({{year1}}), {{v1}} {{note1}} {{note2}}\n{{src1}}',
  ],
];
