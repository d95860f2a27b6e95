// Organs and metrics named in a reply's own words rather than through placeholders, read with the engine's own
// vocabulary: the store's organs and their short forms, organ-shaped names it lacks (福田区), and the table words.

import { METRICS, type MetricSpec } from '../metrics.js';
import type { StoreIndex } from '../organs/index.js';
import { findPhrases, normalizeQuestion, pickLongest, tokenize } from '../text/index.js';
import type { Lang } from '../types.js';
import { extractMentions, TERM_DICTIONARIES, type Term } from '../understand/index.js';
import { BARE_PLACE_NAMES } from '../vocabulary/places.js';
import { ORGAN_WORDS } from './reply-words.js';

/** What the reply's own words may name: the facts' metrics, and whatever the template's own words name. */
export interface NameContext {
  readonly lang: Lang;
  readonly vocabulary: StoreIndex;
  readonly metricIds: readonly string[];
  /** The free text of the template (outside its placeholders). */
  readonly templateText: string;
}

/** Simplified Chinese, half-width, English lower case: how the vocabulary is matched. */
export const normalizeFreeText = (text: string): string => normalizeQuestion(text).text;

/**
 * The first organ or metric that `text` names which is not one of the facts' (nor named by the template's own
 * words), described for the log; undefined when there is none. `龙岗区` in a reply on 南山区 is one; so is 予以公开
 * beside a fact on applications received.
 */
export function findStrayName(text: string, context: NameContext): string | undefined {
  const normalized = normalizeFreeText(text);
  const templateText = normalizeFreeText(context.templateText);
  const { organs } = extractMentions(
    { raw: text, text: normalized, lang: context.lang, isTraditional: false },
    context.vocabulary,
  );
  const organ = organs.find((mention) => !templateText.includes(normalizeFreeText(mention.name)));
  if (organ !== undefined) return `the organ "${organ.name}"`;
  // What the engine would not read as an organ in a question still names one in a reply: 深圳市政府, 广州.
  const place = BARE_PLACE_NAMES.find((name) => normalized.includes(name) && !templateText.includes(name));
  if (place !== undefined) return `the place "${place}"`;
  const words = new Set(normalized.toLowerCase().split(/[^a-z]+/u));
  const templateWords = new Set(templateText.toLowerCase().split(/[^a-z]+/u));
  const body = [
    ...ORGAN_WORDS.zh.filter((word) => normalized.includes(word) && !templateText.includes(word)),
    ...ORGAN_WORDS.en.filter((word) => words.has(word) && !templateWords.has(word)),
  ][0];
  if (body !== undefined) return `the organ word "${body}"`;
  const templateTerms = new Set(findTerms(templateText, context.lang).flatMap((match) => match.terms.map(termKey)));
  const specs = context.metricIds.flatMap((id) => METRICS.get(id) ?? []);
  const stray = findTerms(normalized, context.lang).find(
    (match) => !match.terms.some((term) => templateTerms.has(termKey(term)) || namesAFact(term, specs)),
  );
  return stray === undefined ? undefined : `the ${describeTerm(stray.terms[0])} "${stray.text}"`;
}

function findTerms(text: string, lang: Lang): { text: string; terms: readonly Term[] }[] {
  const matches = findPhrases(tokenize(text, lang), TERM_DICTIONARIES[lang]);
  return pickLongest(matches, (match) => match).map((match) => ({ text: match.text, terms: match.values }));
}

const termKey = (term: Term): string => JSON.stringify(term);

/**
 * Whether a table word names one of the facts' metrics: its row, its column, its total.
 * A weak row word (申请 alone) names no row in particular; follow-up words (呢, 那) and pointers (该单位) name nothing.
 */
function namesAFact(term: Term, specs: readonly MetricSpec[]): boolean {
  switch (term.kind) {
    case 'row':
      return term.isWeak || specs.some((spec) => spec.section === term.section && spec.row === term.key);
    case 'column':
      return specs.some((spec) => spec.section === term.section && spec.column === term.key);
    case 'total':
      // A total column, or a field of table 二 (an amount is one figure): 共计 does not make a part a whole.
      return specs.some((spec) => spec.column === 'total' || spec.section === 'activeDisclosure');
    case 'followUp':
      return true;
    // 据该单位年报 / 它: the organ of the facts, named by its placeholder; a word pointing back names no other.
    case 'pointer':
      return true;
    case 'filler':
      return true;
    default:
      return false;
  }
}

function describeTerm(term: Term | undefined): string {
  if (term?.kind === 'row' || term?.kind === 'column') return `metric word (${term.kind} ${term.section}.${term.key})`;
  return `word (${term?.kind ?? 'unknown'})`;
}
