// The parts each breakdown lists, as canonical keys. Order is the order of the reply.

/** Outcome groups of table 三 (its rows 三（一）…（六）); their sum is （七）总计. */
export const OUTCOME_GROUPS: readonly string[] = [
  'granted',
  'partial',
  'denied',
  'unavailable',
  'notProcessed',
  'otherHandling',
];

/** Applicant columns of table 三 as a reply lists them. */
export const APPLICANT_BREAKDOWN: readonly string[] = [
  'natural',
  'legalPerson',
  'commercial',
  'research',
  'social',
  'legal',
  'other',
];

/** Result columns of table 四. */
export const RESULT_COLUMNS: readonly string[] = ['upheld', 'corrected', 'other', 'pending'];

/** What an organ's report says in brief, when a question names the organ but no figure (龙岗区2022年？). */
export const SUMMARY_METRICS: readonly string[] = [
  'applications.newReceived.total',
  'applications.total.total',
  'reviewLitigation.review.total',
  'reviewLitigation.litigation.total',
];

/** The figure a breakdown of applications starts from when the question names none (办理结果 → of the applications). */
export const BREAKDOWN_DEFAULT_METRIC = 'applications.newReceived.total';
