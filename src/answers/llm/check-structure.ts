// Where a reply puts its placeholders: what touches each number, and which organ, year and metric it stands with.
import type { Lang } from '../types.js';
import { normalizeFreeText } from './find-stray-names.js';
import {
  CLAUSE_BOUNDARY,
  NOT_AFTER_YEAR_ZH,
  SENTENCE_END,
  VALUE_LEAD_WORDS,
  YEAR_NEIGHBOUR_WORDS,
} from './reply-words.js';
import { type FactSlots, type Piece, placeholder, type Skeleton, type Slot, type SlotKind } from './skeleton.js';

/** The free text right before and right after a placeholder, within its clause. */
interface Neighbours {
  readonly lead: string;
  readonly tail: string;
}

function neighboursAt(pieces: readonly Piece[], at: number): Neighbours {
  const before = pieces[at - 1];
  const after = pieces[at + 1];
  return {
    lead: typeof before === 'string' ? (before.split(CLAUSE_BOUNDARY).at(-1) ?? '').trim() : '',
    tail: typeof after === 'string' ? (after.split(CLAUSE_BOUNDARY)[0] ?? '').trim() : '',
  };
}

/** Each placeholder's neighbours wherever it stands in the pieces. */
function neighboursOf(pieces: readonly Piece[]): Map<string, Neighbours[]> {
  const found = new Map<string, Neighbours[]>();
  pieces.forEach((piece, at) => {
    if (typeof piece === 'string') return;
    found.set(piece.id, [...(found.get(piece.id) ?? []), neighboursAt(pieces, at)]);
  });
  return found;
}

/**
 * Why a value or year in the reply has a word touching it that the template does not have there, or undefined.
 * Before a value only VALUE_LEAD_WORDS may stand (共收到, 为, received), after it nothing but a clause boundary:
 * this is what keeps every unlisted "about", "over", "多", "not" off a number.
 */
export function findTouchingWord(pieces: readonly Piece[], skeleton: Skeleton): string | undefined {
  const allowed = neighboursOf(skeleton.pieces);
  for (const [at, piece] of pieces.entries()) {
    if (typeof piece === 'string' || (piece.kind !== 'v' && piece.kind !== 'year')) continue;
    const joined = findJoinedPlaceholder(pieces, at, skeleton);
    if (joined !== undefined) return joined;
    const { lead, tail } = neighboursAt(pieces, at);
    const inTemplate = allowed.get(piece.id) ?? [];
    const isTemplateLead = inTemplate.some((neighbours) => neighbours.lead === lead);
    const isTemplateTail = inTemplate.some((neighbours) => neighbours.tail === tail);
    const shown = `${placeholder(piece.id)} (${piece.text})`;
    if (piece.kind === 'v') {
      if (!isTemplateLead && !isValueLead(lead, skeleton.lang)) return `"${lead}" stands right before ${shown}`;
      if (!isTemplateTail && tail !== '') return `"${tail}" stands right after ${shown}`;
      continue;
    }
    const problem = findYearNeighbour(lead, tail, skeleton.lang, isTemplateLead, isTemplateTail);
    if (problem !== undefined) return `${problem} ${shown}`;
  }
  return undefined;
}

/** Placeholders that state a number: written right against each other, they read as one. */
const NUMBER_KINDS: ReadonlySet<SlotKind> = new Set(['v', 'year', 'note']);

/**
 * A value or year written right against another value, year or note where the template never writes them
 * together: `{{v1}}{{year1}}` reads 552 件2022年, `{{v2}}{{v1}}` two counts as one. The template's own pairs stay
 * (`{{note3}}{{v1}}`, `{{v1}}{{note1}}`).
 */
function findJoinedPlaceholder(pieces: readonly Piece[], at: number, skeleton: Skeleton): string | undefined {
  const piece = pieces[at] as Slot;
  const template = dropSpaces(skeleton.pieces);
  const isJoined = (first: Piece | undefined, second: Piece | undefined): boolean =>
    first !== undefined &&
    second !== undefined &&
    typeof first !== 'string' &&
    typeof second !== 'string' &&
    NUMBER_KINDS.has(first.kind) &&
    NUMBER_KINDS.has(second.kind) &&
    !template.some((slot, index) => slot === first && template[index + 1] === second);
  const [before, after] = [nextSlot(pieces, at, -1), nextSlot(pieces, at, 1)];
  const other = isJoined(piece, after) ? after : isJoined(before, piece) ? before : undefined;
  return other === undefined
    ? undefined
    : `${placeholder(piece.id)} (${piece.text}) and ${placeholder(other.id)} (${other.text}) are written together`;
}

