// Words that carry no content of their own in a question about a report: question words, particles, politeness,
// "the report", "the data". What is left after them, the organs, years and table words is content the engine
// does not know (人口, GDP, weather): such a question is out of scope, never a summary of the organ's report.

/** Chinese filler words; the longest are removed first. */
export const FILLER_ZH: readonly string[] = [
  '请问', '请', '问', '一下', '查询', '查', '看看', '看', '告诉我', '我想知道', '想知道', '想了解', '了解', '帮我', '帮忙', '麻烦', '你好', '您好', '谢谢', '你', '您', '我', '们', '我们', '你们', '咱们',
  '多少', '几', '件', '个', '次', '家', '份', '是', '有', '没有', '的', '了', '吗', '呢', '啊', '吧', '呀', '哦', '嘛', '么', '什么', '怎么样', '怎样', '如何',
  '年', '度', '年度', '报告', '年报', '年度报告', '工作', '政府信息公开', '信息公开', '政府信息', '信息', '公开', '政务公开', '数据', '数字', '统计', '指标',
  '主要', '总体', '整体', '基本', '概况', '一些', '相关', '中', '里', '在', '和', '与', '及', '还有', '以及', '都', '共', '总', '各', '数量', '数', '量',
  '多', '少', '哪', '些', '谁', '是谁', '哪个', '哪家', '那', '这', '那边', '这边', '其', '为', '给', '说', '下', '得', '到', '被', '把', '同期', '对应', '方面', '项', '当年', '本年', '现', '现有', '目前', '现在', '已有', '已经', '收录', '里面', '可以', '能', '所有', '全部', '单位', '机关', '介绍', '摘要', '总结', '汇总', '简介', '概要', '要点', '内容', '来着', '老师', '问题', '一样', '各位', '大家', '想问', '问下',
];

/** English filler words (after lower-casing and folding plurals). */
export const FILLER_EN: readonly string[] = [
  'what', 'whats', 'is', 'are', 'was', 'were', 'be', 'been', 'the', 'a', 'an', 'of', 'how', 'many', 'much', 'did', 'do', 'doe', 'does', 'in', 'for', 'and',
  'about', 'get', 'got', 'have', 'had', 'ha', 'has', 'there', 'by', 'from', 'to', 'me', 'tell', 'show', 'please', 'number', 'count', 'figure', 'data',
  'report', 'annual', 'year', 'it', 'its', 'on', 'at', 'with', 'i', 'you', 'can', 'give', 'hi', 'hello', 'bot', 'any', 'all', 'their', 'they', 'that',
  'this', 'which', 'who', 'were', 'was', 'same', 'again', 'information', 'disclosure', 'government', 'open', 'case', 'make', 'made', 'so', 'far', 'then',
];

/**
 * Things a question may ask that no table holds (答复时间, 平均, 人口): with one of these, a figure the question also
 * names (龙岗区2022年依申请公开的平均答复时间) would answer something else, so the question is not understood.
 */
export const OUT_OF_SCOPE: Readonly<Record<'zh' | 'en', readonly string[]>> = {
  zh: ['平均', '时间', '天数', '期限', '时限', '时长', '用时', '满意度', '人口', '收入', '预算', '支出', '天气', 'GDP', '工资', '人数', '面积', '微博', '微信', '网站', '热线', '培训', '会议'],
  en: ['average', 'deadline', 'population', 'budget', 'income', 'salary', 'weather', 'gdp', 'satisfaction', 'website', 'weibo', 'wechat', 'hotline', 'training', 'meeting'],
};
