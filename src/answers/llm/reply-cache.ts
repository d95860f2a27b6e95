// The model's verdicts per (question, facts), so asking the same thing twice costs one call.
import type { Answer } from '../types.js';

/** What one model call gave for a question: a reply that passed the guard, or why it did not. */
export type CachedPhrasing = { readonly reply: string } | { readonly rejection: string };

/** Entries kept before the oldest is dropped. */
export const REPLY_CACHE_SIZE = 1000;

/** A bounded map that forgets the least recently used entry first. */
export class ReplyCache {
  readonly #entries = new Map<string, CachedPhrasing>();

  constructor(readonly capacity: number = REPLY_CACHE_SIZE) {}

  get(key: string): CachedPhrasing | undefined {
    const entry = this.#entries.get(key);
    if (entry !== undefined) {
      // Re-inserting moves the key to the end: Map keeps insertion order, so the first key is the oldest.
      this.#entries.delete(key);
      this.#entries.set(key, entry);
    }
    return entry;
  }

  set(key: string, entry: CachedPhrasing): void {
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    if (this.#entries.size > this.capacity) {
      const oldest = this.#entries.keys().next();
      if (oldest.done !== true) this.#entries.delete(oldest.value);
    }
  }

  get size(): number {
    return this.#entries.size;
  }
}

/** The cache key of a question and the facts of its answer: same question, same numbers, same reply. */
export function buildPhrasingKey(question: string, answer: Pick<Answer, 'facts' | 'lang'>): string {
  const facts = answer.facts.map((fact) => [fact.org, fact.year, fact.metric, fact.value, fact.unit, fact.source.file]);
  return JSON.stringify([question.trim(), answer.lang, facts]);
}
