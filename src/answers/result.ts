// What executing a query found, before any wording: phrase() turns it into the reply in either language.
import type { Check } from '../parser/index.js';
import type { Section } from './metrics.js';
import type { Aggregation, Breakdown, Level } from './query.js';
import type { Fact } from './types.js';
import type { ChatKind } from './vocabulary/chat.js';
import type { Operation, Period } from './vocabulary/operations.js';

/** One figure of one organ's report, with the parts asked beside it and the checks it fails. */
export interface ValueBlock {
  readonly org: string;
  readonly year: number;
  /** True when the question named no year and the organ's latest report was used. */
  readonly isLatest: boolean;
  /** The figure asked; null when only a breakdown was asked (all fields of a table 二 row). */
  readonly fact: Fact | null;
  readonly breakdown: Breakdown | null;
  readonly parts: readonly Fact[];
  readonly failedChecks: readonly Check[];
  /** How a 0 was printed when not as a digit: "/" or "" (blank). */
  readonly printedAs?: string;
  /** Set when the report lacks the column asked and its other-template twin was read (现行有效 → 对外公开总数量). */
  readonly twin?: { readonly askedLabel: string; readonly template: string };
}

/**
 * The one year a comparison read when the question named none, and the organs it leaves out for having no report
 * of that year. `reason`: the latest year (held by at least half of the organs compared), the latest year that at
 * least half hold (a newer year has few reports yet), or, no year held by half of them, the year with the most
 * reports.
 */
export interface ChosenYear {
  readonly year: number;
  /** Organs left out, those with the newest reports first, at most a few: each with the years it holds. */
  readonly leftOut: readonly { readonly org: string; readonly years: readonly number[] }[];
  /** How many organs are left out in all. */
  readonly leftOutCount: number;
  readonly reason: 'latest' | 'mostOrgans' | 'mostReports';
}

/** A named organ's figure and its place among the reports compared (1 = the most; ties share a place). */
export interface Placed {
  readonly fact: Fact;
  readonly position: number;
}

/** A figure a clarifying question offers, with its values for the organs asked (none when no organ was named). */
export interface FigureOption {
  readonly metric: string;
  readonly label: string;
  readonly facts: readonly Fact[];
}

/** Something asked that the store does not have. */
export type Missing =
  | {
      readonly kind: 'organ';
      readonly name: string;
      readonly nearby: readonly string[];
      readonly isRegionKnown: boolean;
      readonly orgCount: number;
    }
  | { readonly kind: 'year'; readonly org: string; readonly year: number; readonly available: readonly number[] }
  /** No organ has the name asked; the one whose printed name misprints that place (沭阳县 → 沐阳县人民政府) answered. */
  | { readonly kind: 'misprint'; readonly name: string; readonly org: string }
  /**
   * 江苏的报告 while the store holds organs whose place the gazetteer lacks (the OCR's 沐阳县): which of them lie in
   * the province cannot be told, so no list or sum of it is given; `orgs` names the first of them, `more` says
   * there are others.
   */
  | { readonly kind: 'unplaced'; readonly province: string; readonly orgs: readonly string[]; readonly more: boolean }
  /** 胜诉率 of an organ with no lawsuits: the whole a share divides by is 0, so there is no share to state. */
  | { readonly kind: 'zeroWhole'; readonly org: string; readonly year: number; readonly whole: string }
  | {
      readonly kind: 'column';
      readonly org: string;
      readonly year: number;
      readonly metric: string;
      readonly template: string;
      readonly instead: readonly Fact[];
    };

/** A year-over-year change of one organ's figure; the derived numbers are facts too. */
export interface Change {
  readonly from: Fact;
  readonly to: Fact;
  readonly delta: Fact;
  readonly percent: Fact | null;
}

/** A share of a part in its whole, e.g. 自然人 of 新收申请. */
export interface Share {
  readonly part: Fact;
  readonly whole: Fact;
  readonly share: Fact;
}

