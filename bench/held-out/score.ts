// Scoring one reply against its expectation. The rules (also at the top of run.ts):
//
// The reply's STATED VALUES are the `value`s of its facts; when an answered reply has no facts, the numbers in
// its text instead (years, file paths and 约-approximations left out; 万/亿 multiplied out).
//
// Expected `answered`:
//   right         status answered, every expected figure among the stated values, no stated value outside
//                 expected ∪ alsoAllowed, mustContain all present, mustNotContain all absent;
//   wrong number  status answered and some stated value outside expected ∪ alsoAllowed;
//   safe miss     status clarify / not_understood / no_data;
//   other miss    status answered without a wrong value, but an expected figure missing or a text check failing
//                 (mustContain, mustNotContain, reportsCompared: a ranking over reports of several years).
// Expected clarify / not_understood / no_data / safe (any of the three) / chat (a reply stating no figure):
//   wrong number  status answered with a stated value (for chat: a fact);
//   right         the status matches (safe: any of the three; chat: chat, answered or clarify without a fact — a
//                 greeting, thanks or help gets a reply of its own, not "没有理解"), mustNotContain all absent;
//   safe miss     another of clarify / not_understood / no_data;
//   other miss    status answered without a figure where it should not be, or a text check failing.
// anyOf: each alternative is judged and the best outcome counts (right > safe miss > other miss > wrong number),
// so a reply is a wrong number only when it is wrong for every alternative — e.g. a ranking mixing two years.
import * as OpenCC from 'opencc-js';
import type { Answer } from '../../src/answers/index.js';
import type { Expect, Expectation, Figure, ReplyIn } from './expect.js';

export type Outcome = 'right' | 'safe_miss' | 'other_miss' | 'wrong_number';
export const OUTCOMES: readonly Outcome[] = ['right', 'safe_miss', 'other_miss', 'wrong_number'];

export interface Verdict {
  readonly outcome: Outcome;
  readonly reason: string;
  /** The values judged (facts, or the text's numbers when an answered reply has none). */
  readonly stated: readonly number[];
  readonly statedFromText: boolean;
}

const NOT_ANSWERED = new Set(['clarify', 'not_understood', 'no_data']);
const RANK: Record<Outcome, number> = { right: 0, safe_miss: 1, other_miss: 2, wrong_number: 3 };

export function judge(expect: Expect, reply: Answer): Verdict {
  const alternatives = 'anyOf' in expect ? expect.anyOf : [expect];
  const verdicts = alternatives.map((alternative) => judgeOne(alternative, reply));
  return verdicts.reduce((best, next) => (RANK[next.outcome] < RANK[best.outcome] ? next : best));
}

function judgeOne(expect: Expectation, reply: Answer): Verdict {
  const { values: stated, fromText } = statedValues(reply);
  const verdict = (outcome: Outcome, reason: string, judged: readonly number[] = stated): Verdict => ({
    outcome,
    reason,
    stated: judged,
    statedFromText: fromText && judged.length > 0,
  });
  const forbidden = (expect.mustNotContain ?? []).filter((text) => reply.answer.includes(text));

  if (expect.status === 'answered') {
    if (reply.status !== 'answered') return verdict('safe_miss', `status ${reply.status}`);
    const allowed = [...expect.values, ...(expect.alsoAllowed ?? [])];
    const extra = stated.filter((value) => !allowed.some((figure) => matches(figure, value)));
    if (extra.length > 0) return verdict('wrong_number', `stated ${extra.join(', ')}`);
    const missing = expect.values.filter((figure) => !stated.some((value) => matches(figure, value)));
    if (missing.length > 0) return verdict('other_miss', `missing ${missing.map(describeFigure).join(', ')}`);
    const absent = (expect.mustContain ?? []).filter((text) => !reply.answer.includes(text));
    if (absent.length > 0) return verdict('other_miss', `reply lacks ${absent.join(', ')}`);
    if (forbidden.length > 0) return verdict('other_miss', `reply contains ${forbidden.join(', ')}`);
    const compared = reportCounts(reply.answer).filter(
      (n) => expect.reportsCompared && !expect.reportsCompared.includes(n),
    );
    if (compared.length > 0) return verdict('other_miss', `compared ${compared.join(', ')} reports`);
    return verdict('right', 'answered');
  }

  const judged = reply.status !== 'answered' ? [] : expect.status === 'chat' ? reply.facts.map((f) => f.value) : stated;
  if (judged.length > 0) return verdict('wrong_number', `answered ${judged.join(', ')}`, judged);
  if (forbidden.length > 0) return verdict('other_miss', `reply contains ${forbidden.join(', ')}`, judged);
  if (expect.status === 'chat') {
    // A greeting, thanks, help or reset gets a reply of its own (chat, answered, or a question back), not "没有理解".
    const replied =
      reply.answer.trim() !== '' &&
      (reply.status === 'chat' || reply.status === 'answered' || reply.status === 'clarify');
    if (replied) return verdict('right', `chat: ${reply.status}`, judged);
    return verdict(reply.status === 'answered' ? 'other_miss' : 'safe_miss', `chat reply: ${reply.status}`, judged);
  }
  const statusMatches = expect.status === 'safe' ? NOT_ANSWERED.has(reply.status) : reply.status === expect.status;
  if (statusMatches) return verdict('right', reply.status, judged);
  if (NOT_ANSWERED.has(reply.status)) return verdict('safe_miss', `status ${reply.status}`, judged);
  return verdict('other_miss', `status ${reply.status} without a figure`, judged);
}

