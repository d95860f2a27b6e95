// The guard between a model's phrasing and the user, as a proof: the model writes placeholders for every fact
// and nianbao fills them, so every number, organ, year, metric and source the user reads is the template's own.
// The model's own words may only join them: no numeral in any script, no word that changes a quantity, no name.
import { findNumerals } from '../../parser/index.js';
import type { StoreIndex } from '../organs/index.js';
import { normalizeQuestion } from '../text/index.js';
import type { Lang } from '../types.js';
import { findMisboundValue, findReorderedOperands, findTouchingWord } from './check-structure.js';
import { findStrayName, normalizeFreeText } from './find-stray-names.js';
import { CHANGING_WORDS, FORBIDDEN_PATTERNS, type WordClass } from './reply-words.js';
import { fillPieces, findRefusedCharacters, type Piece, placeholder, type Skeleton } from './skeleton.js';

/** What the guard needs: the model's reply, the skeleton it was asked to fill, and the store's vocabulary. */
export interface ReplyCheckInput {
  readonly reply: string;
  readonly skeleton: Skeleton;
  /** The store's organs and their short forms: the reply's own words may name none of them. */
  readonly vocabulary: StoreIndex;
  /**
   * The question was written in Traditional characters, so the reply will be converted to them: the model may
   * write either. To a question in Simplified characters, a Traditional character is the wrong script.
   */
  readonly isTraditional?: boolean;
}

/** Accepted with the reply the user reads (placeholders filled), or refused with the reason logged. */
export type ReplyVerdict =
  | { readonly isAccepted: true; readonly reply: string }
  | { readonly isAccepted: false; readonly reason: string };

/** Replies much longer than the template are not a rephrasing. */
const MAX_REPLY_LENGTH_FACTOR = 4;
const MIN_REPLY_LENGTH_LIMIT = 600;

/** `{{v1}}`, also written `{{ v1 }}` or `{{V1}}`. Any other brace is a character no reply may write. */
const PLACEHOLDER = /\{\{\s*([A-Za-z]+[0-9]+)\s*\}\}/gu;

/**
 * Accepts a reply that uses every placeholder of the skeleton and none other, and whose own words pass every
 * rule below; returns it filled. `checkReply({ reply: "{{year1}}，{{org1}}{{metric1}}共{{v1}}{{src1}}", … })`
 * is accepted; so is the skeleton itself. Anything else falls back to the template.
 */
export function checkReply(input: ReplyCheckInput): ReplyVerdict {
  const { skeleton } = input;
  if (input.reply.trim() === '') return reject('the reply is empty');
  const read = readPieces(input.reply.trim(), skeleton);
  if ('reason' in read) return reject(read.reason);
  const { pieces } = read;
  const freeTexts = pieces.filter((piece): piece is string => typeof piece === 'string');
  const templateText = freeTextOf(skeleton.pieces);
  const reason =
    findInFreeText(freeTexts, (text) => describeNumeral(text)) ??
    findInFreeText(freeTexts, (text) => describeForbidden(text)) ??
    findInFreeText(freeTexts, (text) => describeRefusedCharacter(text, skeleton)) ??
    findInFreeText(freeTexts, (text) => describeWrongScript(text, input)) ??
    findInFreeText(freeTexts, (text) => describeChangingWord(text, templateText)) ??
    describeStrayName(freeTexts, templateText, input) ??
    findDroppedPlaceholder(pieces, skeleton) ??
    findTouchingWord(pieces, skeleton) ??
    findMisboundValue(pieces, skeleton) ??
    findReorderedOperands(pieces, skeleton);
  if (reason !== undefined) return reject(reason);
  const reply = fillPieces(pieces);
  const merged = findMergedNumeral(pieces);
  if (merged !== undefined) return reject(merged);
  const template = fillPieces(skeleton.pieces);
  const lengthLimit = Math.max(MIN_REPLY_LENGTH_LIMIT, template.length * MAX_REPLY_LENGTH_FACTOR);
  if (reply.length > lengthLimit) return reject(`the reply is ${reply.length} characters long (limit ${lengthLimit})`);
  // The source footer is nianbao's, appended as the template has it: the model never saw it.
  return { isAccepted: true, reply: reply + skeleton.footer };
}

/**
 * The last step of the proof, on the text the user would read: every numeral in it lies within one placeholder's
 * text. Two placeholders written together ({{v1}}.{{v2}} → 552.66 in English) would make a new number.
 */
function findMergedNumeral(pieces: readonly Piece[]): string | undefined {
  const spans: { start: number; end: number }[] = [];
  let at = 0;
  for (const piece of pieces) {
    const length = (typeof piece === 'string' ? piece : piece.text).length;
    if (typeof piece !== 'string') spans.push({ start: at, end: at + length });
    at += length;
  }
  const numeral = findNumerals(fillPieces(pieces)).find(
    ({ index, text }) => !spans.some((span) => span.start <= index && index + text.length <= span.end),
  );
  return numeral === undefined ? undefined : `the placeholders run together into the number "${numeral.text}"`;
}

