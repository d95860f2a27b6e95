// The key figures a report restates in its narrative (共收到申请154件、办结148件、结转6件；行政复议36件), as data:
// the words that state each one and the table cells it must equal. Only wordings that say one figure plainly are
// listed; anything else in a sentence is left uncompared.
import type { ApplicationRow } from '../tables/table-applications.js';
import type { ReviewGroup } from '../tables/table-review.js';

/** A table cell a figure is compared with. */
export type FigureCell =
  | { readonly table: '三'; readonly row: ApplicationRow; readonly column: 'total' }
  | { readonly table: '四'; readonly row: ReviewGroup; readonly column: 'total' };

export interface NarrativeFigure {
  /** How a check message names the figure. */
  readonly name: string;
  /**
   * Each pattern holds the number in its group `n`, which it never leaves optional (find-statements.ts tries such
   * a pattern only on a clause holding a digit); a pattern without one states 0 (未收到政府信息公开申请).
   */
  readonly patterns: readonly RegExp[];
  /** The cells whose sum the figure states; further readings a plain wording may mean are tried after it. */
  readonly readings: readonly (readonly FigureCell[])[];
  /** Words in the statement that rule out every reading but the first (本年新收 is never 新收＋上年结转). */
  readonly firstReadingOnly?: RegExp;
  /**
   * Words the sentence must hold when the statement's own words do not say what it counts: 办结148件 after
   * 收到政府信息公开申请154件, 行政复议 5 件 of 因政府信息公开被提起的 (not the cases a government reviews itself).
   */
  readonly sentenceMustName?: RegExp;
}

// A number as printed in prose: 552, 8,759. Never part of a longer number or a decimal.
const N = String.raw`(?<![\d.,])(?<n>\d{1,3}(?:,\d{3})+|\d+)(?![\d.])`;
const APPLICATION_UNIT = String.raw`\s*(?:件次|件|宗|个|份)`;
const CASE_UNIT = String.raw`\s*(?:件|宗|起|个)`;
// Words between the verb and the number that leave its meaning whole: 受理政府信息公开申请共 21 件.
const APPLICATION_WORDS = String.raw`(?:政府信息公开|信息公开|依申请公开|依申请件|依申请|申请件|申请|各类|的|共计|共|为|达|了|[：:\s])*`;
const AMOUNT_WORDS = String.raw`(?:共计|共|为|达|[：:\s])*`;
const RECEIVE = '(?:新收|收到|受理|接收|接到)';
const NEXT_YEAR = '下一?年度?';
const LAST_YEAR = '上一?年度?';
// 行政复议、行政诉讼 N 件 counts both together: neither is stated alone (行政复议3件、行政诉讼2件 states each).
const NOT_JOINED = '(?<!(?:复议|诉讼)(?:案件)?[、和及与或])';
// 未发生政府信息公开行政复议、行政诉讼案件 states 0 for each named, the whole clause saying nothing else.
const NONE_OF = '(?:未发生|没有发生|未出现)(?:因)?(?:政府信息公开|信息公开)(?:引发|引起|相关)?的?';
const CASES_END = '(?:案件|情况)?[。！？!?]?$';

const DISCLOSURE_APPLICATIONS = /信息公开申请|依申请/u;
const DISCLOSURE = /信息公开|依申请/u;

const cell = <T extends FigureCell['table']>(table: T, row: Extract<FigureCell, { table: T }>['row']): FigureCell =>
  ({ table, row, column: 'total' }) as FigureCell;