/** Fact values, or for an answered reply without facts the figures written in its text. */
export function statedValues(reply: Answer): { values: number[]; fromText: boolean } {
  if (reply.facts.length > 0) return { values: reply.facts.map((fact) => fact.value), fromText: false };
  if (reply.status !== 'answered') return { values: [], fromText: false };
  return { values: numbersInText(reply.answer, reply.lang), fromText: true };
}

const NUMBER = /(约\s*|about\s+|~\s*)?([-+]?\d+(?:,\d{3})*(?:\.\d+)?)\s*(万|亿)?\s*(年|%)?/g;

/** The figures a reply's text states: not years, file paths, URLs, table or item labels, 约-approximations. */
export function numbersInText(text: string, lang: Answer['lang']): number[] {
  const withoutPaths = text
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/[\w.-]*\/[\w./-]+/g, ' ')
    .replace(/\b(?:table|column)\s+\d+/gi, ' ') // "table 3": a label, not a figure
    .replace(/第?\s*\d+\s*(?:[–~-]\s*\d+\s*)?项/g, ' '); // "1–5项合计", "第3项"
  const numbers: number[] = [];
  for (const match of withoutPaths.matchAll(NUMBER)) {
    const [, approximate, digits = '', multiplier, suffix] = match;
    if (approximate) continue;
    const value = Number(digits.replace(/,/g, ''));
    if (!Number.isFinite(value)) continue;
    const yearLike = Number.isInteger(value) && value >= 1990 && value <= 2100 && !digits.includes(',');
    if (yearLike && (suffix === '年' || lang === 'en')) continue;
    numbers.push(multiplier === '万' ? value * 1e4 : multiplier === '亿' ? value * 1e8 : value);
  }
  return numbers;
}

/** The report counts a reply says it compared: "共比较 6 份报告", "在 3 份报告中", "compared 6 reports". */
function reportCounts(text: string): number[] {
  return [...text.matchAll(/(\d+)\s*(?:份报告|份報告|reports?\b)/gi)].map((match) => Number(match[1]));
}

function close(a: number, b: number, relative = 1e-9): boolean {
  return Math.abs(a - b) <= relative * Math.max(1, Math.abs(b));
}

/** Whether a stated value is the expected figure, in any of the forms the figure allows. */
export function matches(figure: Figure, value: number): boolean {
  if (typeof figure === 'number') return close(value, figure);
  if ('percent' in figure)
    return Math.abs(value - figure.percent) <= 0.051 || Math.abs(value * 100 - figure.percent) <= 0.051;
  if ('yuan' in figure) return [1, 1e4, 1e8].some((unit) => close(value * unit, figure.yuan));
  if ('difference' in figure) return close(Math.abs(value), Math.abs(figure.difference));
  return [1, 0.01].some((scale) => Math.abs(value * scale - figure.ratio) <= 0.005 * Math.abs(figure.ratio));
}

export function describeFigure(figure: Figure): string {
  if (typeof figure === 'number') return String(figure);
  if ('percent' in figure) return `${figure.percent}%`;
  if ('yuan' in figure) return `${figure.yuan}元`;
  if ('difference' in figure) return `±${figure.difference}`;
  return `×${figure.ratio.toFixed(3)}`;
}

export function describeExpect(expect: Expect): string {
  const one = (e: Expectation): string =>
    e.status === 'answered'
      ? `answered [${e.values.map(describeFigure).join(', ')}]${e.alsoAllowed?.length ? ` (+${e.alsoAllowed.map(describeFigure).join(', ')})` : ''}`
      : e.status;
  return 'anyOf' in expect ? expect.anyOf.map(one).join(' | ') : one(expect);
}

const toTraditional = OpenCC.Converter({ from: 'cn', to: 't' });

/** Whether the reply is written as asked: English by the engine's `lang`, Traditional by its characters. */
export function repliesAsAsked(replyIn: ReplyIn, reply: Answer): boolean {
  if (replyIn === 'en') return reply.lang === 'en';
  const chars = [...reply.answer];
  const converted = [...toTraditional(reply.answer)];
  if (converted.length !== chars.length) return false;
  const han = chars.filter((char) => /[\u4e00-\u9fff]/.test(char)).length;
  const simplified = chars.filter((char, i) => char !== converted[i]).length;
  return simplified <= Math.max(1, 0.03 * han);
}