/** The reply as free text and the skeleton's slots; an unknown placeholder is refused. */
function readPieces(reply: string, skeleton: Skeleton): { pieces: Piece[] } | { reason: string } {
  const pieces: Piece[] = [];
  let at = 0;
  for (const match of reply.matchAll(PLACEHOLDER)) {
    const id = (match[1] ?? '').toLowerCase();
    const slot = skeleton.slots.get(id);
    if (slot === undefined) return { reason: `the placeholder ${placeholder(id)} is not one of the template's` };
    const start = match.index ?? 0;
    if (start > at) pieces.push(reply.slice(at, start));
    pieces.push(slot);
    at = start + match[0].length;
  }
  if (at < reply.length) pieces.push(reply.slice(at));
  return { pieces };
}

/** The template's own words: what the skeleton says outside its placeholders. */
function freeTextOf(pieces: readonly Piece[]): string {
  return pieces.map((piece) => (typeof piece === 'string' ? piece : '\n')).join('');
}

function findDroppedPlaceholder(pieces: readonly Piece[], skeleton: Skeleton): string | undefined {
  const used = new Set(pieces.flatMap((piece) => (typeof piece === 'string' ? [] : [piece.id])));
  const dropped = [...skeleton.slots.values()].find((slot) => !used.has(slot.id));
  return dropped === undefined ? undefined : `the reply drops ${placeholder(dropped.id)} (${dropped.text})`;
}

function findInFreeText(texts: readonly string[], describe: (text: string) => string | undefined): string | undefined {
  for (const text of texts) {
    const found = describe(text);
    if (found !== undefined) return found;
  }
  return undefined;
}

function describeNumeral(text: string): string | undefined {
  const [numeral] = findNumerals(text);
  if (numeral === undefined) return undefined;
  const value = numeral.value === undefined || String(numeral.value) === numeral.text ? '' : ` (${numeral.value})`;
  return `the numeral "${numeral.text}"${value} stands outside the placeholders`;
}

function describeForbidden(text: string): string | undefined {
  const found = FORBIDDEN_PATTERNS.find(({ pattern }) => pattern.test(text));
  return found === undefined ? undefined : `the reply holds ${found.what}: "${text.trim().slice(0, 60)}"`;
}

function describeRefusedCharacter(text: string, skeleton: Skeleton): string | undefined {
  const [at] = findRefusedCharacters(text, skeleton.lang);
  if (at === undefined) return undefined;
  const char = String.fromCodePoint(text.codePointAt(at) ?? 0);
  const code = `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
  const language = skeleton.lang === 'zh' ? 'Chinese' : 'English';
  return `the character "${char}" (${code}) may not stand outside the placeholders of a${skeleton.lang === 'en' ? 'n' : ''} ${language} reply`;
}

function describeWrongScript(text: string, input: ReplyCheckInput): string | undefined {
  if (input.skeleton.lang !== 'zh' || input.isTraditional === true) return undefined;
  const traditional = [...text].find((char) => normalizeQuestion(char).isTraditional);
  return traditional === undefined
    ? undefined
    : `the reply writes the Traditional character "${traditional}" to a question in Simplified characters`;
}

/** A word of CHANGING_WORDS the reply writes and the template's own words do not. */
function describeChangingWord(text: string, templateText: string): string | undefined {
  const reply = normalizeFreeText(text);
  const template = normalizeFreeText(templateText);
  // Chinese words match inside the text (it has no spaces); English ones as whole words.
  const has = (lang: Lang, word: string, whole: string): boolean =>
    lang === 'zh'
      ? whole.includes(word)
      : whole
          .toLowerCase()
          .split(/[^a-z]+/u)
          .includes(word);
  for (const lang of ['zh', 'en'] as const) {
    for (const [wordClass, words] of Object.entries(CHANGING_WORDS[lang]) as [WordClass, readonly string[]][]) {
      const found = words.find((word) => has(lang, word, reply) && !has(lang, word, template));
      if (found !== undefined) return `the word "${found}" (${wordClass}) is not the template's`;
    }
  }
  return undefined;
}

function describeStrayName(texts: readonly string[], templateText: string, input: ReplyCheckInput): string | undefined {
  const { skeleton } = input;
  // A placeholder ends the words before it: in English, as a sentence would (a capital after it is no name).
  const joined = texts.join(skeleton.lang === 'zh' ? '，' : '. ');
  const metricIds = skeleton.facts.map((fact) => fact.metricId);
  const name = findStrayName(joined, { lang: skeleton.lang, vocabulary: input.vocabulary, metricIds, templateText });
  return name === undefined ? undefined : `the reply names ${name} outside the placeholders`;
}

function reject(reason: string): ReplyVerdict {
  return { isAccepted: false, reason };
}