/** One computed figure and the facts it was computed from, in order; `result` null when it cannot be (÷ 0). */
export interface Computation {
  readonly result: Fact | null;
  readonly operands: readonly Fact[];
  /** How many operands were added when only the first are carried (a sum over a scope); else all are. */
  readonly operandCount?: number;
  /** A ratio of an amount to a count (采购总金额 ÷ 采购项目数量): money per item, said as an average. */
  readonly isPerItem?: boolean;
  /**
   * 平均每月 / 每天: the one operand divided by the period's count in its year (12 months, 365 or 366 days); 平均每家:
   * the sum (`total`) divided by the count of reports added; 两年平均: one organ's sum over its years divided by them.
   */
  readonly divisor?: { readonly count: number; readonly per: Period | 'organ' | 'year' };
  /** 多百分之几: the difference as a percentage of the second operand, said beside it. */
  readonly relative?: Fact;
  /** 平均每家: the sum divided, stated beside the quotient. */
  readonly total?: Fact;
  /** 翻了几番: log2 of the ratio, to one place, said beside it (absent where the figure did not grow). */
  readonly doublings?: Fact;
}

/** A sum over every organ of a scope (全部单位, 龙岗区各单位) in one year. */
export interface SumScope {
  /** The regions and level asked (empty and null: every organ of the store). */
  readonly regions: readonly string[];
  readonly level: Level | null;
  /** How many reports were added; the operands list only the first of them. */
  readonly compared: number;
  /** The years added, in the order the operands first show them. */
  readonly years: readonly number[];
}

/** What a list of reports was narrowed to: the years, the regions as asked, the level. */
export interface ReportsScope {
  readonly years: readonly number[];
  readonly regions: readonly string[];
  readonly level: Level | null;
}

/** One report that fails checks. */
export interface FailingReport {
  readonly org: string;
  readonly year: number;
  readonly file: string;
  /** The report's page on the web, when it was fetched from one: the reply's source footer names it. */
  readonly url?: string;
  readonly checks: readonly Check[];
}

/** Organs a question back leaves unlisted: how many, counted up to a bound (`isAtLeast`: at least that many). */
export interface MoreCandidates {
  readonly count: number;
  readonly isAtLeast: boolean;
}