/** The pieces without free text of white space alone: placeholders a space apart are written together too. */
const dropSpaces = (pieces: readonly Piece[]): Piece[] =>
  pieces.filter((piece) => typeof piece !== 'string' || piece.trim() !== '');

/** The placeholder next to pieces[at] in `step`'s direction with nothing but white space between, if any. */
function nextSlot(pieces: readonly Piece[], at: number, step: 1 | -1): Slot | undefined {
  let next = at + step;
  while (typeof pieces[next] === 'string' && (pieces[next] as string).trim() === '') next += step;
  const piece = pieces[next];
  return piece === undefined || typeof piece === 'string' ? undefined : piece;
}

function isValueLead(lead: string, lang: Lang): boolean {
  if (lang === 'en')
    return lead.split(/\s+/u).every((word) => word === '' || VALUE_LEAD_WORDS.en.includes(word.toLowerCase()));
  // In Simplified characters: a Traditional reply leads with 為 as well as 为.
  return isMadeOf(normalizeFreeText(lead).replace(/\s+/gu, ''), VALUE_LEAD_WORDS.zh);
}

/** Whether `text` is a sequence of `words` (共收到了 of 共, 收到, 了). */
function isMadeOf(text: string, words: readonly string[]): boolean {
  const reachable = [true, ...Array.from(text, () => false)];
  for (let end = 1; end <= text.length; end += 1)
    reachable[end] = words.some(
      (word) => end >= word.length && reachable[end - word.length] && text.endsWith(word, end),
    );
  return reachable[text.length] ?? false;
}

function findYearNeighbour(
  lead: string,
  tail: string,
  lang: Lang,
  isTemplateLead: boolean,
  isTemplateTail: boolean,
): string | undefined {
  if (lang === 'zh') {
    const next = tail[0] ?? '';
    return !isTemplateTail && next !== '' && NOT_AFTER_YEAR_ZH.includes(next)
      ? `"${next}" makes a count of`
      : undefined;
  }
  const before = lead.split(/\s+/u).at(-1)?.toLowerCase() ?? '';
  const after = tail.split(/\s+/u)[0]?.toLowerCase() ?? '';
  if (!isTemplateLead && before !== '' && !YEAR_NEIGHBOUR_WORDS.before.includes(before))
    return `"${before}" stands right before`;
  if (!isTemplateTail && after !== '' && !YEAR_NEIGHBOUR_WORDS.after.includes(after))
    return `"${after}" stands right after`;
  return undefined;
}

/** The kinds of placeholder that say whose number a value is. */
const BINDING_KINDS = ['org', 'year', 'metric'] as const satisfies readonly SlotKind[];
type Context = Partial<Record<SlotKind, Slot>>;

/** A value placeholder where it stands: the nearest organ, year, metric and note before it in its sentence, and
 * the nearest after it in its clause ("500 in 2021, 552 in 2022": 2021 belongs to 500, not to 552). */
interface Bound {
  readonly slot: Slot;
  readonly before: Context;
  readonly after: Context;
}

function bindValues(pieces: readonly Piece[]): Bound[] {
  const found: Bound[] = [];
  let sentence: Context = {};
  let last: { slot: Slot; before: Context; after: Context } | null = null;
  for (const piece of pieces) {
    if (typeof piece === 'string') {
      if (SENTENCE_END.test(piece)) sentence = {};
      if (SENTENCE_END.test(piece) || CLAUSE_BOUNDARY.test(piece)) last = null;
    } else if (piece.kind === 'v') {
      last = { slot: piece, before: sentence, after: {} };
      found.push(last);
    } else if (piece.kind !== 'src') {
      // After a value, in its clause, an organ or year is that value's; it does not carry on to the next.
      if (last) last.after[piece.kind] ??= piece;
      else sentence = { ...sentence, [piece.kind]: piece };
    }
  }
  return found;
}

/**
 * Why a value in the reply stands with an organ, year or metric that is not its own (nor one the template puts
 * beside it), or without one where the reply's facts differ in it, or away from the note it follows in the
 * template (a rank: "2. 深圳市…："); undefined when every value is bound as in the template.
 */
