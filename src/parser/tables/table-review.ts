// Table 四 (政府信息公开行政复议、行政诉讼情况), defined once: three groups of five result columns, 总计 the sum of the
// other four, and 行政诉讼 printed as one merged header over its two groups.

/** Groups of table 四 in printed order, with how a source cites each and the header words only it prints. */
const GROUPS = {
  review: { printed: '行政复议', headerKeys: [] },
  litigationDirect: { printed: '行政诉讼—未经复议直接起诉', headerKeys: ['未经复议'] },
  litigationAfterReview: { printed: '行政诉讼—复议后起诉', headerKeys: ['复议后起诉'] },
} as const satisfies Record<string, { readonly printed: string; readonly headerKeys: readonly string[] }>;

export type ReviewGroup = keyof typeof GROUPS;
export const REVIEW_GROUPS = Object.keys(GROUPS) as readonly ReviewGroup[];
export const REVIEW_GROUP_DEFINITIONS: Readonly<
  Record<ReviewGroup, { readonly printed: string; readonly headerKeys: readonly string[] }>
> = GROUPS;

/** Result columns of table 四 in printed order, with their printed headers. */
const COLUMNS = {
  upheld: '结果维持',
  corrected: '结果纠正',
  other: '其他结果',
  pending: '尚未审结',
  total: '总计',
} as const;

export type ReviewColumn = keyof typeof COLUMNS;
export const REVIEW_COLUMNS = Object.keys(COLUMNS) as readonly ReviewColumn[];
export const REVIEW_COLUMN_NAMES: Readonly<Record<ReviewColumn, string>> = COLUMNS;

/** The four results that add up to 总计 in each group (rule reviewLitigation.total). */
export const REVIEW_RESULTS = REVIEW_COLUMNS.filter((column) => column !== 'total');

/** Chinese names of the groups, for check messages. */
export const REVIEW_GROUP_NAMES: Readonly<Record<ReviewGroup, string>> = {
  review: '行政复议',
  litigationDirect: '行政诉讼（未经复议直接起诉）',
  litigationAfterReview: '行政诉讼（复议后起诉）',
};

/** The merged header 行政诉讼 over its two groups: the reports hold no cell for it; it is their sum. */
export const REVIEW_GROUP_SUMS = {
  litigation: {
    printed: '行政诉讼（未经复议直接起诉＋复议后起诉）',
    groups: ['litigationDirect', 'litigationAfterReview'],
  },
} as const satisfies Record<string, { readonly printed: string; readonly groups: readonly ReviewGroup[] }>;
export type ReviewGroupSum = keyof typeof REVIEW_GROUP_SUMS;

/** Table 四's top header words: 行政复议 over its group, 行政诉讼 over its two (the group order is read from them). */
export const REVIEW_TOP_HEADERS = { review: '行政复议', litigation: '行政诉讼' } as const;