/** Every figure the narrative is compared on, by the table cell it restates. */
export const NARRATIVE_FIGURES = {
  received: {
    name: '收到申请',
    patterns: [
      new RegExp(`${RECEIVE}(?=\\D*申请)${APPLICATION_WORDS}${N}${APPLICATION_UNIT}`, 'gu'),
      new RegExp(
        `${RECEIVE}(?:了)?(?:共计|共)?\\s*${N}${APPLICATION_UNIT}(?:的)?(?:政府信息公开|依申请公开|信息公开)?申请`,
        'gu',
      ),
      // 未收到政府信息公开申请 states 0; 未受理申请 3 件 states no figure of the table.
      new RegExp(
        `(?:未|没有)${RECEIVE}(?:任何)?(?:政府信息公开|依申请公开|信息公开)?申请(?!${APPLICATION_WORDS}\\d)`,
        'gu',
      ),
    ],
    // 受理 may count the applications carried over from last year with the new ones.
    readings: [[cell('三', 'newReceived')], [cell('三', 'newReceived'), cell('三', 'carriedOver')]],
    firstReadingOnly: /新收/u,
  },
  handled: {
    name: '办结申请',
    patterns: [new RegExp(`(?:办结|答复|回复|办理|处理)(?:了|完毕)?${APPLICATION_WORDS}${N}${APPLICATION_UNIT}`, 'gu')],
    // 办理/处理 may count every application dealt with in the year, those carried forward included.
    readings: [[cell('三', 'total')], [cell('三', 'total'), cell('三', 'carriedForward')]],
    firstReadingOnly: /办结|答复|回复/u,
    sentenceMustName: DISCLOSURE_APPLICATIONS,
  },
  carriedOver: {
    name: '上年结转申请',
    patterns: [
      new RegExp(
        `${LAST_YEAR}结转(?:过来|来)?(?:的)?(?:政府信息公开|依申请公开)?(?:申请)?${AMOUNT_WORDS}${N}${APPLICATION_UNIT}`,
        'gu',
      ),
    ],
    readings: [[cell('三', 'carriedOver')]],
    sentenceMustName: DISCLOSURE_APPLICATIONS,
  },
  carriedForward: {
    name: '结转下年度申请',
    patterns: [
      new RegExp(
        `(?<!${LAST_YEAR})结转(?:至|到|入)?(?:${NEXT_YEAR})?(?:继续)?(?:办理|答复)?(?:的)?(?:申请)?${AMOUNT_WORDS}${N}${APPLICATION_UNIT}`,
        'gu',
      ),
      new RegExp(`${N}${APPLICATION_UNIT}(?:申请)?(?:结转|顺延|转入|转至)(?:至|到|入)?${NEXT_YEAR}`, 'gu'),
    ],
    readings: [[cell('三', 'carriedForward')]],
    sentenceMustName: DISCLOSURE_APPLICATIONS,
  },
  review: {
    name: '行政复议',
    patterns: [
      new RegExp(`${NOT_JOINED}行政复议(?:案件|申请)?${AMOUNT_WORDS}${N}${CASE_UNIT}`, 'gu'),
      new RegExp(`${NONE_OF}行政复议(?:[、和及与或]行政诉讼)?${CASES_END}`, 'gu'),
    ],
    readings: [[cell('四', 'review')]],
    sentenceMustName: DISCLOSURE,
  },
  litigation: {
    name: '行政诉讼',
    patterns: [
      new RegExp(`${NOT_JOINED}行政诉讼(?:案件)?${AMOUNT_WORDS}${N}${CASE_UNIT}`, 'gu'),
      new RegExp(`${NONE_OF}(?:行政复议[、和及与或])?行政诉讼${CASES_END}`, 'gu'),
    ],
    // Some reports count only the suits brought directly.
    readings: [[cell('四', 'litigationDirect'), cell('四', 'litigationAfterReview')], [cell('四', 'litigationDirect')]],
    sentenceMustName: DISCLOSURE,
  },
} as const satisfies Record<string, NarrativeFigure>;

export type NarrativeFigureKey = keyof typeof NARRATIVE_FIGURES;

/**
 * What may stand before a statement in its clause and leave it a plain statement of the report's own figure: the
 * year, the whole organ (全区, 我局, 本机关, 我区各部门), 共/累计, 因政府信息公开被提起的. Anything else (区政府办代表区政府,
 * 其中, 网上咨询) narrows or shifts what the number counts.
 */
export const PLAIN_PREFIX = new RegExp(
  `^(?:${[
    String.raw`[\s，,、：:]`,
    String.raw`\d{4}\s*年度?`,
    '本年度?|当年|今年|全年|年内|年度',
    '[全我本](?:区|市|县|州|盟|旗|镇|乡|街道|省|局|委|办|厅|署|院|会|中心|单位|机关|部门|政府|系统)',
    '各部门|各单位|各级行政机关|各级|各',
    '共计|累计|一共|总共|合计|共',
    '依法|按时|按期|及时|全部|另有|另|含|包括|此外|同时|另外|已|均',
    '因政府信息公开(?:工作)?|政府信息公开|信息公开|引发|引起|产生|被提起|被申请|被|提起|申请|发生|涉及|的',
  ].join('|')})*$`,
  'u',
);

/** Words that make a clause a comparison or a change, not the year's figure: 同比增长, 比上年, 去年. */
export const COMPARISON_WORDS = new RegExp(
  `同比|环比|增长|增加|减少|下降|上升|持平|翻番|较|比${LAST_YEAR}|去年|前年|${LAST_YEAR}(?!结转)|上一年`,
  'u',
);

/** Words right after a number that make it approximate: 5500余条, 300件左右. */
export const APPROXIMATE_AFTER = /^(?:余|多|左右|以上|以下|之多)/u;

/** A sentence that splits the organ's figures by level (全市… 其中市本级…) may state another scope than the table's. */
export const SPLIT_SCOPE = /本级/u;
