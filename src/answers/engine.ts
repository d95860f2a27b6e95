import type { Store } from '../store/index.js';
import { executeQuery } from './execute-query.js';
import { indexStore } from './store-index.js';
import { createInMemoryMemory, type ConversationMemory } from './memory.js';
import { normalizeQuestion } from './normalize-question.js';
import { factsOf, phrase, statusOf } from './phrase.js';
import type { LookupResult } from './result.js';
import type { Answer, AskOptions } from './types.js';
import { understand } from './understand.js';
import { helpExamples } from './help-examples.js';

export interface EngineOptions {
  readonly store: Store;
  /** Follow-up memory per conversation; an in-process Map by default. */
  readonly memory?: ConversationMemory;
}

/** Answers questions over a store. `answer(question, { conversationId })` is what channels call. */
export interface Engine {
  answer(question: string, options?: AskOptions): Promise<Answer>;
}

/**
 * The answer engine: normalize → understand (with the conversation's last query) → executeQuery → phrase.
 * Deterministic; `via` is always 'template' here.
 */
export function createEngine(options: EngineOptions): Engine {
  const memory = options.memory ?? createInMemoryMemory();
  return {
    async answer(question, { conversationId } = {}) {
      const reports = await options.store.list();
      const index = indexStore(reports);
      const normalized = normalizeQuestion(question);
      const previous = conversationId === undefined ? undefined : await memory.get(conversationId);
      const understood = understand(normalized, index, previous);
      const result: LookupResult =
        understood.kind === 'query'
          ? executeQuery(understood.query, reports, { lang: normalized.lang })
          : { kind: 'not_understood', examples: helpExamples(index, normalized.lang) };
      if (understood.kind === 'query' && conversationId !== undefined && result.kind !== 'not_understood') await memory.set(conversationId, understood.query);
      return { status: statusOf(result), answer: phrase(result, normalized.lang), facts: factsOf(result), lang: normalized.lang, via: 'template' };
    },
  };
}
