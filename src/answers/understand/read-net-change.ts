// 其他对外管理服务事项增加了多少: table 二 of the 2019 template prints each item row's own 本年增/减 (the net change of
// its items this year). A change word on such a row, with one year and nothing compared, asks that column when it
// speaks of items (事项 / 项目 / 几项). Without them it stays a change of the row's figure over two reports.
import { findMetric, getMetric } from '../metrics.js';
import type { Query } from '../query.js';
import { ACTIVE_ROW_TERMS } from '../vocabulary/active-disclosure.js';

/** Words that compare with another year or organ: then a change word asks for a difference of two reports. */
const COMPARES = /比|较|同期|对比|相比/u;
/** Words that speak of a row's items (the unit of 本年增/减). */
const SAYS_ITEMS = /项/u;

/** The query reading 增加了多少 on a table 二 item row as its 本年增/减 column (see the file's note), or null. */
export function readNetChange(query: Query, text: string): Query | null {
  if (query.aggregation !== 'change' || query.metric === null || query.moreMetrics.length > 0) return null;
  if (query.years.length > 1 || query.pairs.length > 0 || query.organs.length > 1 || COMPARES.test(text)) return null;
  const spec = getMetric(query.metric);
  const fields: readonly string[] = ACTIVE_ROW_TERMS[spec.row]?.fields ?? [];
  const column = spec.section === 'activeDisclosure' ? findMetric(spec.section, spec.row, 'change') : undefined;
  if (!column || !fields.includes('change') || !SAYS_ITEMS.test(text)) return null;
  return { ...query, metric: column.id, aggregation: 'value' };
}
