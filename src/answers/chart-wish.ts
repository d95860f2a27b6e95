// Words asking for a picture (画图, 趋势图, chart): they say how to show the answer, not what to look up, so
// understanding never sees them and the Answer carries the wish instead (src/charts draws it).
import type { NormalizedQuestion } from './text/index.js';

/**
 * Chinese phrases asking for a chart, longest first where one contains another. A bare 图 is not among them:
 * 图书馆 is an organ.
 */
const CHART_PHRASES_ZH: readonly RegExp[] = [
  /(?:请|帮我|帮忙)?(?:用|以|做成|画成|生成)(?:一张|一个|个|张)?(?:柱状|条形|折线|饼|趋势|统计)?(?:图表|图)(?:来)?(?:展示|显示|表示|呈现|看看|看)?/gu,
  /(?:画|做|作|出|生成|来)(?:一张|一个|个|张)?(?:柱状|条形|折线|饼|趋势|统计)?(?:图表|图)(?:看看|看)?/gu,
  /(?:柱状|条形|折线|饼|趋势|统计)图/gu,
  /图表/gu,
  /可视化/gu,
  /(?:变化)?(?:趋势|走势)/gu,
];

/** English phrases asking for a chart (the question is lower case by then). */
const CHART_PHRASES_EN: readonly RegExp[] = [
  /\b(?:(?:draw|make|plot|show)\s+(?:me\s+)?)?(?:(?:as|in|with|on)\s+)?(?:a\s+)?(?:bar\s+|line\s+|pie\s+|trend\s+)?(?:chart|graph|plot)s?(?:\s+(?:of|for))?\b/gu,
  /\b(?:draw|plot|visuali[sz]e)\b/gu,
  /\btrends?\b/gu,
];

/** What is left of the question once the chart words are out, and whether there were any. */
export interface ChartWish {
  readonly question: NormalizedQuestion;
  readonly isRequested: boolean;
}

/**
 * Takes the chart words out of a normalized question. `龙岗区历年收到申请趋势图` → `龙岗区历年收到申请` and
 * isRequested; a question without them comes back as it was.
 */
export function readChartWish(question: NormalizedQuestion): ChartWish {
  const phrases = question.lang === 'zh' ? CHART_PHRASES_ZH : CHART_PHRASES_EN;
  let text = question.text;
  for (const phrase of phrases) text = text.replace(phrase, ' ');
  if (text === question.text) return { question, isRequested: false };
  return { question: { ...question, text: text.replace(/\s+/g, ' ').trim() }, isRequested: true };
}

/** True when nothing but punctuation is left (画个图？ alone): the wish is about the previous answer. */
export function isWishAlone(question: NormalizedQuestion): boolean {
  return !/[\p{L}\p{N}]/u.test(question.text);
}
