// A failed consistency check (勾稽关系) in words a person reads, never its rule id: 表四合计不平：行政复议 结果维持 10 +
// 结果纠正 1 + 其他结果 0 + 尚未审结 0 = 11，但总计为 0. The parser's message gives the figures; this says what is wrong.
import { APPLICANT_COLUMN_NAMES, APPLICANT_PARTS, type Check, type CheckRule } from '../../parser/index.js';
import type { Lang } from '../types.js';
import { groupDigits } from './format-number.js';

/**
 * How each rule is said: the head names what does not add up, given the check's subject (the column, row or
 * group its message names); `subjectInBody` rules name the subject before each finding instead (表四合计不平：行政复议 …).
 */
interface RuleWords {
  readonly head: (subject: string) => string;
  /** Between a subject said in the body and its figures. */
  readonly subjectInBody?: string;
}

const RULE_WORDS: Readonly<Record<Lang, Readonly<Record<CheckRule, RuleWords>>>> = {
  zh: {
    'applications.balance': { head: (column) => `表三${column}列不平` },
    'applications.rowTotal': { head: (row) => `表三“${row}”一行合计不平` },
    'applications.columnTotal': { head: (column) => `表三${column}列合计不平` },
    'applications.otherHandlingTotal': { head: (column) => `表三${column}列其他处理不平` },
    'reviewLitigation.total': { head: () => '表四合计不平', subjectInBody: ' ' },
    'table.missing': { head: () => '表格缺失' },
    'narrative.mismatch': { head: () => '正文与表格不一致', subjectInBody: '中，' },
  },
  en: {
    'applications.balance': { head: (column) => `table 3 does not balance in column ${column}` },
    'applications.rowTotal': { head: (row) => `table 3 row "${row}" does not add up` },
    'applications.columnTotal': { head: (column) => `table 3 column ${column}: the outcomes do not add up` },
    'applications.otherHandlingTotal': { head: (column) => `table 3 column ${column}: other handling does not add up` },
    'reviewLitigation.total': { head: () => 'table 4 totals do not add up', subjectInBody: ' ' },
    'table.missing': { head: () => 'missing table' },
    'narrative.mismatch': { head: () => 'the text disagrees with the table', subjectInBody: ': ' },
  },
};

const BUT: Readonly<Record<Lang, { readonly but: string; readonly is: string }>> = {
  zh: { but: '，但', is: '为 ' },
  en: { but: ', but ', is: ' is ' },
};

/**
 * Checks of one rule in one report, said once: `表三总计列不平：新收 1 + 上年结转 0 = 1，但总计 0 + 结转下年度 0 = 0`;
 * several findings of a rule that names its subject in the body share the head (表四合计不平：行政复议 …；行政诉讼 …).
 */
export function describeChecks(checks: readonly [Check, ...Check[]], lang: Lang): string {
  const words = RULE_WORDS[lang][checks[0].rule];
  const separator = lang === 'zh' ? '；' : '; ';
  const colon = lang === 'zh' ? '：' : ': ';
  const found = checks.map((check) => readMessage(check, lang));
  if (words.subjectInBody !== undefined) {
    const bodies = found.map(({ subject, body }) => (subject ? `${subject}${words.subjectInBody}${body}` : body));
    return `${words.head('')}${colon}${bodies.join(separator)}`;
  }
  return found.map(({ subject, body }) => `${words.head(subject)}${colon}${body}`).join(separator);
}

/** A message `主语：左 ≠ 右（未能读取：…）` as its subject and `左 = n，但右为 m`; any other message as it is. */
function readMessage(check: Check, lang: Lang): { readonly subject: string; readonly body: string } {
  const { message } = check;
  const at = message.indexOf(' ≠ ');
  if (at < 0) return { subject: '', body: message };
  const colon = message.lastIndexOf('：', at);
  const subject = colon < 0 ? '' : message.slice(0, colon);
  const note = /（未能读取：[^）]*）$/u.exec(message)?.[0] ?? '';
  const printed = message.slice(colon + 1, at);
  const left = check.rule === 'applications.rowTotal' ? nameApplicants(printed) : printed;
  const right = message.slice(at + ' ≠ '.length, message.length - note.length);
  const { but, is } = BUT[lang];
  return {
    subject,
    body: `${withSum(left, check.expected)}${but}${withSum(right, check.actual, is)}${note}`,
  };
}

/**
 * A side of the comparison with its digits grouped: a sum said with its result (新收 1 + 上年结转 0 = 1), a single
 * figure with `is` before its number (总计为 0).
 */
function withSum(side: string, result: number | undefined, is?: string): string {
  const grouped = side.replace(/(?<![\d.])\d{4,}(?:\.\d+)?(?![\d年])/gu, (digits) => groupDigits(Number(digits)));
  if (grouped.includes(' + ')) {
    return grouped.includes(' = ') || result === undefined ? grouped : `${grouped} = ${groupDigits(result)}`;
  }
  return is === undefined ? grouped : grouped.replace(/ (-?[\d,.]+)$/u, `${is}$1`);
}

/** A row's applicant columns named, as the message prints their values alone: `自然人 1 + 商业企业 0 + … = 1`. */
function nameApplicants(sum: string): string {
  const [terms = '', ...result] = sum.split(' = ');
  const values = terms.split(' + ');
  if (values.length !== APPLICANT_PARTS.length || !values.every((value) => /^-?[\d.]+$/u.test(value))) return sum;
  const named = values.map((value, at) => `${APPLICANT_COLUMN_NAMES[APPLICANT_PARTS[at] ?? 'other']} ${value}`);
  return [named.join(' + '), ...result].join(' = ');
}
