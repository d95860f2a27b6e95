// The template reply as a skeleton: every fact's value, organ, year, metric name and source, and every other
// passage that states a number (a check, "共比较 3 份报告"), becomes a placeholder that the model writes and
// nianbao fills. The reply's source footer (来源：《…年度报告》 and its URL) is no placeholder: the model never sees
// it, nianbao appends it to the reply it accepts, so no title, year or URL digit is ever the model's to place.
// Filling the skeleton as it is and appending its footer gives the template reply back, character for character.
import { findNumerals } from '../../parser/index.js';
import { dimensionLabel, METRICS } from '../metrics.js';
import { citationsOf, citeReports, PHRASE_BOOKS, type PhraseBook } from '../reply/index.js';
import type { Answer, Fact, Lang } from '../types.js';
import { isFreeCharacter } from './reply-words.js';

/** v: a fact's value with its sign and unit; note: template text stating numbers that are not facts. */
export type SlotKind = 'v' | 'org' | 'year' | 'metric' | 'src' | 'note';

/** One placeholder: `{{v1}}` stands for `552 件`. */
export interface Slot {
  readonly id: string;
  readonly kind: SlotKind;
  readonly text: string;
}

/** A text as free text and placeholders, in order. */
export type Piece = string | Slot;

/** Which placeholders state each fact: its value, and those that may name its organ, year and metric. */
export interface FactSlots {
  readonly value: string;
  /** The fact's metric id without a derivation (`…total` for `…total:change`). */
  readonly metricId: string;
  readonly org: readonly string[];
  readonly year: readonly string[];
  /** The fact's labels; for a change or a share, its base fact's labels too (the change of 收到申请). */
  readonly metric: readonly string[];
}

export interface Skeleton {
  readonly lang: Lang;
  readonly pieces: readonly Piece[];
  readonly slots: ReadonlyMap<string, Slot>;
  /** In the order of the answer's facts: `facts[0].value` is `v1`. */
  readonly facts: readonly FactSlots[];
  /** What follows the model's reply as it is: `\n来源：《…》`, the template's source footer ('' when it has none). */
  readonly footer: string;
}

interface Mask {
  readonly start: number;
  readonly end: number;
  readonly kind: SlotKind;
  readonly fact?: number;
}

/** The placeholder as the model writes it. */
export const placeholder = (id: string): string => `{{${id}}}`;

/** The text with placeholders filled: what the user reads, before the skeleton's footer. */
export function fillPieces(pieces: readonly Piece[]): string {
  return pieces.map((piece) => (typeof piece === 'string' ? piece : piece.text)).join('');
}

/** The skeleton as the model sees it: `深圳市… {{year1}} … {{v1}}{{src1}}` with its organ and year placeholders. */
export function writeSkeleton(skeleton: Skeleton): string {
  return skeleton.pieces.map((piece) => (typeof piece === 'string' ? piece : placeholder(piece.id))).join('');
}

/**
 * The skeleton of an answer's template reply, or why there is none (a fact the template does not state where
 * the phrase book writes it). Facts are found as the phrase book writes them; a passage still holding a numeral
 * or a symbol after that (a check, a rank, a count of reports) becomes a note, kept whole: the innermost
 * bracket around it, or its run of free text.
 */
export function buildSkeleton(answer: Pick<Answer, 'answer' | 'facts' | 'lang'>): Skeleton | { failure: string } {
  const cited = citeReports(citationsOf(answer.facts), answer.lang);
  const footer = cited === '' ? '' : `\n${cited}`;
  if (!answer.answer.endsWith(footer))
    return { failure: 'the template does not end with the source footer of its facts' };
  const template = answer.answer.slice(0, answer.answer.length - footer.length);
  const book = PHRASE_BOOKS[answer.lang];
  const masks: Mask[] = [];
  const isFree = (start: number, end: number): boolean => masks.every((mask) => end <= mask.start || start >= mask.end);

  for (const text of longestFirst(answer.facts.flatMap((fact) => sourceTexts(fact, book))))
    claimAll(template, text, 'src', masks, isFree, false);
  let cursor = 0;
  for (const [at, fact] of answer.facts.entries()) {
    const found = findValue(template, valueTexts(fact, book), cursor, isFree);
    if (!found)
      return { failure: `the template does not state ${fact.value} (${fact.org} ${fact.year} ${fact.label})` };
    masks.push({ ...found, kind: 'v', fact: at });
    cursor = found.end;
  }
  for (const text of longestFirst(answer.facts.map((fact) => fact.org)))
    claimAll(template, text, 'org', masks, isFree, false);
  for (const text of longestFirst(answer.facts.flatMap((fact) => labelTexts(fact, answer.lang))))
    claimAll(template, text, 'metric', masks, isFree, false);
  for (const text of longestFirst(answer.facts.map((fact) => yearText(fact.year, answer.lang))))
    claimAll(template, text, 'year', masks, isFree, true);
  maskNotes(template, answer.lang, masks, isFree);
  return { ...assemble(template, answer, masks), footer };
}

