import type { Store } from '../store/index.js';
import type { Answer, AskOptions } from './types.js';

export interface EngineOptions {
  readonly store: Store;
}

/** Answers questions over a store. `answer(question, { conversationId })` is what channels call. */
export interface Engine {
  answer(question: string, options?: AskOptions): Promise<Answer>;
}

/** Placeholder until the answer engine lands. */
export function createEngine(options: EngineOptions): Engine {
  return {
    async answer() {
      void options;
      return { status: 'not_understood', answer: 'not implemented', facts: [], lang: 'zh', via: 'template' };
    },
  };
}