export type LookupResult =
  | { readonly kind: 'values'; readonly blocks: readonly ValueBlock[]; readonly missing: readonly Missing[] }
  | {
      readonly kind: 'ranking';
      readonly aggregation: Extract<Aggregation, 'max' | 'min' | 'top' | 'bottom'>;
      readonly metric: string;
      readonly entries: readonly Fact[];
      readonly tied: number;
      readonly compared: number;
      readonly years: readonly number[];
      readonly missing: readonly Missing[];
      readonly failing?: readonly FailingReport[];
      readonly chosenYear?: ChosenYear;
    }
  | {
      readonly kind: 'positions';
      readonly metric: string;
      readonly entries: readonly Placed[];
      readonly compared: number;
      readonly years: readonly number[];
      readonly missing: readonly Missing[];
      readonly chosenYear?: ChosenYear;
    }
  | {
      readonly kind: 'nonzero';
      readonly metric: string;
      readonly isZero: boolean;
      /** 超过500件: the number every listed figure exceeds (absent: not 0). */
      readonly above?: number;
      readonly entries: readonly Fact[];
      readonly matched: number;
      readonly compared: number;
      readonly years: readonly number[];
      readonly missing: readonly Missing[];
      readonly failing?: readonly FailingReport[];
    }
  | { readonly kind: 'changes'; readonly changes: readonly Change[]; readonly missing: readonly Missing[] }
  | {
      readonly kind: 'arithmetic';
      readonly operation: Operation;
      readonly items: readonly Computation[];
      /** The one year read when the question named none (the organs' latest common year, or the scope's latest). */
      readonly chosenYear: number | null;
      readonly scope: SumScope | null;
      readonly missing: readonly Missing[];
    }
  /** Organs compared or added that share no year: which year of each is meant. */
  | {
      readonly kind: 'chooseYear';
      readonly orgs: readonly { readonly org: string; readonly years: readonly number[] }[];
    }
  | {
      readonly kind: 'shares';
      readonly shares: readonly Share[];
      readonly missing: readonly Missing[];
      readonly ranking?: {
        readonly isDescending: boolean;
        readonly compared: number;
        readonly years: readonly number[];
        readonly chosenYear?: ChosenYear;
      };
    }
  | {
      readonly kind: 'reports';
      readonly orgs: readonly { readonly org: string; readonly years: readonly number[] }[];
      readonly orgCount: number;
      readonly reportCount: number;
      /** The years, regions and level the reports were counted in (几个区 2022年…); null: every report held. */
      readonly scope: ReportsScope | null;
      /** 有几个区政府: the organs were counted, and the reply states their count (not the reports'). */
      readonly countsOrgans?: boolean;
      readonly missing: readonly Missing[];
    }
  | {
      readonly kind: 'checks';
      readonly failing: readonly FailingReport[];
      readonly failingCount: number;
      readonly checked: number;
      /** The one report checked, when only one was (这份报告的数据对得上吗): the reply names it. */
      readonly only: { readonly org: string; readonly year: number } | null;
      /** The tables whose checks alone were asked (表三对得上吗); absent: every check. */
      readonly sections?: readonly Section[];
      /** Reports asked for that the store lacks. */
      readonly missing: readonly Missing[];
    }
  | {
      readonly kind: 'clarify';
      readonly name: string;
      readonly candidates: readonly string[];
      /** How many more organs the name names than the candidates listed (发改局: every region's). */
      readonly more?: MoreCandidates;
      /** The names a slip of `name` may mean (淮安市 for 淮按市): asked as 您是想问 淮安市 吗？ */
      readonly meant?: readonly string[];
      /** How many organs the question counted (龙岗区两个单位) when the store holds another number of them. */
      readonly count?: number;
      /** How many organs of the counted scope the store holds (the candidates are the first of them). */
      readonly held?: number;
      /** 占多少 after A比B多多少: the candidates are the two organ-years, a share of which of them is asked. */
      readonly isShareWhole?: boolean;
      /** 它占多少 after 最多: the candidates are the organs the ranking listed, too few to take a share of. */
      readonly isRankedShare?: boolean;
      /** 两个加起来占多少: the candidates are the organs just stated, each a part of their sum. */
      readonly isSumShare?: boolean;
    }
  | {
      readonly kind: 'clarifyFigure';
      /** The words no table word explains (还没审完), or a misspelled one (行政附议). */
      readonly unread: readonly string[];
      /** The table words a misspelling is one character away from (行政复议); empty otherwise. */
      readonly meant: readonly string[];
      readonly options: readonly FigureOption[];
      /** The last turn's question asked again for another organ or year (南山区的呢 after a clarify). */
      readonly isAgain?: boolean;
      /** A share asked with no whole named: the part's label; the options are the wholes it may be a share of. */
      readonly shareOf?: string;
    }
  /** An operation on the last two turns' figures that do not give exactly two to compute with: which two? */
  /** `ofSum`: a share of several figures added was asked (这两项占…), which the engine does not compute. */
  | { readonly kind: 'clarifyOperands'; readonly ofSum?: boolean; readonly whichOperation?: boolean }
  /** 两年加起来 with no years said: which `count` years, of the organ's (org) or the store's years. */
  | {
      readonly kind: 'chooseYears';
      readonly count: number;
      readonly org: string | null;
      readonly years: readonly number[];
    }
  | { readonly kind: 'no_data'; readonly missing: readonly Missing[] }
  | { readonly kind: 'help'; readonly examples: readonly string[] }
  /** Chat, not a question (你好 / 谢谢 / 年报): a short friendly reply with three questions that work. */
  | { readonly kind: 'chat'; readonly chat: ChatKind; readonly examples: readonly string[] }
  | { readonly kind: 'not_understood'; readonly examples: readonly string[] };