function sourceTexts(fact: Fact, book: PhraseBook): string[] {
  return [book.source(fact.source), book.eachSource(fact.source), book.tableSource(fact.source.table)];
}

/**
 * A change is written with its sign (+48 件), a difference with its direction (多 290 件: the word is part of the
 * value, so no rewording can turn 多 into 少), every other value as the phrase book writes it (552 件).
 */
function valueTexts(fact: Fact, book: PhraseBook): string[] {
  if (fact.metric.endsWith(':difference')) return [book.difference(fact)];
  const written = book.number(fact);
  return fact.value > 0 ? [`+${written}`, written] : [written];
}

/** The fact's label, and its row's and column's labels, as breakdowns name parts (予以公开, 自然人). */
function labelTexts(fact: Fact, lang: Lang): string[] {
  const spec = METRICS.get(baseMetric(fact.metric));
  const dimensions = spec ? [dimensionLabel(spec, 'row', lang), dimensionLabel(spec, 'column', lang)] : [];
  return [fact.label, ...dimensions].filter((label) => label.trim() !== '');
}

/**
 * The labels that name this fact and no other: its own, and its row's or column's label unless another fact
 * shares it (in a breakdown of 收到申请 by applicant, the row label 收到申请 names the headline, not 自然人).
 */
function ownLabels(fact: Fact, facts: readonly Fact[], lang: Lang): string[] {
  const others = facts.filter((other) => other !== fact && baseMetric(other.metric) !== baseMetric(fact.metric));
  const [label, ...dimensions] = labelTexts(fact, lang);
  const isShared = (text: string): boolean =>
    others.some((other) => other.label === text || labelTexts(other, lang).includes(text));
  return [...(label === undefined ? [] : [label]), ...dimensions.filter((text) => !isShared(text))];
}

/** `applications.newReceived.total:change` → `applications.newReceived.total`. */
export const baseMetric = (metric: string): string => metric.split(':')[0] ?? metric;

export const yearText = (year: number, lang: Lang): string => (lang === 'zh' ? `${year}年` : String(year));

const longestFirst = (texts: readonly string[]): string[] =>
  [...new Set(texts)].filter((text) => text !== '').sort((a, b) => b.length - a.length);

function claimAll(
  template: string,
  text: string,
  kind: SlotKind,
  masks: Mask[],
  isFree: (start: number, end: number) => boolean,
  isNumber: boolean,
): void {
  for (let start = template.indexOf(text); start >= 0; start = template.indexOf(text, start + 1)) {
    const end = start + text.length;
    if (isFree(start, end) && (!isNumber || isWholeNumber(template, start, end))) masks.push({ start, end, kind });
  }
}

/** The first free occurrence of the value at or after `cursor` (facts are written in order), else anywhere. */
function findValue(
  template: string,
  texts: readonly string[],
  cursor: number,
  isFree: (start: number, end: number) => boolean,
): { start: number; end: number } | undefined {
  for (const from of [cursor, 0]) {
    for (const text of texts) {
      for (let start = template.indexOf(text, from); start >= 0; start = template.indexOf(text, start + 1)) {
        const end = start + text.length;
        if (isFree(start, end) && isWholeNumber(template, start, end)) return { start, end };
      }
    }
  }
  return undefined;
}

/** Not a piece of a longer number: 552 is not inside 1552, 552.5 or +552. */
function isWholeNumber(template: string, start: number, end: number): boolean {
  const before = template[start - 1] ?? '';
  const after = template.slice(end, end + 2);
  return !/[\d.,+-]/u.test(before) && !/^\d|^[.,]\d/u.test(after);
}

