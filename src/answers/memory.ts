// Follow-up memory: the last query of each conversation, behind a two-method interface so that a shared
// (e.g. Postgres-backed) memory can replace the in-process default.
import { LRUCache } from 'lru-cache';
import type { Store } from '../store/index.js';
import { type Query, QuerySchema } from './query.js';

/** Remembers each conversation's last query. Implementations may be remote, hence async. */
export interface ConversationMemory {
  get(conversationId: string): Promise<Query | undefined>;
  set(conversationId: string, query: Query): Promise<void>;
  /** Drops the conversation's context (a user's 重新开始). */
  forget(conversationId: string): Promise<void>;
}

/** How many conversations the in-memory default keeps before forgetting the least recently used. */
export const DEFAULT_MEMORY_SIZE = 10_000;

/** The in-process default: least recently used conversations forgotten first, so a long-running bot does not grow. */
export function createInMemoryMemory(size: number = DEFAULT_MEMORY_SIZE): ConversationMemory {
  const queries = new LRUCache<string, Query>({ max: size });
  return {
    async get(conversationId) {
      return queries.get(conversationId);
    },
    async set(conversationId, query) {
      queries.set(conversationId, query);
    },
    async forget(conversationId) {
      queries.delete(conversationId);
    },
  };
}

/**
 * Memory kept in the store itself (Postgres shares it between bot instances, so a follow-up works whichever
 * instance receives it). What comes back is validated: a query written by another version is forgotten.
 */
export function createStoreMemory(store: Store): ConversationMemory | undefined {
  const { getConversation, setConversation } = store;
  if (!getConversation || !setConversation) return undefined;
  return {
    async get(conversationId) {
      const parsed = QuerySchema.safeParse((await getConversation.call(store, conversationId))?.query);
      return parsed.success ? parsed.data : undefined;
    },
    async set(conversationId, query) {
      await setConversation.call(store, conversationId, { query });
    },
    async forget(conversationId) {
      // A state without a query reads back as no context.
      await setConversation.call(store, conversationId, {});
    },
  };
}
