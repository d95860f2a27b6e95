// What the question itself says (Asked), before the conversation fills the gaps, and what it names of its own.

import type { Section } from '../metrics.js';
import type { Query } from '../query.js';
import type { Operation, Period } from '../vocabulary/operations.js';
import type { HeldYear } from './term-dictionary.js';

/** What the question itself says, before the conversation fills the gaps. */
export interface Asked {
  readonly query: Query;
  readonly columnsOnly: readonly { readonly section: Section; readonly key: string }[];
  /** Names rows but no column (行政诉讼呢): a follow-up reads them in the column just asked. */
  readonly rowsAlone: boolean;
  /** The organ names as written (龙岗区), before resolving: a reply to "which one?" is read from these. */
  readonly organWords: readonly string[];
  readonly isFollowUp: boolean;
  /** Names a figure, an aggregation or a breakdown. */
  readonly hasShape: boolean;
  readonly hasKnownOrgan: boolean;
  /** Content words nothing explains; ignored only in questions about the store itself (which reports…). */
  readonly unreadWords: readonly string[];
  readonly isOutOfScope: boolean;
  /** 合计占比 / 两个加起来占多少: a share of a sum, whose whole no word names (out of scope). */
  readonly sharesOfSum: boolean;
  /** Names every organ of a scope (全部单位, 三个单位): never the previous question's organs. */
  readonly saysScope: boolean;
  /** Every scope word is also a pointing word (两个单位差多少 after two answers): the organs just answered about. */
  readonly scopePointsBack: boolean;
  /** The operation the words name (相差, 加起来, 几倍), whatever operands the question has of its own. */
  readonly operationWord: Operation | null;
  /** Says 没有/no: turns a list of organs with a figure into those without. */
  readonly saysZero: boolean;
  /** Says 比 / 对比 / compared: with 前一年, a change over the two years. */
  readonly saysCompare: boolean;
  /** The years 去年 / 前年 / 今年 stand for, counted back from the store's latest year. */
  readonly relativeYears: readonly number[];
  /** 两年 / 这三年 with no year written: how many years, which the question or the conversation must say. */
  readonly yearsCounted: number | null;
  /** 前一年 / the year before: how far from the conversation's year (null: not said). */
  readonly contextYearOffset: number | null;
  /** 最新一年 / 最早那年 with no year written: the organs' latest or earliest report, whichever organs are asked. */
  readonly heldYear: HeldYear | null;
  /** A figure of a level's organs with no ranking word (龙岗区的部门收了多少申请): each organ's, or one year's ranking. */
  readonly listsLevelFigure: boolean;
  /** 有没有行政诉讼 / 有人申请吗: whether the figure is there at all. */
  readonly asksWhetherAny: boolean;
  /** 比 is followed by a figure, no organ or year between (比处罚少多少): it compares two figures of one report. */
  readonly comparesFigures: boolean;
  /** 平均每个项目多少钱: an amount per item of its row. */
  readonly saysAverage: boolean;
  /** 商业企业的是自然人的百分之几: the figure named between 是 and 的 is what the first is divided by. */
  readonly namesWhole: boolean;
  /** 两年平均: one figure of several reports, their mean. */
  readonly saysMean: boolean;
  /** 平均每月 / 每天: one report's figure over the months or days of its year. */
  readonly perPeriod: Period | null;
  /** 翻了几番: a ratio said as doublings. */
  readonly saysDoublings: boolean;
  /** 多百分之几: a difference said with its share of the figure compared with. */
  readonly saysRelativeDifference: boolean;
  /** 平均每家: a sum over organs divided by their count. */
  readonly perOrgan: boolean;
  /** 比上年多多少 / 比上年翻了几倍 / 同比: the figure against the year before, not against the last turns' figures. */
  readonly comparesYearBefore: boolean;
  /** 再加上行政复议的总计呢: a figure added to the sum just stated, not a sum of its own. */
  readonly addsToLast: boolean;
  /** 复议后起诉的呢: the same asked of the row named (its 的), not the row's own figure. */
  readonly asksSameOfRow: boolean;
  /** 哪一项 / 哪个原因: which part of a figure, not which organ. */
  readonly asksWhichPart: boolean;
  /**
   * The one organ named is what the question measures (淮安市是几倍 / how many times larger is Huaian), not what it
   * is measured against (是淮安市的几倍 / 比淮安市 / than Huaian): no comparing word stands before it.
   */
  readonly organLeads: boolean;
}

/** 全部单位 / 龙岗区三个单位: a scope the question computes over, not the organs just answered about (两个单位差多少). */
export const namesScopeOfItsOwn = (asked: Asked): boolean => asked.saysScope && !asked.scopePointsBack;

/** The question says what it computes on: organs, years, a figure, a scope of its own. */
export function namesOperands(asked: Asked, isAllOrgans: boolean): boolean {
  const own = asked.query;
  return (
    own.organs.length > 0 ||
    own.pairs.length > 0 ||
    own.years.length > 0 ||
    own.regions.length > 0 ||
    own.level !== null ||
    own.metric !== null ||
    asked.columnsOnly.length > 0 ||
    namesScopeOfItsOwn(asked) ||
    isAllOrgans
  );
}