/** Wraps every free passage holding a numeral or a refused character as a note. */
function maskNotes(template: string, lang: Lang, masks: Mask[], isFree: (start: number, end: number) => boolean): void {
  const brackets = findBrackets(template);
  const triggers = [
    ...findNumerals(template).map((numeral) => numeral.index),
    ...findRefusedCharacters(template, lang),
  ];
  for (const at of triggers.sort((a, b) => a - b)) {
    if (!isFree(at, at + 1)) continue;
    const bracket = brackets
      .filter(([open, close]) => open < at && at < close)
      .filter(([open, close]) =>
        masks.every(
          (mask) =>
            close < mask.start ||
            open >= mask.end ||
            (mask.kind !== 'v' && mask.kind !== 'src' && open < mask.start && mask.end <= close),
        ),
      )
      .sort((a, b) => a[1] - a[0] - (b[1] - b[0]))[0];
    const [start, end] = bracket ? [bracket[0], bracket[1] + 1] : runAround(template, at, masks);
    // Organs, years and labels inside a note stay part of its text.
    for (let i = masks.length - 1; i >= 0; i -= 1) {
      const mask = masks[i] as Mask;
      if (mask.start >= start && mask.end <= end) masks.splice(i, 1);
    }
    masks.push({ start, end, kind: 'note' });
  }
}

/** Where characters a reply may not write stand, in code units (as indexOf and findNumerals count). */
export function findRefusedCharacters(text: string, lang: Lang): number[] {
  const found: number[] = [];
  let at = 0;
  for (const char of text) {
    if (!isFreeCharacter(char, lang)) found.push(at);
    at += char.length;
  }
  return found;
}

/** Matching （…） and (…) pairs, as [open, close] positions. */
function findBrackets(template: string): [number, number][] {
  const pairs: [number, number][] = [];
  const open: Record<string, number[]> = { '（': [], '(': [] };
  const closing: Record<string, string> = { '）': '（', ')': '(' };
  for (let at = 0; at < template.length; at += 1) {
    const char = template[at] ?? '';
    if (char in open) open[char]?.push(at);
    const opener = closing[char];
    if (opener) {
      const start = open[opener]?.pop();
      if (start !== undefined) pairs.push([start, at]);
    }
  }
  return pairs;
}

/** The run around `at` within its line, up to the nearest value, source or note (organs, years, labels join it). */
function runAround(template: string, at: number, masks: readonly Mask[]): [number, number] {
  const isStop = (position: number): boolean =>
    template[position] === '\n' ||
    masks.some(
      (mask) =>
        (mask.kind === 'v' || mask.kind === 'src' || mask.kind === 'note') &&
        mask.start <= position &&
        position < mask.end,
    );
  let start = at;
  while (start > 0 && !isStop(start - 1)) start -= 1;
  let end = at + 1;
  while (end < template.length && !isStop(end)) end += 1;
  return [start, end];
}

/** Numbers the placeholders (one per distinct text and kind, in order of appearance) and links facts to them. */
function assemble(
  template: string,
  answer: Pick<Answer, 'facts' | 'lang'>,
  masks: readonly Mask[],
): Omit<Skeleton, 'footer'> {
  const slots = new Map<string, Slot>();
  const idsByText = new Map<string, string>();
  const counts = new Map<SlotKind, number>();
  const pieces: Piece[] = [];
  let at = 0;
  for (const mask of [...masks].sort((a, b) => a.start - b.start)) {
    if (mask.start > at) pieces.push(template.slice(at, mask.start));
    const text = template.slice(mask.start, mask.end);
    const key = `${mask.kind}\u0000${text}`;
    let id = mask.kind === 'v' ? `v${(mask.fact ?? 0) + 1}` : idsByText.get(key);
    if (id === undefined) {
      const count = (counts.get(mask.kind) ?? 0) + 1;
      counts.set(mask.kind, count);
      id = `${mask.kind}${count}`;
      idsByText.set(key, id);
    }
    const slot = slots.get(id) ?? { id, kind: mask.kind, text };
    slots.set(id, slot);
    pieces.push(slot);
    at = mask.end;
  }
  if (at < template.length) pieces.push(template.slice(at));
  const idOf = (kind: SlotKind, text: string): string[] => {
    const id = idsByText.get(`${kind}\u0000${text}`);
    return id === undefined ? [] : [id];
  };
  const labelled = answer.facts.map((fact) => ownLabels(fact, answer.facts, answer.lang));
  const facts = answer.facts.map((fact, index): FactSlots => {
    const base = answer.facts.find((other) => other.metric === baseMetric(fact.metric) && other.org === fact.org);
    const labels = [...(labelled[index] ?? []), ...(base ? (labelled[answer.facts.indexOf(base)] ?? []) : [])];
    return {
      value: `v${index + 1}`,
      metricId: baseMetric(fact.metric),
      org: idOf('org', fact.org),
      year: idOf('year', yearText(fact.year, answer.lang)),
      metric: [...new Set(labels.flatMap((label) => idOf('metric', label)))],
    };
  });
  return { lang: answer.lang, pieces, slots, facts };
}
