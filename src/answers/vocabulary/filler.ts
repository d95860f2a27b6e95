// Words that carry no content of their own in a question about a report: question words, particles, politeness,
// "the report", "the data". What is left after them, the organs, years and table words is content the engine
// does not know (人口, GDP, weather): such a question is out of scope, never a summary of the organ's report.

/** Chinese filler words; the longest are removed first. */
export const FILLER_ZH: readonly string[] = [
  '请问', '请', '问', '一下', '查询', '查', '看看', '看', '告诉我', '我想知道', '想知道', '想了解', '了解', '帮我', '帮忙', '麻烦', '你好', '您好', '谢谢', '你', '您', '我', '们', '我们', '你们', '咱们',
  '多少', '几', '件', '个', '次', '家', '份', '是', '有', '没有', '的', '了', '吗', '呢', '啊', '吧', '呀', '哦', '嘛', '么', '什么', '怎么样', '怎样', '如何',
  '年', '度', '年度', '报告', '年报', '年度报告', '工作', '政府信息公开', '信息公开', '政府信息', '信息', '公开', '政务公开', '数据', '数字', '统计', '指标',
  '主要', '总体', '整体', '基本', '概况', '一些', '相关', '中', '里', '在', '和', '与', '及', '还有', '以及', '都', '共', '总', '各', '数量', '数', '量',
  '多', '少', '哪', '些', '谁', '是谁', '哪个', '哪家', '那', '这', '那边', '这边', '其', '为', '给', '说', '下', '得', '到', '被', '把', '同期', '对应', '方面', '项', '当年', '本年', '现', '现有', '目前', '现在', '已有', '已经', '收录', '里面', '可以', '能', '所有', '全部', '单位', '机关',
];

/** English filler words (after lower-casing and folding plurals). */
export const FILLER_EN: readonly string[] = [
  'what', 'whats', 'is', 'are', 'was', 'were', 'be', 'been', 'the', 'a', 'an', 'of', 'how', 'many', 'much', 'did', 'do', 'doe', 'does', 'in', 'for', 'and',
  'about', 'get', 'got', 'have', 'had', 'ha', 'has', 'there', 'by', 'from', 'to', 'me', 'tell', 'show', 'please', 'number', 'count', 'figure', 'data',
  'report', 'annual', 'year', 'it', 'its', 'on', 'at', 'with', 'i', 'you', 'can', 'give', 'hi', 'hello', 'bot', 'any', 'all', 'their', 'they', 'that',
  'this', 'which', 'who', 'were', 'was', 'same', 'again', 'information', 'disclosure', 'government', 'open', 'case', 'make', 'made', 'so', 'far', 'then',
];
