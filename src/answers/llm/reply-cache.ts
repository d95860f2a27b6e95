// The model's verdicts per (question, facts), so asking the same thing twice costs one call.
import { LRUCache } from 'lru-cache';
import type { Answer } from '../types.js';

/** What one model call gave for a question: a reply that passed the guard, or why it did not. */
export type CachedPhrasing = { readonly reply: string } | { readonly rejection: string };

/** Entries kept before the least recently used is dropped. */
export const REPLY_CACHE_SIZE = 1000;

/** A bounded map of verdicts that forgets the least recently used first. */
export type ReplyCache = LRUCache<string, CachedPhrasing>;

export function createReplyCache(capacity: number = REPLY_CACHE_SIZE): ReplyCache {
  return new LRUCache({ max: capacity });
}

/** The cache key of a question and the facts of its answer: same question, same numbers, same reply. */
export function buildPhrasingKey(question: string, answer: Pick<Answer, 'facts' | 'lang'>): string {
  // The page too: an accepted reply ends with the source footer that names it.
  const facts = answer.facts.map((fact) => [
    fact.org,
    fact.year,
    fact.metric,
    fact.value,
    fact.unit,
    fact.source.file,
    fact.source.url ?? null,
  ]);
  return JSON.stringify([question.trim(), answer.lang, facts]);
}
