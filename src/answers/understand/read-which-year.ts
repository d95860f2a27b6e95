// 哪一年: which year a figure peaks in. Beside a figure and a ranking word (哪一年收到的申请最多, 历年行政复议最多的是
// 哪一年哪个单位) it compares every year the store holds, so the answer names organ and year; anywhere else (这是哪一年
// 的 after an answer, 哪一年最多 with no figure of its own) it reads nothing and is left unread, so asked about.
import type { Aggregation } from '../query.js';
import { FIGURE_RANKINGS } from './aggregation-kinds.js';
import type { Mentions } from './extract-mentions.js';

/**
 * What 哪一年 adds: every year held (`years`), or its words as unread; nothing when the question has none.
 * `listsReports`: the years of an organ's reports are asked (What years does Hongze have?): an organ, no figure,
 * no other aggregation.
 */
export function readWhichYear(
  mentions: Mentions,
  hasFigure: boolean,
  aggregation: Aggregation | null,
  yearsHeld: readonly number[],
): { readonly years: readonly number[]; readonly unread: readonly string[]; readonly listsReports: boolean } {
  // 所有报告里 outside a ranking asks what 所有报告 does (every organ), so it is no word left unread.
  const words = mentions.termPlaces.flatMap((place) =>
    place.terms.some((term) => term.kind === 'whichYear' && !term.isEveryReport) ? [place.text] : [],
  );
  const isEveryReport = mentions.termPlaces.some((place) =>
    place.terms.some((term) => term.kind === 'whichYear' && term.isEveryReport),
  );
  if (words.length === 0 && !isEveryReport) return { years: [], unread: [], listsReports: false };
  const isRanked = hasFigure && aggregation !== null && FIGURE_RANKINGS.has(aggregation);
  // 2022年哪个单位最多 says its year: 哪一年 beside a written year asks nothing more.
  if (isRanked) return { years: mentions.years.length > 0 ? [] : yearsHeld, unread: [], listsReports: false };
  if (words.length === 0) return { years: [], unread: [], listsReports: false };
  const asksOrgansYears =
    !hasFigure && aggregation === null && mentions.organs.length > 0 && mentions.years.length === 0;
  return asksOrgansYears
    ? { years: [], unread: [], listsReports: true }
    : { years: [], unread: words, listsReports: false };
}
