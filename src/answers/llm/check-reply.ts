// The guard between a model's phrasing and the user: a reply may restate our numbers, never change or add one.
import type { Fact } from '../types.js';
import { type NumberMention, readNumbers } from './read-numbers.js';

/** What the guard compares: the model's reply, and what the deterministic engine knows to be true. */
export interface ReplyCheckInput {
  readonly reply: string;
  readonly question: string;
  readonly facts: readonly Fact[];
  /** The engine's own reply; the numbers it states (a share it computed, 表三) are allowed too. */
  readonly templateReply: string;
}

export type ReplyVerdict = { readonly isAccepted: true } | { readonly isAccepted: false; readonly reason: string };

/**
 * A scaled form (万, 亿, million) may round the fact as the template does — half-up to two decimals in that
 * unit — or keep more decimals, and must keep three significant digits: 1708154000 may be written 17.08亿,
 * 17.0815亿 or 170,815.4万, not 17.1亿 or 17亿; 22293.4 may be 2.23万, not 2.2万; 22 is never 0.00万.
 */
export const MIN_DECIMALS_WHEN_SCALED = 2;
export const MIN_SIGNIFICANT_DIGITS_WHEN_SCALED = 3;

/** Replies much longer than the template are not a rephrasing. */
const MAX_REPLY_LENGTH_FACTOR = 4;
const MIN_REPLY_LENGTH_LIMIT = 600;

/** Markdown or Chinese list markers at the start of a line ("1. ", "2、", "（3）") are not quantities. */
const LIST_MARKER = /^[ \t]*(?:[(（]\d{1,2}[)）]|\d{1,2}[.、)）](?!\d))/gmu;

/**
 * Accepts a reply when every number in it is a fact's value, a fact's year, a number from the question or
 * from the template reply, and every fact's value appears. `checkReply({ reply: "共收到五百五十二件", … })`
 * accepts when a fact is 552, and rejects 五百五十三 with a reason naming it.
 */
export function checkReply(input: ReplyCheckInput): ReplyVerdict {
  const reply = input.reply.trim();
  if (reply === '') return reject('the reply is empty');
  const lengthLimit = Math.max(MIN_REPLY_LENGTH_LIMIT, input.templateReply.length * MAX_REPLY_LENGTH_FACTOR);
  if (reply.length > lengthLimit) return reject(`the reply is ${reply.length} characters long (limit ${lengthLimit})`);

  const mentions = readNumbers(reply.replace(LIST_MARKER, ''));
  const allowed = collectAllowedNumbers(input);
  const unknown = mentions.find((mention) => !isAllowed(mention, allowed));
  if (unknown !== undefined)
    return reject(`the number ${JSON.stringify(unknown.text)} is not among the facts, years, question or template`);

  const missing = input.facts.find((fact) => !mentions.some((mention) => statesFact(mention, fact)));
  if (missing !== undefined)
    return reject(`the fact ${missing.value} (${missing.org} ${missing.year} ${missing.label}) is missing`);
  return { isAccepted: true };
}

interface AllowedNumbers {
  readonly amounts: readonly number[];
  readonly percents: readonly number[];
  readonly years: readonly number[];
}

function collectAllowedNumbers(input: ReplyCheckInput): AllowedNumbers {
  const stated = [
    ...readNumbers(input.question, { readsBareChineseNumerals: true }),
    ...readNumbers(input.templateReply),
  ];
  return {
    amounts: [
      ...input.facts.filter((fact) => fact.unit !== '%').map((fact) => fact.value),
      ...stated.filter((mention) => !mention.isPercent).map((mention) => mention.value * mention.scale),
    ],
    percents: [
      ...input.facts.filter((fact) => fact.unit === '%').map((fact) => fact.value),
      ...stated.filter((mention) => mention.isPercent).map((mention) => mention.value),
    ],
    years: input.facts.map((fact) => fact.year),
  };
}

function isAllowed(mention: NumberMention, allowed: AllowedNumbers): boolean {
  if (mention.isPercent) return allowed.percents.some((percent) => isNearlyEqual(mention.value, percent));
  if (mention.isBeforeYear && mention.value < 100 && allowed.years.includes(2000 + mention.value)) return true;
  return [...allowed.amounts, ...allowed.percents, ...allowed.years].some((amount) => matchesAmount(mention, amount));
}

/** A share fact (unit %) is stated by its number as the template rounds it; any other by its amount. */
function statesFact(mention: NumberMention, fact: Fact): boolean {
  if (fact.unit === '%') return mention.scale === 1 && isNearlyEqual(mention.value, fact.value);
  return !mention.isPercent && matchesAmount(mention, fact.value);
}

/**
 * Whether a written number states `amount`: exactly (8,759 · 五百五十二 · 170,815.4万), or scaled and rounded
 * half-up to the decimals written (at least MIN_DECIMALS_WHEN_SCALED, keeping MIN_SIGNIFICANT_DIGITS_WHEN_SCALED):
 * 17.08亿 for 1708154000.
 * Signs are ignored: 减少19 states the change -19.
 */
export function matchesAmount(mention: NumberMention, amount: number): boolean {
  const target = Math.abs(amount);
  if (isNearlyEqual(mention.value * mention.scale, target)) return true;
  if (mention.scale === 1 || mention.decimals < MIN_DECIMALS_WHEN_SCALED) return false;
  if (mention.significantDigits < MIN_SIGNIFICANT_DIGITS_WHEN_SCALED) return false;
  return isNearlyEqual(roundHalfUp(target / mention.scale, mention.decimals), mention.value);
}

function roundHalfUp(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor * (1 + Number.EPSILON)) / factor;
}

function isNearlyEqual(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

function reject(reason: string): ReplyVerdict {
  return { isAccepted: false, reason };
}