export function findMisboundValue(pieces: readonly Piece[], skeleton: Skeleton): string | undefined {
  const inTemplate = new Map(bindValues(skeleton.pieces).map((bound) => [bound.slot.id, bound]));
  const kindCounts = new Map<SlotKind, number>();
  for (const slot of skeleton.slots.values()) kindCounts.set(slot.kind, (kindCounts.get(slot.kind) ?? 0) + 1);
  const factOf = new Map(skeleton.facts.map((fact) => [fact.value, fact]));
  for (const { slot, before, after } of bindValues(pieces)) {
    const template = inTemplate.get(slot.id);
    const fact = factOf.get(slot.id) as FactSlots;
    const shown = `${placeholder(slot.id)} (${slot.text})`;
    for (const kind of BINDING_KINDS) {
      const expected = [template?.before[kind], template?.after[kind]].filter((found) => found !== undefined);
      const allowed = new Set([...fact[kind], ...expected.map((found) => found.id)]);
      const wrong = [before[kind], after[kind]].find((found) => found !== undefined && !allowed.has(found.id));
      if (wrong)
        return `${shown} stands with the ${kind} ${placeholder(wrong.id)} (${wrong.text}), which is not its own`;
      const [named] = expected;
      if (named && !before[kind] && !after[kind] && (kindCounts.get(kind) ?? 0) > 1)
        return `${shown} is not stated with its ${kind} ${placeholder(named.id)} (${named.text}) in its sentence`;
    }
    const note = template?.before.note;
    if (note !== undefined && before.note?.id !== note.id)
      return `${shown} no longer follows ${placeholder(note.id)} (${note.text}) in its sentence`;
  }
  return undefined;
}

/** The organ and year placeholders a value is stated with, in order: its sentence up to it, and its clause after. */
function scopesOf(pieces: readonly Piece[]): Map<string, Slot[][]> {
  const found = new Map<string, Slot[][]>();
  let sentence: Slot[] = [];
  let open: Slot[] | null = null;
  for (const piece of pieces) {
    if (typeof piece === 'string') {
      if (SENTENCE_END.test(piece)) sentence = [];
      if (SENTENCE_END.test(piece) || CLAUSE_BOUNDARY.test(piece)) open = null;
      continue;
    }
    if (piece.kind === 'v') {
      open = [...sentence];
      found.set(piece.id, [...(found.get(piece.id) ?? []), open]);
    } else if (piece.kind === 'org' || piece.kind === 'year') {
      sentence.push(piece);
      open?.push(piece);
    }
  }
  return found;
}

/** The ids of `slots` of one kind, each where it was last written: what stands nearest to the value. */
function lastOrderOf(slots: readonly Slot[], kind: SlotKind): string[] {
  const ids = slots.filter((slot) => slot.kind === kind).map((slot) => slot.id);
  return ids.filter((id, at) => ids.indexOf(id, at + 1) < 0);
}

const isSubsequence = (wanted: readonly string[], within: readonly string[]): boolean => {
  let at = 0;
  for (const id of within) if (id === wanted[at]) at += 1;
  return at === wanted.length;
};

/**
 * Why a value stated of several organs or years (a difference, a multiple, a sum, a change) is not stated with all
 * of them in the template's order: 龙岗区 比 南山区 多 290 件 reversed, or a sum of two organs said of one.
 * A value of one organ and one year is left to findMisboundValue.
 */
export function findReorderedOperands(pieces: readonly Piece[], skeleton: Skeleton): string | undefined {
  const inTemplate = scopesOf(skeleton.pieces);
  for (const [id, scopes] of scopesOf(pieces)) {
    const [expected] = inTemplate.get(id) ?? [];
    if (expected === undefined) continue;
    for (const kind of ['org', 'year'] as const) {
      const wanted = lastOrderOf(expected, kind);
      if (wanted.length < 2) continue;
      const problem = scopes.find((scope) => !isSubsequence(wanted, lastOrderOf(scope, kind)));
      if (problem !== undefined) {
        const shown = wanted.map((wantedId) => placeholder(wantedId)).join(' … ');
        return `${placeholder(id)} (${skeleton.slots.get(id)?.text}) is not stated with ${shown} in this order`;
      }
    }
  }
  return undefined;
}
